// Many instances and long life: a page with 12 widgets renders and stays
// interactive; after one create/destroy warm-up, 500 more create/destroy cycles and 1000
// container resizes leave the JS heap and the wasm memory within 1 MB of the warm-up's level,
// leave no listener behind, and the sizes settle (no resize loop).
//
// Measured through the DevTools protocol: JSHeapUsedSize from Performance.getMetrics after
// HeapProfiler.collectGarbage; listeners from DOMDebugger.getEventListeners. The wasm memory is
// the WebAssembly.Memory the module exports, caught by an init script that wraps
// WebAssembly.instantiate / instantiateStreaming (as bench/harness.js does): the element
// exposes none. The figures are printed (lines starting with #) for the README.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { canvasStats, marks, setup, tooltipText } from './helpers.mjs';

const MB = 1024 * 1024;
const VIEWS = [
  ['detail', 'gdp-growth'],
  ['overview', ''],
  ['growth', ''],
  ['category', ''],
  ['detail', 'school-places-added'],
  ['detail', ''],
];
const WIDGETS = Array.from({ length: 12 }, (_, i) => {
  const [view, indicator] = VIEWS[i % VIEWS.length];
  return `<div class="cell" id="cell${i}"><gov-report-chart id="w${i}" view="${view}"${indicator ? ` indicator="${indicator}"` : ''} height="420"></gov-report-chart></div>`;
}).join('\n');
const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>twelve widgets</title>
<style>
  body { margin: 8px; }
  .grid { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; }
  .cell { width: 288px; }
  #churn { width: 400px; }
</style>
<script type="module" src="/gov-report-chart.js"></script>
</head>
<body>
<div class="grid">
${WIDGETS}
</div>
<div id="churn"></div>
</body>
</html>`;

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Records the wasm memories, ResizeObserver callbacks and canvas size changes of the page. */
function instrument() {
  window.__wasmMemories = [];
  window.__roCallbacks = 0;
  window.__canvasSizes = 0;
  const W = globalThis.WebAssembly;
  const keep = (result) => {
    const instance = result instanceof W.Instance ? result : result?.instance;
    for (const value of Object.values(instance?.exports ?? {})) {
      if (value instanceof W.Memory && !window.__wasmMemories.includes(value)) window.__wasmMemories.push(value);
    }
    return result;
  };
  const instantiate = W.instantiate;
  W.instantiate = function (...args) {
    return instantiate.apply(this, args).then(keep);
  };
  const streaming = W.instantiateStreaming;
  if (streaming) {
    W.instantiateStreaming = function (...args) {
      return streaming.apply(this, args).then(keep);
    };
  }
  const RO = window.ResizeObserver;
  window.ResizeObserver = class extends RO {
    constructor(callback) {
      super((entries, observer) => {
        window.__roCallbacks++;
        callback(entries, observer);
      });
    }
  };
  // The wasm sets the canvas's backing size on every resize-and-draw: count those.
  for (const prop of ['width', 'height']) {
    const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, prop);
    Object.defineProperty(HTMLCanvasElement.prototype, prop, {
      ...d,
      set(v) {
        if (prop === 'height') window.__canvasSizes++;
        d.set.call(this, v);
      },
    });
  }
}

async function openGrid(dpr) {
  const context = await env.browser.newContext({ viewport: { width: 1240, height: 900 }, deviceScaleFactor: dpr });
  await context.addInitScript(instrument);
  await context.route('**/__instances/page.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  await page.goto(env.url('/__instances/page.html'));
  await page.waitForFunction(
    () => [...document.querySelectorAll('.grid gov-report-chart')].every((el) => el.readyState === 'ready'),
    null,
    { timeout: 30000 },
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, problems };
}

/** JS heap after garbage collection, and the wasm memory's size, in bytes. */
async function memory({ page, cdp }) {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 20)));
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = await page.evaluate(() => window.__wasmMemories.reduce((s, m) => s + m.buffer.byteLength, 0));
  const memories = await page.evaluate(() => window.__wasmMemories.length);
  return { heap, wasm, memories };
}

/** Event listeners registered on the objects the expressions evaluate to (DevTools protocol). */
async function listeners({ cdp }, expressions) {
  const out = {};
  for (const expression of expressions) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: list } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    out[expression] = list.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

describe('many instances and long life', () => {
  test('12 widgets on one page render, stay interactive, and share one instance of each wasm module', async () => {
    const g = await openGrid(1);
    const { page } = g;
    for (let i = 0; i < 12; i++) {
      const sel = `#w${i}`;
      const s = await canvasStats(page, sel);
      assert.ok(s.drawn > 500, `${sel} drawn: ${s.drawn} pixels`);
      assert.equal(s.width, Math.round(s.cssWidth), `${sel} canvas = container width`);
      await page.mouse.move(1239, 899);
      await page.$eval(sel, (el) => el.scrollIntoView({ block: 'center' }));
      const m = await marks(page, sel);
      assert.ok(m.length > 0, `${sel} has marks`);
      await page.mouse.move(m[0].cx, m[0].cy);
      await page.waitForFunction((x) => !document.querySelector(x).shadowRoot.querySelector('[role="tooltip"]').hidden, sel, { timeout: 5000 });
      const tip = await tooltipText(page, sel);
      const expected = await page.$eval(sel, (el, i) => el.tooltip(i), m[0].index);
      assert.ok(tip.includes(expected.name) && tip.includes(expected.valueDisplay), `${sel} tooltip: ${tip}`);
    }
    // Each module the views need (the chart's, the bridge, the one with every view) is fetched
    // and instantiated once for all twelve.
    const shared = await page.evaluate(() => {
      const files = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()).filter((n) => n.endsWith('.wasm'));
      return { memories: window.__wasmMemories.length, files: files.sort() };
    });
    assert.deepEqual(shared.files, ['gov_report_bridge_bg.wasm', 'gov_report_chart_bg.wasm', 'gov_report_views_bg.wasm'], 'each module downloaded once');
    assert.equal(shared.memories, shared.files.length, 'one instance per module for twelve widgets');
    assert.deepEqual(g.problems, []);
    await g.context.close();
  });

  test('500 create/destroy cycles and 1000 container resizes: memory within 1 MB, no listener left, sizes settle', async () => {
    const g = await openGrid(2);
    const { page } = g;
    const watched = ['window', 'document', "document.getElementById('churn')"];
    /** One create/draw/remove cycle per call, alternating views, `n` times. */
    const churn = (n) =>
      page.evaluate(async (count) => {
        const box = document.getElementById('churn');
        const t0 = performance.now();
        for (let i = 0; i < count; i++) {
          const el = document.createElement('gov-report-chart');
          el.setAttribute('view', i % 2 ? 'overview' : 'detail');
          el.setAttribute('height', '240');
          box.append(el);
          await el.whenReady();
          if (el.marks().length === 0) throw new Error(`cycle ${i}: nothing drawn`);
          el.remove();
        }
        return performance.now() - t0;
      }, n);

    // Warm-up: one cycle, then the baseline.
    await churn(1);
    const base = await memory(g);
    const baseListeners = await listeners(g, watched);
    console.log(`# warm-up: JS heap ${kb(base.heap)}, wasm memory ${kb(base.wasm)}, listeners ${JSON.stringify(baseListeners)}`);

    const ms = await churn(500);
    console.log(`# 500 create/destroy cycles in ${(ms / 1000).toFixed(1)} s (${(ms / 500).toFixed(1)} ms each)`);
    const afterChurn = await memory(g);
    const churnListeners = await listeners(g, watched);
    console.log(
      `# after 500 cycles: JS heap ${kb(afterChurn.heap)} (${kb(afterChurn.heap - base.heap)} over warm-up), ` +
        `wasm memory ${kb(afterChurn.wasm)} (${kb(afterChurn.wasm - base.wasm)} over), listeners ${JSON.stringify(churnListeners)}`,
    );
    assert.deepEqual(churnListeners, baseListeners, 'no listener left behind on window, document or the parent');

    // 1000 resizes of one widget's container, one per frame (each is a ResizeObserver
    // notification and a redraw), between 240 and 559 px.
    const resized = await page.evaluate(async () => {
      const cell = document.getElementById('cell0');
      const ro0 = window.__roCallbacks;
      const c0 = window.__canvasSizes;
      const t0 = performance.now();
      for (let i = 0; i < 1000; i++) {
        await new Promise(requestAnimationFrame);
        cell.style.width = `${240 + ((i * 37) % 320)}px`;
      }
      // The last width's notification and redraw.
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      return { ms: performance.now() - t0, callbacks: window.__roCallbacks - ro0, redraws: window.__canvasSizes - c0 };
    });
    console.log(
      `# 1000 container resizes in ${(resized.ms / 1000).toFixed(1)} s: ${resized.callbacks} ResizeObserver callbacks, ${resized.redraws} redraws`,
    );
    assert.ok(resized.callbacks >= 1000 && resized.callbacks <= 1010, `one notification per resize: ${resized.callbacks}`);
    assert.ok(resized.redraws >= 1000 && resized.redraws <= 1010, `one redraw per resize: ${resized.redraws}`);

    // No resize loop: over the next second, nothing is observed or redrawn, and every canvas
    // equals its container's width x dpr.
    const settle = await page.evaluate(async () => {
      const ro0 = window.__roCallbacks;
      const c0 = window.__canvasSizes;
      await new Promise((r) => setTimeout(r, 1000));
      const sizes = [...document.querySelectorAll('.grid gov-report-chart')].map((el) => {
        const c = el.shadowRoot.querySelector('canvas');
        const box = el.parentElement.getBoundingClientRect();
        return { id: el.id, canvas: c.width, container: Math.round(Math.floor(box.width) * devicePixelRatio) };
      });
      return { callbacks: window.__roCallbacks - ro0, redraws: window.__canvasSizes - c0, sizes, dpr: devicePixelRatio };
    });
    console.log(`# after the resizes stop, over 1 s: ${settle.callbacks} ResizeObserver callbacks, ${settle.redraws} redraws`);
    assert.equal(settle.dpr, 2);
    assert.equal(settle.callbacks, 0, 'no ResizeObserver notification once the sizes settled');
    assert.equal(settle.redraws, 0, 'no redraw once the sizes settled');
    for (const s of settle.sizes) assert.equal(s.canvas, s.container, `${s.id}: canvas = container width x dpr`);

    const end = await memory(g);
    const endListeners = await listeners(g, watched);
    console.log(
      `# after 500 cycles and 1000 resizes: JS heap ${kb(end.heap)} (${kb(end.heap - base.heap)} over warm-up), ` +
        `wasm memory ${kb(end.wasm)} (${kb(end.wasm - base.wasm)} over), listeners ${JSON.stringify(endListeners)}`,
    );
    assert.equal(end.memories, base.memories, 'no new wasm instance: still one per module');
    assert.ok(Math.abs(end.heap - base.heap) <= MB, `JS heap within 1 MB of the warm-up: ${kb(base.heap)} -> ${kb(end.heap)}`);
    assert.ok(end.wasm - base.wasm <= MB, `wasm memory within 1 MB of the warm-up: ${kb(base.wasm)} -> ${kb(end.wasm)}`);
    assert.deepEqual(endListeners, baseListeners);

    // The widgets still answer a hover after all that.
    const m = await marks(page, '#w0');
    await page.mouse.move(m[0].cx, m[0].cy);
    await page.waitForFunction(() => !document.querySelector('#w0').shadowRoot.querySelector('[role="tooltip"]').hidden);
    assert.match(await tooltipText(page, '#w0'), /%/);

    // destroy() on an element still on the page removes the listeners on its own parts too.
    const plot = "document.getElementById('w1').shadowRoot.querySelector('[role=\"group\"]')";
    const before = await listeners(g, [plot, 'document']);
    await page.$eval('#w1', (el) => el.destroy());
    const afterDestroy = await listeners(g, [plot, 'document']);
    console.log(`# destroy() on a widget: listeners on its plot ${before[plot]} -> ${afterDestroy[plot]}, on document ${before.document} -> ${afterDestroy.document}`);
    assert.equal(afterDestroy[plot], 0);
    assert.equal(afterDestroy.document, before.document - 2, 'its two document listeners (outside tap, Escape) are gone');
    assert.deepEqual(g.problems, []);
    await g.context.close();
  });
});
