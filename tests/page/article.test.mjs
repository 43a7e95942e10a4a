// The news-article example: two widgets in the text column (one 320 px wide) under the strict
// CSP the server sends, one wasm download for both, and the fallback content when wasm fails.
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

describe('article example', () => {
  test('renders both widgets, the narrow one at most 320 px wide, with one wasm download', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    await waitReady(p.page, '#chart-narrow');
    const main = await canvasStats(p.page, '#chart-main');
    const narrow = await canvasStats(p.page, '#chart-narrow');
    assert.ok(main.cssWidth > 500, `main chart fills the column: ${main.cssWidth}`);
    assert.ok(narrow.cssWidth <= 320 && narrow.cssWidth >= 280, `narrow chart width: ${narrow.cssWidth}`);
    assert.ok(main.drawn > 2000, `main chart drawn: ${main.drawn}`);
    assert.ok(narrow.drawn > 1000, `narrow chart drawn: ${narrow.drawn}`);
    const fetched = await p.page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => /gov_report_chart/.test(e.name)).map((e) => e.name),
    );
    assert.equal(fetched.filter((n) => n.endsWith('.wasm')).length, 1, `one wasm fetch: ${fetched}`);
    // Space is reserved while loading: little layout shift when the charts arrive.
    const cls = await p.page.evaluate(
      () =>
        new Promise((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    assert.ok(cls < 0.1, `cumulative layout shift ${cls.toFixed(3)} (Web Vitals "good" is below 0.1)`);
    // The fallback tables are hidden once the charts are ready.
    const fallbackShown = await p.page.$eval('#chart-main', (el) => el.querySelector('table').getBoundingClientRect().height);
    assert.equal(fallbackShown, 0);
    p.assertClean();
    await p.close();
  });

  test('on a 320 px phone at dpr 2 both widgets fit, draw crisp, and answer a tap', async () => {
    const p = await openPage(env, '/examples/article.html', {
      viewport: { width: 320, height: 640 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await waitReady(p.page, '#chart-main');
    await waitReady(p.page, '#chart-narrow');
    const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 320, `no horizontal scrolling: page is ${overflow}px wide`);
    for (const sel of ['#chart-main', '#chart-narrow']) {
      const s = await canvasStats(p.page, sel);
      assert.ok(s.cssWidth <= 320 && s.cssWidth > 200, `${sel} width ${s.cssWidth}`);
      assert.equal(s.width, Math.round(s.cssWidth * 2), `${sel} backing store at dpr 2`);
      assert.ok(s.drawn > 2000, `${sel} drawn: ${s.drawn}`);
    }
    await p.page.$eval('#chart-main', (el) => el.scrollIntoView());
    const m = await p.page.$eval('#chart-main', (el) => {
      const r = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
      const mk = el.marks().find((x) => x.indicatorId === 'gdp-growth-2024');
      return { x: r.left + mk.x + mk.width / 2, y: r.top + mk.y + mk.height / 2 };
    });
    await p.page.touchscreen.tap(m.x, m.y);
    const tip = await p.page.$eval('#chart-main', (el) => {
      const t = el.shadowRoot.querySelector('[role="tooltip"]');
      const r = t.getBoundingClientRect();
      return { text: t.hidden ? null : t.textContent, left: r.left, right: r.right };
    });
    assert.match(tip.text ?? '', /预计地区生产总值增长6%/);
    assert.ok(tip.left >= 0 && tip.right <= 320, `the tooltip stays on screen: ${tip.left}..${tip.right}`);
    p.assertClean();
    await p.close();
  });

  test('the detail widget shows GDP growth 2024 and 2025 with the source sentence', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    const texts = await p.page.$eval('#chart-main', (el) =>
      el.marks().map((m) => {
        const d = el.tooltip(m.index);
        return `${d.valueDisplay} ${d.year} ${d.quoteBefore}${d.quoteMatch}${d.quoteAfter}`;
      }),
    );
    assert.ok(texts.some((t) => t.includes('6%') && t.includes('2024')), texts.join('\n'));
    assert.ok(texts.some((t) => t.includes('5.5%') && t.includes('2025')), texts.join('\n'));
    p.assertClean();
    await p.close();
  });

  test('when the wasm cannot load, the fallback stays visible and an error event fires', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.addInitScript(() => {
      window.__errors = [];
      document.addEventListener('error', (e) => e.detail && window.__errors.push(e.detail.message), true);
    });
    await page.goto(env.url('/examples/article.html'));
    await page.waitForFunction(() => document.querySelector('#chart-main')?.readyState === 'error', null, { timeout: 10000 });
    const visible = await page.$eval('#chart-main', (el) => el.querySelector('table').getBoundingClientRect().height);
    assert.ok(visible > 20, 'the fallback table is visible');
    const errors = await page.evaluate(() => window.__errors);
    assert.ok(errors.length >= 1, 'an error event was fired');
    assert.deepEqual(pageErrors, [], 'no uncaught page error');
    await context.close();
  });
});
