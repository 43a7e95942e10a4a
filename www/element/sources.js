// Where the charted text comes from: src= (one URL or several, fetched in parallel), the inline
// reports (<textarea data-report>, with data-place), or the embedded report; one text read by the
// parser's module, several read as one collection with each text's hash; and data-version, one
// hash per text. Methods of <gov-report-chart>, installed on its prototype by gov-report-chart.js.

import { coded, fetchReport } from './input.js';
import { loadModule } from './modules.js';

export const sourceMethods = {
  /** Whether the data charted were read from several texts. */
  _isCollection() {
    return Array.isArray(this._reportText);
  },

  /** The key of the source the attributes name (src=, an inline report), as _update makes it. */
  _sourceAttrKey() {
    const src = (this.getAttribute('src') ?? '').trim();
    const inline = src ? [] : this._inlineReports();
    const year = this.getAttribute('reference-year') ?? '';
    return src ? `src:${src.split(/\s+/).join(' ')}|${year}` : inline.length ? `inline${inline.length}|${year}` : null;
  },

  /** The report texts given as children: <textarea data-report> or <script type="text/plain" data-report>. */
  _inlineReports() {
    return [...this.querySelectorAll(':scope > textarea[data-report], :scope > script[type="text/plain"][data-report]')];
  },

  /** Parses a text with the extractor module: its packed dataset. */
  async _extract(text, referenceYear) {
    const extract = await loadModule('extract');
    this._textShas = null;
    return this._wasmOf('extract', () => extract.extractPacked(text, referenceYear === '' || referenceYear === null ? undefined : referenceYear));
  },

  /** Reads several texts as one collection: one packed dataset, and each text's sha256 in order. */
  async _extractMany(texts, names, referenceYear, places = []) {
    const extract = await loadModule('extract');
    const year = referenceYear === '' || referenceYear === null ? undefined : referenceYear;
    const packed = this._wasmOf('extract', () => extract.extractCollection(texts, names.map(String), places.map((p) => String(p ?? '')), year));
    this._textShas = texts.map((t) => this._wasmOf('extract', () => extract.textSha256(t)));
    return packed;
  },

  /**
   * Loads the text `key` names into the data charted (the embedded report when `key` is null).
   * Resolves to true when done; on failure shows why and resolves to false.
   */
  async _loadSource(key, src, inline, year, generation) {
    // Data set meanwhile (a loadReportText call) are newer than this load: they stay.
    const serial = this._dataSerial;
    try {
      // src= is a space-separated list of URLs; several texts are read as one collection.
      let texts = null;
      let names = [];
      let places = [];
      if (src) {
        const abort = new AbortController();
        this._fetchAbort = abort;
        names = src.split(/\s+/);
        try {
          texts = await Promise.all(
            names.map((one) =>
              fetchReport(new URL(one, document.baseURI), abort.signal).catch((err) => {
                if (err?.name === 'AbortError') throw err;
                throw coded(err?.code ?? 'fetch-failed', this._t().fetchFailed(one, err?.message ?? String(err)));
              }),
            ),
          );
        } catch (err) {
          if (err?.name === 'AbortError') return false;
          abort.abort();
          throw err;
        } finally {
          if (this._fetchAbort === abort) this._fetchAbort = null;
        }
      } else if (inline.length) {
        texts = inline.map((one) => (one instanceof HTMLTextAreaElement ? one.value : one.textContent));
        names = inline.map((one, i) => one.getAttribute('data-report') || one.id || `report ${i + 1}`);
        // data-place: the issuing government of a text that names none (a news brief).
        places = inline.map((one) => one.getAttribute('data-place') ?? '');
      }
      if (generation !== this._generation) return false;
      if (texts === null) {
        // Back to the embedded report: a fresh handle holds its headline figures.
        this._dropWidget(true);
        this._resetData();
        return true;
      }
      const packed = texts.length > 1 ? await this._extractMany(texts, names, year, places) : await this._extract(texts[0], year);
      if (generation !== this._generation || this._dataSerial !== serial) return false;
      this._setData(key, packed, texts.length > 1 ? texts : texts[0]);
      return true;
    } catch (err) {
      if (generation === this._generation) this._failWith(err, 'config', src);
      return false;
    }
  },

  /** data-version: the text charted must be the one the page pinned. */
  _checkVersion() {
    const want = (this.getAttribute('data-version') ?? '').trim();
    if (!want) return true;
    if (!(this._isCollection() && this._textShas)) {
      const got = this._wasm(() => this._widget.sha256(), '');
      if (want.toLowerCase() === got) return true;
      this._fail(this._t().versionMismatch(want, got), { code: 'version-mismatch' });
      return false;
    }
    // Several texts: one hash per text, in the order of src= (or of the inline reports).
    const wanted = want.toLowerCase().split(/\s+/);
    const got = this._textShas;
    const bad = wanted.length === got.length ? wanted.findIndex((w, i) => w !== got[i]) : Math.min(wanted.length, got.length);
    if (bad < 0) return true;
    this._fail(`${this._t().versionMismatch(wanted[bad] ?? '—', got[bad] ?? '—')}${this._t().versionOf(bad + 1, wanted.length, got.length)}`, { code: 'version-mismatch' });
    return false;
  },
};
