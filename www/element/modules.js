// The element's wasm modules, each fetched and compiled once per page and instantiated once per
// page (every element on the page shares the instance), and started again after a trap:
//   chart    the first-load module: overview and detail views, the embedded headline figures
//   views    every view, fetched when a page asks for one the chart module does not draw
//   bridge   packed datasets, tooltips and marks as JS objects, fetched after the first chart
//   extract  the report parser, fetched to chart another text, for corrections and CSV
// A trap (a panic, `unreachable`, running out of memory) leaves an instance unusable; `crashed`
// starts a new one from the compiled module and tells the elements that used the old one.

import { coded } from './input.js';

// Where each module's glue and wasm are: set by gov-report-chart.js (`setSources`), whose
// location the pkg/ folder is relative to, in www/ and bundled in dist/ alike.
let SOURCES = {};

/** `{ name: { glue: () => import(...), wasm: URL } }` for each module. */
export function setSources(sources) {
  SOURCES = sources;
}

/** Fetches and compiles a wasm (streaming when the server sends application/wasm). */
async function compileWasm(url) {
  const res = await fetch(url);
  if (!res.ok) throw coded('wasm-failed', `failed to fetch ${url.pathname}: HTTP ${res.status}`);
  if (WebAssembly.compileStreaming && /application\/wasm/.test(res.headers.get('content-type') ?? '')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

const state = new Map(); // name -> { promise, glue, compiled, instance }

/**
 * The glue of module `name`, instantiated (once per page, again after a trap). Resolves to the
 * glue's namespace; `instanceOf(name)` tells which instance it is.
 */
export function loadModule(name) {
  let s = state.get(name);
  if (!s) {
    s = { promise: null, glue: null, compiled: null, instance: 0 };
    state.set(name, s);
  }
  if (!s.promise) {
    const src = SOURCES[name];
    s.promise = Promise.all([src.glue(), s.compiled ?? compileWasm(src.wasm)]).then(async ([glue, compiled]) => {
      s.glue = glue;
      s.compiled = compiled;
      await glue.default({ module_or_path: compiled });
      performance.mark?.(`gov-report-chart:${name}-ready`);
      return glue;
    }).catch((err) => {
      // A missing file, a network error, a wasm this browser cannot compile: one code for all.
      throw Object.assign(err instanceof Error ? err : new Error(String(err)), { code: err?.code ?? 'wasm-failed' });
    });
    // A failed load may be retried later (e.g. after a network blip).
    s.promise.catch(() => {
      s.promise = null;
    });
  }
  return s.promise;
}

/** The glue of module `name` if it is already instantiated, else null. */
export function loaded(name) {
  const s = state.get(name);
  return s?.glue && s.promise && !s.dead ? s.glue : null;
}

/** Which instance of module `name` is current (changes after each restart). */
export function instanceOf(name) {
  return state.get(name)?.instance ?? 0;
}

/** Whether `err` is a trap of a wasm instance: a RuntimeError, or a panic reported by its hook. */
export function isTrap(err) {
  return err instanceof WebAssembly.RuntimeError || err?.code === 'panic';
}

const elements = new Set(); // connected <gov-report-chart> elements

export function register(el) {
  elements.add(el);
}

export function unregister(el) {
  elements.delete(el);
}

/**
 * Module `name` trapped while `culprit` (an element, or null) used it: the instance is dropped,
 * a new one started from the compiled module, and every other element holding a handle of the
 * old instance revives on the new one. Resolves when that is done.
 */
export async function crashed(name, culprit) {
  const s = state.get(name);
  if (!s || s.dead) return;
  s.dead = true;
  s.instance++;
  for (const el of elements) el._instanceLost?.(name);
  s.glue?.__resetInstance?.();
  s.promise = null;
  s.dead = false;
  try {
    await loadModule(name);
  } catch {
    return; // the elements show why when they next need it
  }
  for (const el of elements) if (el !== culprit) el._revive?.(name);
}
