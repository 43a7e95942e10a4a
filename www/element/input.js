// What the element accepts from the page: attribute values (view, theme, lang, height,
// aspect-ratio) and report texts fetched by src= (their encoding). Bad values throw an Error whose
// message the element shows.

export const VIEWS = ['overview', 'detail', 'growth', 'category'];
export const THEMES = ['light', 'dark', 'auto'];

/**
 * Decodes a fetched report: the charset the server names, else UTF-8, else GB18030 (the usual
 * encoding of Chinese government documents that are not UTF-8). Throws when the bytes are valid
 * in neither (rather than charting replacement characters) or are binary.
 */
export function decodeReport(buffer, contentType) {
  const named = /charset=([\w-]+)/.exec(contentType)?.[1];
  // A named UTF-8 is checked like no charset at all: servers label .txt files UTF-8 by default.
  if (named && !/^utf-?8$/.test(named)) {
    try {
      return new TextDecoder(named).decode(buffer);
    } catch {
      // unknown label: fall through
    }
  }
  let text = null;
  for (const label of ['utf-8', 'gb18030']) {
    try {
      text = new TextDecoder(label, { fatal: true }).decode(buffer);
      break;
    } catch {
      // not this encoding
    }
  }
  if (text === null) throw new Error('not a text in UTF-8 or GB18030 (GBK)');
  // A report never contains NUL: a binary file (PDF, image, archive) sent as text.
  if (text.includes('\u0000')) throw new Error('not a plain-text report (binary data)');
  return text;
}

/** Largest CSS size of the chart (the wasm's limit). */
export const MAX_CSS_PX = 10000;
/** Largest backing-store edge in device pixels (browsers refuse bigger canvases). */
export const MAX_DEVICE_PX = 16384;

/**
 * The `aspect-ratio` attribute as in CSS, width / height ("16/9", "16:9", "1.5"): null when
 * absent or empty; throws on anything else.
 */
export function parseAspect(value) {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const m = String(value).trim().match(/^(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?))?$/);
  const r = m ? (m[2] ? Number(m[1]) / Number(m[2]) : Number(m[1])) : NaN;
  if (!(r > 0 && Number.isFinite(r))) {
    throw new Error(`aspect-ratio must be a positive width/height ratio such as 16/9 or 1.5, got "${value}"`);
  }
  return r;
}

/** The `height` attribute in CSS px ("px" may follow): null when absent or empty; throws otherwise. */
export function parseHeight(value) {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const v = Number(String(value).trim().replace(/px$/i, ''));
  if (!(Number.isFinite(v) && v >= 1 && v <= MAX_CSS_PX)) {
    throw new Error(`height must be a number of CSS pixels between 1 and ${MAX_CSS_PX}, got "${value}"`);
  }
  return Math.round(v);
}

/** A value parsed by `parse`, or null when it is invalid (the error is reported by _update). */
export function lenient(parse, value) {
  try {
    return parse(value);
  } catch {
    return null;
  }
}
