// Accessibility: zero axe-core violations on the demo page and the article example, in light and
// dark colour schemes, with the data table open (axe reads open shadow roots).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { openPage, setup, waitReady } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  });
}

describe('axe-core', () => {
  for (const [path, selectors] of [
    ['/', ['#chart']],
    ['/examples/article.html', ['#chart-main', '#chart-narrow']],
  ]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${path} has no violations (${colorScheme})`, async () => {
        // axe is injected as a script tag, which the strict CSP forbids: bypass it for this test only.
        const p = await openPage(env, path, { bypassCSP: true, colorScheme });
        for (const s of selectors) await waitReady(p.page, s);
        await p.page.$eval(selectors[0], (el) => el.shadowRoot.querySelector('button[aria-controls="table"]').click());
        const violations = await axe(p.page);
        assert.deepEqual(violations, [], violations.join('\n'));
        p.assertClean();
        await p.close();
      });
    }
  }
});
