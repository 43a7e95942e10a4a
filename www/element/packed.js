// The packed dataset (src/dataset/packed.rs) read in JavaScript, for indicators() and
// getDataset(): the chart's wasm carries no JSON machinery.

/**
 * Reads the packed dataset (src/dataset/packed.rs) into the JSON shape the CLI prints, so that
 * the chart's wasm needs no JSON machinery. Throws on a malformed line.
 */
export function unpackDataset(text) {
  const unescape = (f) => (f.includes('\\') ? f.replace(/\\(.)/g, (_, c) => ({ t: '\t', n: '\n', r: '\r', u: '\u001f' })[c] ?? c) : f);
  const list = (f) => (f === '' ? [] : f.split('\u001f').map(unescape));
  const view = new DataView(new ArrayBuffer(8));
  const num = (hex) => {
    view.setBigUint64(0, BigInt(`0x${hex.padEnd(16, '0')}`));
    return view.getFloat64(0);
  };
  const lines = text.split('\n');
  if (lines[0].trimEnd() !== 'GRC-DATASET 1') throw new Error('not a packed dataset');
  const ds = { source: null, indicators: [], pairs: [], derived: [] };
  const quotes = [];
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    switch (f[0]) {
      case 'S':
        ds.source = { title: unescape(f[1]), sha256: f[2], reviewYear: +f[3], planYear: +f[4] };
        break;
      case 'Q':
        quotes.push({ quote: unescape(f[3]), quoteSpan: { start: +f[1], end: +f[2] } });
        break;
      case 'I': {
        const id = unescape(f[1]);
        const year = +f[9];
        const q = quotes[+f[18]];
        if (!q) throw new Error(`packed dataset: quote ${f[18]} of ${id} is missing`);
        const ind = {
          id,
          series: f[2] === '' ? id.slice(0, -`-${year}`.length) : unescape(f[2]),
          subject: unescape(f[3]),
          subjectEn: f[4] === '' ? null : unescape(f[4]),
          labelZh: f[5] === '' ? null : unescape(f[5]),
          value: num(f[6]),
          unit: unescape(f[7]),
          display: unescape(f[8]),
          year,
          measure: f[10],
          status: f[11],
          qualifiers: list(f[12]),
          section: unescape(f[13]),
          part: f[14],
          category: f[15],
          span: { start: +f[16], end: +f[17] },
          quote: q.quote,
          quoteSpan: q.quoteSpan,
        };
        if (f[19]) ind.correctedFrom = unescape(f[19]);
        ds.indicators.push(ind);
        break;
      }
      case 'P':
        ds.pairs.push({ id: unescape(f[1]), from: unescape(f[2]), to: unescape(f[3]), comparable: f[4], note: unescape(f[5]) });
        break;
      case 'D':
        ds.derived.push({
          id: unescape(f[1]),
          series: unescape(f[2]),
          year: +f[3],
          value: num(f[4]),
          unit: unescape(f[5]),
          from: list(f[6]),
          formula: unescape(f[7]),
        });
        break;
      default:
        throw new Error(`packed dataset: unknown line ${JSON.stringify(f[0])}`);
    }
  }
  return ds;
}
