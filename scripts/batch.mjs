// Measures the CLI on a batch of generated reports: 1000 texts made from the team's fixtures
// (tests/fixtures/places) with new place names and shifted numbers, read by
// `gov-report extract DIR` and `gov-report attainment DIR` on one core and on all cores.
// Prints figures and the extrapolation to a national archive; asserts nothing.
//
//   npm run batch [-- --reports 1000 --runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const REPORTS = opt('--reports', 1000);
const RUNS = opt('--runs', 3);

execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'gov-report'], { cwd: ROOT, stdio: 'inherit' });
const BIN = join(ROOT, 'target/release/gov-report');

// The fixtures' texts, and their place names (青川区, 柳湾区, 石港区) with the short forms.
const FIX = join(ROOT, 'tests/fixtures/places');
const texts = [];
for (const place of readdirSync(FIX).sort()) {
  const dir = join(FIX, place);
  if (!statSync(dir).isDirectory()) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
}
const NAMES = ['青川', '柳湾', '石港'];
const SYLLABLES = '安宁平江山河东西南北明华兴隆永和清泉新桥云岭溪林湖阳春秋城岗丰源';

// A deterministic generator, so that every run reads the same batch.
let seed = 20261206;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const nameFor = (i) => SYLLABLES[i % SYLLABLES.length] + SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length];

const out = mkdtempSync(join(tmpdir(), 'gov-report-batch-'));
let bytes = 0;
for (let i = 0; i < REPORTS; i++) {
  const base = texts[i % texts.length];
  const place = nameFor(Math.floor(i / texts.length));
  let t = base;
  for (const n of NAMES) t = t.replaceAll(n, place);
  // Shift every decimal number by up to ±10%, keeping its decimals; years (19xx, 20xx) stay.
  t = t.replace(/\d+(\.\d+)?/g, (m, frac) => {
    const v = Number(m);
    if (!frac && v >= 1900 && v <= 2100) return m;
    const digits = frac ? frac.length - 1 : 0;
    return (v * (0.9 + rand() * 0.2)).toFixed(digits);
  });
  const dir = join(out, place);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), t);
  bytes += Buffer.byteLength(t);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function time(cmdArgs) {
  const ms = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    result = spawnSync(BIN, cmdArgs, { maxBuffer: 1 << 30 });
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (result.status !== 0) throw new Error(`${cmdArgs.join(' ')}: exit ${result.status}: ${result.stderr}`);
  }
  return { ms: median(ms), min: Math.min(...ms), max: Math.max(...ms), stdout: result.stdout };
}

const cores = availableParallelism();
console.log(`gov-report on ${REPORTS} generated reports (${(bytes / 1048576).toFixed(1)} MB of UTF-8 text, ${texts.length} fixture texts as templates), ${cores} cores, median of ${RUNS}\n`);
const rows = [];
for (const [label, cmd] of [
  ['extract --format csv, 1 thread', ['extract', out, '--format', 'csv', '--jobs', '1']],
  [`extract --format csv, ${cores} threads`, ['extract', out, '--format', 'csv']],
  [`attainment, ${cores} threads`, ['attainment', out]],
]) {
  const t = time(cmd);
  const lines = t.stdout.toString('utf8').split('\n').length - 2;
  rows.push([label, t]);
  console.log(`${label.padEnd(36)} ${(t.ms / 1000).toFixed(2)} s (min ${(t.min / 1000).toFixed(2)}, max ${(t.max / 1000).toFixed(2)})  ${(bytes / 1048576 / (t.ms / 1000)).toFixed(2)} MB/s  ${(REPORTS / (t.ms / 1000)).toFixed(0)} reports/s  ${lines} rows`);
}
const all = rows[1][1].ms / 1000;
const archiveReports = 3400 * 2 * 20;
const archiveBytes = 6 * 1024 ** 3;
console.log(`\nextrapolation (${cores} threads, this machine): a national archive of ${archiveReports} reports (3,400 governments x 2 a year x 20 years)`);
console.log(`  by count: ${((archiveReports / REPORTS) * all / 60).toFixed(1)} min; by size (6 GB): ${((archiveBytes / bytes) * all / 60).toFixed(1)} min`);
console.log(`  the output holds every figure in memory before it is written: see docs/across-reports.md`);
rmSync(out, { recursive: true, force: true });
