// Shared set-up for the page tests: the release build in dist/ served by scripts/serve.mjs on a
// free loopback port, Debian's Chromium driven by playwright-core, and a guard that fails a test
// on any console error, page error or failed request.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts the server on dist/ and launches Chromium. Call `close()` in `after`. */
export async function setup() {
  const dir = process.env.PAGE_TEST_DIR || 'dist';
  assert.ok(
    existsSync(resolve(ROOT, dir, 'pkg/gov_report_chart_bg.wasm')),
    `${dir}/ has no release build: run \`npm run build\` first`,
  );
  const server = await startServer({ dir, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    url: (path) => new URL(path, server.url).href,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page and records every console error, page error and failed request; `assertClean()`
 * fails the test if there was any. Console warnings are kept in `warnings` for tests that
 * expect one.
 */
export async function openPage(env, path, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(env.url(path));
  return {
    page,
    context,
    problems,
    warnings,
    assertClean() {
      assert.deepEqual(problems, [], `the page reported problems:\n${problems.join('\n')}`);
    },
    async close() {
      await context.close();
    },
  };
}

/** Waits until the element matched by `selector` has drawn its first chart. */
export async function waitReady(page, selector = 'gov-report-chart') {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return el && (el.readyState === 'ready' || el.readyState === 'error');
    },
    selector,
    { timeout: 15000 },
  );
  const state = await page.$eval(selector, (el) => el.readyState);
  assert.equal(state, 'ready', `${selector} did not become ready`);
}

/**
 * Reads the element's canvas: its CSS and backing sizes, and how many pixels differ clearly from
 * the most common colour (the background).
 */
export async function canvasStats(page, selector = 'gov-report-chart') {
  return page.$eval(selector, (el) => {
    const canvas = el.shadowRoot.querySelector('canvas');
    const ctx = canvas.getContext('2d');
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4 * 7) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let bg = 0;
    let best = -1;
    for (const [k, c] of counts) if (c > best) [bg, best] = [k, c];
    const [br, bgc, bb] = [(bg >> 16) & 255, (bg >> 8) & 255, bg & 255];
    let drawn = 0;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) {
      const d = Math.abs(data[i] - br) + Math.abs(data[i + 1] - bgc) + Math.abs(data[i + 2] - bb);
      if (d > 60) {
        drawn++;
        colours.add((data[i] >> 4) * 256 + (data[i + 1] >> 4) * 16 + (data[i + 2] >> 4));
      }
    }
    const rect = canvas.getBoundingClientRect();
    return {
      width,
      height,
      cssWidth: rect.width,
      cssHeight: rect.height,
      background: [br, bgc, bb],
      drawn,
      drawnShare: drawn / (width * height),
      colours: colours.size,
    };
  });
}

/** The marks of the chart with page coordinates of their centres. */
export async function marks(page, selector = 'gov-report-chart') {
  return page.$eval(selector, (el) => {
    const r = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return el.marks().map((m) => ({ ...m, cx: r.left + m.x + m.width / 2, cy: r.top + m.y + m.height / 2 }));
  });
}

/** The visible tooltip's text, or null when it is hidden. */
export async function tooltipText(page, selector = 'gov-report-chart') {
  return page.$eval(selector, (el) => {
    const tip = el.shadowRoot.querySelector('[role="tooltip"]');
    return tip && !tip.hidden ? tip.textContent : null;
  });
}
