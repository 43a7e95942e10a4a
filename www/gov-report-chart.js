// <gov-report-chart>: an embeddable, accessible chart of a Chinese government work report's
// year-over-year figures. One ES module (dist/ bundles ./element/*.js into it), no dependencies;
// drawing, data and the parser live in WebAssembly (./pkg/, see ./element/modules.js), loaded
// once per page however many elements there are:
//   pkg/gov_report_chart*        first load: the overview and detail views, with the headline
//                                figures of the embedded report
//   pkg/haidian-2025-dataset.grc the embedded report's whole dataset, after the first chart
//   pkg/gov_report_bridge*       datasets, tooltips and marks as JS objects, after the first chart
//   pkg/gov_report_views*        every view, when a page asks for one the first module lacks
//   pkg/gov_report_extract*      the report parser, to chart another text
//
//   <script type="module" src="/gov-report-chart.js"></script>
//   <gov-report-chart view="detail" indicator="gdp-growth" lang="zh">
//     <img src="fallback.png" alt="...">   <!-- shown until the chart is ready, and if wasm fails -->
//   </gov-report-chart>
//
// Attributes, methods and events: docs/embedding.md. Works under a strict CSP (script-src 'self'
// 'wasm-unsafe-eval'; style-src 'self'): styles are a constructable stylesheet, positions are set
// through CSSOM, text through textContent. A trap in the wasm costs only the widget that caused
// it: the instance starts again and the other widgets redraw on it.

import { coded, parseAspect, parseHeight } from './element/input.js';
import { crashed, instanceOf, isTrap, loaded, loadModule, register, setSources, unregister } from './element/modules.js';
import { el, styleSheet, TEXT } from './element/texts.js';
import { interactionMethods } from './element/interaction.js';
import { sizingMethods } from './element/sizing.js';
import { sourceMethods } from './element/sources.js';

// User-timing marks for scripts/measure.mjs (first chart: from here to the first drawn frame).
performance.mark?.('gov-report-chart:module');

// Literal specifiers, so that bundlers (Vite, webpack) see each glue module; the wasm URLs
// (new URL(..., import.meta.url)) make them emit the wasm as assets.
setSources({
  chart: { glue: () => import('./pkg/gov_report_chart.js'), wasm: new URL('./pkg/gov_report_chart_bg.wasm', import.meta.url) },
  views: { glue: () => import('./pkg/gov_report_views.js'), wasm: new URL('./pkg/gov_report_views_bg.wasm', import.meta.url) },
  bridge: { glue: () => import('./pkg/gov_report_bridge.js'), wasm: new URL('./pkg/gov_report_bridge_bg.wasm', import.meta.url) },
  extract: { glue: () => import('./pkg/gov_report_extract.js'), wasm: new URL('./pkg/gov_report_extract_bg.wasm', import.meta.url) },
});
const DATASET_URL = new URL('./pkg/haidian-2025-dataset.grc', import.meta.url);
let fullDatasetPromise = null;

/** The embedded report's whole dataset (packed text), fetched once per page. */
function loadFullDataset() {
  if (!fullDatasetPromise) {
    fullDatasetPromise = fetch(DATASET_URL).then((res) => {
      if (!res.ok) throw coded('fetch-failed', `failed to fetch ${DATASET_URL.pathname}: HTTP ${res.status}`);
      return res.text();
    });
    fullDatasetPromise.catch(() => {
      fullDatasetPromise = null;
    });
  }
  return fullDatasetPromise;
}

/** Loads the chart's first-load module (done by every element; exported for pages that preload). */
export const loadWasm = () => loadModule('chart');
/** Loads the report parser's module (done on demand by src=, loadReportText, exportCsv). */
export const loadExtractor = () => loadModule('extract');

export class GovReportChart extends HTMLElement {
  static get observedAttributes() {
    return [
      'view',
      'indicator',
      'category',
      'lang',
      'theme',
      'src',
      'data-version',
      'height',
      'aspect-ratio',
      'corrections',
      'reference-year',
    ];
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
    this._note = el('p', 'note');
    this._note.hidden = true;
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
    // nothing the chart draws can change.
    this._sizer = el('div', 'sizer');
    this._frame.append(this._sizer, this._message, this._note, this._fallback, this._plot, this._desc, this._tools, this._tableWrap, this._live);
    root.append(this._frame);

    this._widget = null; // the ReportWidget handle, of module this._module ('chart' or 'views')
    this._module = null;
    this._instance = 0;
    this._state = 'idle';
    this._size = { w: 0, h: 0, dpr: 0 };
    this._active = -1;
    this._pinned = false;
    this._generation = 0;
    this._updateQueued = false;
    this._readyResolvers = [];
    this._resetData();
  }

  /** Forgets the charted data (back to the embedded report's headline figures). */
  _resetData() {
    this._sourceKey = null; // what the data came from: null (embedded), 'src:…', 'inline', 'api'
    this._apiOver = null; // the source attributes a loadReportText text replaced
    this._dataSerial = (this._dataSerial ?? 0) + 1; // changes whenever the data charted change
    this._basePacked = null; // the source's packed dataset, uncorrected (null: embedded, not loaded)
    this._packed = null; // what is charted (null: the embedded headline subset)
    this._appliedCorrections = '';
    this._objects = null;
    this._reportText = null;
    this._configured = false;
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
    register(this);
    // Fetching and compiling the wasm starts first, so that the network and the compiler work
    // while the page lays out.
    const wasm = loadModule('chart');
    this._resizeObserver = new ResizeObserver((entries) => this._onResize(entries));
    this._resizeObserver.observe(this._sizer);
    // Reserve the chart's height now, in the frame the element upgrades.
    this._layout(this._sizer.getBoundingClientRect().width);
    this._watchDpr(signal);
    matchMedia('(prefers-color-scheme: dark)').addEventListener(
      'change',
      () => {
        const theme = this.getAttribute('theme');
        if (!theme || theme === 'auto') this._scheduleUpdate({ redraw: true });
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
    document.addEventListener('pointerdown', (e) => !e.composedPath().includes(this) && this._hideTip(), {
      signal,
      capture: true,
    });
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this._active >= 0 && this._hideTip(), { signal });
    this._applyTexts();
    const generation = this._generation;
    wasm.then(
      () => generation === this._generation && this._scheduleUpdate(),
      (err) => generation === this._generation && this._fail(`${this._t().wasmFailed} (${err?.message ?? err})`, { fatal: true, code: 'wasm-failed' }),
    );
  }

  disconnectedCallback() {
    this.destroy();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this._abort) return;
    this._crashed = false; // a new input: a widget that trapped starts again
    if (name === 'height' || name === 'aspect-ratio') {
      this._size.w = 0; // force a re-layout
      this._layout(this._width);
    }
    if (name === 'lang') this._applyTexts();
    this._scheduleUpdate({ redraw: true });
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
    this._pendingLoad = null;
    unregister(this);
    this._dropWidget(true);
    this._hideTip();
    this._state = 'destroyed';
    this._size = { w: 0, h: 0, dpr: 0 };
    this._resetData();
  }

  // ---- public API --------------------------------------------------------------------------

  /** 'idle' | 'loading' | 'ready' | 'error' | 'destroyed' */
  get readyState() {
    return this._state;
  }

  /** Resolves when the chart is drawn from its whole dataset (or at once if it already is). */
  whenReady() {
    if (this._state === 'ready') return Promise.resolve(this);
    if (this._state === 'destroyed') return Promise.reject(this._notReady());
    return new Promise((resolve) => this._readyResolvers.push(resolve));
  }

  /** The indicators of the charted report ([] until the bridge module is in, at `ready`). */
  indicators() {
    return this._datasetObject()?.indicators ?? [];
  }

  /** The whole dataset: { reports, indicators, pairs, derived } (null until `ready`). */
  getDataset() {
    return this._datasetObject();
  }

  /** The sha256 of the report text the chart shows (null before the wasm is ready). */
  get dataVersion() {
    if (this._isCollection() && this._textShas) return this._textShas.join(' ');
    return this._widget ? this._wasm(() => this._widget.sha256(), null) : null;
  }

  /** The marks of the current chart: [{ index, x, y, width, height, indicatorId }] in CSS px. */
  marks() {
    const bridge = loaded('bridge');
    if (!this._widget || !bridge) return [];
    return this._wasm(() => bridge.marksObject(this._widget.marksPacked()), []);
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
    const known = this.indicators().some((i) => i.id === id || i.series === id);
    if (this._failSource === 'api' && known) this._clearFailure();
    const hit = this.marks().find((m) => m.indicatorId === id);
    if (hit) {
      this._activate(hit.index, { pinned: true });
      this._emitSelect(hit.index);
      return true;
    }
    if (!known) {
      this._fail(`unknown indicator id "${id}"`, { source: 'api', code: 'unknown-indicator' });
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
      this._canvas.toBlob((blob) => (blob ? resolve(blob) : reject(coded('export-failed', 'PNG export failed'))), 'image/png');
    });
  }

  /** The dataset as CSV text (the CLI's `--format csv`; the CSV writer loads on first use). */
  async exportCsv() {
    if (!this._widget) throw this._notReady();
    const packed = this._packedText();
    const extract = await loadModule('extract');
    return this._wasmOf('extract', () => extract.packedToCsv(packed));
  }

  /**
   * Parses another report text and charts it; an array of texts is read as one collection
   * (`options.names` label them in messages). `options.referenceYear` dates a text that states
   * no year. Rejects (and fires `error`) if it is not a report; the previous data stay.
   */
  async loadReportText(text, options = {}) {
    // A widget whose module trapped has no handle, but a new report starts it again.
    const usable = () => this._widget || (this._crashed && this._state !== 'destroyed');
    if (!usable()) throw this._notReady();
    const generation = this._generation;
    try {
      const many = Array.isArray(text) && text.length > 1;
      if (Array.isArray(text) && text.length === 1) text = text[0];
      if (!many && typeof text !== 'string') throw Object.assign(new TypeError(`loadReportText expects a string or an array of strings, got ${text === null ? 'null' : Array.isArray(text) ? 'an empty array' : typeof text}`), { code: 'bad-argument' });
      if (many && text.some((t) => typeof t !== 'string')) throw Object.assign(new TypeError('loadReportText expects every text of the array to be a string'), { code: 'bad-argument' });
      const year = options?.referenceYear ?? this.getAttribute('reference-year');
      const packed = many ? await this._extractMany(text, options?.names ?? [], year, options?.places ?? []) : await this._extract(text, year);
      if (generation !== this._generation || !usable()) throw this._notReady();
      this._crashed = false;
      this._setData('api', packed, text);
      this._apiOver = this._sourceAttrKey();
    } catch (err) {
      if (generation === this._generation) this._failWith(err, 'api');
      throw err;
    }
    this._scheduleUpdate({ redraw: true });
  }

  // ---- internals: wasm calls, data ------------------------------------------------------------

  _notReady() {
    return coded(this._state === 'destroyed' ? 'destroyed' : 'not-ready', this._state === 'destroyed' ? 'the chart has been destroyed' : 'the chart is not ready');
  }

  _t() {
    return TEXT[this._lang()];
  }

  _lang() {
    const own = this.getAttribute('lang');
    const raw = own ?? this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? 'zh';
    return raw.toLowerCase().startsWith('en') ? 'en' : 'zh';
  }

  _viewAttr() {
    return (this.getAttribute('view') || '').trim() || (this._isCollection() ? 'attainment' : 'overview');
  }

  _prefersDark() {
    return matchMedia('(prefers-color-scheme: dark)').matches;
  }

  /** The theme drawn: the attribute, with auto resolved (validated by the wasm in configure). */
  _themeName() {
    const t = (this.getAttribute('theme') ?? 'auto').trim();
    return t === 'dark' || ((t === 'auto' || t === '') && this._prefersDark()) ? 'dark' : 'light';
  }

  _applyTexts() {
    const t = this._t();
    this._frame.lang = this._lang() === 'en' ? 'en' : 'zh-CN';
    this._plot.setAttribute('aria-roledescription', t.chart);
    this._tableButton.textContent = this._tableWrap.hidden ? t.viewData : t.hideData;
    if (this._state === 'loading') this._desc.textContent = t.loading;
  }

  /**
   * Calls into the widget's module. A trap there (a panic, unreachable, out of memory) stops this
   * widget with a message and starts the module again for the others; other errors show their
   * message unless `quiet`. Returns `fallback` on any error.
   */
  _wasm(fn, fallback, { quiet = false } = {}) {
    try {
      return fn();
    } catch (err) {
      if (isTrap(err)) this._onTrap(this._module ?? 'chart', err);
      else if (!quiet) this._failWith(err);
      return fallback;
    }
  }

  /** Calls a stateless module (bridge, extract): a trap there restarts it and rethrows. */
  _wasmOf(name, fn) {
    try {
      return fn();
    } catch (err) {
      if (isTrap(err)) crashed(name, null);
      throw err;
    }
  }

  /** This widget's module trapped: stop it here with a message, restart it for the others. */
  _onTrap(name, err) {
    this._crashed = true;
    this._fail(this._t().crashed(err?.message ?? String(err)), { code: 'crashed' });
    crashed(name, this);
  }

  /** Called by modules.js before a module this element uses starts again: the handle is gone. */
  _instanceLost(name) {
    if (this._module === name) this._dropWidget(false);
  }

  /** Called by modules.js once a module started again: redraw on the new instance. */
  _revive(name) {
    if (this._module !== null && this._module !== name) return;
    if (this._crashed) return;
    this._scheduleUpdate({ redraw: true });
  }

  /** Lets go of the handle: freed when `free`, else only forgotten (its instance is gone). */
  _dropWidget(free) {
    const w = this._widget;
    this._widget = null;
    this._configured = false;
    if (!w) return;
    try {
      if (free && instanceOf(this._module) === this._instance) w.free();
      else w.__destroy_into_raw?.(); // no finalizer may free it in a new instance
    } catch {
      // already gone
    }
  }

  /** The packed text of what is charted: the given data, or the embedded headline subset. */
  _packedText() {
    return this._packed ?? loaded('chart')?.ReportWidget.headlinePacked() ?? '';
  }

  /** The charted dataset as a JS object, through the bridge (null until the bridge is in). */
  _datasetObject() {
    const bridge = loaded('bridge');
    if (!this._widget || !bridge) return null;
    if (!this._objects) {
      try {
        this._objects = { dataset: this._wasmOf('bridge', () => bridge.datasetObject(this._packedText())) };
      } catch (err) {
        this._failWith(err);
        return null;
      }
    }
    return structuredClone(this._objects.dataset);
  }

  /** Sets the data charted from a source (its packed dataset, uncorrected). */
  _setData(key, packed, text) {
    this._dataSerial++;
    this._sourceKey = key;
    this._basePacked = packed;
    this._packed = packed;
    this._appliedCorrections = '';
    this._objects = null;
    this._reportText = text;
    this._loadIntoWidget();
  }

  /** Hands the charted data to the widget (a new widget starts with the headline subset). */
  _loadIntoWidget() {
    this._objects = null;
    if (!this._widget || this._packed === null) return true;
    return this._wasm(() => (this._widget.loadPacked(this._packed), true), false);
  }

  // ---- the update: source, corrections, module, configuration --------------------------------

  _scheduleUpdate({ redraw = false } = {}) {
    if (redraw) this._size.w = 0;
    if (this._updateQueued || !this._abort) return;
    this._updateQueued = true;
    queueMicrotask(() => {
      this._updateQueued = false;
      this._update();
    });
  }

  async _update() {
    if (!this._abort || this._crashed) return;
    const generation = this._generation;
    const current = () => generation === this._generation && !this._crashed;
    // 1. The source: src= (fetched), a child <textarea data-report> or <script type="text/plain"
    // data-report>, text given to loadReportText, or the embedded report.
    const src = (this.getAttribute('src') ?? '').trim();
    const inline = src ? [] : this._inlineReports();
    const year = this.getAttribute('reference-year') ?? '';
    const attrKey = this._sourceAttrKey();
    // A text given to loadReportText stays until the source attributes change.
    const key = this._sourceKey === 'api' && this._apiOver === attrKey ? 'api' : attrKey;
    if (key !== this._sourceKey) {
      if (this._pendingLoad?.key !== key) {
        this._fetchAbort?.abort();
        this._pendingLoad = { key, promise: this._loadSource(key, src, inline, year, generation) };
      }
      const pending = this._pendingLoad;
      const ok = await pending.promise;
      if (this._pendingLoad === pending) this._pendingLoad = null;
      if (!ok || !current() || this._sourceKey !== key) return;
    }
    // 2. Editorial corrections, applied by the parser's module to the uncorrected data (for the
    // embedded report, its whole dataset).
    const corrections = (this.getAttribute('corrections') ?? '').trim();
    if (corrections !== this._appliedCorrections) {
      try {
        if (this._basePacked === null) this._basePacked = await loadFullDataset();
        if (!current()) return;
        const extract = corrections ? await loadModule('extract') : null;
        const packed = corrections ? this._wasmOf('extract', () => extract.applyCorrections(this._basePacked, corrections)) : this._basePacked;
        if (!current()) return;
        this._packed = packed;
        this._appliedCorrections = corrections;
        this._loadIntoWidget();
        this.dispatchEvent(new CustomEvent('corrected', { detail: { corrections }, bubbles: true, composed: true }));
      } catch (err) {
        if (current()) this._failWith(err);
        return;
      }
    }
    // 3. The module that draws the view, and the widget on it.
    if (!(await this._ensureWidget(generation))) return;
    // 4. The sizing attributes, then the view as configured; what the data cannot draw falls
    // back or waits for more data.
    try {
      parseHeight(this.getAttribute('height'));
      parseAspect(this.getAttribute('aspect-ratio'));
    } catch (err) {
      this._failWith(err);
      return;
    }
    if (!(await this._configure(generation))) return;
    if (!this._checkVersion()) return;
    this._frame.classList.toggle('dark', this._themeName() === 'dark');
    this._hideTip();
    // Drawn by _clearFailure; still no width: its message stays (and is not sent again).
    if (this._failSource === 'size' && !(Math.floor(this._width) > 0)) return;
    this._clearFailure();
  }

  /** The widget on the module that draws the view (the first-load one, or the one with every view). */
  async _ensureWidget(generation) {
    const chart = await loadModule('chart').catch((err) => {
      this._fail(`${this._t().wasmFailed} (${err?.message ?? err})`, { fatal: true, code: 'wasm-failed' });
      return null;
    });
    if (!chart || generation !== this._generation) return false;
    const draws = chart.ReportWidget.drawsView(this._viewAttr());
    // No such view: the widget as it is refuses it (and keeps its chart for select() and marks()).
    const name = draws === undefined ? this._module ?? 'chart' : draws ? 'chart' : 'views';
    if (this._widget && this._module === name && this._instance === instanceOf(name)) return true;
    let glue;
    try {
      glue = name === 'chart' ? chart : await loadModule('views');
    } catch (err) {
      this._fail(`${this._t().wasmFailed} (${err?.message ?? err})`, { code: 'wasm-failed' });
      return false;
    }
    if (generation !== this._generation || this._crashed) return false;
    this._dropWidget(true);
    this._module = name;
    this._instance = instanceOf(name);
    this._widget = this._wasm(() => new glue.ReportWidget(this._canvas), null);
    if (!this._widget) return false;
    this._size.w = 0;
    return this._loadIntoWidget();
  }

  /**
   * Configures the widget from the attributes (the wasm validates them). The headline subset
   * draws the overview and paired details; anything else loads the whole dataset first. A
   * default view with no year-over-year pairs falls back to the figures by category.
   */
  async _configure(generation) {
    let view = this._viewAttr();
    const configure = (v) =>
      this._widget.configure(
        v,
        this.getAttribute('indicator') || undefined,
        this.getAttribute('category') || undefined,
        this._lang(),
        this.getAttribute('theme') ?? 'auto',
        this._prefersDark(),
      );
    this._note.hidden = true;
    if (this._packed === null && view !== 'overview' && view !== 'detail') {
      // The headline subset holds what the overview and the paired details draw; any other view
      // drawn from it would silently leave figures out.
      try {
        this._basePacked ??= await loadFullDataset();
        if (generation !== this._generation) return false;
        this._packed = this._basePacked;
        if (!this._loadIntoWidget()) return false;
      } catch (err) {
        this._failWith(err);
        return false;
      }
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        configure(view);
        // Laid out once here, so that a view the data cannot draw (no-data) is known before
        // drawing; sizing reuses the height.
        const w = Math.max(Math.floor(this._width || 800), 1);
        this._preferred = { w, h: this._widget.preferredHeight(w) };
        this._configured = true;
        return true;
      } catch (err) {
        if (isTrap(err)) {
          this._onTrap(this._module, err);
          return false;
        }
        if (this._packed === null) {
          // Only the headline subset so far: load the whole dataset and try again.
          try {
            this._basePacked ??= await loadFullDataset();
            if (generation !== this._generation) return false;
            this._packed = this._basePacked;
            if (!this._loadIntoWidget()) return false;
            continue;
          } catch (err2) {
            this._failWith(err2);
            return false;
          }
        }
        if (err?.code === 'no-data' && !this.hasAttribute('view') && view === 'attainment') {
          // Several texts without a target and its year's result: the longest series instead.
          view = 'timeline';
          continue;
        }
        if (err?.code === 'no-data' && !this.hasAttribute('view') && view === 'overview') {
          return this._fallBackToCategories(generation);
        }
        this._failWith(err);
        return false;
      }
    }
    return false;
  }

  /** No year pairs to compare: the figures by category, with a line that says why. */
  async _fallBackToCategories(generation) {
    let views;
    try {
      views = await loadModule('views');
    } catch (err) {
      this._failWith(err);
      return false;
    }
    if (generation !== this._generation) return false;
    if (this._module !== 'views') {
      this._dropWidget(true);
      this._module = 'views';
      this._instance = instanceOf('views');
      this._widget = this._wasm(() => new views.ReportWidget(this._canvas), null);
      if (!this._widget || !this._loadIntoWidget()) return false;
    }
    try {
      this._widget.configure('category', undefined, undefined, this._lang(), this.getAttribute('theme') ?? 'auto', this._prefersDark());
      this._widget.preferredHeight(Math.max(this._width || 800, 1));
    } catch (err) {
      if (isTrap(err)) this._onTrap('views', err);
      else if (err?.code === 'no-data' || err?.code === 'empty-category') this._fail(this._t().noDatedFigures, { code: 'no-dated-figures' });
      else this._failWith(err);
      return false;
    }
    this._note.textContent = this._t().noComparison;
    this._note.hidden = false;
    this._configured = true;
    return true;
  }

  /**
   * After the first chart: the bridge module (tooltips, marks, the dataset as objects) and, for
   * the embedded report, its whole dataset; then `ready`.
   */
  _afterFirstChart() {
    if (this._state === 'ready' || this._followUp) return;
    const generation = this._generation;
    this._followUp = true;
    requestAnimationFrame(() =>
      setTimeout(async () => {
        try {
          const needFull = this._packed === null && !this._appliedCorrections;
          const [full] = await Promise.all([needFull ? loadFullDataset() : null, loadModule('bridge')]);
          if (generation !== this._generation || !this._widget) return;
          if (needFull && this._packed === null) {
            this._basePacked = full;
            this._packed = full;
            this._loadIntoWidget();
            this._size.w = 0;
            this._layout(this._width);
          }
        } catch (err) {
          if (generation !== this._generation) return;
          // The first chart stays; only the rest of the data (or the tooltips) are missing.
          console.warn(`<gov-report-chart>: ${err?.message ?? err}; only the headline figures are available`);
        } finally {
          this._followUp = false;
        }
        if (generation === this._generation) this._becomeReady();
      }, 0),
    );
  }

  /** The chart is drawn from the whole dataset: `ready` (once per connection). */
  _becomeReady() {
    if (this._state === 'ready' || !this._widget) return;
    this._state = 'ready';
    this.removeAttribute('aria-busy');
    for (const resolve of this._readyResolvers.splice(0)) resolve(this);
    this.dispatchEvent(new CustomEvent('ready', { bubbles: true, composed: true }));
  }

  // ---- failures --------------------------------------------------------------------------------

  /** Hides the message and shows the chart again, redrawn at the current size. */
  _clearFailure() {
    this._lastError = null;
    this._failSource = null;
    this._message.hidden = true;
    this._frame.classList.remove('failed');
    this._size.w = 0;
    this._layout(this._width);
  }

  /** Shows an error thrown by the wasm or the loaders, in the reader's language where known. */
  _failWith(err, source = 'config', src = null) {
    const code = err?.code;
    const message = code === 'no-figures' ? this._t().noFigures(src) : err?.message ?? String(err);
    this._fail(message, { source, code: code ?? (err instanceof TypeError ? 'bad-argument' : 'internal') });
  }

  /**
   * Shows a message in the box, keeps the fallback children visible, fires `error` with
   * `{ message, code }`. `source`: 'api' for a failed method call (the chart's data and settings
   * are unchanged, so the next good call clears the message), 'size' for a zero width (cleared
   * when it gets one), else 'config'.
   */
  _fail(message, { fatal = false, source = 'config', code = 'internal' } = {}) {
    const first = this._lastError !== message;
    this._lastError = message;
    const settingWrong = this._frame.classList.contains('failed') && this._failSource && this._failSource !== 'api';
    if (!(source === 'api' && settingWrong)) this._failSource = source;
    if (fatal) {
      this._state = 'error';
      this.removeAttribute('aria-busy');
    }
    this._hideTip();
    // A failed method call keeps the chart as it was; anything else shows the fallback.
    if (source !== 'api' || !this._frame.classList.contains('ready')) this._frame.classList.add('failed');
    const hasFallback = this.childElementCount > 0;
    this._message.textContent = message;
    this._message.hidden = fatal && hasFallback;
    if (first) {
      console.warn(`<gov-report-chart>: ${message}`);
      this.dispatchEvent(new CustomEvent('error', { detail: { message, code }, bubbles: true, composed: true }));
    }
  }

  /** For tests of fault isolation only: makes this widget's module trap (`panic`, `unreachable`, `oom`). */
  __faultForTests(kind) {
    return this._wasm(() => this._widget.faultForTests(kind), null);
  }
}

// Tooltips, keyboard, touch, the data table and sizing, as ordinary non-enumerable methods.
for (const methods of [interactionMethods, sizingMethods, sourceMethods]) {
  for (const [name, method] of Object.entries(Object.getOwnPropertyDescriptors(methods))) {
    Object.defineProperty(GovReportChart.prototype, name, { ...method, enumerable: false });
  }
}

if (!customElements.get('gov-report-chart')) {
  // A page that already has an element: the wasm's fetch starts before anything else.
  if (document.querySelector('gov-report-chart')) loadModule('chart');
  customElements.define('gov-report-chart', GovReportChart);
}
