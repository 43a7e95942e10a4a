#!/usr/bin/env node
// npm run size: the bytes a reader downloads to see one widget, raw, gzip (-9) and brotli (11).
//
// Reads the release build in dist/ (run `npm run build` first; falls back to www/). Three groups:
//   first chart  what a page with one <gov-report-chart> fetches before its first chart: the
//                element module, the chart's wasm-bindgen glue and wasm (which carries the
//                embedded report's headline figures). The budget (100 KB gzip, goal 70)
//                applies to this group.
//   after it     the embedded report's whole dataset, fetched once the first chart is drawn
//                (before it only for a growth or category view, or with corrections).
//   on demand    the report parser (glue + wasm), fetched only to chart another text (src=, an
//                inline data-report child, loadReportText), for corrections and for exportCsv.
// Any further file the element starts fetching belongs in one of the groups.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const GROUPS = [
  ['first chart', ['gov-report-chart.js', 'pkg/gov_report_chart.js', 'pkg/gov_report_chart_bg.wasm']],
  ['after the first chart', ['pkg/haidian-2025-dataset.grc', 'pkg/gov_report_bridge.js', 'pkg/gov_report_bridge_bg.wasm']],
  ['on demand: other views', ['pkg/gov_report_views.js', 'pkg/gov_report_views_bg.wasm']],
  ['on demand: other texts, corrections, CSV', ['pkg/gov_report_extract.js', 'pkg/gov_report_extract_bg.wasm']],
];
const BUDGET_GZIP = 100 * 1024; // at most 100 KB gzip (goal 70 KB)
const GOAL_GZIP = 70 * 1024;

let dir = join(ROOT, 'dist');
if (!(await stat(join(dir, GROUPS[0][1][2])).catch(() => null))) dir = join(ROOT, 'www');

async function measure(f) {
  const buf = await readFile(join(dir, f)).catch(() => null);
  if (!buf) {
    console.error(`size: ${join(dir, f)} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  return {
    file: f,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = (name, r) =>
  `${name.padEnd(32)} ${String(r.raw).padStart(9)} ${kb(r.raw).padStart(10)} ${String(r.gzip).padStart(9)} ${kb(r.gzip).padStart(10)} ${String(r.brotli).padStart(9)}`;

console.log(`Files a reader downloads for one widget (from ${dir.slice(ROOT.length + 1)}/):`);
const totals = [];
for (const [group, files] of GROUPS) {
  const rows = [];
  for (const f of files) rows.push(await measure(f));
  const total = sum(rows);
  totals.push(total);
  console.log(`\n${group}:`);
  console.log(`${'file'.padEnd(32)} ${'raw B'.padStart(9)} ${'raw'.padStart(10)} ${'gzip B'.padStart(9)} ${'gzip'.padStart(10)} ${'brotli B'.padStart(9)}`);
  for (const r of rows) console.log(line(r.file, r));
  if (rows.length > 1) console.log(line('  total', total));
}
const first = totals[0];
console.log('-'.repeat(86));
console.log(line('first chart and what follows it', sum(totals.slice(0, 2))));
console.log(line('everything', sum(totals)));
console.log(
  `\nbudget, first chart: ${kb(first.gzip)} gzip of ${kb(BUDGET_GZIP)}: ${first.gzip <= BUDGET_GZIP ? 'within' : 'OVER'} budget (${((100 * first.gzip) / BUDGET_GZIP).toFixed(0)}%); goal ${kb(GOAL_GZIP)}: ${first.gzip <= GOAL_GZIP ? 'met' : 'not met'}`,
);
