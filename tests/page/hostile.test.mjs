// Hostile and broken input through the element's public API, in a real browser.
//
// One bare test page (served by a route of the test, without a CSP, so that any markup the
// element injected would run) holds the widget under test (#a) and a neighbour (#b). Each case
// feeds #a one bad input and checks:
//   - the exact message in #a's box and in its one `error` event (and its one console warning);
//   - that no script ran (window.__pwned stays undefined; a control shows that an injected
//     handler would have run on this page);
//   - that nothing was thrown out of the element (no pageerror, no window error or unhandled
//     rejection);
//   - that #a and #b still draw (canvas pixels) and show a tooltip on hover once the input is
//     fixed.
// The fixtures (404, HTML, GBK, invalid bytes, a hostile report) are answered by page.route:
// nothing is added to www/ or dist/.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, beforeEach, describe, test } from 'node:test';
import { canvasStats, marks, ROOT, setup, tooltipText } from './helpers.mjs';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '</script><script>window.__pwned=2</script>';
const NO_NUMBERS = '政府工作报告\n\n过去一年，我们坚持稳中求进，各项工作取得新进展。';
const NO_FIGURES_TAIL = 'characters of text: expected a Chinese government work report with numbers and units such as 增长6% or 8054个';
// What the reader sees (the page is in Chinese): the element's words, not the parser's.
const NO_FIGURES_SHOWN = '这段文字中没有找到数据（如“增长6%”“8054个”），图表保持不变';

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>hostile input</title>
<style>
  body { margin: 8px; font: 14px sans-serif; }
  .row { display: flex; gap: 16px; align-items: flex-start; }
  .col { width: 560px; }
  #zero { width: 0; height: 0; }
  #hidden { display: none; width: 400px; }
</style>
<script type="module" src="/gov-report-chart.js"></script>
</head>
<body>
<div class="row">
  <div class="col" id="col-a"><gov-report-chart id="a" view="detail" indicator="gdp-growth" height="320"></gov-report-chart></div>
  <div class="col" id="col-b"><gov-report-chart id="b" view="detail" indicator="gdp-growth" height="320"><p>fallback of b</p></gov-report-chart></div>
</div>
<div id="zero"></div>
<div id="hidden"></div>
<div id="control"></div>
</body>
</html>`;

let env;
let page;
let context;
let haidian;
let other;
let gbk;
let hostile;
const problems = []; // page errors, console errors and failed requests not expected by a case
const warnings = []; // console warnings since the last case began
let expectedNoise = []; // regexps of console errors / failed requests a case expects (e.g. its 404)

before(async () => {
  env = await setup();
  haidian = await readFile(`${ROOT}/data/haidian-2025-work-report.txt`, 'utf8');
  other = await readFile(`${ROOT}/tests/fixtures/other-city-2025-work-report.txt`, 'utf8');
  gbk = await readFile(`${ROOT}/tests/fixtures/other-city-2025-work-report.gbk.txt`);
  // The other city's report with markup in the subjects of two of its year-over-year pairs.
  hostile = other.replaceAll('筹集保障性租赁住房', `筹集${IMG}保障性租赁住房`).replaceAll('新增学位', `新增学${SCRIPT}位`);
  assert.ok(hostile.split(IMG).length === 3 && hostile.split(SCRIPT).length === 3, 'the payloads are in the fixture');
  // 10 MB of UTF-8: the Haidian report repeated.
  const bigText = haidian.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(haidian)));
  const big = Buffer.from(bigText, 'utf8').subarray(0, 10 * 1024 * 1024);
  const routes = {
    '/__hostile/page.html': { status: 200, contentType: 'text/html; charset=utf-8', body: PAGE },
    '/__hostile/article.html': { status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><p>Not a report</p>' },
    '/__hostile/missing.txt': { status: 404, contentType: 'text/plain', body: 'not found' },
    '/__hostile/other-city.gbk.txt': { status: 200, headers: { 'content-type': 'text/plain' }, body: gbk },
    '/__hostile/invalid-bytes.txt': {
      status: 200,
      headers: { 'content-type': 'text/plain' },
      // Invalid in UTF-8 (0xff, a lone 0x80, a cut-off sequence) and in GB18030 (0xff, 0x80 leads).
      body: Buffer.from([0xe5, 0xa2, 0x9e, 0xff, 0xfe, 0x80, 0x41, 0xff, 0x30, 0x81, 0x20, 0xe4, 0xb8]),
    },
    '/__hostile/binary.txt': { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from('%PDF-1.7\n\0\0\0 增长6% \0', 'utf8') },
    '/__hostile/no-numbers.txt': { status: 200, contentType: 'text/plain; charset=utf-8', body: NO_NUMBERS },
    '/__hostile/hostile-report.txt': { status: 200, contentType: 'text/plain; charset=utf-8', body: hostile },
    '/__hostile/big-report.txt': { status: 200, contentType: 'text/plain; charset=utf-8', body: big },
  };
  context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.route('**/__hostile/**', (route) => {
    const r = routes[new URL(route.request().url()).pathname];
    return r ? route.fulfill(r) : route.fulfill({ status: 404, body: 'no such fixture' });
  });
  // Records the element's `error` events and anything uncaught, before any page script runs.
  await context.addInitScript(() => {
    window.__errors = [];
    window.__uncaught = [];
    document.addEventListener(
      'error',
      (e) => {
        if (e instanceof CustomEvent) window.__errors.push({ id: e.target.id, message: e.detail?.message, code: e.detail?.code });
      },
      true,
    );
    window.addEventListener('error', (e) => e instanceof ErrorEvent && window.__uncaught.push(`error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => window.__uncaught.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
  });
  page = await context.newPage();
  const expected = (text) => expectedNoise.some((re) => re.test(text));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expected(msg.text())) problems.push(`console error: ${msg.text()}`);
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const text = `request failed: ${req.url()} ${req.failure()?.errorText}`;
    if (!expected(text)) problems.push(text);
  });
  page.on('response', (res) => {
    const text = `HTTP ${res.status()}: ${res.url()}`;
    if (res.status() >= 400 && !expected(text)) problems.push(text);
  });
  await page.goto(env.url('/__hostile/page.html'));
  await page.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id)?.readyState === 'ready'), null, { timeout: 15000 });
});

after(async () => {
  await context?.close();
  await env?.close();
});

/** The message shown in the element's box, or null when it is hidden. */
function shownMessage(sel) {
  return page.$eval(sel, (el) => {
    const m = el.shadowRoot.querySelector('.message');
    return m.hidden ? null : m.textContent;
  });
}

/**
 * Runs `action(el, arg)` in the page on element `id` (or on `target`; the action catches what it
 * expects to be thrown and returns it) and waits for element `id`'s `error` event. Returns the action's result,
 * the events' messages, the message shown in the box and the console warnings.
 */
async function provoke(id, action, arg, noise = [], target = `#${id}`) {
  expectedNoise = noise;
  warnings.length = 0;
  await page.evaluate(() => {
    window.__errors.length = 0;
  });
  const result = await page.$eval(target, action, arg);
  await page.waitForFunction((i) => window.__errors.some((e) => e.id === i), id, { timeout: 10000 });
  await page.waitForTimeout(50); // a second event, if any, would come now
  const events = await page.evaluate((i) => window.__errors.filter((e) => e.id === i).map((e) => e.message), id);
  return { result, events, shown: await shownMessage(`#${id}`), warnings: [...warnings] };
}

/** Asserts the one error event, the same text shown in the box, and one console warning. */
function assertMessage(got, message) {
  assert.deepEqual(got.events, [message], 'one error event with the message');
  assert.equal(got.shown, message, 'the message is shown in the box');
  assert.deepEqual(
    got.warnings.filter((w) => w.startsWith('<gov-report-chart>')),
    [`<gov-report-chart>: ${message}`],
    'one console warning',
  );
}

/** Waits until the element has drawn and shows no message. */
async function settled(sel) {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector(s);
      return el.readyState === 'ready' && el.shadowRoot.querySelector('.message').hidden && el.marks().length > 0;
    },
    sel,
    { timeout: 15000 },
  );
}

/**
 * Asserts that the element draws (canvas pixels, backing store = CSS size) and answers a hover on
 * its first mark with a tooltip matching `expect`; moves the pointer away afterwards.
 */
async function assertWorks(sel, expect = /6%/) {
  await settled(sel);
  await page.mouse.click(1199, 899); // outside: unpins a tooltip left by select()
  const s = await canvasStats(page, sel);
  assert.ok(s.drawn > 800, `${sel} is drawn: ${s.drawn} pixels`);
  assert.equal(s.width, Math.round(s.cssWidth), `${sel} backing store matches its CSS width`);
  const [m] = await marks(page, sel);
  await page.mouse.move(m.cx, m.cy);
  await page.waitForFunction((x) => {
    const tip = document.querySelector(x).shadowRoot.querySelector('[role="tooltip"]');
    return !tip.hidden;
  }, sel);
  assert.match(await tooltipText(page, sel), expect, `${sel} tooltip on hover`);
  await page.mouse.move(1199, 899);
}

/** After each case: no script ran, nothing escaped, and both widgets work. */
async function assertAllWell() {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    uncaught: window.__uncaught.splice(0),
    imgs: document.querySelectorAll('img').length,
  }));
  assert.equal(state.pwned, undefined, 'no injected script ran');
  assert.deepEqual(state.uncaught, [], 'nothing thrown out of the element');
  assert.equal(state.imgs, 0, 'no element injected into the page');
  assert.deepEqual(problems, [], `the page reported problems:\n${problems.join('\n')}`);
  await assertWorks('#a');
  await assertWorks('#b');
  expectedNoise = [];
}

/** Sets (or, with null, removes) an attribute of #a. */
function setA(name, value) {
  return page.$eval('#a', (el, [n, v]) => (v === null ? el.removeAttribute(n) : el.setAttribute(n, v)), [name, value]);
}

describe('hostile and broken input', () => {
  // Each case starts from the same state, even after an earlier case failed half-way.
  beforeEach(async () => {
    problems.length = 0;
    expectedNoise = [];
    await page.mouse.click(1199, 899);
    await page.evaluate(async (text) => {
      window.__errors.length = 0;
      window.__uncaught.length = 0;
      const a = document.getElementById('a');
      for (const name of ['src', 'data-version', 'theme', 'lang', 'category', 'aspect-ratio']) a.removeAttribute(name);
      a.setAttribute('view', 'detail');
      a.setAttribute('indicator', 'gdp-growth');
      a.setAttribute('height', '320');
      if (!a.indicators().some((i) => i.id === 'gdp-growth-2024' && i.value === 6) || a.indicators().length > 1000) await a.loadReportText(text);
    }, haidian);
    await settled('#a');
    await settled('#b');
  });

  test('control: markup injected into this page would run (the detector works)', async () => {
    expectedNoise = [/__hostile\/x\b|status of 404/];
    await page.evaluate(() => {
      const box = document.getElementById('control');
      box.innerHTML = '<img src=x onerror=window.__control=1>';
    });
    await page.waitForFunction(() => window.__control === 1, null, { timeout: 5000 });
    await page.evaluate(() => {
      document.getElementById('control').replaceChildren();
      delete window.__control;
    });
    await assertAllWell();
  });

  test("loadReportText(''): 'the report text is empty', thrown and shown; the previous chart stays", async () => {
    const got = await provoke('a', async (el) => {
      try {
        await el.loadReportText('');
        return null;
      } catch (e) {
        return e.message;
      }
    });
    assert.equal(got.result, 'the report text is empty');
    assertMessage(got, 'the report text is empty');
    assert.deepEqual(await page.$eval('#a', (el) => el.indicators().some((i) => i.id === 'gdp-growth-2024')), true, 'the data stay');
    // A good call clears the message.
    assert.equal(await page.$eval('#a', (el) => el.select('gdp-growth-2025')), true);
    await settled('#a');
    assert.match(await tooltipText(page, '#a'), /5\.5%/);
    await assertAllWell();
  });

  test('loadReportText(undefined) and loadReportText(42): a TypeError naming the type', async () => {
    for (const [arg, type] of [[undefined, 'undefined'], [42, 'number']]) {
      const got = await provoke(
        'a',
        async (el, v) => {
          try {
            await el.loadReportText(v === '__undefined' ? undefined : v);
            return null;
          } catch (e) {
            return `${e.name}: ${e.message}`;
          }
        },
        arg === undefined ? '__undefined' : arg,
      );
      const message = `loadReportText expects a string or an array of strings, got ${type}`;
      assert.equal(got.result, `TypeError: ${message}`);
      assertMessage(got, message);
      assert.equal(await page.$eval('#a', (el) => el.select('gdp-growth-2024')), true);
      await settled('#a');
    }
    await assertAllWell();
  });

  test('a text with no numbers, through loadReportText and through src=', async () => {
    const text = '这是一段没有数字的文字。';
    const got = await provoke(
      'a',
      async (el, t) => {
        try {
          await el.loadReportText(t);
          return null;
        } catch (e) {
          return `${e.code}: ${e.message}`;
        }
      },
      text,
    );
    // The caller gets the parser's message (with the text's length) and code; the reader sees
    // the element's words.
    assert.equal(got.result, `no-figures: no figures found in ${text.length} ${NO_FIGURES_TAIL}`);
    assertMessage(got, NO_FIGURES_SHOWN);
    assert.deepEqual(await page.evaluate(() => window.__errors.map((e) => e.code)), ['no-figures']);
    await page.$eval('#a', (el, t) => el.loadReportText(t), haidian); // a good text clears it
    await settled('#a');
    const viaSrc = await provoke('a', (el) => el.setAttribute('src', '/__hostile/no-numbers.txt'));
    assertMessage(viaSrc, '/__hostile/no-numbers.txt 中没有找到数据（如“增长6%”“8054个”）');
    await setA('src', null);
    await assertAllWell();
  });

  test('10 MB of text with no figures is refused in one pass, with its length in the message', async () => {
    const got = await provoke('a', async (el) => {
      const text = '没有数字'.repeat(873814); // 3,495,256 characters, 10 MB as UTF-8
      const t0 = performance.now();
      try {
        await el.loadReportText(text);
        return null;
      } catch (e) {
        return { message: e.message, ms: performance.now() - t0 };
      }
    });
    assert.equal(got.result.message, `no figures found in 3495256 ${NO_FIGURES_TAIL}`);
    assertMessage(got, NO_FIGURES_SHOWN);
    console.log(`# 10 MB text with no figures refused in ${got.result.ms.toFixed(0)} ms`);
    await page.$eval('#a', (el, t) => el.loadReportText(t), haidian);
    await assertAllWell();
  });

  test('a 10 MB report given by src= is fetched, parsed and charted', async () => {
    expectedNoise = [];
    const t0 = Date.now();
    await setA('src', '/__hostile/big-report.txt');
    await page.waitForFunction(() => document.getElementById('a').indicators().length > 10000, null, { timeout: 30000 });
    const n = await page.$eval('#a', (el) => el.indicators().length);
    console.log(`# 10 MB report via src=: ${n} indicators, charted in ${Date.now() - t0} ms`);
    await assertWorks('#a', /6%/);
    await setA('src', null);
    await page.waitForFunction(() => document.getElementById('a').indicators().length < 1000);
    await assertAllWell();
  });

  test('view="pie": the message names the four views; view="detail" recovers', async () => {
    const got = await provoke('a', (el) => el.setAttribute('view', 'pie'));
    assertMessage(got, 'unknown view "pie": expected overview, detail, growth, category, attainment, timeline or places');
    const hidden = await page.$eval('#a', (el) => getComputedStyle(el.shadowRoot.querySelector('canvas').parentElement).display);
    assert.equal(hidden, 'none', 'no chart is shown for a view that does not exist');
    await setA('view', 'detail');
    await assertAllWell();
  });

  test('theme="purple": the message names the three themes; removing it recovers', async () => {
    const got = await provoke('a', (el) => el.setAttribute('theme', 'purple'));
    assertMessage(got, 'unknown theme "purple": expected light, dark or auto');
    await setA('theme', null);
    await assertAllWell();
  });

  test('lang="fr" falls back to Chinese without an error; lang="EN-gb" gives English', async () => {
    await page.evaluate(() => {
      window.__errors.length = 0;
    });
    const label = () => page.$eval('#a', (el) => el.shadowRoot.querySelector('[role="group"]').getAttribute('aria-label'));
    await setA('lang', 'fr');
    await settled('#a');
    assert.match(await label(), /[\u4e00-\u9fff]/, 'Chinese title');
    await setA('lang', 'EN-gb');
    await page.waitForFunction(() => !/[\u4e00-\u9fff]/.test(document.getElementById('a').shadowRoot.querySelector('[role="group"]').getAttribute('aria-label')));
    assert.match(await label(), /GDP/i);
    await setA('lang', '<img src=x onerror=window.__pwned=1>');
    await settled('#a');
    assert.match(await label(), /[\u4e00-\u9fff]/, 'markup as lang: Chinese, nothing run');
    assert.deepEqual(await page.evaluate(() => window.__errors), [], 'an unsupported language is not an error');
    await setA('lang', null);
    await assertAllWell();
  });

  for (const bad of ['NaN', '-50', '0', '1e9', '12em', 'Infinity']) {
    test(`height="${bad}": the message names the range; removing it recovers`, async () => {
      const got = await provoke('a', (el, v) => el.setAttribute('height', v), bad);
      assertMessage(got, `height must be a number of CSS pixels between 1 and 10000, got "${bad}"`);
      await setA('height', '320');
      await assertAllWell();
      assert.equal((await canvasStats(page, '#a')).height, 320);
    });
  }

  test('height="4000px" (large but valid) draws at that height', async () => {
    await setA('height', '4000px');
    await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('canvas').height === 4000);
    const s = await canvasStats(page, '#a');
    assert.equal(s.cssHeight, 4000);
    assert.ok(s.drawn > 2000, `drawn: ${s.drawn}`);
    await setA('height', '320');
    await assertAllWell();
  });

  test('aspect-ratio="banana" is refused; aspect-ratio="16/9" gives a 16:9 chart', async () => {
    const got = await provoke('a', (el) => {
      el.removeAttribute('height');
      el.setAttribute('aspect-ratio', 'banana');
    });
    assertMessage(got, 'aspect-ratio must be a positive width/height ratio such as 16/9 or 1.5, got "banana"');
    await setA('aspect-ratio', '16/9');
    await settled('#a');
    const s = await canvasStats(page, '#a');
    assert.equal(s.cssWidth, 560);
    assert.equal(s.cssHeight, 315, '560 / (16/9)');
    await page.$eval('#a', (el) => {
      el.removeAttribute('aspect-ratio');
      el.setAttribute('height', '320');
    });
    await assertAllWell();
  });

  test('category="x": the message lists the categories', async () => {
    const got = await provoke('a', (el) => el.setAttribute('category', 'x'));
    assertMessage(
      got,
      'unknown category "x": expected one of economy, innovation, education, employment, housing, transport, urban, environment, health, culture, governance',
    );
    await setA('category', null);
    await assertAllWell();
  });

  test('an unknown indicator id, as an attribute and through select()', async () => {
    const got = await provoke('a', (el) => el.setAttribute('indicator', 'no-such-indicator'));
    assertMessage(got, 'unknown indicator "no-such-indicator": expected an indicator id or series id from indicators(), e.g. "gdp-growth"');
    await setA('indicator', 'gdp-growth');
    await settled('#a');
    const viaSelect = await provoke('a', (el) => el.select('nope'));
    assert.equal(viaSelect.result, false);
    assertMessage(viaSelect, 'unknown indicator id "nope"');
    // The next good select() shows the chart again, with that mark's tooltip.
    assert.equal(await page.$eval('#a', (el) => el.select('gdp-growth-2025')), true);
    await settled('#a');
    assert.match(await tooltipText(page, '#a'), /5\.5%/);
    await assertAllWell();
  });

  test('select() while a setting is wrong does not hide the setting error', async () => {
    const got = await provoke('a', (el) => el.setAttribute('view', 'pie'));
    assertMessage(got, 'unknown view "pie": expected overview, detail, growth, category, attainment, timeline or places');
    await page.$eval('#a', (el) => el.select('nope'));
    await page.$eval('#a', (el) => el.select('gdp-growth-2024'));
    await page.waitForTimeout(50);
    assert.equal(await shownMessage('#a'), 'unknown indicator id "nope"');
    assert.equal(
      await page.$eval('#a', (el) => getComputedStyle(el.shadowRoot.querySelector('canvas').parentElement).display),
      'none',
      'view="pie" still shows no chart',
    );
    await setA('view', 'detail');
    await assertAllWell();
  });

  test('data-version mismatch: no numbers shown, the message gives both hashes; the right one recovers', async () => {
    const version = await page.$eval('#a', (el) => el.dataVersion);
    assert.match(version, /^[0-9a-f]{64}$/);
    const got = await provoke('a', (el) => el.setAttribute('data-version', '0'.repeat(64)));
    assertMessage(got, `报告文本与 data-version 不符（应为 000000000000…，实为 ${version.slice(0, 12)}…），未显示数据`);
    const garbage = await provoke('a', (el) => el.setAttribute('data-version', '"><img src=x onerror=window.__pwned=1>'));
    assertMessage(garbage, `报告文本与 data-version 不符（应为 "><img src=x…，实为 ${version.slice(0, 12)}…），未显示数据`);
    await setA('data-version', version.toUpperCase());
    await assertAllWell();
    await setA('data-version', null);
  });

  test('src= that 404s', async () => {
    const got = await provoke('a', (el) => el.setAttribute('src', '/__hostile/missing.txt'), undefined, [/missing\.txt|status of 404/]);
    assertMessage(got, '无法载入报告文本 /__hostile/missing.txt：HTTP 404');
    await setA('src', null);
    await assertAllWell();
  });

  test('src= that serves an HTML page', async () => {
    const got = await provoke('a', (el) => el.setAttribute('src', '/__hostile/article.html'), undefined, [/article\.html/]);
    assertMessage(got, '无法载入报告文本 /__hostile/article.html：not a plain-text report (text/html)');
    await setA('src', null);
    await assertAllWell();
  });

  test('src= with bytes valid in neither UTF-8 nor GB18030', async () => {
    const got = await provoke('a', (el) => el.setAttribute('src', '/__hostile/invalid-bytes.txt'));
    assertMessage(got, '无法载入报告文本 /__hostile/invalid-bytes.txt：not a text in UTF-8 or GB18030 (GBK)');
    await setA('src', null);
    await assertAllWell();
  });

  test('src= with binary data (NUL bytes) sent as application/octet-stream', async () => {
    const got = await provoke('a', (el) => el.setAttribute('src', '/__hostile/binary.txt'));
    assertMessage(got, '无法载入报告文本 /__hostile/binary.txt：not a plain-text report (binary data)');
    await setA('src', null);
    await assertAllWell();
  });

  test('src="javascript:..." is fetched as nothing and runs nothing', async () => {
    const url = 'javascript:window.__pwned=3';
    const got = await provoke('a', (el, u) => el.setAttribute('src', u), url, [/javascript/]);
    assert.equal(got.events.length, 1);
    assert.ok(got.events[0].startsWith(`无法载入报告文本 ${url}：`), got.events[0]);
    assert.match(got.events[0], /scheme|javascript/i, 'the browser refuses the scheme');
    assert.equal(got.shown, got.events[0]);
    await setA('src', null);
    await assertAllWell();
  });

  test('a GBK-encoded report by src= is decoded and draws its pairs (5.2% from it)', async () => {
    await page.$eval('#a', (el) => {
      el.setAttribute('view', 'overview');
      el.setAttribute('height', '600');
      el.setAttribute('src', '/__hostile/other-city.gbk.txt');
    });
    await page.waitForFunction(() => document.getElementById('a').indicators().some((i) => i.id === 'gdp-growth-2024' && i.value === 5.2));
    await settled('#a');
    const gdp = await page.$eval('#a', (el) => el.indicators().find((i) => i.id === 'gdp-growth-2024'));
    assert.equal(gdp.display, '５．２％');
    assert.match(gdp.quote, /同比增长５．２％/);
    const pairs = await page.$eval('#a', (el) => el.getDataset().pairs.length);
    assert.ok(pairs >= 7, `pairs drawn: ${pairs}`);
    const m = (await marks(page, '#a')).find((x) => x.indicatorId === 'gdp-growth-2024');
    assert.ok(m, 'a mark for the 2024 GDP growth');
    await page.mouse.move(m.cx, m.cy);
    await page.waitForFunction(() => !document.getElementById('a').shadowRoot.querySelector('[role="tooltip"]').hidden);
    assert.match(await tooltipText(page, '#a'), /５．２％/);
    assert.ok((await canvasStats(page, '#a')).drawn > 3000);
    await page.mouse.move(1199, 899);
    await page.$eval('#a', (el) => {
      el.removeAttribute('src');
      el.setAttribute('view', 'detail');
      el.setAttribute('height', '320');
    });
    await page.waitForFunction(() => document.getElementById('a').indicators().some((i) => i.id === 'gdp-growth-2024' && i.value === 6));
    await assertAllWell();
  });

  for (const via of ['loadReportText', 'src=']) {
    test(`a report whose subjects carry <img onerror> and </script><script>, via ${via}: shown as text, nothing runs`, async () => {
      if (via === 'src=') await page.$eval('#a', (el) => el.setAttribute('src', '/__hostile/hostile-report.txt'));
      else await page.$eval('#a', (el, t) => el.loadReportText(t), hostile);
      await page.$eval('#a', (el) => {
        el.setAttribute('view', 'overview');
        el.setAttribute('height', '640');
      });
      await page.waitForFunction((img) => document.getElementById('a').indicators().some((i) => i.subject.includes(img)), IMG);
      await settled('#a');
      const all = await marks(page, '#a');
      const names = await page.$eval('#a', (el) => el.marks().map((m) => el.tooltip(m.index).name));
      for (const payload of [IMG, SCRIPT]) {
        const i = names.findIndex((n) => n.includes(payload));
        assert.ok(i >= 0, `a mark is labelled with ${payload}: ${names.join(' / ')}`);
        await page.mouse.move(1199, 899); // off the chart first: the previous tooltip may cover this mark
        await page.mouse.move(all[i].cx, all[i].cy);
        await page.waitForFunction(
          (p) => (document.getElementById('a').shadowRoot.querySelector('[role="tooltip"]:not([hidden])')?.textContent ?? '').includes(p),
          payload,
        );
        const tip = await page.$eval('#a', (el) => {
          const t = el.shadowRoot.querySelector('[role="tooltip"]');
          return { text: t.textContent, elements: t.querySelectorAll('img, script').length, live: el.shadowRoot.querySelector('[aria-live]').textContent };
        });
        assert.equal(tip.elements, 0, 'no element made from the text');
        assert.ok(tip.text.includes(payload), 'the tooltip shows the markup as text');
        assert.ok(tip.live.includes(payload), 'the live region announces it as text');
      }
      await page.mouse.move(1199, 899);
      // The data table and the description carry it as text too.
      const table = await page.$eval('#a', (el) => {
        el.shadowRoot.querySelector('.tools button').click();
        const wrap = el.shadowRoot.querySelector('.table-wrap');
        const out = { text: wrap.textContent, elements: el.shadowRoot.querySelectorAll('img, script').length };
        el.shadowRoot.querySelector('.tools button').click();
        return out;
      });
      assert.equal(table.elements, 0);
      assert.ok(table.text.includes(IMG) && table.text.includes(SCRIPT), 'the data table shows both as text');
      const csv = await page.$eval('#a', (el) => el.exportCsv());
      assert.ok(csv.includes(IMG), 'the CSV export keeps the text');
      await page.waitForTimeout(100); // an <img onerror> would have fired by now
      if (via === 'src=') await page.$eval('#a', (el) => el.removeAttribute('src'));
      else await page.$eval('#a', (el, t) => el.loadReportText(t), haidian);
      await page.$eval('#a', (el) => {
        el.setAttribute('view', 'detail');
        el.setAttribute('height', '320');
      });
      await page.waitForFunction(() => document.getElementById('a').indicators().some((i) => i.id === 'gdp-growth-2024' && i.value === 6));
      await assertAllWell();
    });
  }

  test('a zero-width container: a message and an error; a width recovers; display:none waits quietly', async () => {
    const got = await provoke(
      'z',
      (box) => {
        const z = document.createElement('gov-report-chart');
        z.id = 'z';
        z.setAttribute('view', 'detail');
        z.setAttribute('indicator', 'gdp-growth');
        box.append(z);
        return null;
      },
      undefined,
      [],
      '#zero',
    );
    assertMessage(got, '图表容器宽度为 0，无法绘制图表');
    assert.equal(await page.$eval('#z', (el) => el.readyState), 'loading', 'not drawn yet');
    await page.$eval('#zero', (box) => (box.style.width = '400px'));
    await settled('#z');
    assert.equal((await canvasStats(page, '#z')).cssWidth, 400);
    // Not rendered at all (a hidden tab): no error, and it draws once shown.
    await page.evaluate(() => {
      window.__errors.length = 0;
      const h = document.createElement('gov-report-chart');
      h.id = 'h';
      h.setAttribute('view', 'detail');
      h.setAttribute('indicator', 'gdp-growth');
      document.getElementById('hidden').append(h);
    });
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__errors), [], 'no error while display:none');
    await page.$eval('#hidden', (box) => (box.style.display = 'block'));
    await settled('#h');
    assert.equal((await canvasStats(page, '#h')).cssWidth, 400);
    await page.evaluate(() => {
      document.getElementById('z').remove();
      document.getElementById('h').remove();
      document.getElementById('hidden').style.display = 'none';
      document.getElementById('zero').style.width = '0';
    });
    await assertAllWell();
  });

  test('every method after destroy(): empty answers or a clear error, nothing thrown uncaught', async () => {
    const out = await page.evaluate(async () => {
      const el = document.createElement('gov-report-chart');
      el.setAttribute('view', 'detail');
      el.setAttribute('indicator', 'gdp-growth');
      el.setAttribute('height', '200');
      document.getElementById('col-b').append(el);
      await el.whenReady();
      el.destroy();
      window.__errors.length = 0;
      const caught = async (f) => {
        try {
          return { value: await f() };
        } catch (e) {
          return { error: e.message };
        }
      };
      const res = {
        readyState: el.readyState,
        indicators: await caught(() => el.indicators()),
        getDataset: await caught(() => el.getDataset()),
        dataVersion: await caught(() => el.dataVersion),
        marks: await caught(() => el.marks()),
        tooltip: await caught(() => el.tooltip(0)),
        focusOrder: await caught(() => el.focusOrder()),
        activeIndex: await caught(() => el.activeIndex),
        select: await caught(() => el.select('gdp-growth-2025')),
        exportPng: await caught(() => el.exportPng()),
        exportCsv: await caught(() => el.exportCsv()),
        loadReportText: await caught(() => el.loadReportText('地区生产总值增长6%。')),
        whenReady: await caught(() => el.whenReady()),
        setAttribute: await caught(() => {
          el.setAttribute('view', 'pie');
          el.setAttribute('height', 'NaN');
          el.setAttribute('src', '/__hostile/missing.txt');
          return 'ok';
        }),
        destroyAgain: await caught(() => el.destroy()),
      };
      // Pointer and keyboard on a destroyed element do nothing.
      const plot = el.shadowRoot.querySelector('[role="group"]');
      plot.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await new Promise((r) => setTimeout(r, 200));
      res.events = window.__errors.map((e) => e.message);
      res.tipHidden = el.shadowRoot.querySelector('[role="tooltip"]').hidden;
      // Taken off the page and put back, it starts again.
      el.remove();
      el.setAttribute('view', 'detail');
      el.removeAttribute('height');
      el.removeAttribute('src');
      document.getElementById('col-b').append(el);
      await el.whenReady();
      res.revived = { readyState: el.readyState, marks: el.marks().length };
      el.remove();
      return res;
    });
    assert.deepEqual(out, {
      readyState: 'destroyed',
      indicators: { value: [] },
      getDataset: { value: null },
      dataVersion: { value: null },
      marks: { value: [] },
      tooltip: { value: null },
      focusOrder: { value: [] },
      activeIndex: { value: -1 },
      select: { value: false },
      exportPng: { error: 'the chart has been destroyed' },
      exportCsv: { error: 'the chart has been destroyed' },
      loadReportText: { error: 'the chart has been destroyed' },
      whenReady: { error: 'the chart has been destroyed' },
      setAttribute: { value: 'ok' },
      destroyAgain: { value: undefined },
      events: [],
      tipHidden: true,
      revived: { readyState: 'ready', marks: 2 },
    });
    await assertAllWell();
  });
});

describe('sizes at the canvas limit', () => {
  test('height="10000" at devicePixelRatio 2: drawn with fewer device pixels instead of refused', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.route('**/__hostile/tall.html', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: PAGE.replace('height="320"></gov-report-chart>', 'height="10000"></gov-report-chart>'),
      }),
    );
    await p.goto(env.url('/__hostile/tall.html'));
    await p.waitForFunction(() => document.getElementById('a').readyState !== 'loading', null, { timeout: 15000 });
    const s = await p.$eval('#a', (el) => {
      const c = el.shadowRoot.querySelector('canvas');
      const m = el.shadowRoot.querySelector('.message');
      const r = c.getBoundingClientRect();
      return { state: el.readyState, message: m.hidden ? null : m.textContent, w: c.width, h: c.height, cssW: r.width, cssH: r.height };
    });
    // 10000 CSS px at dpr 2 would be 20000 device pixels, over the 16384 a canvas may have.
    assert.deepEqual(s, { state: 'ready', message: null, w: Math.round(s.cssW * 1.6384), h: 16384, cssW: s.cssW, cssH: 10000 });
    assert.deepEqual(errors, []);
    await ctx.close();
  });
});
