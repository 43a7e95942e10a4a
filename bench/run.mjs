#!/usr/bin/env node
// Peer benchmark: the overview of year-over-year pairs drawn by our
// <gov-report-chart view="overview"> (the release build in dist/, as served to users), by Chart.js 4
// and by Apache ECharts 6, plus an empty page with a canvas (the harness's floor), each loaded in
// the same headless Chromium, several runs, medians with min-max. See bench/README.md.
//
//   node bench/run.mjs [--runs N] [--warmup N] [--moves N] [--pages ours,chartjs,echarts,empty]
//                      [--timeout SECONDS] [--out FILE] [--screenshots] [--wall-time]
//
// Normally started by bench/run.sh (installs the peers and builds dist/ when needed).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const BENCH = resolve(fileURLToPath(new URL('.', import.meta.url)));
const ROOT = resolve(BENCH, '..');
const REPORT = 'data/haidian-2025-work-report.txt';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEW = { width: 800, height: 600 };
const DPR = 2;
const CHART = { width: 800, height: 500 };

const PAGES = {
  ours: { label: 'ours', title: 'gov-report-chart (ours)', path: '/ours.html' },
  // Optional (not in the default set): ours at its preferred height, where it draws every pair
  // (at 800x500 it shows only the pairs that fit and lists the rest in its data table).
  'ours-all': { label: 'ours, all pairs', title: 'gov-report-chart at its preferred height', path: '/ours-all.html', anyHeight: true, optional: true },
  chartjs: { label: 'Chart.js', title: 'Chart.js 4', path: '/chartjs.html' },
  echarts: { label: 'ECharts', title: 'Apache ECharts 6', path: '/echarts.html' },
  empty: { label: 'empty page', title: 'empty page with a canvas', path: '/empty.html' },
};

// ---- options ---------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { timeDomain: 'threadTicks', screenshots: false, runs: 7, warmup: 1, moves: 200, pages: Object.keys(PAGES).filter((p) => !PAGES[p].optional), timeout: 30, out: join(BENCH, 'results', 'latest.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [key, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${key} needs a value`);
      return v;
    };
    const int = (min) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) throw new Error(`${key} must be an integer >= ${min}`);
      return n;
    };
    if (key === '--runs') o.runs = int(1);
    else if (key === '--warmup') o.warmup = int(0);
    else if (key === '--moves') o.moves = int(1);
    else if (key === '--timeout') o.timeout = int(1);
    else if (key === '--out') o.out = resolve(value());
    else if (key === '--screenshots') o.screenshots = true;
    else if (key === '--wall-time') o.timeDomain = 'timeTicks';
    else if (key === '--pages') {
      o.pages = value().split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = o.pages.filter((p) => !PAGES[p]);
      if (unknown.length) throw new Error(`unknown page(s): ${unknown.join(', ')} (known: ${Object.keys(PAGES).join(', ')})`);
    } else if (key === '--help' || key === '-h') {
      console.log('usage: node bench/run.mjs [--runs N] [--warmup N] [--moves N] [--pages ours,chartjs,echarts,empty] [--timeout S] [--out FILE] [--screenshots] [--wall-time]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return o;
}

// ---- small helpers ---------------------------------------------------------------------------

const log = (...a) => console.log(...a);

/** Rejects with `message` if `promise` has not settled within `ms`. */
function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${(ms / 1000).toFixed(0)} s: ${message}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs a command; resolves to its stdout (a Buffer). Stderr passes through. */
function run(cmd, args, { cwd = ROOT, timeoutMs, what }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`timeout after ${timeoutMs / 1000} s: ${what}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`${what}: cannot start ${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(Buffer.concat(chunks));
      else reject(new Error(`${what}: ${cmd} exited with ${code ?? signal}`));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length, samples: xs });
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

// ---- 1. the data: our extractor's output, and the peers' view of it ---------------------------

/**
 * Runs the extractor on the report and writes bench/data/overview.json (its output, as is) and
 * bench/data/pairs.json (what the peers' pages fetch: the exact 2024 -> 2025 pairs, rates and
 * amounts apart, the amounts' percent change computed from the two values).
 */
async function prepareData() {
  log(`extract: cargo run --release --bin gov-report -- extract ${REPORT} --format json`);
  const t0 = Date.now();
  const out = await run('cargo', ['run', '--quiet', '--release', '--bin', 'gov-report', '--', 'extract', REPORT, '--format', 'json'], {
    timeoutMs: 20 * 60_000,
    what: 'the extractor (cargo run --release --bin gov-report)',
  });
  let overview;
  try {
    overview = JSON.parse(out.toString('utf8'));
  } catch (err) {
    throw new Error(`the extractor's output is not JSON: ${err.message}`);
  }
  if (!Array.isArray(overview.indicators) || !Array.isArray(overview.pairs)) {
    throw new Error('the extractor output has no indicators[] / pairs[]');
  }
  await mkdir(join(BENCH, 'data'), { recursive: true });
  await writeFile(join(BENCH, 'data', 'overview.json'), out);

  const byId = new Map(overview.indicators.map((i) => [i.id, i]));
  const rates = [];
  const amounts = [];
  const skipped = [];
  const reviewYear = overview.source?.reviewYear ?? 2024;
  const planYear = overview.source?.planYear ?? 2025;
  const exact = overview.pairs.filter((p) => p.comparable === 'exact');
  for (const p of exact) {
    const a = byId.get(p.from);
    const b = byId.get(p.to);
    if (!a || !b) throw new Error(`pair ${p.id}: indicator ${!a ? p.from : p.to} is not in the extractor output`);
    if (a.unit !== b.unit || !Number.isFinite(a.value) || !Number.isFinite(b.value)) {
      skipped.push(`${p.id} (${a.value} ${a.unit} -> ${b.value} ${b.unit})`);
      continue;
    }
    const row = {
      id: p.id,
      name: a.subjectEn || b.subjectEn || a.labelZh || a.subject,
      nameZh: a.labelZh || a.subject,
      unit: a.unit,
      from: { id: a.id, year: a.year, value: a.value, display: a.display },
      to: { id: b.id, year: b.year, value: b.value, display: b.display },
      note: p.note ?? '',
    };
    if (/^(%|％)$/.test(a.unit)) rates.push(row);
    else if (a.value !== 0) amounts.push({ ...row, change: (b.value / a.value - 1) * 100 });
    else skipped.push(`${p.id} (2024 value 0: no percent change)`);
  }
  const pairs = { source: overview.source ?? null, reviewYear, planYear, rates, amounts };
  await writeFile(join(BENCH, 'data', 'pairs.json'), JSON.stringify(pairs));
  log(
    `extract: ${overview.indicators.length} indicators, ${overview.pairs.length} pairs, ${exact.length} exact -> ` +
      `${rates.length} rates + ${amounts.length} amounts for the peers` +
      (skipped.length ? `; skipped ${skipped.join(', ')}` : '') +
      ` (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return { exact: exact.length, rates: rates.length, amounts: amounts.length, skipped, sha256: overview.source?.sha256 ?? null };
}

// ---- 2. a snapshot of dist/ (other people rebuild it while we measure) ---------------------------

const WIDGET_FILES = ['gov-report-chart.js', 'pkg/gov_report_chart.js', 'pkg/gov_report_chart_bg.wasm'];

async function snapshotDist() {
  const dist = join(ROOT, 'dist');
  const dir = await mkdtemp(join(os.tmpdir(), 'gov-report-chart-bench-'));
  let lastErr;
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      await rm(join(dir, 'dist'), { recursive: true, force: true });
      await cp(dist, join(dir, 'dist'), { recursive: true });
      const files = {};
      for (const f of WIDGET_FILES) {
        const body = await readFile(join(dir, 'dist', f));
        files[f] = { bytes: body.length, sha256: sha256(body) };
      }
      const built = (await stat(join(dist, 'pkg', 'gov_report_chart_bg.wasm'))).mtime;
      // Information only: is dist/ behind the sources it is built from?
      const notes = [];
      const www = await readFile(join(ROOT, 'www', 'gov-report-chart.js')).catch(() => null);
      const ours = await readFile(join(dir, 'dist', 'gov-report-chart.js'));
      if (www && !www.equals(ours)) notes.push('www/gov-report-chart.js differs from dist/ (dist/ is not rebuilt from the working tree)');
      return { dir: join(dir, 'dist'), tmp: dir, files, built: built.toISOString(), notes };
    } catch (err) {
      lastErr = err;
      await new Promise((r) => setTimeout(r, 1000 * attempt)); // dist/ being rewritten: try again
    }
  }
  await rm(dir, { recursive: true, force: true });
  throw new Error(`cannot snapshot dist/ (${lastErr?.message}); run \`npm run build\` at the repo root`);
}

// ---- 3. one measured page load -----------------------------------------------------------------

/** The fixed pointer path: a serpentine over the central 90% of the plot box, `moves` points. */
function pointerPath(box, moves) {
  const rows = Math.max(1, Math.round(Math.sqrt(moves / 2)));
  const cols = Math.ceil(moves / rows);
  const pts = [];
  for (let r = 0; r < rows && pts.length < moves; r++) {
    const y = box.y + box.h * (0.05 + (0.9 * r) / Math.max(1, rows - 1));
    for (let c = 0; c < cols && pts.length < moves; c++) {
      const k = r % 2 ? cols - 1 - c : c;
      const x = box.x + box.w * (0.05 + (0.9 * k) / Math.max(1, cols - 1));
      pts.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return pts;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function measure(browser, baseUrl, name, harness, opts) {
  const spec = PAGES[name];
  const T = opts.timeout * 1000;
  const context = await browser.newContext({ viewport: spec.anyHeight ? { ...VIEW, height: 1200 } : VIEW, deviceScaleFactor: DPR });
  const errors = [];
  const responses = [];
  try {
    await context.addInitScript({ content: harness });
    const page = await context.newPage();
    page.setDefaultTimeout(T);
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) =>
      responses.push(
        r.body().then(
          (body) => ({ url: r.url(), status: r.status(), body }),
          () => ({ url: r.url(), status: r.status(), body: null }),
        ),
      ),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // threadTicks: the durations are the renderer main thread's CPU time, not wall time, so that
    // other processes on a shared machine (which preempt the thread) do not inflate them.
    await cdp.send('Performance.enable', { timeDomain: opts.timeDomain });
    const atStart = await metrics(cdp);
    const url = new URL(spec.path, baseUrl).href;
    const fail = (what) => new Error(`${spec.title}: ${what}${errors.length ? `\n  ${errors.join('\n  ')}` : ''}`);

    // Nothing is evaluated in the page until its first chart is out: the harness says so on the
    // console, also when it fails (then the evaluate below gets the harness's rejection).
    const signalled = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('bench:first-chart'), timeout: T }).catch(() => {});
    await withTimeout(page.goto(url, { waitUntil: 'load' }), T, `${spec.title}: loading ${url}`).catch((err) => {
      throw fail(err.message);
    });
    await signalled;
    // (a) time to first chart: set in the page by the harness (navigation start = 0).
    const firstChart = await withTimeout(
      page.evaluate(() => window.__bench.firstChartPromise),
      T,
      `${spec.title}: the chart was not drawn (no ready / bench-drawn event)`,
    ).catch((err) => {
      throw fail(err.message);
    });

    // (a') main-thread CPU time spent until then (threadTicks): a less noisy companion figure.
    const atFirst = await metrics(cdp);
    const cpuToFirst = (atFirst.TaskDuration - atStart.TaskDuration) * 1000;
    // Ours: the first chart is drawn from the headline figures; `ready` follows once the whole
    // dataset is in. The checks, memory and pointer figures below are taken after that.
    await page.evaluate(() => document.querySelector('gov-report-chart')?.whenReady());

    // What was drawn, where (the pointer path and the checks below depend on it).
    const drawn = await page.evaluate(() => {
      const el = document.querySelector('gov-report-chart');
      const target = el ? el.shadowRoot.querySelector('canvas') : document.getElementById('chart');
      const r = target.getBoundingClientRect();
      const canvases = el ? [...el.shadowRoot.querySelectorAll('canvas')] : [...document.querySelectorAll('#chart canvas')];
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      let ours = null;
      if (el) {
        let marks = null;
        let pairs = null;
        let pairsShown = null;
        try {
          const m = el.marks();
          marks = m.length;
          const ids = new Set(m.map((x) => x.indicatorId));
          const exact = el.getDataset().pairs.filter((p) => p.comparable === 'exact');
          pairs = exact.length;
          pairsShown = exact.filter((p) => ids.has(p.from) || ids.has(p.to)).length;
        } catch {
          // not available
        }
        ours = {
          readyState: el.readyState,
          marks,
          exactPairs: pairs,
          pairsShown,
          moduleStart: at('gov-report-chart:module'),
          wasmFetched: wasm ? wasm.responseEnd : null,
          wasmReady: at('gov-report-chart:wasm-ready'),
          firstDraw: at('gov-report-chart:first-draw'),
        };
      }
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        signal: window.__bench.signal,
        drawnAt: window.__bench.drawnAt,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        loadEvent: nav ? nav.loadEventEnd : null,
        box: { x: r.left, y: r.top, w: r.width, h: r.height },
        canvases: canvases.map((c) => [c.width, c.height]),
        ours,
      };
    });
    if (Math.abs(drawn.box.w - CHART.width) > 1 || (!spec.anyHeight && Math.abs(drawn.box.h - CHART.height) > 1)) {
      throw fail(`the chart box is ${drawn.box.w}x${drawn.box.h} CSS px, not ${CHART.width}x${CHART.height}`);
    }
    if (!drawn.canvases.length || drawn.canvases.some(([w, h]) => !(w > 0 && h > 0))) {
      throw fail(`no drawn canvas (${JSON.stringify(drawn.canvases)})`);
    }
    if (drawn.ours && drawn.ours.readyState !== 'ready') throw fail(`readyState is ${drawn.ours.readyState}`);

    // (c) memory after the first chart.
    await cdp.send('HeapProfiler.collectGarbage');
    const memFirst = await metrics(cdp);
    const wasmFirst = await page.evaluate(() => window.__bench.wasmMemories.reduce((s, m) => s + m.buffer.byteLength, 0));

    // (b) main-thread time per pointer move: TaskDuration over a fixed path, then two frames so
    // that the work the moves scheduled (hover redraws) is inside the window.
    const path = pointerPath(drawn.box, opts.moves);
    const nextFrames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await nextFrames();
    const before = await metrics(cdp);
    const t0 = Date.now();
    await withTimeout(
      (async () => {
        for (const [x, y] of path) await page.mouse.move(x, y);
        await nextFrames();
      })(),
      T,
      `${spec.title}: ${path.length} pointer moves`,
    );
    const wall = Date.now() - t0;
    const after = await metrics(cdp);
    const per = (k) => ((after[k] - before[k]) * 1000) / path.length; // seconds -> ms per move
    const hovers = await page.evaluate(() => window.__bench.hovers);

    // (c) memory after the pointer path (tooltips built): GC first.
    await cdp.send('HeapProfiler.collectGarbage');
    const mem = await metrics(cdp);
    const wasmBytes = await page.evaluate(() => window.__bench.wasmMemories.reduce((s, m) => s + m.buffer.byteLength, 0));

    // (d) bytes downloaded, by file: raw bodies and their gzip -9 size.
    const got = await withTimeout(Promise.all(responses), T, `${spec.title}: reading response bodies`);
    const files = [];
    for (const r of got) {
      if (r.status >= 400) throw fail(`HTTP ${r.status} for ${r.url}`);
      if (!r.body) continue; // redirects and the like carry no body
      files.push({ path: new URL(r.url).pathname, raw: r.body.length, gzip: gzipSync(r.body, { level: 9 }).length });
    }
    if (errors.length) throw fail('errors in the page');

    if (opts.screenshots && opts.screenshotDir) {
      await page.screenshot({ path: join(opts.screenshotDir, `${name}.png`), fullPage: true });
    }

    return {
      firstChart,
      cpuToFirst,
      drawnAt: drawn.drawnAt,
      domContentLoaded: drawn.domContentLoaded,
      loadEvent: drawn.loadEvent,
      signal: drawn.signal,
      box: drawn.box,
      ours: drawn.ours,
      canvases: drawn.canvases,
      move: {
        task: per('TaskDuration'),
        script: per('ScriptDuration'),
        layout: per('LayoutDuration'),
        style: per('RecalcStyleDuration'),
        moves: path.length,
        wallMs: wall,
        hovers,
      },
      memory: {
        jsHeapFirst: memFirst.JSHeapUsedSize,
        wasmFirst,
        jsHeap: mem.JSHeapUsedSize,
        wasm: wasmBytes,
        total: mem.JSHeapUsedSize + wasmBytes,
        nodes: mem.Nodes,
      },
      bytes: {
        raw: files.reduce((s, f) => s + f.raw, 0),
        gzip: files.reduce((s, f) => s + f.gzip, 0),
        files,
      },
    };
  } finally {
    await context.close().catch(() => {});
  }
}

// ---- 4. the report --------------------------------------------------------------------------

const KB = 1024;
const MB = 1024 * 1024;

function summarise(samples, pages) {
  const s = {};
  for (const p of pages) {
    const runs = samples[p];
    s[p] = {
      firstChart: stats(runs.map((r) => r.firstChart)),
      drawnAt: stats(runs.map((r) => r.drawnAt)),
      cpuToFirst: stats(runs.map((r) => r.cpuToFirst)),
      dcl: stats(runs.map((r) => r.domContentLoaded ?? NaN).filter(Number.isFinite)),
      move: stats(runs.map((r) => r.move.task)),
      moveScript: stats(runs.map((r) => r.move.script)),
      moveLayoutStyle: stats(runs.map((r) => r.move.layout + r.move.style)),
      hovers: stats(runs.map((r) => r.move.hovers)),
      jsHeap: stats(runs.map((r) => r.memory.jsHeap)),
      wasm: stats(runs.map((r) => r.memory.wasm)),
      memory: stats(runs.map((r) => r.memory.total)),
      jsHeapFirst: stats(runs.map((r) => r.memory.jsHeapFirst + r.memory.wasmFirst)),
      bytesRaw: stats(runs.map((r) => r.bytes.raw)),
      bytesGzip: stats(runs.map((r) => r.bytes.gzip)),
      files: runs[0].bytes.files,
    };
  }
  // Net of the empty page, paired run by run (the pages of one run were loaded back to back).
  if (s.empty) {
    for (const p of pages) {
      if (p === 'empty') continue;
      const n = Math.min(samples[p].length, samples.empty.length);
      const pair = (f) => Array.from({ length: n }, (_, i) => f(samples[p][i]) - f(samples.empty[i]));
      s[p].firstChartNet = stats(pair((r) => r.firstChart));
      s[p].cpuToFirstNet = stats(pair((r) => r.cpuToFirst));
      s[p].moveNet = stats(pair((r) => r.move.task));
    }
  }
  return s;
}

function table(s, pages) {
  const cols = ['ours', 'ours-all', 'chartjs', 'echarts', 'empty'].filter((p) => pages.includes(p));
  const cell = (st, f) => (st ? `${f(st.median)} [${f(st.min)}-${f(st.max)}]` : '-');
  const ratio = (a, b) => (a && b && Number.isFinite(a.median / b.median) && b.median !== 0 ? `${(a.median / b.median).toFixed(2)}x` : '-');
  const ms = (d) => (v) => v.toFixed(d);
  const mb = (v) => (v / MB).toFixed(2);
  const kb = (v) => (v / KB).toFixed(1);
  const rows = [
    ['time to first chart (ms)', 'firstChart', ms(0), true],
    ['  net of empty page (ms)', 'firstChartNet', ms(0), false],
    ['main-thread CPU to first chart (ms)', 'cpuToFirst', ms(1), true],
    ['  net of empty page (ms)', 'cpuToFirstNet', ms(1), false],
    ['main thread per pointer move (ms)', 'move', ms(3), true],
    ['  net of empty page (ms)', 'moveNet', ms(3), false],
    ['  of which script (ms)', 'moveScript', ms(3), true],
    ['  of which style+layout (ms)', 'moveLayoutStyle', ms(3), true],
    ['hovered-mark changes on the path', 'hovers', ms(0), true],
    ['JS heap after GC (MB)', 'jsHeap', mb, true],
    ['wasm memory (MB)', 'wasm', mb, true],
    ['JS heap + wasm (MB)', 'memory', mb, true],
    ['bytes downloaded, raw (KB)', 'bytesRaw', kb, true],
    ['bytes downloaded, gzip -9 (KB)', 'bytesGzip', kb, true],
  ];
  const head = ['metric', ...cols.map((p) => PAGES[p].label), 'ours/Chart.js', 'ours/ECharts'];
  const body = rows.map(([label, key, f, hasEmpty]) => [
    label,
    ...cols.map((p) => (p === 'empty' && !hasEmpty ? '-' : cell(s[p]?.[key], f))),
    ratio(s.ours?.[key], s.chartjs?.[key]),
    ratio(s.ours?.[key], s.echarts?.[key]),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function goals(s) {
  const out = [];
  const fmtRatio = (r) => `${r.toFixed(2)}x`;
  if (s.ours && s.chartjs && s.empty) {
    for (const [key, what] of [
      ['firstChartNet', 'first chart (wall clock), net of the empty page'],
      ['cpuToFirstNet', 'first chart (main-thread CPU), net of the empty page'],
      ['moveNet', 'pointer-move cost, net of the empty page'],
    ]) {
      const o = s.ours[key];
      const c = s.chartjs[key];
      const r = o.median / c.median;
      // Conclusive only when the runs' ranges agree with the medians' verdict.
      const clear = r <= 0.5 ? o.max <= 0.5 * c.min : o.min > 0.5 * c.max;
      const f = (x) => x.toFixed(key === 'moveNet' ? 3 : 1);
      out.push({
        goal: `${what}: at most half of Chart.js's`,
        ours: o.median,
        chartjs: c.median,
        ratio: r,
        met: r <= 0.5,
        conclusive: clear,
        text:
          `${what} <= 0.5x Chart.js: ours ${f(o.median)} [${f(o.min)}-${f(o.max)}] ms vs Chart.js ${f(c.median)} [${f(c.min)}-${f(c.max)}] ms ` +
          `= ${fmtRatio(r)} -> ${r <= 0.5 ? 'MET' : 'NOT MET'}${clear ? '' : ' (within the noise: the ranges disagree)'}`,
      });
    }
  }
  if (s.ours && (s.chartjs || s.echarts)) {
    const peers = ['chartjs', 'echarts'].filter((p) => s[p]);
    const met = peers.every((p) => s.ours.memory.median < s[p].memory.median);
    out.push({
      goal: 'memory (JS heap + wasm) below both peers',
      met,
      text:
        `memory (JS heap + wasm) below both peers: ours ${(s.ours.memory.median / MB).toFixed(2)} MB vs ` +
        peers.map((p) => `${PAGES[p].label} ${(s[p].memory.median / MB).toFixed(2)} MB`).join(', ') +
        ` -> ${met ? 'MET' : 'NOT MET'}`,
    });
  }
  return out;
}

// ---- main ------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const load0 = os.loadavg();
  log(`bench: ${opts.runs} runs (+${opts.warmup} warm-up) of ${opts.pages.join(', ')}; ${opts.moves} pointer moves; ${CHART.width}x${CHART.height} CSS px at dpr ${DPR}`);
  log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, load average ${load0.map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min)`);

  const data = await prepareData();
  await mkdir(resolve(opts.out, '..'), { recursive: true });
  const snap = await snapshotDist();
  log(`widget: dist/ built ${snap.built}; ${WIDGET_FILES.map((f) => `${f} ${snap.files[f].bytes} B`).join(', ')}`);
  for (const n of snap.notes) log(`widget: note: ${n}`);
  const peerVersions = {};
  for (const p of ['chart.js', 'echarts']) {
    peerVersions[p] = JSON.parse(await readFile(join(BENCH, 'node_modules', p, 'package.json'), 'utf8')).version;
  }
  log(`peers: chart.js ${peerVersions['chart.js']} (dist/chart.umd.min.js), echarts ${peerVersions.echarts} (dist/echarts.min.js)`);

  const harness = await readFile(join(BENCH, 'harness.js'), 'utf8');
  let server = null;
  let browser = null;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    browser = null;
    await server?.close().catch(() => {});
    server = null;
    await rm(snap.tmp, { recursive: true, force: true }).catch(() => {});
  };
  const onSignal = (sig) => {
    console.error(`bench: ${sig}, closing the browser and the server`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const samples = Object.fromEntries(opts.pages.map((p) => [p, []]));
  let browserVersion = null;
  try {
    server = await startServer({
      mounts: {
        '/dist/': snap.dir,
        '/data/': join(BENCH, 'data'),
        '/': join(BENCH, 'pages'),
      },
      files: {
        '/vendor/chart.umd.min.js': join(BENCH, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'),
        '/vendor/echarts.min.js': join(BENCH, 'node_modules', 'echarts', 'dist', 'echarts.min.js'),
      },
    });
    browser = await withTimeout(
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }),
      60_000,
      `launching ${CHROMIUM}`,
    );
    browserVersion = browser.version();
    log(`browser: Chromium ${browserVersion} (${CHROMIUM}, headless); server ${server.url}`);

    const total = opts.warmup + opts.runs;
    for (let r = 0; r < total; r++) {
      const warm = r < opts.warmup;
      // Rotate the order run by run, so that no page always goes first or last.
      const k = r % opts.pages.length;
      const order = [...opts.pages.slice(k), ...opts.pages.slice(0, k)];
      const parts = [];
      for (const p of order) {
        const last = r === total - 1;
        const res = await measure(browser, server.url, p, harness, { ...opts, screenshots: opts.screenshots && last, screenshotDir: resolve(opts.out, '..') });
        if (!warm) samples[p].push(res);
        parts.push(`${PAGES[p].label} ${res.firstChart.toFixed(0)} ms / ${res.move.task.toFixed(3)} ms`);
      }
      log(`${warm ? 'warm-up' : `run ${r - opts.warmup + 1}/${opts.runs}`}: ${parts.join(', ')}  (load ${os.loadavg()[0].toFixed(2)})`);
    }
  } finally {
    await cleanup();
  }

  const s = summarise(samples, opts.pages);
  const load1 = os.loadavg();
  log('');
  log(`Peer benchmark: overview of the year-over-year pairs, ${CHART.width}x${CHART.height} CSS px, dpr ${DPR}, tooltips on; ` +
    `median [min-max] of ${opts.runs} runs; headless Chromium ${browserVersion}`);
  log(table(s, opts.pages));
  log('');
  if (s.ours) {
    log('ours, bytes by file (raw / gzip -9):');
    for (const f of s.ours.files) log(`  ${f.path.padEnd(36)} ${String(f.raw).padStart(8)} B  ${String(f.gzip).padStart(8)} B`);
    const widget = s.ours.files.filter((f) => f.path.startsWith('/dist/'));
    const wRaw = widget.reduce((t, f) => t + f.raw, 0);
    const wGz = widget.reduce((t, f) => t + f.gzip, 0);
    // The budget is about what the first chart needs; the whole dataset (.grc) follows it.
    const first = widget.filter((f) => !f.path.endsWith('.grc'));
    const fGz = first.reduce((t, f) => t + f.gzip, 0);
    log(
      `ours, the widget's own files (/dist/): ${(wRaw / KB).toFixed(1)} KB raw, ${(wGz / KB).toFixed(1)} KB gzip -9; ` +
        `before the first chart ${(fGz / KB).toFixed(1)} KB gzip -9 ` +
        `(widget issue budget: at most 100 KB gzip, goal 70 KB -> ${fGz / KB <= 100 ? 'within' : 'OVER'} budget)`,
    );
    const o = samples.ours.map((x) => x.ours);
    const seg = (f) => stats(o.map(f).filter((v) => Number.isFinite(v)));
    const fmt = (st) => `${st.median.toFixed(0)} [${st.min.toFixed(0)}-${st.max.toFixed(0)}] ms`;
    log(
      `ours, first chart by stage (from navigation start): element module ${fmt(seg((x) => x.moduleStart))}, ` +
        `wasm fetched ${fmt(seg((x) => x.wasmFetched))}, wasm instantiated ${fmt(seg((x) => x.wasmReady))}, ` +
        `first draw done ${fmt(seg((x) => x.firstDraw))}`,
    );
    const fromModule = stats(samples.ours.map((x) => x.firstChart - (x.ours?.moduleStart ?? NaN)).filter(Number.isFinite));
    if (fromModule.n) {
      log(
        `ours, from the element module's first line to the first chart frame: ${fmt(fromModule)} ` +
          `(widget issue budget: within 50 ms -> ${fromModule.median <= 50 ? 'within' : 'OVER'} on the median)`,
      );
    }
    log(
      `ours: shows ${o[0].pairsShown ?? '?'} of its ${o[0].exactPairs ?? '?'} exact pairs at ${CHART.width}x${CHART.height} (${o[0].marks ?? '?'} marks; ` +
        `the rest are in its data table); the peers draw all ${data.rates + data.amounts}: ${data.rates} rate pairs (2 bars each) + ${data.amounts} amount pairs`,
    );
  }
  if (samples['ours-all']?.length) {
    const r = samples['ours-all'][0];
    log(`ours, all pairs (optional page): ${r.box.w}x${r.box.h} CSS px, shows ${r.ours?.pairsShown ?? '?'} of ${r.ours?.exactPairs ?? '?'} exact pairs (${r.ours?.marks ?? '?'} marks)`);
  }
  for (const p of ['chartjs', 'echarts', 'empty'].filter((x) => s[x])) {
    log(`${PAGES[p].label}, bytes by file (raw / gzip -9): ${s[p].files.map((f) => `${f.path} ${f.raw} / ${f.gzip}`).join(', ')}`);
  }
  {
    const f = (st) => (st.n ? `${st.median.toFixed(0)} [${st.min.toFixed(0)}-${st.max.toFixed(0)}]` : '-');
    log('first chart in detail (ms from navigation start): DOMContentLoaded / chart drawn (event) / next animation frame (the figure)');
    for (const p of opts.pages) log(`  ${PAGES[p].label.padEnd(10)} ${f(s[p].dcl)} / ${f(s[p].drawnAt)} / ${f(s[p].firstChart)}`);
  }
  log('');
  log('goals, on medians:');
  const g = goals(s);
  for (const x of g) log(`  ${x.text}`);
  log('');
  log(`load average before ${load0.map((x) => x.toFixed(2)).join(' ')}, after ${load1.map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min; ${os.cpus().length} CPUs)`);

  const result = {
    date: new Date().toISOString(),
    options: opts,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, loadavgBefore: load0, loadavgAfter: load1, node: process.version },
    browser: { version: browserVersion, path: CHROMIUM, args: CHROMIUM_ARGS, viewport: VIEW, deviceScaleFactor: DPR },
    widget: { built: snap.built, files: snap.files, notes: snap.notes },
    peers: peerVersions,
    data,
    summary: s,
    goals: g,
    runs: samples,
  };
  await mkdir(resolve(opts.out, '..'), { recursive: true });
  await writeFile(opts.out, JSON.stringify(result, null, 2));
  log(`results: ${relative(process.cwd(), opts.out)}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench: error: ${process.env.BENCH_DEBUG ? err?.stack : err?.message ?? err}`);
    process.exit(1);
  },
);
