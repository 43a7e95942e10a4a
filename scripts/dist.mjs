#!/usr/bin/env node
// Writes dist/: exactly the files a news site copies to its server or CDN.
//
//   dist/gov-report-chart.js            the <gov-report-chart> element (one ES module)
//   dist/pkg/gov_report_chart.js        wasm-bindgen JS glue of the chart
//   dist/pkg/gov_report_chart_bg.wasm   the chart (layout, drawing, hit-testing) with the
//                                       embedded report's headline figures
//   dist/pkg/haidian-2025-dataset.grc   the embedded report's whole dataset (fetched after the
//                                       first chart)
//   dist/pkg/gov_report_bridge*         datasets, tooltips and marks as JS objects (after the
//                                       first chart)
//   dist/pkg/gov_report_views*          every view, for pages that ask for one the first module
//                                       does not draw
//   dist/pkg/gov_report_extract.js      glue of the report parser
//   dist/pkg/gov_report_extract_bg.wasm the report parser (fetched only to chart another text)
//   dist/index.html, dist/*.css, dist/*.js, dist/examples/**   the demo and example pages
//   dist/data/haidian-2025-work-report.txt   the report text for the demo's source panel
//                                            (the widget itself carries it inside the wasm)
//
// The element (bundled with its ./element/ helpers) and the glue are minified with esbuild (the
// glue's `new URL('gov_report_chart_bg.wasm', import.meta.url)` and the element's
// `import('./pkg/gov_report_chart.js')` stay as they are); the pages are copied as written. Pass
// --no-minify to bundle without minifying.
//
// Everything under www/ is copied except www/pkg/ (build output: only the .js glue and the .wasm
// are taken, not wasm-pack's package.json, .d.ts or .gitignore), www/element/ (bundled into
// gov-report-chart.js) and editor/OS litter.
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WWW = join(ROOT, 'www');
const DIST = join(ROOT, 'dist');
const PKG_FILES = [
  'pkg/gov_report_chart.js',
  'pkg/gov_report_chart_bg.wasm',
  'pkg/haidian-2025-dataset.grc',
  'pkg/gov_report_bridge.js',
  'pkg/gov_report_bridge_bg.wasm',
  'pkg/gov_report_views.js',
  'pkg/gov_report_views_bg.wasm',
  'pkg/gov_report_extract.js',
  'pkg/gov_report_extract_bg.wasm',
];
const DATA_FILES = [['data/haidian-2025-work-report.txt', 'data/haidian-2025-work-report.txt']];
const SKIP = /(^|\/)(\.|#)|~$|\.swp$|\.DS_Store$/;

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const rel = relative(WWW, full);
    if (rel === 'pkg' || rel === 'element' || SKIP.test(rel)) continue;
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

for (const f of PKG_FILES) {
  if (!(await stat(join(WWW, f)).catch(() => null))) {
    console.error(`dist: ${join('www', f)} is missing; run the wasm-pack build first (bash scripts/build.sh)`);
    process.exit(1);
  }
}
const files = [...PKG_FILES, ...(await walk(WWW))].sort();
await rm(DIST, { recursive: true, force: true });
for (const f of files) {
  await mkdir(dirname(join(DIST, f)), { recursive: true });
  await cp(join(WWW, f), join(DIST, f));
}
for (const [from, to] of DATA_FILES) {
  await mkdir(dirname(join(DIST, to)), { recursive: true });
  await cp(join(ROOT, from), join(DIST, to));
  files.push(to);
}
// The element is one module for news sites: www/gov-report-chart.js with its ./element/*.js
// helpers bundled in. The glue modules in ./pkg/ stay separate files (imported with literal
// specifiers, the wasm found through new URL(..., import.meta.url)), so that the parser's glue
// loads only when needed and bundlers still see every asset.
const minify = !process.argv.includes('--no-minify');
{
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(WWW, 'gov-report-chart.js')],
    bundle: true,
    external: ['./pkg/*'],
    format: 'esm',
    target: 'es2022',
    minify,
    legalComments: 'none',
    write: false,
    banner: { js: `/* <gov-report-chart> element, ${minify ? 'minified and ' : ''}bundled from www/gov-report-chart.js and www/element/ */` },
  });
  const [bundle] = out.outputFiles;
  await writeFile(join(DIST, 'gov-report-chart.js'), bundle.contents);
  console.log(`dist: bundled gov-report-chart.js: ${bundle.contents.length} bytes`);
}
const MINIFY = PKG_FILES.filter((f) => f.endsWith('.js'));
if (minify) {
  const { transform } = await import('esbuild');
  for (const f of MINIFY) {
    const path = join(DIST, f);
    const source = await readFile(path, 'utf8');
    const out = await transform(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
    await writeFile(path, out.code);
    console.log(`dist: minified ${f}: ${source.length} -> ${out.code.length} bytes`);
  }
}
console.log(`dist: wrote ${files.length} files to ${relative(process.cwd(), DIST) || '.'}/`);
for (const f of files) console.log(`  ${f}`);
