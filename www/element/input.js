// What the element accepts from the page besides what the wasm validates (view, indicator,
// category, lang, theme, reference-year are checked there, once): the sizing attributes (height,
// aspect-ratio) and report texts fetched by src= (their encoding). Bad values throw an Error whose
// message the element shows.

import { MAX_CSS_PX } from './limits.js';

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
  if (text === null) throw coded('not-text', 'not a text in UTF-8 or GB18030 (GBK)');
  // A report never contains NUL: a binary file (PDF, image, archive) sent as text.
  if (text.includes('\u0000')) throw coded('not-text', 'not a plain-text report (binary data)');
  return text;
}


/**
 * The `aspect-ratio` attribute as in CSS, width / height ("16/9", "16:9", "1.5"): null when
 * absent or empty; throws on anything else.
 */
export function parseAspect(value) {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const m = String(value).trim().match(/^(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?))?$/);
  const r = m ? (m[2] ? Number(m[1]) / Number(m[2]) : Number(m[1])) : NaN;
  if (!(r > 0 && Number.isFinite(r))) {
    throw coded('bad-aspect-ratio', `aspect-ratio must be a positive width/height ratio such as 16/9 or 1.5, got "${value}"`);
  }
  return r;
}

/** The `height` attribute in CSS px ("px" may follow): null when absent or empty; throws otherwise. */
export function parseHeight(value) {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const v = Number(String(value).trim().replace(/px$/i, ''));
  if (!(Number.isFinite(v) && v >= 1 && v <= MAX_CSS_PX)) {
    throw coded('bad-height', `height must be a number of CSS pixels between 1 and ${MAX_CSS_PX}, got "${value}"`);
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

/** An Error with a `code` the page can branch on (as the wasm's errors have). */
export function coded(code, message) {
  return Object.assign(new Error(message), { code });
}

/**
 * Fetches the report text at `url`: decoded, or an Error with code `fetch-failed` or `not-text`.
 */
export async function fetchReport(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal });
  } catch (err) {
    if (err?.name === 'AbortError') throw err;
    throw coded('fetch-failed', err?.message ?? String(err));
  }
  if (!res.ok) throw coded('fetch-failed', `HTTP ${res.status}`);
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  if (/html|xml|^image\/|^audio\/|^video\/|json|javascript/.test(type)) {
    res.body?.cancel().catch(() => {});
    throw coded('not-text', `not a plain-text report (${type.split(';')[0]})`);
  }
  return decodeReport(await res.arrayBuffer(), type);
}
