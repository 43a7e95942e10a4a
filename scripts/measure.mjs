#!/usr/bin/env node
// npm run measure: the widget's own budgets, measured in headless Chromium on
// the release build in dist/ served from loopback. Prints figures; asserts nothing.
//
//   first chart      from the element module's first line to the first frame with the chart
//                    drawn (user-timing marks set by gov-report-chart.js), wasm fetch, compile and
//                    instantiation included; and the wasm-ready part of it
//   pointer move     main-thread time per pointer move over the chart, along a sweep across it
//                    (left to right, weaving up and down): (a) the element's
//                    pointermove handling timed in the page (hit-test + tooltip update), (b) the
//                    DevTools protocol's TaskDuration over a fixed pointer path, net of the same
//                    number of moves off the chart, divided by moves
//   redraw           a full redraw at 800x500 CSS px, dpr 2 (ReportWidget.render())
//   parse            the parser module reading the Haidian report (extractPacked)
//   again            the first chart when the same page loads again in its tab: a warm renderer
//                    (fonts found, V8's in-process cache holding the compiled wasm), HTTP cache
//                    off, as for a reader's next article on the same site
//   downloads        bytes of the widget's files as transferred (served uncompressed here)
//   floors           the same first-chart figure for the widget's own first-draw canvas calls
//                    replayed by plain JS on a copy of the page: without wasm, after a 30-byte
//                    wasm, after the chart wasm (see scripts/measure-floor.mjs); loads of the
//                    widget and of the floors alternate, so that they share the machine's noise
//
// Nothing is evaluated in the page until its first-chart mark is set: Playwright's evaluate and
// waitForFunction install a script of their own, compiled on the page's main thread, which in
// the middle of the measured span added 10-30 ms to it.
//
// Options: --runs N (default 7), --path /examples/article.html (default: a bare page with one
// widget, 800 px wide).
import { chromium } from 'playwright-core';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { mirrorDir, recordFirstDraw, writeFloorPages } from './measure-floor.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('--runs', 7));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const MOVES = 200;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs, unit, digits = 2) =>
  `${median(xs).toFixed(digits)} ${unit} (min ${Math.min(...xs).toFixed(digits)}, max ${Math.max(...xs).toFixed(digits)}, n=${xs.length})`;

const root = await mirrorDir(fileURLToPath(new URL('../dist', import.meta.url)));
const server = await startServer({ dir: root, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const path = opt('--path', '/examples/measure.html');
const CONTEXT = { viewport: { width: 800, height: 700 }, deviceScaleFactor: 2 };

// The page says when its first chart is out with a console message from a tiny init script, so
// that nothing is evaluated in it before then (see above).
const SIGNAL = 'measure:first-chart';
const SIGNAL_SCRIPT = `new PerformanceObserver((list) => {
  if (list.getEntries().some((e) => e.name === 'gov-report-chart:first-chart')) console.debug(${JSON.stringify(SIGNAL)});
}).observe({ type: 'mark' });`;

/** A fresh context and page that will report its first chart; `load(url)` navigates and waits. */
async function signallingPage() {
  const context = await browser.newContext(CONTEXT);
  await context.addInitScript({ content: SIGNAL_SCRIPT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const load = async (url) => {
    const drawn = page.waitForEvent('console', { predicate: (m) => m.text() === SIGNAL, timeout: 15000 });
    await page.goto(url);
    await drawn;
    if (errors.length) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
  };
  return { context, page, load };
}

/** One load of a floor page: first chart and wasm-ready, ms from its module's first line. */
async function floorLoad(url) {
  const { context, page, load } = await signallingPage();
  try {
    await load(url);
    return await page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(`gov-report-chart:${n}`)[0]?.startTime;
      return { first: at('first-chart') - at('module'), wasm: at('wasm-ready') - at('module') };
    });
  } finally {
    await context.close();
  }
}

const results = { firstChart: [], wasmReady: [], again: [], moveJs: [], moveTask: [], redraw: [], parse: [], bytes: 0 };
const floors = { none: [], tiny: [], chart: [] };
const floorWasm = { tiny: [], chart: [] };
let recorded = null;
try {
  recorded = await recordFirstDraw(browser, new URL(path, server.url).href, CONTEXT);
  const floorPaths = await writeFloorPages(root, path, recorded);
  for (let run = 0; run < RUNS; run++) {
    const { context, page, load } = await signallingPage();
    await load(new URL(path, server.url).href);
    const t = await page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const bytes = performance
        .getEntriesByType('resource')
        .filter((e) => /gov-report-chart\.js|gov_report_chart/.test(e.name))
        .reduce((s, e) => s + (e.transferSize || e.encodedBodySize || 0), 0);
      return {
        first: at('gov-report-chart:first-chart') - at('gov-report-chart:module'),
        wasm: at('gov-report-chart:chart-ready') - at('gov-report-chart:module'),
        bytes,
      };
    });
    results.firstChart.push(t.first);
    results.wasmReady.push(t.wasm);
    results.bytes = t.bytes;

    // (a) pointer moves dispatched in the page, timed around the synchronous handler.
    const js = await page.evaluate((moves) => {
      const el = document.querySelector('gov-report-chart');
      const plot = el.shadowRoot.querySelector('[role="group"]');
      const r = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
      // performance.now() is coarse (0.1 ms) here: time the whole path and divide.
      const events = [];
      for (let i = 0; i < moves; i++) {
        // A reader's sweep: left to right across the chart, weaving up and down.
        const x = r.left + (r.width * (i + 0.5)) / moves;
        const y = r.top + r.height * (0.15 + 0.7 * Math.abs(Math.sin(i / 12)));
        events.push(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, composed: true }));
      }
      const t0 = performance.now();
      for (const ev of events) plot.dispatchEvent(ev);
      return (performance.now() - t0) / moves;
    }, MOVES);
    results.moveJs.push(js);

    // (b) real pointer moves through the browser, main-thread TaskDuration from the DevTools protocol.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const box = await page.$eval('gov-report-chart', (el) => {
      const r = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height };
    });
    const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    // The same number of moves over the page's heading (no chart under the pointer) is the
    // floor: the browser's own input handling and the protocol's dispatch.
    const floor0 = await task();
    for (let i = 0; i < MOVES; i++) await page.mouse.move(5 + (i % 300), 8 + (i % 7));
    const floor1 = await task();
    for (let i = 0; i < MOVES; i++) {
      await page.mouse.move(box.x + (box.w * (i + 0.5)) / MOVES, box.y + box.h * (0.15 + 0.7 * Math.abs(Math.sin(i / 12))));
    }
    const after = await task();
    results.moveTask.push((((after - floor1) - (floor1 - floor0)) * 1000) / MOVES);

    // Full redraw at 800x500 CSS px, dpr 2.
    const redraw = await page.evaluate(() => {
      const el = document.querySelector('gov-report-chart');
      const w = el._widget;
      w.resize(800, 500, 2);
      const times = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        w.render();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[15];
    });
    results.redraw.push(redraw);

    // The parser module on the Haidian report (what src= and loadReportText run), median of 15.
    const parse = await page.evaluate(async () => {
      const ex = await import('/pkg/gov_report_extract.js');
      await ex.default();
      const text = await (await fetch('/data/haidian-2025-work-report.txt')).text();
      const times = [];
      let n = 0;
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        n = ex.extractPacked(text).split('\n').length;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { ms: times[7], lines: n };
    });
    results.parse.push(parse.ms);

    // The same page loaded again in this tab: the renderer process is warm (fonts found, V8's
    // in-process cache holds the compiled wasm), the HTTP cache is off (every file fetched again).
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await load(new URL(`${path}${path.includes('?') ? '&' : '?'}again=${run}`, server.url).href);
    results.again.push(
      await page.evaluate(() => {
        const at = (n) => performance.getEntriesByName(`gov-report-chart:${n}`)[0]?.startTime;
        return at('first-chart') - at('module');
      }),
    );
    await context.close();

    for (const mode of Object.keys(floors)) {
      const f = await floorLoad(new URL(floorPaths[mode], server.url).href);
      floors[mode].push(f.first);
      if (mode in floorWasm) floorWasm[mode].push(f.wasm);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(root, { recursive: true, force: true });
}

console.log(`gov-report-chart in headless Chromium (${CHROMIUM}), ${RUNS} page loads from loopback, page ${path}, dpr 2\n`);
console.log(`first chart (module start -> first drawn frame): ${fmt(results.firstChart, 'ms', 1)}   budget 50 ms`);
console.log(`  of which wasm fetched, compiled, instantiated:  ${fmt(results.wasmReady, 'ms', 1)}`);
console.log(`first chart, the page loaded again in its tab:  ${fmt(results.again, 'ms', 1)}   (warm renderer: fonts and compiled wasm in memory; HTTP cache off)`);
const texts = recorded.ops.filter(([name]) => name === 'fillText').length;
console.log(`floors: the widget's first draw (${recorded.ops.length} canvas calls, ${texts} texts, ${recorded.width}x${recorded.height} device px) replayed by plain JS on a copy of the page`);
console.log(`  no wasm:                                        ${fmt(floors.none, 'ms', 1)}`);
console.log(`  after a 30-byte wasm:                           ${fmt(floors.tiny, 'ms', 1)}   (wasm ready ${median(floorWasm.tiny).toFixed(1)} ms)`);
console.log(`  after the chart wasm (not run):                 ${fmt(floors.chart, 'ms', 1)}   (wasm ready ${median(floorWasm.chart).toFixed(1)} ms)`);
console.log(`  the widget's own code (first chart - last floor, medians): ${(median(results.firstChart) - median(floors.chart)).toFixed(1)} ms`);
console.log(`pointer move, element handler (mean of ${MOVES}):    ${fmt(results.moveJs, 'ms', 3)}   budget 1 ms`);
console.log(`pointer move, main-thread TaskDuration / move:    ${fmt(results.moveTask, 'ms', 3)}   (net of the same moves off the chart)`);
console.log(`full redraw 800x500 CSS px at dpr 2 (median of 30): ${fmt(results.redraw, 'ms', 2)}   goal 2 ms`);
console.log(`parser module on the Haidian report (median of 15): ${fmt(results.parse, 'ms', 2)}   (text to packed dataset)`);
console.log(`widget bytes transferred (uncompressed): ${results.bytes} B; see npm run size for gzip`);
