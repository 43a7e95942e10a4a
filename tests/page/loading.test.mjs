// How the widget loads: the first chart needs only the element, the chart's
// glue and wasm (with the embedded report's headline figures); the whole dataset follows the
// first chart; the report parser loads only when a page charts another text, applies
// corrections or exports CSV. Also: the element's decoder of the packed dataset gives exactly the
// parser's own JSON, and editorial corrections are applied and shown as such.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { canvasStats, marks, openPage, ROOT, setup, tooltipText, waitReady } from './helpers.mjs';

let env;
let report;
before(async () => {
  env = await setup();
  report = await readFile(`${ROOT}/data/haidian-2025-work-report.txt`, 'utf8');
});
after(async () => {
  await env?.close();
});

const PAGE = (body) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>loading</title>` +
  `<script type="module" src="/gov-report-chart.js"></script></head><body style="width:800px">${body}</body></html>`;

/** Opens a page with `body`, recording the widget files requested, in order, with timestamps. */
async function openWith(body) {
  const p = await openPage(env, '/examples/measure.html');
  // That page's widget fetches until it is ready; only then do we start counting.
  await waitReady(p.page);
  const requests = [];
  p.page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (/gov_report|\.grc$/.test(name)) requests.push(name);
  });
  await p.page.route('**/loading-host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE(body) }));
  await p.page.goto(env.url('/loading-host.html'));
  return { ...p, requests };
}

describe('loading', () => {
  test('the first chart needs only the chart wasm; the whole dataset follows it; no parser is fetched', async () => {
    const p = await openWith('<gov-report-chart height="420"></gov-report-chart>');
    await waitReady(p.page);
    const order = await p.page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const res = (name) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(name));
      return { firstDraw: at('gov-report-chart:first-draw'), dataset: res('haidian-2025-dataset.grc')?.startTime };
    });
    assert.ok(order.dataset > order.firstDraw, `the whole dataset is requested after the first chart (${order.dataset} > ${order.firstDraw})`);
    // After it: the whole dataset and the bridge (tooltips, marks and the dataset as objects).
    const later = await p.page.evaluate((draw) => {
      const after = (name) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(name))?.startTime > draw;
      return ['gov_report_bridge.js', 'gov_report_bridge_bg.wasm'].every(after);
    }, order.firstDraw);
    assert.ok(later, 'the bridge is requested after the first chart');
    assert.deepEqual(p.requests.sort(), ['gov_report_bridge.js', 'gov_report_bridge_bg.wasm', 'gov_report_chart.js', 'gov_report_chart_bg.wasm', 'haidian-2025-dataset.grc']);
    // After `ready` the whole dataset is there.
    const n = await p.page.$eval('gov-report-chart', (el) => el.indicators().length);
    assert.equal(n, 212);
    assert.ok((await canvasStats(p.page)).drawn > 1000);
    p.assertClean();
    await p.close();
  });

  test('a category view waits for the whole dataset; CSV export fetches the parser module once', async () => {
    const p = await openWith('<gov-report-chart view="category" category="housing" height="480"></gov-report-chart>');
    await waitReady(p.page);
    const before = [...p.requests];
    assert.ok(before.includes('haidian-2025-dataset.grc'));
    assert.ok(!before.some((r) => r.startsWith('gov_report_extract')), `no parser yet: ${before}`);
    assert.ok((await marks(p.page)).length >= 3, 'the housing figures are drawn');
    const csv = await p.page.$eval('gov-report-chart', (el) => el.exportCsv());
    assert.ok(csv.startsWith('\uFEFFid,series,report,reference_year,year'), csv.slice(0, 60));
    assert.equal(csv.trim().split('\n').length, 1 + 212, 'a header and one row per indicator');
    await p.page.$eval('gov-report-chart', (el) => el.exportCsv());
    assert.deepEqual(
      p.requests.filter((r) => r.startsWith('gov_report_extract')).sort(),
      ['gov_report_extract.js', 'gov_report_extract_bg.wasm'],
      'the parser module is fetched once',
    );
    p.assertClean();
    await p.close();
  });

  test("the element's decoder of the packed dataset gives exactly the parser's JSON", async () => {
    const p = await openWith('<gov-report-chart height="420"></gov-report-chart>');
    await waitReady(p.page);
    const same = await p.page.$eval(
      'gov-report-chart',
      async (el, text) => {
        const ex = await import('/pkg/gov_report_extract.js');
        await ex.default();
        const fromParser = ex.extract(text);
        const decoded = el.getDataset();
        const norm = (v) => JSON.stringify(v);
        return { equal: norm(decoded) === norm(fromParser), n: decoded.indicators.length, pairs: decoded.pairs.length };
      },
      report,
    );
    assert.deepEqual(same, { equal: true, n: 212, pairs: 21 });
    p.assertClean();
    await p.close();
  });
});

describe('missing files on a news site', () => {
  test('without the whole dataset: the overview still draws and is ready; a growth view says which file is missing', async () => {
    const p = await openPage(env, '/examples/measure.html');
    await waitReady(p.page); // that page's own requests are over
    await p.page.route('**/haidian-2025-dataset.grc', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await p.page.route('**/loading-host.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE('<gov-report-chart id="a" height="420"></gov-report-chart><gov-report-chart id="b" view="growth" height="420"></gov-report-chart>') }),
    );
    await p.page.goto(env.url('/loading-host.html'));
    await waitReady(p.page, '#a');
    assert.ok((await canvasStats(p.page, '#a')).drawn > 1000, 'the headline chart is drawn');
    assert.equal(await p.page.$eval('#a', (el) => el.indicators().length), 42, 'only the headline figures');
    await p.page.waitForFunction(() => !document.querySelector('#b').shadowRoot.querySelector('.message').hidden);
    const msg = await p.page.$eval('#b', (el) => el.shadowRoot.querySelector('.message').textContent);
    assert.match(msg, /haidian-2025-dataset\.grc: HTTP 404/);
    assert.ok(p.warnings.some((w) => /only the headline figures are available/.test(w)), p.warnings.join('\n'));
    assert.ok(p.problems.every((x) => /haidian-2025-dataset\.grc|status of 404/.test(x)), p.problems.join('\n'));
    await p.close();
  });

  test('without the parser module: src= says which file is missing and the neighbour keeps drawing', async () => {
    const p = await openPage(env, '/examples/measure.html');
    await waitReady(p.page); // that page's own requests are over
    await p.page.route('**/gov_report_extract_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await p.page.route('**/loading-host.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE('<gov-report-chart id="a" height="420"></gov-report-chart><gov-report-chart id="b" height="420" src="/data/haidian-2025-work-report.txt"></gov-report-chart>') }),
    );
    await p.page.goto(env.url('/loading-host.html'));
    await waitReady(p.page, '#a');
    await p.page.waitForFunction(() => !document.querySelector('#b').shadowRoot.querySelector('.message').hidden);
    const msg = await p.page.$eval('#b', (el) => el.shadowRoot.querySelector('.message').textContent);
    assert.match(msg, /gov_report_extract_bg\.wasm: HTTP 404/);
    assert.ok((await canvasStats(p.page, '#a')).drawn > 1000, 'the neighbour is drawn');
    await p.close();
  });
});

describe('editorial corrections', () => {
  test('set, drop and pair: applied, shown in the tooltip as corrections, and a bad one is named', async () => {
    const p = await openWith('<gov-report-chart view="detail" indicator="gdp-growth" height="420"></gov-report-chart>');
    await waitReady(p.page);
    const ds = await p.page.$eval('gov-report-chart', (el) => el.getDataset());
    const paired = (id) => ds.pairs.some((x) => x.from === id || x.to === id);
    const from = ds.indicators.find((i) => i.year === 2024 && i.unit === '个' && !paired(i.id));
    const to = ds.indicators.find((i) => i.year === 2025 && i.unit === '个' && !paired(i.id));
    const dropped = ds.pairs.find((x) => !x.id.startsWith('gdp')).to;
    const spec = `set gdp-growth-2025 5.2; drop ${dropped}; pair ${from.id} ${to.id}`;
    await p.page.$eval('gov-report-chart', (el, s) => el.setAttribute('corrections', s), spec);
    await p.page.waitForFunction(() => document.querySelector('gov-report-chart').getDataset().indicators.some((i) => i.correctedFrom));
    const after = await p.page.$eval('gov-report-chart', (el) => el.getDataset());
    const gdp = after.indicators.find((i) => i.id === 'gdp-growth-2025');
    assert.deepEqual([gdp.value, gdp.display, gdp.correctedFrom], [5.2, '5.2%', '5.5%']);
    assert.equal(after.indicators.length, 211);
    assert.ok(!after.indicators.some((i) => i.id === dropped));
    assert.ok(after.pairs.some((x) => x.from === from.id && x.to === to.id && /editor/.test(x.note)));
    // The tooltip of the corrected target says so, beside the report's own sentence.
    await p.page.waitForFunction(() => document.querySelector('gov-report-chart').marks().some((m) => m.indicatorId === 'gdp-growth-2025'));
    const m = (await marks(p.page)).find((x) => x.indicatorId === 'gdp-growth-2025');
    await p.page.mouse.move(m.cx, m.cy);
    await p.page.waitForFunction(() => !document.querySelector('gov-report-chart').shadowRoot.querySelector('[role="tooltip"]').hidden);
    const tip = await tooltipText(p.page);
    assert.match(tip, /5\.2%/);
    assert.match(tip, /编辑更正：报告原文为 5\.5%/);
    assert.match(tip, /地区生产总值增长5\.5%/, 'the original sentence is quoted as written');
    // A bad correction: a message naming it, an error event; removing it recovers.
    const got = await p.page.$eval('gov-report-chart', async (el) => {
      const msg = new Promise((resolve) => el.addEventListener('error', (e) => resolve(e.detail.message), { once: true }));
      el.setAttribute('corrections', 'drop no-such-id');
      return msg;
    });
    assert.equal(got, 'correction 1 ("drop no-such-id"): unknown indicator "no-such-id" (ids are listed by indicators() and in the CSV)');
    p.warnings.length = 0;
    await p.page.$eval('gov-report-chart', (el) => el.removeAttribute('corrections'));
    await p.page.waitForFunction(() => document.querySelector('gov-report-chart').shadowRoot.querySelector('.message').hidden);
    const restored = await p.page.$eval('gov-report-chart', (el) => el.getDataset().indicators.find((i) => i.id === 'gdp-growth-2025'));
    assert.deepEqual([restored.value, restored.correctedFrom], [5.5, undefined]);
    p.assertClean();
    await p.close();
  });
});
