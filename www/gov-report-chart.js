// <gov-report-chart>: an embeddable, accessible chart of a Chinese government work report's
// year-over-year figures. One ES module (dist/ bundles ./element/*.js into it), no dependencies;
// the chart drawing and the dataset live in WebAssembly (./pkg/), loaded once per page however
// many elements there are:
//   pkg/gov_report_chart*        the chart, with the headline figures of the embedded report
//                                (first load: enough for the overview and paired details)
//   pkg/haidian-2025-dataset.grc the embedded report's whole dataset, fetched after the first
//                                chart (or before it, for a view that needs more)
//   pkg/gov_report_extract*      the report parser, fetched only to chart another text (src=,
//                                an inline data-report child, loadReportText)
//
//   <script type="module" src="/gov-report-chart.js"></script>
//   <gov-report-chart view="detail" indicator="gdp-growth" lang="zh">
//     <img src="fallback.png" alt="...">   <!-- shown until the chart is ready, and if wasm fails -->
//   </gov-report-chart>
//
// Attributes: view (overview | detail | growth | category), indicator, category, lang (zh | en),
// theme (light | dark | auto), src (URL of another report text), data-version (expected sha256
// of the report text), height (CSS px), aspect-ratio (e.g. "16/10"), corrections (editorial
// corrections: "set ID VALUE; drop ID; pair FROM_ID TO_ID", shown as such in tooltips).
// Methods: indicators(), getDataset(), select(id), exportPng(), exportCsv(), loadReportText(text),
// marks(), tooltip(i), focusOrder(), whenReady(), destroy(). Events: ready; activate (the
// highlighted mark changed: hover, tap, keyboard; index -1 when none); select (click, tap, Enter);
// corrected ({ corrections }: the corrections attribute was applied); error ({ message }).
//
// Works under a strict CSP (script-src 'self' 'wasm-unsafe-eval'; style-src 'self'): styles are a
// constructable stylesheet, element positions are set through CSSOM, text through textContent.

import { decodeReport, lenient, MAX_CSS_PX, MAX_DEVICE_PX, parseAspect, parseHeight, THEMES, VIEWS } from './element/input.js';
import { unpackDataset } from './element/packed.js';
import { el, styleSheet, TEXT } from './element/texts.js';
import { interactionMethods } from './element/interaction.js';

export { unpackDataset };

// User-timing marks for scripts/measure.mjs (first chart: from here to the first drawn frame).
performance.mark?.('gov-report-chart:module');

let wasmPromise = null;
const BACKGROUNDS = new Map(); // theme -> the chart's background colour, read from a drawn canvas

const WASM_URL = new URL('./pkg/gov_report_chart_bg.wasm', import.meta.url);
const EXTRACT_WASM_URL = new URL('./pkg/gov_report_extract_bg.wasm', import.meta.url);
const DATASET_URL = new URL('./pkg/haidian-2025-dataset.grc', import.meta.url);

/** Fetches and compiles a wasm (streaming when the server sends application/wasm). */
async function compileWasm(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`failed to fetch ${url.pathname}: HTTP ${res.status}`);
  if (WebAssembly.compileStreaming && /application\/wasm/.test(res.headers.get('content-type') ?? '')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

/**
 * Loads and instantiates the wasm module once per page. Resolves to the glue's namespace. The
 * wasm is fetched and compiled while the glue loads, not after it.
 */
export function loadWasm() {
  if (!wasmPromise) {
    // A literal specifier, so that bundlers (Vite, webpack) see the glue; the `new URL(...,
    // import.meta.url)` above makes them emit the wasm as an asset.
    wasmPromise = Promise.all([import('./pkg/gov_report_chart.js'), compileWasm(WASM_URL)]).then(async ([mod, module]) => {
      await mod.default({ module_or_path: module });
      performance.mark?.('gov-report-chart:wasm-ready');
      return mod;
    });
    // A failed load may be retried later (e.g. after a network blip) by a new element.
    wasmPromise.catch(() => {
      wasmPromise = null;
    });
  }
  return wasmPromise;
}

let extractorPromise = null;

/** Loads the report parser's wasm once per page, on first need. Resolves to its glue. */
export function loadExtractor() {
  if (!extractorPromise) {
    extractorPromise = Promise.all([import('./pkg/gov_report_extract.js'), compileWasm(EXTRACT_WASM_URL)]).then(
      async ([mod, module]) => {
        await mod.default({ module_or_path: module });
        return mod;
      },
    );
    extractorPromise.catch(() => {
      extractorPromise = null;
    });
  }
  return extractorPromise;
}

let fullDatasetPromise = null;

/** The embedded report's whole dataset (packed text), fetched once per page. */
function loadFullDataset() {
  if (!fullDatasetPromise) {
    fullDatasetPromise = fetch(DATASET_URL).then((res) => {
      if (!res.ok) throw new Error(`failed to fetch ${DATASET_URL.pathname}: HTTP ${res.status}`);
      return res.text();
    });
    fullDatasetPromise.catch(() => {
      fullDatasetPromise = null;
    });
  }
  return fullDatasetPromise;
}


export class GovReportChart extends HTMLElement {
  static get observedAttributes() {
    return ['view', 'indicator', 'category', 'lang', 'theme', 'src', 'data-version', 'height', 'aspect-ratio', 'corrections'];
  }

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    this._frame = el('div', 'frame');
    this._plot = el('div', 'plot');
    this._plot.tabIndex = 0;
    this._plot.setAttribute('role', 'group');
    this._canvas = el('canvas');
    this._canvas.setAttribute('aria-hidden', 'true');
    this._ring = el('div', 'ring');
    this._ring.hidden = true;
    this._tip = el('div', 'tip');
    this._tip.hidden = true;
    this._tip.setAttribute('role', 'tooltip');
    this._tip.id = 'tip';
    this._desc = el('p', 'sr');
    this._desc.id = 'desc';
    this._plot.setAttribute('aria-describedby', 'desc');
    this._plot.append(this._canvas, this._ring, this._tip);
    this._fallback = el('div', 'fallback');
    this._fallback.append(document.createElement('slot'));
    this._message = el('p', 'message');
    this._message.setAttribute('role', 'status');
    this._message.hidden = true;
    this._tools = el('div', 'tools');
    this._tableButton = el('button');
    this._tableButton.type = 'button';
    this._tableButton.setAttribute('aria-expanded', 'false');
    this._tableButton.setAttribute('aria-controls', 'table');
    this._tools.append(this._tableButton);
    this._tableWrap = el('div', 'table-wrap');
    this._tableWrap.id = 'table';
    this._tableWrap.hidden = true;
    this._live = el('div', 'sr');
    this._live.setAttribute('aria-live', 'polite');
    // What the ResizeObserver watches: the element's content width, at a height of 0 that
    // nothing the chart draws can change (observing the element itself, whose height the chart
    // sets, made each height change a second notification: "ResizeObserver loop completed").
    this._sizer = el('div', 'sizer');
    this._frame.append(this._sizer, this._message, this._fallback, this._plot, this._desc, this._tools, this._tableWrap, this._live);
    root.append(this._frame);

    this._widget = null;
    this._state = 'idle';
    this._size = { w: 0, h: 0, dpr: 0 };
    this._active = -1;
    this._pinned = false;
    this._loadedKey = null;
    this._reportText = null;
    this._generation = 0;
    this._updateQueued = false;
    this._readyResolvers = [];
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  connectedCallback() {
    if (this._abort) return;
    this._abort = new AbortController();
    const signal = this._abort.signal;
    this._generation++;
    this._state = 'loading';
    this._frame.classList.remove('ready', 'failed');
    this.setAttribute('aria-busy', 'true');
    // Fetching and compiling the wasm starts first, so that the network and the compiler work
    // while the page lays out (the forced layout below can take tens of ms on a cold page).
    const wasm = loadWasm();

    this._resizeObserver = new ResizeObserver((entries) => this._onResize(entries));
    this._resizeObserver.observe(this._sizer);
    // Reserve the chart's height now, in the frame the element upgrades, not one frame later
    // when the ResizeObserver reports: otherwise the page shifts twice.
    this._layout(this._sizer.getBoundingClientRect().width);
    this._watchDpr(signal);
    const dark = matchMedia('(prefers-color-scheme: dark)');
    dark.addEventListener(
      'change',
      () => {
        const theme = this.getAttribute('theme');
        if (!theme || theme === 'auto') this._scheduleUpdate();
      },
      { signal },
    );

    const p = this._plot;
    p.addEventListener('pointermove', (e) => this._onPointerMove(e), { signal });
    p.addEventListener('pointerdown', (e) => this._onPointerDown(e), { signal });
    p.addEventListener('pointerleave', (e) => this._onPointerLeave(e), { signal });
    p.addEventListener('click', (e) => this._onClick(e), { signal });
    p.addEventListener('keydown', (e) => this._onKeyDown(e), { signal });
    p.addEventListener('focus', () => this._onFocus(), { signal });
    p.addEventListener('blur', (e) => this._onBlur(e), { signal });
    this._tip.addEventListener('pointerleave', (e) => this._onPointerLeave(e), { signal });
    this._tableButton.addEventListener('click', () => this._toggleTable(), { signal });
    // A tap or click anywhere outside the element dismisses a pinned tooltip.
    document.addEventListener(
      'pointerdown',
      (e) => {
        if (!e.composedPath().includes(this)) this._hideTip();
      },
      { signal, capture: true },
    );
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this._active >= 0 && this._hideTip(), {
      signal,
    });

    this._applyTexts();
    const generation = this._generation;
    wasm.then(
      (mod) => generation === this._generation && this._start(mod),
      (err) => generation === this._generation && this._fail(`${this._t().wasmFailed} (${err?.message ?? err})`, true),
    );
  }

  disconnectedCallback() {
    this.destroy();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    // Before connectedCallback (the attributes an element is upgraded with): it lays out.
    if (!this._abort) return;
    if (name === 'height' || name === 'aspect-ratio') {
      this._size.w = 0; // force a re-layout
      this._layout(this._width);
      this._scheduleUpdate(); // validates the value; a fixed value clears the message
      return;
    }
    if (name === 'view') this._size.w = 0;
    if (name === 'lang') this._applyTexts();
    this._scheduleUpdate();
  }

  /** Removes every listener and observer and frees the wasm handle. Idempotent. */
  destroy() {
    this._generation++;
    this._abort?.abort();
    this._abort = null;
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    this._fetchAbort?.abort();
    this._fetchAbort = null;
    if (this._widget) {
      try {
        this._widget.free();
      } catch {
        // already freed
      }
      this._widget = null;
      this._decoded = null;
    }
    this._hideTip();
    this._state = 'destroyed';
    this._size = { w: 0, h: 0, dpr: 0 };
    this._loadedKey = null;
  }

  // ---- public API --------------------------------------------------------------------------

  /** 'idle' | 'loading' | 'ready' | 'error' | 'destroyed' */
  get readyState() {
    return this._state;
  }

  /** Resolves when the first chart has been drawn (or immediately if it already has). */
  whenReady() {
    if (this._state === 'ready') return Promise.resolve(this);
    // Destroyed and not on the page: it would never be ready (put back, it starts again).
    if (this._state === 'destroyed') return Promise.reject(this._notReady());
    return new Promise((resolve) => this._readyResolvers.push(resolve));
  }

  /**
   * The indicators of the loaded report ([] before the wasm is ready; between the first chart
   * and `ready`, only the headline figures).
   */
  indicators() {
    const data = this._data();
    return data ? structuredClone(data.indicators) : [];
  }

  /** The whole dataset: { source, indicators, pairs, derived } (null before the wasm is ready). */
  getDataset() {
    const data = this._data();
    return data && structuredClone(data);
  }

  /** The decoded dataset, decoded once per load (callers get copies). */
  _data() {
    if (!this._decoded) this._decoded = this._call(() => unpackDataset(this._packedText()), null);
    return this._decoded;
  }

  /** The sha256 of the report text the chart shows (null before ready). */
  get dataVersion() {
    return this._call(() => this._widget.sha256(), null);
  }

  /** The marks of the current chart: [{ index, x, y, width, height, indicatorId }] in CSS px. */
  marks() {
    return this._call(() => {
      const out = [];
      const n = this._widget.markCount();
      for (let i = 0; i < n; i++) {
        const b = this._widget.markBounds(i);
        out.push({ index: i, x: b[0], y: b[1], width: b[2], height: b[3], indicatorId: this._tooltipData(i)?.indicatorId });
      }
      return out;
    }, []);
  }

  /** The tooltip payload of mark `index` (name, valueDisplay, year, kind, quote...), or null. */
  tooltip(index) {
    return this._tooltipData(index);
  }

  /** Mark indices in the order the arrow keys visit them. */
  focusOrder() {
    return this._widget ? this._focusOrder() : [];
  }

  /** The index of the mark whose tooltip is shown, or -1. */
  get activeIndex() {
    return this._active;
  }

  /**
   * Selects an indicator (or series) by id: shows its tooltip if the current chart has a mark for
   * it, otherwise switches to its detail view. Fires `select`.
   */
  select(id) {
    if (!this._widget) return false;
    // A previous failed call (select('nope'), a refused loadReportText) left the chart as it was.
    if (this._failSource === 'api' && this.indicators().some((i) => i.id === id || i.series === id)) this._clearFailure();
    const marks = this.marks();
    const hit = marks.find((m) => m.indicatorId === id);
    if (hit) {
      this._activate(hit.index, { pinned: true });
      this._emitSelect(hit.index);
      return true;
    }
    const known = this.indicators().some((i) => i.id === id || i.series === id);
    if (!known) {
      this._fail(`unknown indicator id "${id}"`, false, 'api');
      return false;
    }
    this.setAttribute('view', 'detail');
    this.setAttribute('indicator', id);
    return true;
  }

  /** The chart as a PNG Blob, at the current size and device pixel ratio. */
  exportPng() {
    return new Promise((resolve, reject) => {
      if (!this._widget) {
        reject(this._notReady());
        return;
      }
      this._canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png');
    });
  }

  /** The dataset as CSV text (the CLI's `--format csv`; the CSV writer loads on first use). */
  async exportCsv() {
    if (!this._widget) throw this._notReady();
    const packed = this._packedText();
    return (await loadExtractor()).packedToCsv(packed);
  }

  /**
   * Parses another report text and charts it. Throws (and fires `error`) if the text is not a
   * report; the previous data stays.
   */
  async loadReportText(text) {
    if (!this._widget) throw this._notReady();
    const generation = this._generation;
    try {
      if (typeof text !== 'string') throw new TypeError(`loadReportText expects a string, got ${text === null ? 'null' : typeof text}`);
      const packed = (await loadExtractor()).extractPacked(text);
      if (generation !== this._generation || !this._widget) throw this._notReady();
      this._loadPacked(packed);
    } catch (err) {
      if (generation === this._generation) this._fail(err?.message ?? String(err), false, 'api');
      throw err;
    }
    this._reportText = text;
    this._loadedKey = 'api';
    this._scheduleUpdate();
  }

  /** The packed text of the data charted: what was given to loadPacked, or the headline subset. */
  _packedText() {
    return this._widget.isPartial() ? this._mod.headlinePacked() : this._shownPacked;
  }

  /** Charts a packed dataset (the extractor's output, or the embedded report's whole dataset). */
  _loadPacked(packed) {
    this._widget.loadPacked(packed);
    this._shownPacked = packed;
    this._decoded = null;
    this._basePacked = packed; // uncorrected: corrections are (re)applied to this
    this._appliedCorrections = '';
  }

  /**
   * Swaps the headline subset the chart's wasm starts with for the embedded report's whole
   * dataset (fetched once per page). The headline views draw the same from both.
   */
  async _loadFull() {
    const generation = this._generation;
    const widget = this._widget;
    const packed = await loadFullDataset();
    if (generation !== this._generation || widget !== this._widget || !widget.isPartial()) return;
    this._loadPacked(packed);
  }

  // ---- internals: start, update, errors -------------------------------------------------------

  _notReady() {
    return new Error(this._state === 'destroyed' ? 'the chart has been destroyed' : 'the chart is not ready');
  }

  _t() {
    return TEXT[this._lang()];
  }

  _lang() {
    const own = this.getAttribute('lang');
    const raw = own ?? this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? 'zh';
    return raw.toLowerCase().startsWith('en') ? 'en' : 'zh';
  }

  _theme() {
    const t = this.getAttribute('theme') ?? 'auto';
    if (t === 'auto') return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    return t;
  }

  _applyTexts() {
    const t = this._t();
    // Screen readers pick their voice from lang: the widget's texts follow the widget's language.
    this._frame.lang = this._lang() === 'en' ? 'en' : 'zh-CN';
    this._plot.setAttribute('aria-roledescription', t.chart);
    const open = !this._tableWrap.hidden;
    this._tableButton.textContent = open ? t.hideData : t.viewData;
    if (this._state === 'loading') this._desc.textContent = t.loading;
  }

  _call(fn, fallback) {
    if (!this._widget) return fallback;
    try {
      return fn();
    } catch (err) {
      this._fail(err?.message ?? String(err), false);
      return fallback;
    }
  }

  async _start(mod) {
    this._mod = mod;
    try {
      this._widget = new mod.ReportWidget(this._canvas);
      this._basePacked = null;
      this._appliedCorrections = '';
    } catch (err) {
      this._fail(err?.message ?? String(err), true);
      return;
    }
    this._scheduleUpdate();
  }

  _scheduleUpdate() {
    if (this._updateQueued || !this._abort) return;
    this._updateQueued = true;
    queueMicrotask(() => {
      this._updateQueued = false;
      this._update();
    });
  }

  async _update() {
    if (!this._widget) return;
    const generation = this._generation;
    // Which text to chart: src= (fetched), else a child <textarea data-report> or
    // <script type="text/plain" data-report> carrying the text inline (what the demo's authoring
    // mode puts in an embed snippet), else the embedded report. A text given through
    // loadReportText() stays until src= or the inline text says otherwise.
    const src = this.getAttribute('src');
    const inline = src ? null : this.querySelector(':scope > textarea[data-report], :scope > script[type="text/plain"][data-report]');
    const key = src ? `src:${src}` : inline ? 'inline' : this._loadedKey === 'api' ? 'api' : null;
    if (key !== this._loadedKey) {
      let text = null;
      if (src) {
        this._fetchAbort?.abort();
        this._fetchAbort = new AbortController();
        try {
          const res = await fetch(new URL(src, document.baseURI), { signal: this._fetchAbort.signal });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          const type = (res.headers.get('content-type') ?? '').toLowerCase();
          if (/html|xml|^image\/|^audio\/|^video\/|json|javascript/.test(type)) {
            res.body?.cancel().catch(() => {});
            throw new Error(`not a plain-text report (${type.split(';')[0]})`);
          }
          text = decodeReport(await res.arrayBuffer(), type);
          this._fetchAbort = null; // done: a later update must not abort it
        } catch (err) {
          if (generation !== this._generation || err?.name === 'AbortError') return;
          this._fail(this._t().fetchFailed(src, err?.message ?? String(err)), false);
          return;
        }
        if (generation !== this._generation || !this._widget) return;
      } else if (inline) {
        text = inline instanceof HTMLTextAreaElement ? inline.value : inline.textContent;
      }
      try {
        if (text !== null) {
          const extractor = await loadExtractor();
          if (generation !== this._generation || !this._widget) return;
          this._loadPacked(extractor.extractPacked(text));
        } else {
          // Back to the embedded report: a fresh handle holds its headline figures.
          const fresh = new this._mod.ReportWidget(this._canvas);
          this._widget.free();
          this._widget = fresh;
          this._decoded = null;
          this._basePacked = null;
          this._appliedCorrections = '';
        }
      } catch (err) {
        this._fail(`${src ?? 'data-report'}: ${err?.message ?? err}`, false);
        return;
      }
      this._loadedKey = key;
      this._reportText = text;
    }
    // Editorial corrections (corrections="set ID VALUE; drop ID; pair A B"), applied by the
    // report parser's module to the uncorrected data, which for the embedded report means the
    // whole dataset.
    const corrections = (this.getAttribute('corrections') ?? '').trim();
    if (corrections !== this._appliedCorrections) {
      try {
        if (this._widget.isPartial()) await this._loadFull();
        if (generation !== this._generation || !this._widget) return;
        const base = this._basePacked;
        const packed = corrections ? (await loadExtractor()).applyCorrections(base, corrections) : base;
        if (generation !== this._generation || !this._widget) return;
        this._widget.loadPacked(packed);
        this._shownPacked = packed;
        this._decoded = null;
        this._appliedCorrections = corrections;
        this.dispatchEvent(new CustomEvent('corrected', { detail: { corrections }, bubbles: true, composed: true }));
      } catch (err) {
        if (generation !== this._generation) return;
        this._fail(err?.message ?? String(err), false);
        return;
      }
    }
    const want = this.getAttribute('data-version');
    if (want) {
      const got = this._widget.sha256();
      if (want.trim().toLowerCase() !== got) {
        this._fail(this._t().versionMismatch(want.trim(), got), false);
        return;
      }
    }
    const view = this.getAttribute('view') || 'overview';
    const theme = this._theme();
    try {
      if (!VIEWS.includes(view)) throw new Error(`unknown view "${view}" (expected ${VIEWS.join(', ')})`);
      const rawTheme = this.getAttribute('theme') ?? 'auto';
      if (!THEMES.includes(rawTheme)) throw new Error(`unknown theme "${rawTheme}" (expected ${THEMES.join(', ')})`);
      parseHeight(this.getAttribute('height'));
      parseAspect(this.getAttribute('aspect-ratio'));
    } catch (err) {
      this._fail(err?.message ?? String(err), false);
      return;
    }
    const configure = () =>
      this._widget.configure(
        view,
        this.getAttribute('indicator') || undefined,
        this.getAttribute('category') || undefined,
        this._lang(),
        theme,
      );
    try {
      // The headline subset draws the overview and paired details; anything else waits for
      // the whole dataset.
      if (this._widget.isPartial() && (view === 'growth' || view === 'category')) throw new Error('partial');
      configure();
    } catch (err) {
      if (!this._widget.isPartial()) {
        this._fail(err?.message ?? String(err), false);
        return;
      }
      try {
        await this._loadFull();
        if (generation !== this._generation || !this._widget) return;
        configure();
      } catch (err2) {
        if (generation !== this._generation) return;
        this._fail(err2?.message ?? String(err2), false);
        return;
      }
    }
    this._frame.classList.toggle('dark', theme === 'dark');
    this._hideTip();
    this._clearFailure();
  }

  /** Hides the message and shows the chart again, redrawn at the current size. */
  _clearFailure() {
    this._lastError = null;
    this._failSource = null;
    this._message.hidden = true;
    this._frame.classList.remove('failed');
    this._size.w = 0; // redraw at the current size
    this._layout(this._width);
  }

  /**
   * Shows a message in the box, keeps the fallback children visible, fires `error`. `source`:
   * 'api' for a failed method call (the chart's data and settings are unchanged, so the next good
   * call clears the message), 'size' for a zero width (cleared when it gets one), else 'config'.
   */
  _fail(message, fatal, source = 'config') {
    const first = this._lastError !== message;
    this._lastError = message;
    // A failed call while a setting is already wrong: the setting still has to be fixed first.
    const settingWrong = this._frame.classList.contains('failed') && this._failSource && this._failSource !== 'api';
    if (!(source === 'api' && settingWrong)) this._failSource = source;
    if (fatal) {
      this._state = 'error';
      this.removeAttribute('aria-busy');
    }
    this._hideTip();
    this._frame.classList.add('failed');
    const hasFallback = this.childElementCount > 0;
    this._message.textContent = message;
    this._message.hidden = fatal && hasFallback;
    if (first) {
      console.warn(`<gov-report-chart>: ${message}`);
      this.dispatchEvent(new CustomEvent('error', { detail: { message }, bubbles: true, composed: true }));
    }
  }

  // ---- sizing --------------------------------------------------------------------------------

  _watchDpr(signal) {
    if (signal.aborted) return;
    const dpr = window.devicePixelRatio || 1;
    const mq = matchMedia(`(resolution: ${dpr}dppx)`);
    mq.addEventListener(
      'change',
      () => {
        this._watchDpr(signal);
        this._layout(this._width);
      },
      { signal, once: true },
    );
  }

  /**
   * A rendered element with no width (e.g. in a 0 px wide container) cannot draw: say so. One
   * that is not rendered at all (display: none, e.g. in a hidden tab) waits quietly.
   */
  _noWidth() {
    if (!this._widget || this._frame.classList.contains('failed') || !this.isConnected) return;
    if (this.getClientRects().length === 0) return;
    this._fail(this._t().noWidth, false, 'size');
  }

  _onResize(entries) {
    const entry = entries[entries.length - 1];
    const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
    this._layout(width);
  }

  /**
   * The chart height for a width: the height attribute, else width / aspect-ratio, else a
   * default per view (the overview and growth views list many rows and need more height,
   * most of all on narrow screens where labels take the full width).
   */
  _heightFor(width) {
    const attr = lenient(parseHeight, this.getAttribute('height'));
    if (attr) return attr;
    const ratio = lenient(parseAspect, this.getAttribute('aspect-ratio'));
    if (ratio) return Math.round(Math.min(Math.max(width / ratio, 200), 1600));
    if (this._widget && !this._frame.classList.contains('failed')) {
      // The height at which the view shows every figure (capped: beyond it, the chart says how
      // many figures it left out and the data table has them all).
      try {
        const preferred = this._widget.preferredHeight(width);
        if (preferred > 0 && Number.isFinite(preferred)) return Math.round(Math.min(Math.max(preferred, 200), 1400));
      } catch {
        // fall back to the defaults below
      }
    }
    // Before the wasm is ready: close to what preferredHeight() gives for each view, so that
    // the reserved space barely changes when the chart arrives.
    const narrow = width < 560;
    switch (this.getAttribute('view') || 'overview') {
      case 'detail':
        return Math.round(Math.min(Math.max(width, 320), 420));
      case 'growth':
        return narrow ? 740 : 550;
      case 'category':
        return width < 1000 ? 1400 : 1220;
      default:
        return narrow ? 1180 : 890;
    }
  }

  /**
   * Sizes the box (reserving space even before the wasm is ready) and redraws when the width or
   * the pixel ratio changed. Only the width is read: setting the height cannot feed back into it,
   * so there is no resize loop.
   */
  _layout(width = this._sizer.getBoundingClientRect().width) {
    this._width = width;
    const w = Math.min(Math.floor(width), MAX_CSS_PX);
    if (!(w > 0)) {
      this._noWidth();
      return;
    }
    if (this._failSource === 'size') this._scheduleUpdate(); // it has a width again
    const h = this._heightFor(w);
    // A very tall chart on a high-density screen: fewer device pixels rather than no chart.
    const dpr = Math.min(window.devicePixelRatio || 1, MAX_DEVICE_PX / Math.max(w, h));
    if (this._fallback.style.height !== `${h}px`) this._fallback.style.height = `${h}px`;
    if (this._frame.style.minHeight !== `${h}px`) this._frame.style.minHeight = `${h}px`;
    if (!this._widget || this._frame.classList.contains('failed')) return;
    if (w === this._size.w && h === this._size.h && dpr === this._size.dpr) return;
    this._size = { w, h, dpr };
    this._canvas.style.width = `${w}px`;
    this._canvas.style.height = `${h}px`;
    try {
      this._widget.resize(w, h, dpr);
    } catch (err) {
      this._fail(err?.message ?? String(err), false);
      return;
    }
    this._afterDraw();
  }

  _afterDraw() {
    // The box around the canvas (tools row, data table) takes the chart's own background.
    // Read once per theme and page, after the frame is out (a canvas read-back costs a few ms).
    const theme = this._theme();
    if (BACKGROUNDS.has(theme)) this._frame.style.backgroundColor = BACKGROUNDS.get(theme);
    else {
      setTimeout(() => {
        if (!this._widget || this._theme() !== theme) return;
        try {
          const [r, g, b, a] = this._canvas.getContext('2d').getImageData(0, 0, 1, 1).data;
          BACKGROUNDS.set(theme, a === 255 ? `rgb(${r}, ${g}, ${b})` : '');
        } catch {
          BACKGROUNDS.set(theme, '');
        }
        this._frame.style.backgroundColor = BACKGROUNDS.get(theme);
      }, 0);
    }
    this._hideTip();
    this._describe();
    if (this._tableWrap.hidden === false) this._buildTable();
    if (!this._frame.classList.contains('ready')) {
      this._frame.classList.add('ready');
      if (!performance.getEntriesByName?.('gov-report-chart:first-chart').length) {
        performance.mark?.('gov-report-chart:first-draw');
        requestAnimationFrame(() => setTimeout(() => performance.mark?.('gov-report-chart:first-chart'), 0));
      }
    }
    if (this._state !== 'ready' && this._widget.isPartial()) {
      // The first chart is out; the rest of the dataset follows (after the frame), then `ready`.
      if (!this._fullQueued) {
        this._fullQueued = true;
        const generation = this._generation;
        requestAnimationFrame(() =>
          setTimeout(() => {
            this._fullQueued = false;
            if (generation !== this._generation || !this._widget?.isPartial()) return;
            this._loadFull().then(
              () => this._scheduleUpdate(),
              (err) => {
                if (generation !== this._generation) return;
                // The headline figures stay charted; only the rest of the data is missing.
                console.warn(`<gov-report-chart>: ${err?.message ?? err}; only the headline figures are available`);
                this._becomeReady();
              },
            );
          }, 0),
        );
      }
      return;
    }
    this._becomeReady();
  }

  /** The chart is drawn from the whole dataset: `ready` (once per connection). */
  _becomeReady() {
    if (this._state !== 'ready') {
      this._state = 'ready';
      this.removeAttribute('aria-busy');
      for (const resolve of this._readyResolvers.splice(0)) resolve(this);
      this.dispatchEvent(new CustomEvent('ready', { bubbles: true, composed: true }));
    }
  }

  _describe() {
    let title = '';
    let description = '';
    try {
      title = this._widget.title();
      description = this._widget.description();
    } catch {
      // keep the previous texts
    }
    this._plot.setAttribute('aria-label', title || this._t().chart);
    this._desc.textContent = description;
  }

}

// Tooltips, keyboard, touch and the data table (www/element/interaction.js), as ordinary
// non-enumerable methods.
for (const [name, method] of Object.entries(Object.getOwnPropertyDescriptors(interactionMethods))) {
  Object.defineProperty(GovReportChart.prototype, name, { ...method, enumerable: false });
}

if (!customElements.get('gov-report-chart')) {
  // A page that already has an element: the wasm's fetch starts before anything else.
  if (document.querySelector('gov-report-chart')) loadWasm();
  customElements.define('gov-report-chart', GovReportChart);
}
