// Injected into every benchmark page before any of its scripts (Playwright addInitScript).
// Identical for the four pages; it only listens, it draws nothing.
//
//   window.__bench.firstChart   performance.now() in the first animation frame after the chart
//                               was drawn: after <gov-report-chart>'s first-draw mark (ours), after
//                               the page's `bench-drawn` event (Chart.js afterRender, ECharts
//                               'finished', the empty page's canvas fill)
//   window.__bench.hovers       how many times the hovered mark changed (a sanity check that the
//                               pointer path crosses marks on every page)
//   window.__bench.wasmMemories the WebAssembly.Memory of every instance the page created (our
//                               element exposes none, so instantiate/instantiateStreaming are
//                               wrapped to record the instance's exported memory)
(() => {
  const b = {
    firstChart: null,
    drawnAt: null,
    signal: null,
    hovers: 0,
    lastHover: null,
    wasmMemories: [],
  };
  Object.defineProperty(window, '__bench', { value: b, enumerable: false });
  let resolveFirst;
  let rejectFirst;
  b.firstChartPromise = new Promise((resolve, reject) => {
    resolveFirst = resolve;
    rejectFirst = reject;
  });
  b.firstChartPromise.catch(() => console.debug('bench:first-chart-failed'));
  const drawn = (signal) => {
    if (b.signal !== null) return;
    b.signal = signal;
    b.drawnAt = performance.now();
    requestAnimationFrame(() => {
      b.firstChart = performance.now();
      resolveFirst(b.firstChart);
      // Tells the runner without it evaluating anything in the page before then (Playwright's
      // evaluate installs a script of its own, compiled on the main thread).
      console.debug('bench:first-chart');
    });
  };
  b.hover = (key) => {
    if (key === b.lastHover) return;
    b.lastHover = key;
    if (key !== null && key !== undefined) b.hovers++;
  };
  const isOurs = (e) => e.composedPath?.()[0]?.localName === 'gov-report-chart';
  // Ours: the element's user-timing mark set when the first chart is on the canvas (`ready` comes
  // later, once the whole dataset has followed it); `ready` stays as a fallback.
  if (typeof PerformanceObserver === 'function') {
    new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'gov-report-chart:first-draw')) drawn('first-draw');
    }).observe({ type: 'mark', buffered: true });
  }
  document.addEventListener('ready', (e) => isOurs(e) && drawn('ready'), true);
  document.addEventListener('bench-drawn', () => drawn('bench-drawn'), true);
  document.addEventListener(
    'error',
    (e) => {
      if (e instanceof CustomEvent && isOurs(e)) rejectFirst(new Error(`gov-report-chart error: ${e.detail?.message}`));
    },
    true,
  );
  document.addEventListener('bench-error', (e) => rejectFirst(new Error(`page script failed: ${e.detail}`)), true);
  document.addEventListener('activate', (e) => isOurs(e) && b.hover(e.detail?.index >= 0 ? e.detail.index : null), true);

  const W = globalThis.WebAssembly;
  if (W) {
    const keep = (result) => {
      const instance = result instanceof W.Instance ? result : result?.instance;
      for (const value of Object.values(instance?.exports ?? {})) {
        if (value instanceof W.Memory && !b.wasmMemories.includes(value)) b.wasmMemories.push(value);
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
  }
})();
