// The element's API and life cycle on a bare page: select(), exports, src= and data-version,
// devicePixelRatio changes, and destroy() leaving no listener behind.
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

/** Listeners registered on `document` and `window`, counted through the DevTools protocol. */
async function listenerCount(page) {
  const cdp = await page.context().newCDPSession(page);
  let total = 0;
  for (const expr of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    total += listeners.length;
  }
  await cdp.detach();
  return total;
}

describe('element API', () => {
  test('select(id) shows that mark and fires select; exports give a PNG and CSV', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    const detail = await p.page.$eval('#chart-main', (el) => {
      let got = null;
      el.addEventListener('select', (e) => (got = e.detail), { once: true });
      const ok = el.select('gdp-growth-2025');
      return { ok, got };
    });
    assert.equal(detail.ok, true);
    assert.equal(detail.got?.indicatorId, 'gdp-growth-2025');
    assert.match(detail.got.tooltip.valueDisplay, /5\.5/);
    assert.match(await tooltipText(p.page, '#chart-main'), /5\.5%/);
    const png = await p.page.$eval('#chart-main', async (el) => {
      const blob = await el.exportPng();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return { type: blob.type, size: blob.size, magic: [...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('') };
    });
    assert.equal(png.type, 'image/png');
    assert.equal(png.magic, 'PNG');
    assert.ok(png.size > 2000, `PNG size ${png.size}`);
    const csv = await p.page.$eval('#chart-main', (el) => el.exportCsv());
    assert.match(csv, /gdp-growth-2024/);
    const indicators = await p.page.$eval('#chart-main', (el) => el.indicators().map((i) => i.id));
    assert.ok(indicators.includes('gdp-growth-2024') && indicators.includes('gdp-growth-2025'), indicators.join(', '));
    p.assertClean();
    await p.close();
  });

  test('src= charts another text; a wrong data-version is refused with a message; a 404 src fires error', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    const version = await p.page.$eval('#chart-main', (el) => el.dataVersion);
    assert.match(version, /^[0-9a-f]{64}$/, `sha256 of the embedded report: ${version}`);
    // Another report: the same text with the 2025 target changed.
    const other = report.replace('地区生产总值增长5.5%', '地区生产总值增长5%');
    assert.ok(other !== report, 'the fixture edit applies');
    await p.page.route('**/other-report.txt', (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: other }));
    await p.page.$eval('#chart-main', (el) => el.setAttribute('src', '/other-report.txt'));
    await p.page.waitForFunction(() => {
      const el = document.querySelector('#chart-main');
      return el.marks().some((m) => el.tooltip(m.index)?.valueDisplay === '5%' || /^5%/.test(el.tooltip(m.index)?.valueDisplay ?? ''));
    });
    const newVersion = await p.page.$eval('#chart-main', (el) => el.dataVersion);
    assert.notEqual(newVersion, version);
    // Pinning the old version: the widget says the text differs and shows no numbers.
    const message = await p.page.$eval('#chart-main', (el, v) =>
      new Promise((resolve) => {
        el.addEventListener('error', (e) => resolve(e.detail.message), { once: true });
        el.setAttribute('data-version', v);
      }), version);
    assert.match(message, /data-version/);
    const shown = await p.page.$eval('#chart-main', (el) => getComputedStyle(el.shadowRoot.querySelector('canvas').parentElement).display);
    assert.equal(shown, 'none', 'the chart is hidden while the text does not match');
    // A src that 404s.
    const notFound = await p.page.$eval('#chart-narrow', (el) =>
      new Promise((resolve) => {
        el.addEventListener('error', (e) => resolve(e.detail.message), { once: true });
        el.setAttribute('src', '/missing-report.txt');
      }));
    assert.match(notFound, /404/);
    // The other widget is unaffected; removing src recovers.
    await p.page.$eval('#chart-narrow', (el) => el.removeAttribute('src'));
    // Removing src and data-version from the first widget goes back to the embedded report.
    await p.page.$eval('#chart-main', (el) => {
      el.removeAttribute('data-version');
      el.removeAttribute('src');
    });
    await p.page.waitForFunction((v) => document.querySelector('#chart-main').dataVersion === v, version);
    await p.page.$eval('#chart-main', (el) => el.whenReady());
    const back = await p.page.$eval('#chart-main', (el) => el.shadowRoot.querySelector('.message').hidden);
    assert.equal(back, true, 'no message once the embedded report is back');
    const problems = p.problems.filter((x) => !x.includes('missing-report.txt') && !/status of 404/.test(x));
    assert.deepEqual(problems, []);
    await p.close();
  });

  test('bad input shows a message and fires error; neighbours keep working; fixing it recovers', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    await waitReady(p.page, '#chart-narrow');
    const attempt = (name, value) =>
      p.page.$eval(
        '#chart-main',
        (el, [n, v]) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => resolve(null), 3000);
            el.addEventListener(
              'error',
              (e) => {
                clearTimeout(timer);
                resolve({ event: e.detail.message, shown: el.shadowRoot.querySelector('.message').textContent });
              },
              { once: true },
            );
            el.setAttribute(n, v);
          }),
        [name, value],
      );
    const cases = [
      ['indicator', 'no-such-indicator', /no-such-indicator/],
      ['theme', 'purple', /purple/],
      ['category', 'nope', /nope/],
      ['view', 'pie', /pie/],
      ['src', '/index.html', /not a plain-text report/],
      ['src', '/no-such-report.txt', /404/],
    ];
    const fixes = { indicator: 'gdp-growth', theme: 'light', category: 'economy', view: 'detail', src: null };
    for (const [name, value, expected] of cases) {
      const got = await attempt(name, value);
      assert.ok(got, `an error event for ${name}="${value}"`);
      assert.match(got.event, expected);
      assert.equal(got.shown, got.event, 'the message is shown in the box');
      const fallback = await p.page.$eval('#chart-main', (el) => el.querySelector('table').getBoundingClientRect().height);
      assert.ok(fallback > 20, `the fallback table is visible while ${name} is wrong`);
      await p.page.$eval('#chart-main', (el, [n, v]) => (v === null ? el.removeAttribute(n) : el.setAttribute(n, v)), [name, fixes[name]]);
      await p.page.waitForFunction(() => document.querySelector('#chart-main').shadowRoot.querySelector('.message').hidden);
      const neighbour = await canvasStats(p.page, '#chart-narrow');
      assert.ok(neighbour.drawn > 1000, 'the other widget still shows its chart');
    }
    // A report text with no figures, through the API: it throws, the chart keeps its data.
    const thrown = await p.page.$eval('#chart-narrow', async (el) => {
      try {
        await el.loadReportText('这是一段没有数字的文字。');
        return null;
      } catch (e) {
        return e.message;
      }
    });
    assert.match(thrown, /no figures|没有|数字|figures/);
    assert.ok((await marks(p.page, '#chart-narrow')).length >= 2, 'the previous data stays');
    // The 404 is logged by the browser, and the refused HTML page's body is cancelled unread.
    const unexpected = p.problems.filter((x) => !/no-such-report|status of 404|index\.html net::ERR_ABORTED/.test(x));
    assert.deepEqual(unexpected, []);
    await p.close();
  });

  test('a GB18030-encoded report given by src= is decoded and charted', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    // Encode the report as GB18030 in the page (TextEncoder only does UTF-8): via a small table
    // built from TextDecoder, for the characters the report uses.
    const gbBytes = await p.page.evaluate(async (text) => {
      const dec = new TextDecoder('gb18030');
      const table = new Map();
      for (let hi = 0x81; hi <= 0xfe; hi++) {
        for (let lo = 0x40; lo <= 0xfe; lo++) {
          if (lo === 0x7f) continue;
          const ch = dec.decode(new Uint8Array([hi, lo]));
          if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
        }
      }
      const out = [];
      for (const ch of text) {
        const code = ch.codePointAt(0);
        if (code < 0x80) out.push(code);
        else if (table.has(ch)) out.push(...table.get(ch));
        else return null;
      }
      return out;
    }, report.slice(0, 4000));
    assert.ok(gbBytes, 'the report excerpt is encodable in two-byte GB18030');
    await p.page.route('**/gbk-report.txt', (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from(gbBytes) }),
    );
    await p.page.$eval('#chart-main', (el) => el.setAttribute('src', '/gbk-report.txt'));
    await p.page.waitForFunction(() => {
      const el = document.querySelector('#chart-main');
      return el.indicators().some((i) => i.id === 'gdp-growth-2024') && el.shadowRoot.querySelector('.message').hidden;
    });
    const gdp = await p.page.$eval('#chart-main', (el) => el.indicators().find((i) => i.id === 'gdp-growth-2024'));
    assert.equal(gdp.display, '6%');
    assert.match(gdp.quote, /预计地区生产总值增长6%/);
    p.assertClean();
    await p.close();
  });

  test('reference years: the attribute and loadReportText dates an undated text; a bad one is named; an undated text says why nothing is drawn', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    // A report that names no year anywhere (invented for this test).
    const undated = '柏林区政府工作报告\n\n过去一年，全区地区生产总值增长5.6%，新增就业1.2万人。\n\n今年地区生产总值增长5%左右，新增就业1.2万人以上。\n';
    await p.page.route('**/undated-report.txt', (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: undated }));
    const years = (sel) => p.page.$eval(sel, (el) => el.indicators().filter((i) => i.subject.includes('地区生产总值')).map((i) => i.year));
    // 1. src= with reference-year: review 2024, plan 2025.
    await p.page.$eval('#chart-main', (el) => {
      el.setAttribute('reference-year', '2025');
      el.setAttribute('src', '/undated-report.txt');
    });
    await p.page.waitForFunction(() => document.querySelector('#chart-main').indicators().length < 10);
    assert.deepEqual(await years('#chart-main'), [2024, 2025]);
    assert.equal(await p.page.$eval('#chart-main', (el) => el.getDataset().reports[0].referenceNote), 'set by the caller');
    // 2. loadReportText with a number and with a string.
    for (const referenceYear of [2026, '2026']) {
      await p.page.$eval('#chart-main', (el, [t, y]) => el.loadReportText(t, { referenceYear: y }), [undated, referenceYear]);
      assert.deepEqual(await years('#chart-main'), [2025, 2026], `referenceYear ${JSON.stringify(referenceYear)}`);
    }
    // 3. A bad one: refused with its code, the data stay.
    const bad = await p.page.$eval('#chart-main', async (el, t) => {
      try {
        await el.loadReportText(t, { referenceYear: '25' });
        return null;
      } catch (e) {
        return { code: e.code, message: e.message };
      }
    }, undated);
    assert.equal(bad?.code, 'bad-reference-year');
    assert.match(bad.message, /25/);
    assert.deepEqual(await years('#chart-main'), [2025, 2026]);
    // 4. No year at all: nothing can be placed on an axis, and the element says why.
    await p.page.$eval('#chart-main', (el) => {
      el.removeAttribute('reference-year');
      el.removeAttribute('view');
      el.removeAttribute('indicator');
    });
    const got = await p.page.$eval('#chart-main', async (el, t) => {
      const event = new Promise((resolve) => el.addEventListener('error', (e) => resolve(e.detail), { once: true }));
      await el.loadReportText(t);
      return event;
    }, undated);
    assert.equal(got.code, 'no-dated-figures');
    assert.match(got.message, /reference-year/);
    const shown = await p.page.$eval('#chart-main', (el) => el.shadowRoot.querySelector('.message').textContent);
    assert.equal(shown, got.message);
    p.assertClean();
    await p.close();
  });

  test('lang defaults to the nearest lang attribute; a matching data-version is accepted', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    const version = await p.page.$eval('#chart-main', (el) => el.dataVersion);
    const labels = await p.page.evaluate(async (v) => {
      const make = async (lang, attrs) => {
        const box = document.createElement('div');
        if (lang) box.lang = lang;
        const el = document.createElement('gov-report-chart');
        for (const [k, val] of Object.entries(attrs)) el.setAttribute(k, val);
        box.append(el);
        document.querySelector('article').append(box);
        await el.whenReady();
        const out = {
          label: el.shadowRoot.querySelector('[role="group"]').getAttribute('aria-label'),
          message: el.shadowRoot.querySelector('.message').hidden ? null : el.shadowRoot.querySelector('.message').textContent,
        };
        box.remove();
        return out;
      };
      return {
        en: await make('en-GB', { view: 'detail', indicator: 'gdp-growth' }),
        zh: await make(null, { view: 'detail', indicator: 'gdp-growth', 'data-version': v }),
      };
    }, version);
    assert.match(labels.en.label, /[A-Za-z]{3}/, `English title inside lang="en-GB": ${labels.en.label}`);
    assert.doesNotMatch(labels.en.label, /[\u4e00-\u9fff]/);
    assert.match(labels.zh.label, /[\u4e00-\u9fff]/, `Chinese title by default: ${labels.zh.label}`);
    assert.equal(labels.zh.message, null, 'the pinned version matches: no message');
    p.assertClean();
    await p.close();
  });

  test('browser zoom to 200% (devicePixelRatio 1 -> 2, half the CSS width) re-renders crisp', async () => {
    const p = await openPage(env, '/');
    await waitReady(p.page);
    const one = await canvasStats(p.page);
    assert.equal(one.width, Math.round(one.cssWidth));
    // What zooming a 1200 px window to 200% does: the CSS viewport halves and the ratio doubles.
    // (Headless Chromium does not fire matchMedia resolution changes for emulated metrics, so
    // the same-width case, moving a window between screens, is not checked here.)
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 600, height: 450, deviceScaleFactor: 2, mobile: false });
    await p.page.waitForFunction(
      () => {
        const c = document.querySelector('gov-report-chart').shadowRoot.querySelector('canvas');
        return devicePixelRatio === 2 && c.width === Math.round(c.getBoundingClientRect().width * 2);
      },
      null,
      { timeout: 5000 },
    );
    const two = await canvasStats(p.page);
    assert.equal(two.width, Math.round(two.cssWidth * 2));
    assert.equal(two.height, Math.round(two.cssHeight * 2));
    assert.ok(two.cssWidth < one.cssWidth);
    assert.ok(two.drawn > 2000, `redrawn at dpr 2: ${two.drawn} pixels`);
    p.assertClean();
    await p.close();
  });

  test('creating and removing elements leaves no listeners and no errors behind', async () => {
    const p = await openPage(env, '/examples/article.html');
    await waitReady(p.page, '#chart-main');
    const baseline = await listenerCount(p.page);
    await p.page.evaluate(async () => {
      for (let i = 0; i < 20; i++) {
        const el = document.createElement('gov-report-chart');
        el.setAttribute('view', i % 2 ? 'overview' : 'detail');
        document.querySelector('article').append(el);
        await el.whenReady();
        el.remove();
      }
    });
    assert.equal(await listenerCount(p.page), baseline, 'listeners on document/window are back to the baseline');
    // A removed element can be put back and works again.
    await p.page.evaluate(async () => {
      const el = document.querySelector('#chart-narrow');
      const parent = el.parentElement;
      el.remove();
      parent.prepend(el);
      await el.whenReady();
    });
    const s = await canvasStats(p.page, '#chart-narrow');
    assert.ok(s.drawn > 1000, 'the re-attached element draws again');
    const m = await marks(p.page, '#chart-narrow');
    assert.ok(m.length >= 2);
    p.assertClean();
    await p.close();
  });
});
