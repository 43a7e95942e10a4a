// How a reader reaches the figures of a drawn chart: pointer, touch and keyboard move a
// highlight between the marks, show each one's tooltip (WCAG 1.4.13: it stays while hovered and
// Escape dismisses it), announce it in the aria-live region and fire `activate` and `select`; the
// data table lists every figure. Methods of <gov-report-chart>, installed on its prototype by
// gov-report-chart.js; they use the element's widget handle and shadow DOM parts.

import { loaded } from './modules.js';
import { dataTable, fillTip, placeTip } from './tooltip.js';

export const interactionMethods = {
  /** The tooltip of mark `i`, made an object by the bridge module (null until it is in). */
  _tooltipData(i) {
    const bridge = loaded('bridge');
    if (!this._widget || !bridge || i < 0) return null;
    return this._wasm(() => bridge.tooltipObject(this._widget.tooltipPacked(i)), null, { quiet: true });
  },

  _markCount() {
    return this._wasm(() => this._widget.markCount(), 0);
  },

  _hit(e) {
    if (!this._widget) return -1;
    const r = this._canvas.getBoundingClientRect();
    return this._wasm(() => this._widget.hitTest(e.clientX - r.left, e.clientY - r.top), -1, { quiet: true });
  },

  _onPointerMove(e) {
    if (e.pointerType === 'touch' || this._pinned) return;
    if (this._tip.contains(e.target)) return;
    const i = this._hit(e);
    if (i >= 0) this._activate(i, { pinned: false });
    else if (this._active >= 0) this._hideTip();
  },

  _onPointerDown(e) {
    if (this._tip.contains(e.target)) return;
    if (e.pointerType !== 'mouse') {
      // Touch and pen: a tap on a mark shows its tooltip; a tap elsewhere hides it.
      const i = this._hit(e);
      if (i >= 0) {
        this._activate(i, { pinned: true });
        this._emitSelect(i);
      } else this._hideTip();
    }
  },

  _onClick(e) {
    if (this._tip.contains(e.target) || (e.pointerType && e.pointerType !== 'mouse')) return;
    const i = this._hit(e);
    if (i >= 0) {
      this._activate(i, { pinned: true });
      this._emitSelect(i);
    } else this._hideTip();
  },

  _onPointerLeave(e) {
    if (e.pointerType === 'touch' || this._pinned) return;
    const to = e.relatedTarget;
    // WCAG 1.4.13: moving the pointer onto the tooltip keeps it.
    if (to && (this._tip.contains(to) || this._plot.contains(to))) return;
    this._hideTip();
  },

  _onFocus() {
    this._describe();
  },

  _onBlur() {
    if (this._pinned && this._activeSource === 'keyboard') this._hideTip();
  },

  /** Mark indices in keyboard order (the chart's reading order). */
  _focusOrder() {
    const n = this._markCount();
    try {
      const order = Array.from(this._wasm(() => this._widget.focusOrder(), [], { quiet: true }));
      if (order.length === n) return order;
    } catch {
      // fall back to index order
    }
    return Array.from({ length: n }, (_, i) => i);
  },

  _onKeyDown(e) {
    const order = this._focusOrder();
    const n = order.length;
    if (n === 0) return;
    const at = order.indexOf(this._active);
    let k = at;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        k = at < 0 ? 0 : Math.min(n - 1, at + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        k = at < 0 ? 0 : Math.max(0, at - 1);
        break;
      case 'Home':
        k = 0;
        break;
      case 'End':
        k = n - 1;
        break;
      case 'Enter':
      case ' ':
        if (this._active >= 0) this._emitSelect(this._active);
        e.preventDefault();
        return;
      case 'Escape':
        if (this._active >= 0) {
          this._hideTip();
          e.preventDefault();
          e.stopPropagation();
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    this._activate(order[k], { pinned: true, source: 'keyboard' });
  },

  _emitSelect(i) {
    const data = this._tooltipData(i);
    if (!data) return;
    this.dispatchEvent(
      new CustomEvent('select', { detail: { index: i, indicatorId: data.indicatorId, tooltip: data }, bubbles: true, composed: true }),
    );
  },

  _activate(i, { pinned, source = 'pointer' }) {
    if (i === this._active && !this._tip.hidden) {
      // Same mark as before (the common case while the pointer moves over a bar): no wasm
      // call, no DOM work.
      this._pinned = pinned;
      this._activeSource = source;
      return;
    }
    const data = this._tooltipData(i);
    if (!data) return;
    const b = this._wasm(() => this._widget.markBounds(i), null, { quiet: true });
    if (!b) return;
    const changed = i !== this._active;
    this._active = i;
    this._pinned = pinned;
    this._activeSource = source;
    if (changed || this._tip.hidden) this._fillTip(data);
    const [x, y, w, h] = [b[0], b[1], b[2], b[3]];
    Object.assign(this._ring.style, { left: `${x - 2}px`, top: `${y - 2}px`, width: `${w + 4}px`, height: `${h + 4}px` });
    this._ring.hidden = false;
    this._tip.hidden = false;
    this._placeTip(x, y, w, h);
    this._plot.setAttribute('aria-describedby', 'tip');
    if (changed) {
      this.dispatchEvent(
        new CustomEvent('activate', { detail: { index: i, indicatorId: data.indicatorId, tooltip: data }, bubbles: true, composed: true }),
      );
      const sep = this._lang() === 'en' ? ', ' : '，';
      const order = this._focusOrder();
      this._live.textContent = `${this._summary(data)}${sep}${this._t().position(order.indexOf(i) + 1, order.length)}`;
    }
  },

  _summary(d) {
    const year = d.year ? (this._lang() === 'en' ? ` ${d.year}` : ` ${d.year}年`) : '';
    const kind = d.kind ? `, ${d.kind}` : '';
    return `${d.name}${year}: ${d.valueDisplay}${kind}`;
  },

  _fillTip(d) {
    fillTip(this._tip, d, this._t());
  },

  _placeTip(x, y, w, h) {
    placeTip(this._tip, { x, y, w, h }, this._size);
  },

  _hideTip() {
    if (!this._tip || (this._active < 0 && this._tip.hidden)) return;
    if (this._active >= 0) {
      this.dispatchEvent(new CustomEvent('activate', { detail: { index: -1, indicatorId: null, tooltip: null }, bubbles: true, composed: true }));
    }
    this._tip.hidden = true;
    this._ring.hidden = true;
    this._active = -1;
    this._pinned = false;
    this._plot?.setAttribute('aria-describedby', 'desc');
  },

  // The data table (keyboard and screen-reader access to every number).

  _toggleTable() {
    const open = this._tableWrap.hidden;
    this._tableWrap.hidden = !open;
    this._tableButton.setAttribute('aria-expanded', String(open));
    this._tableButton.textContent = open ? this._t().hideData : this._t().viewData;
    if (open) this._buildTable();
  },

  _buildTable() {
    const title = this._widget ? this._wasm(() => this._widget.title(), '', { quiet: true }) : '';
    const rows = this._focusOrder().map((i) => this._tooltipData(i)).filter(Boolean);
    this._tableWrap.replaceChildren(dataTable(title, rows, this._t()));
  },
};
