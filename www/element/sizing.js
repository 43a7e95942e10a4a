// How big the chart is: its width from the page (a ResizeObserver on a zero-height sizer), its
// height from the height or aspect-ratio attribute or the view's preferred height, the device
// pixel ratio (watched), and the redraw when any of them changes. Methods of <gov-report-chart>,
// installed on its prototype by gov-report-chart.js.

import { lenient, parseAspect, parseHeight } from './input.js';
import { MAX_CSS_PX, MAX_DEVICE_PX } from './limits.js';

const BACKGROUNDS = new Map(); // theme -> the chart's background colour, read from a drawn canvas

export const sizingMethods = {
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
  },

  /**
   * A rendered element with no width (e.g. in a 0 px wide container) cannot draw: say so. One
   * that is not rendered at all (display: none, e.g. in a hidden tab) waits quietly.
   */
  _noWidth() {
    if (!this._widget || this._frame.classList.contains('failed') || !this.isConnected) return;
    if (this.getClientRects().length === 0) return;
    this._fail(this._t().noWidth, { source: 'size', code: 'no-width' });
  },

  _onResize(entries) {
    const entry = entries[entries.length - 1];
    const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
    this._layout(width);
  },

  /**
   * The chart height for a width: the height attribute, else width / aspect-ratio, else the
   * height at which the view shows every figure (capped), else a default per view.
   */
  _heightFor(width) {
    const attr = lenient(parseHeight, this.getAttribute('height'));
    if (attr) return attr;
    const ratio = lenient(parseAspect, this.getAttribute('aspect-ratio'));
    if (ratio) return Math.round(Math.min(Math.max(width / ratio, 200), 1600));
    if (this._widget && this._configured && !this._frame.classList.contains('failed')) {
      // Beyond the cap the chart says how many figures it left out, and the data table has them.
      const cached = this._preferred?.w === width ? this._preferred.h : null;
      const preferred = cached ?? this._wasm(() => this._widget.preferredHeight(width), 0, { quiet: true });
      this._preferred = null;
      if (preferred > 0 && Number.isFinite(preferred)) return Math.round(Math.min(Math.max(preferred, 200), 1400));
    }
    // Before the wasm is ready: close to what preferredHeight() gives for each view, so that
    // the reserved space barely changes when the chart arrives.
    const narrow = width < 560;
    switch (this._viewAttr()) {
      case 'detail':
        return Math.round(Math.min(Math.max(width, 320), 420));
      case 'growth':
        return narrow ? 740 : 550;
      case 'category':
        return width < 1000 ? 1400 : 1220;
      case 'attainment':
        return narrow ? 1400 : 1000;
      case 'timeline':
        return narrow ? 760 : 600;
      case 'places':
        return narrow ? 360 : 300;
      default:
        return narrow ? 1180 : 890;
    }
  },

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
    if (!this._widget || !this._configured || this._frame.classList.contains('failed')) return;
    if (w === this._size.w && h === this._size.h && dpr === this._size.dpr) return;
    this._size = { w, h, dpr };
    this._canvas.style.width = `${w}px`;
    this._canvas.style.height = `${h}px`;
    const drawn = this._wasm(() => (this._widget.resize(w, h, dpr), true), false);
    if (drawn) this._afterDraw();
  },

  _afterDraw() {
    // The box around the canvas (tools row, data table) takes the chart's own background.
    // Read once per theme and page, after the frame is out (a canvas read-back costs a few ms).
    const theme = this._themeName();
    if (BACKGROUNDS.has(theme)) this._frame.style.backgroundColor = BACKGROUNDS.get(theme);
    else {
      setTimeout(() => {
        if (!this._widget || this._themeName() !== theme) return;
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
    this._afterFirstChart();
  },

  _describe() {
    const title = this._wasm(() => this._widget.title(), '', { quiet: true });
    const description = this._wasm(() => this._widget.description(), '', { quiet: true });
    this._plot.setAttribute('aria-label', title || this._t().chart);
    this._desc.textContent = description;
  },
};
