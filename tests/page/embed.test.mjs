// The iframe embed: embed.html reads its query parameters, draws, and tells the host page its
// height through postMessage; embed-host.js sizes the iframe to it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { canvasStats, openPage, setup, waitReady } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

describe('iframe embed', () => {
  test('embed.html takes its view from the URL', async () => {
    const p = await openPage(env, '/embed.html?view=detail&indicator=gdp-growth&lang=en&theme=dark');
    await waitReady(p.page);
    const attrs = await p.page.$eval('gov-report-chart', (el) => [el.getAttribute('view'), el.getAttribute('indicator'), el.getAttribute('lang'), el.getAttribute('theme')]);
    assert.deepEqual(attrs, ['detail', 'gdp-growth', 'en', 'dark']);
    const s = await canvasStats(p.page);
    assert.ok(s.drawn > 1000, `drawn: ${s.drawn}`);
    p.assertClean();
    await p.close();
  });

  test('embed.html carries corrections from the URL into the chart', async () => {
    const p = await openPage(env, '/embed.html?view=detail&indicator=gdp-growth&corrections=set%20gdp-growth-2025%205.3');
    await waitReady(p.page);
    await p.page.waitForFunction(() => document.querySelector('gov-report-chart').indicators().some((i) => i.correctedFrom));
    const gdp = await p.page.$eval('gov-report-chart', (el) => el.indicators().find((i) => i.id === 'gdp-growth-2025'));
    assert.deepEqual([gdp.display, gdp.correctedFrom], ['5.3%', '5.5%']);
    p.assertClean();
    await p.close();
  });

  test('embed.html carries src and reference-year from the URL into the chart', async () => {
    const p = await openPage(env, '/examples/measure.html');
    const undated = '柏林区政府工作报告\n\n过去一年，全区地区生产总值增长5.6%。\n\n今年地区生产总值增长5%左右。\n';
    await p.page.route('**/undated-report.txt', (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: undated }));
    await p.page.goto(env.url('/embed.html?src=%2Fundated-report.txt&reference-year=2025'));
    await p.page.waitForFunction(() => document.querySelector('gov-report-chart').indicators().length === 2);
    const years = await p.page.$eval('gov-report-chart', (el) => el.indicators().map((i) => i.year));
    assert.deepEqual(years, [2024, 2025]);
    p.assertClean();
    await p.close();
  });

  test('embed.html with a report of results and no targets draws them by category and says why', async () => {
    const p = await openPage(env, '/examples/measure.html');
    const review = '2025年1月9日在柏林区第三届人民代表大会第五次会议上\n柏林区政府工作报告\n\n一、2024年工作回顾\n\nGDP增长5.6%，新增就业1.2万人，新建公园12个。\n';
    await p.page.route('**/review-only.txt', (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: review }));
    await p.page.goto(env.url('/embed.html?src=%2Freview-only.txt&lang=en'));
    await p.page.waitForFunction(() => {
      const note = document.querySelector('gov-report-chart')?.shadowRoot?.querySelector('.note');
      return note && !note.hidden && note.textContent.length > 0;
    });
    await waitReady(p.page);
    const note = await p.page.$eval('gov-report-chart', (el) => {
      const n = el.shadowRoot.querySelector('.note');
      return n.hidden ? '' : n.textContent;
    });
    assert.match(note, /shown by category/);
    const s = await canvasStats(p.page);
    assert.ok(s.drawn > 1000, `drawn: ${s.drawn}`);
    p.assertClean();
    await p.close();
  });

  test('the host page sizes the iframe to the height the embed reports', async () => {
    const p = await openPage(env, '/examples/iframe.html');
    const frame = p.page.frameLocator('#frame-detail');
    await frame.locator('gov-report-chart').evaluate(async (el) => {
      await customElements.whenDefined('gov-report-chart'); // the module may still be loading
      await el.whenReady();
    });
    const inner = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await p.page.waitForFunction((h) => Math.abs(document.getElementById('frame-detail').getBoundingClientRect().height - h) <= 1, inner);
    const outer = await p.page.$eval('#frame-detail', (f) => f.getBoundingClientRect().height);
    assert.ok(Math.abs(outer - inner) <= 1, `iframe ${outer}px vs content ${inner}px`);
    assert.notEqual(Math.round(outer), 420, 'the iframe was resized from its CSS default');
    p.assertClean();
    await p.close();
  });
});
