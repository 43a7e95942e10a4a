// Several reports in one chart: src= with a list of URLs, several <textarea data-report>, the
// iframe's repeated src=, and the demo's list of loaded reports. The views that compare them
// (attainment, timeline, places) are drawn, answer the mouse, a tap and the keyboard, show both
// sentences in a target's tooltip and in the data table, pass axe-core, and data-version pins
// one hash per text.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { ROOT, canvasStats, marks, openPage, setup, tooltipText, waitReady } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const FILES = {
  'qc-2024.txt': 'qingchuan/2024-work-report.txt',
  'qc-2025.txt': 'qingchuan/2025-work-report.txt',
  'qc-2025-news.txt': 'qingchuan/2025-news.txt',
  'sg-2024.txt': 'shigang/2024-plan-report.txt',
  'sg-2025.txt': 'shigang/2025-work-report.txt',
  'lw-2025.txt': 'liuwan/2025-work-report.txt',
};
const texts = {};

let env;
before(async () => {
  env = await setup();
  for (const [name, path] of Object.entries(FILES)) texts[name] = await readFile(`${ROOT}/tests/fixtures/places/${path}`, 'utf8');
});
after(async () => {
  await env?.close();
});

/** Opens the bare measure page with the fixtures answered under /__several/. */
async function page(options = {}) {
  const p = await openPage(env, '/examples/measure.html', options);
  await p.page.route('**/__several/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    const body = texts[name];
    return body === undefined ? route.fulfill({ status: 404, body: 'no such fixture' }) : route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body });
  });
  await waitReady(p.page);
  return p;
}

/** Adds a chart with `attrs` (and inline reports) to the page and waits until it is ready. */
async function addChart(p, attrs, inline = []) {
  await p.page.evaluate(
    ({ attrs, inline }) => {
      const old = document.querySelector('gov-report-chart');
      const parent = old?.parentElement ?? document.querySelector('main') ?? document.body;
      old?.remove();
      const el = document.createElement('gov-report-chart');
      el.id = 'several';
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      for (const [name, text, place] of inline) {
        const t = document.createElement('textarea');
        t.setAttribute('data-report', name);
        if (place) t.setAttribute('data-place', place);
        t.hidden = true;
        t.value = text;
        el.append(t);
      }
      parent.append(el);
    },
    { attrs, inline },
  );
  // Ready, or failed with its message in the box (a setting the data cannot draw is not fatal).
  await p.page.waitForFunction(
    () => {
      const el = document.querySelector('#several');
      return el && (['ready', 'error'].includes(el.readyState) || el.shadowRoot?.querySelector('.frame.failed'));
    },
    null,
    { timeout: 20000 },
  );
}

const state = (p) =>
  p.page.$eval('#several', (el) => ({
    state: el.shadowRoot.querySelector('.frame.failed') ? 'failed' : el.readyState,
    message: el.shadowRoot.querySelector('.message')?.textContent ?? '',
  }));

describe('several reports', () => {
  test('src= with three URLs draws the attainment view: verdicts, both sentences on hover, keyboard, data table', async () => {
    const p = await page();
    await addChart(p, { src: '/__several/qc-2024.txt /__several/qc-2025.txt /__several/qc-2025-news.txt' });
    assert.equal((await state(p)).state, 'ready', (await state(p)).message);
    const s = await canvasStats(p.page, '#several');
    assert.ok(s.drawn > 5000, `drawn: ${s.drawn}`);
    const title = await p.page.$eval('#several', (el) => el.shadowRoot.querySelector('[role="group"]').getAttribute('aria-label'));
    assert.equal(title, '2024年目标完成情况');
    // One hash per text, in the order given.
    const version = await p.page.$eval('#several', (el) => el.dataVersion);
    assert.equal(version.split(' ').length, 3);
    // Hover the GDP growth target: its sentence, the result's sentence and the verdict.
    const ms = await marks(p.page, '#several');
    const gdp = await p.page.$eval('#several', (el) => el.marks().findIndex((m) => el.tooltip(m.index)?.valueDisplay === '6%以上'));
    assert.ok(gdp >= 0, 'a mark for the 6%以上 target');
    await p.page.mouse.move(ms[gdp].cx, ms[gdp].cy);
    const tip = await tooltipText(p.page, '#several');
    assert.match(tip ?? '', /6%以上/);
    assert.match(tip ?? '', /超额完成/);
    assert.match(tip ?? '', /6\.1%/);
    const d = await p.page.$eval('#several', (el, i) => el.tooltip(i), gdp);
    assert.ok(d.compared.quoteMatch.includes('6.1'), JSON.stringify(d.compared));
    assert.ok(d.report.includes('2024'), d.report);
    // Keyboard: the first mark, then the next one.
    await p.page.$eval('#several', (el) => el.shadowRoot.querySelector('[role="group"]').focus());
    await p.page.keyboard.press('ArrowRight');
    const first = await tooltipText(p.page, '#several');
    await p.page.keyboard.press('ArrowRight');
    const second = await tooltipText(p.page, '#several');
    assert.ok(first && second && first !== second, 'arrows move between targets');
    // The data table: the result and the verdict beside each target.
    await p.page.$eval('#several', (el) => el.shadowRoot.querySelector('button[aria-controls="table"]').click());
    const table = await p.page.$eval('#several', (el) => ({
      heads: [...el.shadowRoot.querySelectorAll('thead th')].map((th) => th.textContent),
      rows: el.shadowRoot.querySelectorAll('tbody tr').length,
      text: el.shadowRoot.querySelector('tbody').textContent,
    }));
    assert.deepEqual(table.heads.slice(5, 7), ['结果', '完成情况']);
    assert.equal(table.rows, ms.length);
    assert.match(table.text, /✗ 未完成/);
    p.assertClean();
    await p.close();
  });

  test('data-version pins one hash per text and names the one that differs', async () => {
    const p = await page();
    await addChart(p, { src: '/__several/qc-2024.txt /__several/qc-2025.txt' });
    const [a, b] = (await p.page.$eval('#several', (el) => el.dataVersion)).split(' ');
    await addChart(p, { src: '/__several/qc-2024.txt /__several/qc-2025.txt', 'data-version': `${a} ${b}` });
    assert.equal((await state(p)).state, 'ready');
    await addChart(p, { src: '/__several/qc-2024.txt /__several/qc-2025-news.txt', 'data-version': `${a} ${b}` });
    const bad = await state(p);
    assert.equal(bad.state, 'failed');
    assert.match(bad.message, /第2份文本/);
    p.assertClean();
    await p.close();
  });

  test('several <textarea data-report> children: timeline and places, in English, and a tap', async () => {
    const p = await page({ viewport: { width: 420, height: 800 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const inline = [
      ['qc-2025.txt', texts['qc-2025.txt']],
      ['sg-2025.txt', texts['sg-2025.txt']],
      ['lw-2025.txt', texts['lw-2025.txt']],
      ['qc-2024.txt', texts['qc-2024.txt']],
    ];
    await addChart(p, { view: 'places', lang: 'en' }, inline);
    assert.equal((await state(p)).state, 'ready', (await state(p)).message);
    const title = await p.page.$eval('#several', (el) => el.shadowRoot.querySelector('[role="group"]').getAttribute('aria-label'));
    assert.equal(title, 'GDP growth targets for 2025, by place');
    const rows = await p.page.$eval('#several', (el) => el.marks().map((m) => el.tooltip(m.index).valueDisplay));
    assert.deepEqual(rows, ['6%左右', '5.5%左右', '5.5%左右']);
    const s = await canvasStats(p.page, '#several');
    assert.equal(s.width, Math.round(s.cssWidth * 2), 'backing store at dpr 2');
    const ms = await marks(p.page, '#several');
    await p.page.touchscreen.tap(ms[0].cx, ms[0].cy);
    assert.match((await tooltipText(p.page, '#several')) ?? '', /6%左右/);
    // The timeline of one series: each row names its report.
    await p.page.$eval('#several', (el) => el.setAttribute('view', 'timeline'));
    await p.page.waitForFunction(() => document.querySelector('#several').shadowRoot.querySelector('[role="group"]').getAttribute('aria-label')?.includes('over the years'));
    const reports = await p.page.$eval('#several', (el) => el.marks().map((m) => el.tooltip(m.index).report));
    assert.ok(reports.length >= 3 && reports.every((r) => r.length > 0), JSON.stringify(reports));
    p.assertClean();
    await p.close();
  });

  test('data-place names the government of an inline text that names none', async () => {
    const p = await page();
    const brief = '本报讯 2025年1月10日\n记者从市政府获悉，去年全市新增学位3100个，今年将新增学位2600个。\n';
    await addChart(p, { view: 'timeline' }, [['qc-2025.txt', texts['qc-2025.txt']], ['brief.txt', brief, '兰溪市']]);
    assert.equal((await state(p)).state, 'ready', (await state(p)).message);
    const places = await p.page.$eval('#several', (el) => el.getDataset().reports.map((r) => [r.genre, r.place]));
    assert.deepEqual(places.find(([g]) => g === 'news'), ['news', '兰溪市'], JSON.stringify(places));
    p.assertClean();
    await p.close();
  });

  test('one text and a view of several reports: an error that says what to do', async () => {
    const p = await page();
    await addChart(p, { src: '/__several/qc-2025.txt', view: 'attainment' });
    const st = await state(p);
    assert.equal(st.state, 'failed');
    assert.match(st.message, /compares several reports|several reports/);
    p.assertClean();
    await p.close();
  });

  test('the iframe embed takes src= repeated', async () => {
    const p = await page();
    await p.page.goto(env.url('/embed.html?src=%2F__several%2Fqc-2024.txt&src=%2F__several%2Fqc-2025.txt&view=timeline'));
    await waitReady(p.page);
    const src = await p.page.$eval('gov-report-chart', (el) => el.getAttribute('src'));
    assert.equal(src, '/__several/qc-2024.txt /__several/qc-2025.txt');
    const n = await p.page.$eval('gov-report-chart', (el) => el.marks().length);
    assert.ok(n >= 3, `${n} marks`);
    p.assertClean();
    await p.close();
  });

  for (const view of ['attainment', 'timeline', 'places']) {
    test(`axe-core finds nothing in the ${view} view with its data table open`, async () => {
      const p = await page({ bypassCSP: true });
      await addChart(p, { src: '/__several/qc-2024.txt /__several/qc-2025.txt /__several/sg-2025.txt', view });
      assert.equal((await state(p)).state, 'ready', (await state(p)).message);
      await p.page.$eval('#several', (el) => el.shadowRoot.querySelector('button[aria-controls="table"]').click());
      await p.page.addScriptTag({ path: AXE });
      const violations = await p.page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      p.assertClean();
      await p.close();
    });
  }
});

describe('the demo with several reports', () => {
  test('added texts are listed (place, year, figures), removable, and kept in the URL', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    for (const name of ['qc-2024.txt', 'qc-2025.txt']) {
      await p.page.fill('#report-text', texts[name]);
      await p.page.click('#add-text');
      await p.page.waitForFunction((n) => document.querySelectorAll('#reports li').length === n, name === 'qc-2024.txt' ? 2 : 3, { timeout: 20000 });
    }
    const items = await p.page.$$eval('#reports li', (lis) => lis.map((li) => li.textContent));
    assert.match(items[0], /海淀区 · 2025/);
    assert.match(items[1], /青川区 · 2024 · 政府工作报告 · \d+项数据/);
    assert.match(items[2], /青川区 · 2025/);
    assert.equal(await p.page.$eval('#view', (s) => s.value), 'attainment');
    const url = new URL(p.page.url());
    assert.equal(url.searchParams.get('reports').split(',').length, 3);
    // The snippet carries every text.
    const snippet = await p.page.$eval('#embed-code', (t) => t.value);
    assert.equal(snippet.match(/<textarea data-report/g)?.length, 3);
    // Reload: the texts come back from this browser's storage.
    await p.page.reload();
    await p.page.waitForFunction(() => document.querySelectorAll('#reports li').length === 3, null, { timeout: 20000 });
    // Remove the Haidian report: two remain, both of 青川区.
    await p.page.click('#reports li:first-child button.remove');
    await p.page.waitForFunction(() => document.querySelectorAll('#reports li').length === 2, null, { timeout: 20000 });
    const left = await p.page.$$eval('#reports li', (lis) => lis.map((li) => li.textContent));
    assert.ok(left.every((t) => t.includes('青川区')), left.join(' | '));
    p.assertClean();
    await p.close();
  });
});
