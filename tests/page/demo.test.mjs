// The demo page (www/index.html) as shipped in dist/: loads without errors, draws, and answers
// mouse, keyboard and touch with the number and the sentence it came from.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { canvasStats, marks, openPage, ROOT, setup, tooltipText, waitReady } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** The mark of the 2024 GDP growth estimate in the default view. */
async function gdp2024(page) {
  const all = await marks(page);
  assert.ok(all.length >= 2, `expected at least two marks, got ${all.length}`);
  const mark = all.find((m) => m.indicatorId === 'gdp-growth-2024');
  assert.ok(mark, `no mark for gdp-growth-2024 among ${all.map((m) => m.indicatorId).join(', ')}`);
  return mark;
}

describe('demo page', () => {
  test('loads the release build without console errors and draws the chart', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    const s = await canvasStats(p.page);
    assert.ok(s.width > 300 && s.height > 150, `canvas backing store too small: ${s.width}x${s.height}`);
    assert.ok(s.drawn > 2000, `too few drawn pixels: ${s.drawn}`);
    assert.ok(s.colours >= 3, `expected text and bars in several colours, saw ${s.colours}`);
    const wasm = await p.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.wasm'))
        .map((e) => e.name.split('/').pop())
        .sort(),
    );
    // The first-load module, then the bridge after the first chart; each fetched once.
    assert.deepEqual(wasm, ['gov_report_bridge_bg.wasm', 'gov_report_chart_bg.wasm']);
    const label = await p.page.$eval('gov-report-chart', (el) =>
      el.shadowRoot.querySelector('[role="group"]').getAttribute('aria-label'),
    );
    assert.ok(label && label.length > 2, `the chart has an accessible name (got ${label})`);
    p.assertClean();
    await p.close();
  });

  test('hovering the 2024 GDP bar shows its value and source sentence', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    assert.equal(await tooltipText(p.page), null, 'no tooltip before hovering');
    const m = await gdp2024(p.page);
    await p.page.mouse.move(m.cx, m.cy);
    const text = await tooltipText(p.page);
    assert.ok(text, 'a tooltip is shown on hover');
    assert.match(text, /6%/);
    assert.match(text, /预计地区生产总值增长6%/);
    const highlighted = await p.page.$eval('gov-report-chart', (el) => el.shadowRoot.querySelector('[role="tooltip"] mark')?.textContent);
    assert.match(highlighted ?? '', /^6%?$/, `the number is highlighted in the quote (got ${highlighted})`);
    // The tooltip does not cover the hovered bar (WCAG 1.4.13).
    const tip = await p.page.$eval('gov-report-chart', (el) => {
      const r = el.shadowRoot.querySelector('[role="tooltip"]').getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const covers = m.cx >= tip.left && m.cx <= tip.right && m.cy >= tip.top && m.cy <= tip.bottom;
    assert.equal(covers, false, 'the tooltip does not cover the pointer');
    // Moving onto the tooltip keeps it; moving to empty space hides it; Escape dismisses.
    await p.page.mouse.move((tip.left + tip.right) / 2, (tip.top + tip.bottom) / 2, { steps: 4 });
    assert.ok(await tooltipText(p.page), 'the tooltip stays while hovered');
    await p.page.mouse.move(m.cx, m.cy);
    await p.page.keyboard.press('Escape');
    assert.equal(await tooltipText(p.page), null, 'Escape hides the tooltip');
    await p.page.mouse.move(2, 2);
    assert.equal(await tooltipText(p.page), null, 'no tooltip over empty space');
    p.assertClean();
    await p.close();
  });

  test('keyboard: focus, arrows, Home/End, Escape, and an aria-live announcement', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    const order = await p.page.$eval('gov-report-chart', (el) => el.focusOrder());
    const n = order.length;
    assert.equal(n, (await marks(p.page)).length, 'every mark is reachable by keyboard');
    assert.deepEqual([...order].sort((a, b) => a - b), order.map((_, i) => i), 'the keyboard order is a permutation of the marks');
    await p.page.$eval('gov-report-chart', (el) => el.shadowRoot.querySelector('[role="group"]').focus());
    const focused = await p.page.$eval('gov-report-chart', (el) => el.shadowRoot.activeElement?.getAttribute('role'));
    assert.equal(focused, 'group', 'the chart is focusable');
    const active = () => p.page.$eval('gov-report-chart', (el) => el.activeIndex);
    await p.page.keyboard.press('ArrowRight');
    const first = await tooltipText(p.page);
    assert.ok(first, 'ArrowRight shows a tooltip');
    assert.equal(await active(), order[0]);
    const live = await p.page.$eval('gov-report-chart', (el) => el.shadowRoot.querySelector('[aria-live]').textContent);
    assert.ok(live.length > 3, `the live region announces the focused mark (got "${live}")`);
    assert.match(live, new RegExp(`1.*${n}`), 'with its position');
    await p.page.keyboard.press('End');
    assert.equal(await active(), order[n - 1]);
    await p.page.keyboard.press('Home');
    assert.equal(await active(), order[0]);
    if (n > 1) {
      await p.page.keyboard.press('ArrowRight');
      assert.equal(await active(), order[1]);
      assert.notEqual(await tooltipText(p.page), first, 'the next mark has its own tooltip');
      await p.page.keyboard.press('ArrowLeft');
      assert.equal(await active(), order[0]);
    }
    await p.page.keyboard.press('Escape');
    assert.equal(await tooltipText(p.page), null, 'Escape hides the tooltip');
    p.assertClean();
    await p.close();
  });

  test('touch: a tap on a bar shows its tooltip, a tap elsewhere hides it', async () => {
    const p = await openPage(env, '/', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    await waitReady(p.page);
    const m = await gdp2024(p.page);
    await p.page.touchscreen.tap(m.cx, m.cy);
    const text = await tooltipText(p.page);
    assert.ok(text, 'a tap shows the tooltip');
    assert.match(text, /预计地区生产总值增长6%/);
    await p.page.touchscreen.tap(5, 5);
    assert.equal(await tooltipText(p.page), null, 'a tap outside hides the tooltip');
    p.assertClean();
    await p.close();
  });

  test('resizing the viewport resizes the canvas, and the size settles', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    const wide = await canvasStats(p.page);
    await p.page.setViewportSize({ width: 500, height: 900 });
    await p.page.waitForFunction((w) => document.querySelector('gov-report-chart').shadowRoot.querySelector('canvas').width !== w, wide.width);
    const narrow = await canvasStats(p.page);
    assert.ok(narrow.width < wide.width, `canvas shrank: ${wide.width} -> ${narrow.width}`);
    assert.ok(narrow.cssWidth <= 500, `canvas fits the viewport: ${narrow.cssWidth}`);
    assert.ok(narrow.drawn > 1000, 'the narrow chart is drawn');
    // No resize loop: the size stays put over a few frames.
    const before = await p.page.$eval('gov-report-chart', (el) => el.getBoundingClientRect().height);
    await p.page.waitForTimeout(300);
    const later = await p.page.$eval('gov-report-chart', (el) => el.getBoundingClientRect().height);
    assert.equal(later, before);
    p.assertClean();
    await p.close();
  });

  test('at devicePixelRatio 2 the backing store is twice the CSS size', async () => {
    const p = await openPage(env, '/', { deviceScaleFactor: 2 });
    await waitReady(p.page);
    const s = await canvasStats(p.page);
    assert.equal(s.width, Math.round(s.cssWidth * 2));
    assert.equal(s.height, Math.round(s.cssHeight * 2));
    assert.ok(s.drawn > 4000, `drawn pixels at dpr 2: ${s.drawn}`);
    p.assertClean();
    await p.close();
  });

  test('attributes re-render; a bad value shows a message and fires error; fixing it recovers', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    const zhTitle = await p.page.$eval('gov-report-chart', (el) => el.shadowRoot.querySelector('[role="group"]').getAttribute('aria-label'));
    await p.page.selectOption('#lang', 'en');
    await p.page.waitForFunction(
      (t) => document.querySelector('gov-report-chart').shadowRoot.querySelector('[role="group"]').getAttribute('aria-label') !== t,
      zhTitle,
    );
    assert.match(new URL(p.page.url()).search, /lang=en/, 'the state is in the URL');
    const errors = await p.page.evaluate(
      () =>
        new Promise((resolve) => {
          const el = document.querySelector('gov-report-chart');
          el.addEventListener('error', (e) => resolve(e.detail.message), { once: true });
          el.setAttribute('view', 'nonsense');
        }),
    );
    assert.match(errors, /nonsense/);
    const message = await p.page.$eval('gov-report-chart', (el) => el.shadowRoot.querySelector('.message').textContent);
    assert.match(message, /nonsense/, 'the message is shown in the box');
    assert.equal(p.warnings.filter((w) => w.includes('nonsense')).length, 1, 'one console warning');
    await p.page.$eval('gov-report-chart', (el) => el.setAttribute('view', 'overview'));
    await p.page.waitForFunction(() => document.querySelector('gov-report-chart').shadowRoot.querySelector('.message').hidden);
    const s = await canvasStats(p.page);
    assert.ok(s.drawn > 2000, 'the chart is back');
    p.assertClean();
    await p.close();
  });

  test('themes: auto follows prefers-color-scheme as it changes; light and dark are fixed', async () => {
    const p = await openPage(env, '/', { colorScheme: 'light' });
    await waitReady(p.page);
    const lum = ([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const corner = () =>
      p.page.$eval('gov-report-chart', (el) => {
        const [r, g, b] = el.shadowRoot.querySelector('canvas').getContext('2d').getImageData(2, 2, 1, 1).data;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      });
    const waitCorner = (dark) =>
      p.page.waitForFunction((d) => {
        const [r, g, b] = document.querySelector('gov-report-chart').shadowRoot.querySelector('canvas').getContext('2d').getImageData(2, 2, 1, 1).data;
        const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return d ? l < 60 : l > 200;
      }, dark);
    const light = await canvasStats(p.page);
    assert.ok(lum(light.background) > 200, `auto in a light scheme: background ${light.background}`);
    await p.page.emulateMedia({ colorScheme: 'dark' });
    await waitCorner(true);
    const dark = await canvasStats(p.page);
    assert.ok(lum(dark.background) < 60, `auto follows the switch to dark: background ${dark.background}`);
    assert.ok(dark.drawn > 2000, 'text and marks are drawn in the dark theme');
    await p.page.selectOption('#theme', 'light');
    await waitCorner(false);
    assert.ok((await corner()) > 200, 'theme="light" stays light in a dark scheme');
    await p.page.selectOption('#theme', 'dark');
    await p.page.emulateMedia({ colorScheme: 'light' });
    await waitCorner(true);
    assert.ok((await corner()) < 60, 'theme="dark" stays dark in a light scheme');
    p.assertClean();
    await p.close();
  });

  test('the data table lists every mark with its value', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    await p.page.$eval('gov-report-chart', (el) => el.shadowRoot.querySelector('button[aria-controls="table"]').click());
    const rows = await p.page.$eval('gov-report-chart', (el) =>
      [...el.shadowRoot.querySelectorAll('#table tbody tr')].map((tr) => tr.textContent),
    );
    const n = (await marks(p.page)).length;
    assert.equal(rows.length, n);
    assert.ok(rows.some((r) => r.includes('6%')), 'the 2024 GDP growth is in the table');
    p.assertClean();
    await p.close();
  });
});

describe('demo page: report text and browsing', () => {
  test('the report text is shown with its numbers; clicking one charts it; hovering a bar highlights its number', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    await p.page.waitForSelector('#report-text-view button.num');
    const count = await p.page.$$eval('#report-text-view button.num', (bs) => bs.length);
    assert.ok(count > 50, `numbers in the report text: ${count}`);
    // Hover the 2024 GDP bar: its number in the text is highlighted.
    const m = await gdp2024(p.page);
    await p.page.mouse.move(m.cx, m.cy);
    const active = await p.page.$eval('#report-text-view button.num.active', (b) => [b.dataset.id, b.textContent]);
    assert.equal(active[0], 'gdp-growth-2024');
    assert.match(active[1], /^6%?$/);
    // Click "8054" (school places, 2024, in the overview): that bar's tooltip opens.
    const school = await p.page.$$eval('#report-text-view button.num', (bs) => bs.find((b) => b.textContent.includes('8054'))?.dataset.id);
    assert.ok(school, 'the number 8054 is a button');
    await p.page.click(`#report-text-view button.num[data-id="${school}"]`);
    const shown = await p.page.$eval('gov-report-chart', (el) => el.tooltip(el.activeIndex));
    assert.equal(shown?.indicatorId, school);
    assert.match(shown.valueDisplay, /8054/);
    // Click a number that the overview does not show: the chart switches to its detail view.
    const inChart = new Set((await marks(p.page)).map((mk) => mk.indicatorId));
    const other = await p.page.$$eval(
      '#report-text-view button.num',
      (bs, ids) => bs.map((b) => b.dataset.id).find((id) => !ids.includes(id) && /-20\d\d$/.test(id)),
      [...inChart],
    );
    assert.ok(other, 'a number outside the overview');
    await p.page.click(`#report-text-view button.num[data-id="${other}"]`);
    await p.page.waitForFunction((id) => {
      const el = document.querySelector('gov-report-chart');
      return el.readyState === 'ready' && el.marks().some((mk) => mk.indicatorId === id);
    }, other);
    const attrs = await p.page.$eval('gov-report-chart', (el) => [el.getAttribute('view'), el.getAttribute('indicator')]);
    assert.deepEqual(attrs, ['detail', other]);
    const search = new URL(p.page.url()).searchParams;
    assert.equal(search.get('view'), 'detail', 'the URL follows the state');
    assert.equal(search.get('indicator'), other);
    p.assertClean();
    await p.close();
  });

  test('a URL with state reopens the same view; search filters the indicator list', async () => {
    const p = await openPage(env, '/?view=detail&indicator=gdp-growth-2025&lang=en');
    await waitReady(p.page);
    const attrs = await p.page.$eval('gov-report-chart', (el) => [el.getAttribute('view'), el.getAttribute('indicator'), el.getAttribute('lang')]);
    assert.deepEqual(attrs, ['detail', 'gdp-growth-2025', 'en']);
    assert.equal(await p.page.$eval('#view', (s) => s.value), 'detail');
    const all = await p.page.$$eval('#indicator option', (os) => os.length);
    await p.page.fill('#search', 'GDP');
    const some = await p.page.$$eval('#indicator option', (os) => os.map((o) => o.textContent));
    assert.ok(some.length < all && some.length >= 2, `search narrows ${all} -> ${some.length}`);
    p.assertClean();
    await p.close();
  });
});

describe('demo page: authoring', () => {
  test('a pasted report is charted, corrected, and the embed snippet reproduces it (pinned, with its corrections and a fallback image)', async () => {
    const report = await readFile(`${ROOT}/data/haidian-2025-work-report.txt`, 'utf8');
    const edited = report.replace('地区生产总值增长5.5%', '地区生产总值增长5.2%');
    assert.ok(edited !== report, 'the fixture edit applies');
    const p = await openPage(env, '/');
    await waitReady(p.page);
    const original = await p.page.$eval('gov-report-chart', (el) => el.dataVersion);
    await p.page.$eval('#report-text', (t, text) => (t.value = text), edited);
    const t0 = Date.now();
    await p.page.click('#load-text');
    await p.page.waitForFunction(() => /\d/.test(document.getElementById('load-status').textContent));
    console.log(`# pasted report charted in ${Date.now() - t0} ms (click to status, parser module loaded on demand)`);
    const status = await p.page.textContent('#load-status');
    assert.match(status, /\d+/, `status: ${status}`);
    const version = await p.page.$eval('gov-report-chart', (el) => el.dataVersion);
    assert.notEqual(version, original);

    // The journalist corrects a value through the corrections panel.
    await p.page.selectOption('#fix-indicator', 'gdp-growth-2025');
    await p.page.fill('#fix-value', '5.3');
    await p.page.click('#fix-set');
    await p.page.waitForFunction(() => /1/.test(document.getElementById('fix-status').textContent));
    assert.equal(await p.page.inputValue('#corrections'), 'set gdp-growth-2025 5.3');
    const corrected = await p.page.$eval('gov-report-chart', (el) => el.indicators().find((i) => i.id === 'gdp-growth-2025'));
    assert.deepEqual([corrected.display, corrected.correctedFrom], ['5.3%', '5.2%']);
    assert.match(new URL(p.page.url()).search, /corrections=set\+gdp-growth-2025\+5\.3/, 'the URL keeps the corrections');

    await p.page.waitForFunction(() => document.getElementById('embed-code').dataset.fallback === 'image' && document.getElementById('embed-code').value.includes('corrections='));
    const snippet = await p.page.inputValue('#embed-code');
    assert.match(snippet, new RegExp(`data-version="${version}"`));
    assert.match(snippet, /corrections="set gdp-growth-2025 5\.3"/);
    assert.match(snippet, /<textarea data-report hidden>/);
    const img = snippet.match(/<img src="data:image\/(?:webp|png);base64,([A-Za-z0-9+/=]+)" width="(\d+)" height="(\d+)" alt="([^"]+)">/);
    assert.ok(img, `a fallback image of the chart is the element's first child:\n${snippet.slice(0, 400)}`);
    assert.ok(img[1].length > 2000, `a real picture: ${img[1].length} base64 characters`);
    console.log(`# fallback image: ${img[2]}x${img[3]} CSS px, ${Math.round((img[1].length * 3) / 4 / 1024)} KB`);
    assert.match(img[4], /地区生产总值|GDP/, `alt text: ${img[4]}`);
    p.assertClean();

    // The snippet, pasted into another page, reproduces the corrected chart of the pasted text.
    const host = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>snippet</title></head><body><main>${snippet}</main></body></html>`;
    await p.page.route('**/snippet-host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: host }));
    await p.page.goto(env.url('/snippet-host.html'));
    await waitReady(p.page);
    await p.page.waitForFunction(() => document.querySelector('gov-report-chart').indicators().some((i) => i.correctedFrom));
    const shown = await p.page.$eval('gov-report-chart', (el) => ({
      version: el.dataVersion,
      values: el.indicators().filter((i) => i.series === 'gdp-growth').map((i) => `${i.display}/${i.correctedFrom ?? ''}`),
      message: el.shadowRoot.querySelector('.message').hidden ? null : el.shadowRoot.querySelector('.message').textContent,
      fallbackShown: el.querySelector('img').getBoundingClientRect().height > 0,
    }));
    assert.equal(shown.message, null);
    assert.equal(shown.version, version);
    assert.ok(shown.values.includes('5.3%/5.2%'), `GDP growth values: ${shown.values}`);
    assert.equal(shown.fallbackShown, false, 'the fallback image is hidden once the chart is drawn');
    p.assertClean();

    // Where wasm cannot run, the reader sees the fallback image instead of a hole.
    const q = await openPage(env, '/examples/measure.html');
    await q.page.route('**/*.wasm', (route) => route.abort());
    await q.page.route('**/snippet-host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: host }));
    await q.page.goto(env.url('/snippet-host.html'));
    await q.page.waitForFunction(() => document.querySelector('gov-report-chart').readyState === 'error');
    const fallback = await q.page.$eval('gov-report-chart img', (im) => ({ w: im.naturalWidth, h: im.getBoundingClientRect().height, alt: im.alt }));
    assert.ok(fallback.w > 200 && fallback.h > 100, `the fallback image shows: ${JSON.stringify(fallback)}`);
    await q.close();
    await p.close();
  });

  test('a pasted report with results and no targets opens on its figures by category and says why', async () => {
    const review = '2025年1月9日在柏林区第三届人民代表大会第五次会议上\n柏林区政府工作报告\n\n一、2024年工作回顾\n\n全区地区生产总值增长5.6%，新增就业1.2万人，新建公园12个，完成老旧小区改造38个。\n';
    const p = await openPage(env, '/');
    await waitReady(p.page);
    await p.page.$eval('#report-text', (t, text) => (t.value = text), review);
    await p.page.click('#load-text');
    await p.page.waitForFunction(() => /2025/.test(document.getElementById('load-status').textContent));
    // The demo re-applies its controls after loading, so the element may configure once more:
    // wait for the line that says why, which the fallback shows when it is done.
    await p.page.waitForFunction(() => {
      const note = document.querySelector('gov-report-chart').shadowRoot.querySelector('.note');
      return !note.hidden && /按类别/.test(note.textContent);
    });
    await waitReady(p.page);
    const shown = await p.page.$eval('gov-report-chart', (el) => {
      const note = el.shadowRoot.querySelector('.note');
      const message = el.shadowRoot.querySelector('.message');
      return {
        note: note.hidden ? '' : note.textContent,
        message: message.hidden ? '' : message.textContent,
        years: [...new Set(el.indicators().map((i) => i.year))],
        view: el.getAttribute('view'),
      };
    });
    assert.deepEqual(shown.years, [2024]);
    assert.equal(shown.view, null, 'the default view is left to the element');
    assert.match(shown.note, /按类别/, 'one line says why there is no comparison');
    assert.equal(shown.message, '', 'no error message');
    const s = await canvasStats(p.page);
    assert.ok(s.drawn > 2000, `the figures are drawn: ${s.drawn} pixels`);
    const status = await p.page.$eval('#load-status', (e) => e.textContent);
    assert.match(status, /报告年份2025/);
    assert.match(status, /成绩4项/);
    p.assertClean();
    await p.close();
  });

  test('a pasted report that names no year is dated by the year the author gives; the snippet carries it', async () => {
    const undated = '柏林区政府工作报告\n\n过去一年，全区地区生产总值增长5.6%，新增就业1.2万人。\n\n今年地区生产总值增长5%左右，新增就业1.2万人以上。\n';
    const p = await openPage(env, '/');
    await waitReady(p.page);
    await p.page.$eval('#report-text', (t, text) => (t.value = text), undated);
    await p.page.fill('#ref-year', '2025');
    await p.page.click('#load-text');
    await p.page.waitForFunction(() => /2025/.test(document.getElementById('load-status').textContent));
    const years = await p.page.$eval('gov-report-chart', (el) => el.indicators().filter((i) => i.subject.includes('地区生产总值')).map((i) => i.year));
    assert.deepEqual(years, [2024, 2025]);
    await p.page.waitForFunction(() => document.getElementById('embed-code').value.includes('reference-year='));
    const snippet = await p.page.inputValue('#embed-code');
    assert.match(snippet, /<gov-report-chart[^>]* reference-year="2025"/);
    const host = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>snippet</title></head><body><main>${snippet}</main></body></html>`;
    await p.page.route('**/snippet-host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: host }));
    await p.page.goto(env.url('/snippet-host.html'));
    await waitReady(p.page);
    await p.page.waitForFunction(() => document.querySelector('gov-report-chart').indicators().length < 10);
    const there = await p.page.$eval('gov-report-chart', (el) => el.indicators().filter((i) => i.subject.includes('地区生产总值')).map((i) => i.year));
    assert.deepEqual(there, [2024, 2025], 'the pasted snippet dates the text the same way');
    p.assertClean();
    await p.close();
  });
});
