#!/usr/bin/env node
// npm run size: the bytes a reader downloads to see one widget, raw, gzip (-9) and brotli.
//
// Reads the release build in dist/ (run `npm run build` first; falls back to www/). The list is
// what a page with one <gov-report-chart> fetches: the element module, the wasm-bindgen glue and
// the wasm (which carries the parser, the dataset and the embedded report). Any further file the
// element starts fetching belongs in WIDGET_FILES too.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WIDGET_FILES = ['gov-report-chart.js', 'pkg/gov_report_chart.js', 'pkg/gov_report_chart_bg.wasm'];
const BUDGET_GZIP = 100 * 1024; // issue 5: at most 100 KB gzip (goal 70 KB)

let dir = join(ROOT, 'dist');
if (!(await stat(join(dir, WIDGET_FILES[2])).catch(() => null))) dir = join(ROOT, 'www');
const rows = [];
for (const f of WIDGET_FILES) {
  const buf = await readFile(join(dir, f)).catch(() => null);
  if (!buf) {
    console.error(`size: ${join(dir, f)} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  rows.push({
    file: f,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = (name, r) =>
  `${name.padEnd(30)} ${String(r.raw).padStart(9)} ${kb(r.raw).padStart(10)} ${String(r.gzip).padStart(9)} ${kb(r.gzip).padStart(10)} ${String(r.brotli).padStart(9)}`;
console.log(`Files a reader downloads to see one widget (from ${dir.slice(ROOT.length + 1)}/):\n`);
console.log(`${'file'.padEnd(30)} ${'raw B'.padStart(9)} ${'raw'.padStart(10)} ${'gzip B'.padStart(9)} ${'gzip'.padStart(10)} ${'brotli B'.padStart(9)}`);
for (const r of rows) console.log(line(r.file, r));
console.log('-'.repeat(84));
console.log(line('total', total));
console.log(
  `\nbudget (issue 5): ${kb(BUDGET_GZIP)} gzip, goal 70.0 KB: ${total.gzip <= BUDGET_GZIP ? 'within' : 'OVER'} budget (${((100 * total.gzip) / BUDGET_GZIP).toFixed(0)}%)`,
);
