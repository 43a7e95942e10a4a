// Fault isolation: a real trap in the wasm (a panic, `unreachable`, running out of memory),
// caused through the test-only `__faultForTests` of one widget, costs only that widget. It shows
// a clear message (the panic's own for a panic) and its fallback; the module starts a new
// instance and the other widgets on it redraw and answer; widgets on another module are not
// touched; the widget that trapped recovers when its input changes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { canvasStats, ROOT, setup } from './helpers.mjs';

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>faults</title>
<style>body { margin: 8px; width: 640px; } gov-report-chart { margin-bottom: 8px; }</style>
<script type="module" src="/gov-report-chart.js"></script>
</head>
<body>
<gov-report-chart id="a" view="detail" indicator="gdp-growth" height="300"></gov-report-chart>
<gov-report-chart id="b" view="detail" indicator="school-places-added" height="300"><p id="b-fallback">学位图</p></gov-report-chart>
<gov-report-chart id="c" view="overview" height="500"></gov-report-chart>
<gov-report-chart id="g" view="growth" height="420"></gov-report-chart>
</body>
</html>`;

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function open() {
  const context = await env.browser.newContext({ viewport: { width: 700, height: 900 } });
  await context.route('**/__faults/page.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
  await context.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('error', (e) => e instanceof CustomEvent && window.__errors.push({ id: e.target.id, ...e.detail }), true);
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  await page.goto(env.url('/__faults/page.html'));
  await page.waitForFunction(() => ['a', 'b', 'c', 'g'].every((id) => document.getElementById(id).readyState === 'ready'), null, { timeout: 30000 });
  return { context, page, problems };
}

/** The widget's state as the page sees it. */
const look = (page, id) =>
  page.$eval(`#${id}`, (el) => ({
    failed: el.shadowRoot.querySelector('.frame').classList.contains('failed'),
    message: el.shadowRoot.querySelector('.message').hidden ? null : el.shadowRoot.querySelector('.message').textContent,
    fallbackShown: getComputedStyle(el.shadowRoot.querySelector('.fallback')).display !== 'none',
    marks: el.marks().length,
    tooltip: el.marks().length ? el.tooltip(0)?.indicatorId ?? null : null,
  }));

/** Waits until every widget but `except` has drawn again after the restart. */
async function othersRedrawn(page, ids) {
  await page.waitForFunction((ids) => ids.every((id) => {
    const el = document.getElementById(id);
    return !el.shadowRoot.querySelector('.frame').classList.contains('failed') && el.marks().length > 0;
  }), ids);
}

describe('a trap in the wasm costs only the widget that caused it', () => {
  for (const [kind, says] of [
    ['panic', /a fault caused for a test/],
    ['unreachable', /unreachable/i],
    ['oom', /unreachable|memory/i],
  ]) {
    test(`${kind} in one widget: it stops with a message, the others redraw on a new instance, it recovers`, async () => {
      const p = await open();
      try {
        const before = await p.page.$eval('#a', (el) => el.tooltip(0).indicatorId);
        const pixelsBefore = (await canvasStats(p.page, '#g')).drawn;
        // A real trap inside the chart module, through the widget's own call path.
        await p.page.$eval('#b', (el, k) => el.__faultForTests(k), kind);
        // b: a clear message (the panic's own, for a panic), its fallback child, an error event.
        await p.page.waitForFunction(() => document.getElementById('b').shadowRoot.querySelector('.frame').classList.contains('failed'));
        const b = await look(p.page, 'b');
        assert.ok(b.failed && b.fallbackShown, 'the widget that trapped shows its fallback');
        assert.match(b.message, says);
        assert.match(b.message, /图表程序出错/, 'in the reader language');
        const events = await p.page.evaluate(() => window.__errors);
        assert.deepEqual(events.map((e) => [e.id, e.code]), [['b', 'crashed']]);
        // a and c (same module) redraw on the new instance and answer; g (the other module) was
        // never touched.
        await othersRedrawn(p.page, ['a', 'c']);
        assert.equal(await p.page.$eval('#a', (el) => el.tooltip(0).indicatorId), before);
        for (const id of ['a', 'c']) assert.ok((await canvasStats(p.page, `#${id}`)).drawn > 1000, `${id} drew again`);
        assert.equal((await canvasStats(p.page, '#g')).drawn, pixelsBefore, 'the growth widget, on another module, kept its chart');
        const hover = await p.page.$eval('#c', (el) => el.tooltip(el.marks()[0].index).name);
        assert.ok(hover.length > 0, 'the overview answers on the new instance');
        // b recovers when its input changes.
        await p.page.$eval('#b', (el) => el.setAttribute('indicator', 'gdp-growth'));
        await othersRedrawn(p.page, ['b']);
        const again = await look(p.page, 'b');
        assert.equal(again.message, null);
        assert.equal(again.tooltip, 'gdp-growth-2024');
        assert.deepEqual(p.problems, []);
      } finally {
        await p.context.close();
      }
    });
  }

  test('a trap in the module with every view restarts that module only', async () => {
    const p = await open();
    try {
      await p.page.$eval('#g', (el) => el.__faultForTests('unreachable'));
      await p.page.waitForFunction(() => document.getElementById('g').shadowRoot.querySelector('.frame').classList.contains('failed'));
      for (const id of ['a', 'b', 'c']) assert.equal((await look(p.page, id)).failed, false, `${id} is untouched`);
      await p.page.$eval('#g', (el) => el.setAttribute('view', 'category'));
      await othersRedrawn(p.page, ['g']);
      assert.ok((await canvasStats(p.page, '#g')).drawn > 1000);
      assert.deepEqual(p.problems, []);
    } finally {
      await p.context.close();
    }
  });

  test('a widget that trapped starts again when it is given a report (loadReportText)', async () => {
    const p = await open();
    try {
      await p.page.$eval('#b', (el) => el.__faultForTests('panic'));
      await p.page.waitForFunction(() => document.getElementById('b').shadowRoot.querySelector('.frame').classList.contains('failed'));
      const text = await readFile(`${ROOT}/data/haidian-2025-work-report.txt`, 'utf8');
      await p.page.$eval('#b', (el, t) => el.loadReportText(t), text);
      await othersRedrawn(p.page, ['b']);
      const b = await look(p.page, 'b');
      assert.equal(b.message, null, 'the crash message is gone');
      assert.ok((await canvasStats(p.page, '#b')).drawn > 1000, 'b draws again');
      assert.deepEqual(p.problems, []);
    } finally {
      await p.context.close();
    }
  });
});
