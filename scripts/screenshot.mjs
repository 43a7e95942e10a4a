#!/usr/bin/env node
// npm run screenshot: screenshots of the demo and the article example, from the release build in
// dist/ (run `npm run build` first), into docs/ for the README.
//   docs/screenshot-demo.png      demo page, 1200 px wide, dpr 1
//   docs/screenshot-article.png   article example, 1000 px wide
//   docs/screenshot-mobile.png    article example on a 390 px phone, dpr 2
//   docs/screenshot-correction.png the demo with an editorial correction, its tooltip shown
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const server = await startServer({ dir: process.env.SCREENSHOT_DIR || 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
await mkdir(new URL('../docs/', import.meta.url), { recursive: true });

async function shot(path, file, options, { hover, clip } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error on ${path}: ${e.message}`));
  await page.goto(new URL(path, server.url).href);
  await page.waitForFunction(() => [...document.querySelectorAll('gov-report-chart')].every((el) => el.readyState === 'ready'), null, { timeout: 15000 });
  if (hover) {
    const m = await page.$eval('gov-report-chart', (el, id) => {
      const r = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
      const mk = el.marks().find((x) => x.indicatorId === id) ?? el.marks()[0];
      return mk ? { x: r.left + mk.x + mk.width / 2, y: r.top + mk.y + mk.height / 2 } : null;
    }, hover);
    if (m) await page.mouse.move(m.x, m.y);
  }
  const out = new URL(`../docs/${file}`, import.meta.url);
  await page.screenshot({ path: out.pathname, fullPage: !clip, clip });
  console.log(`wrote docs/${file}`);
  await context.close();
}

try {
  await shot('/', 'screenshot-demo.png', { viewport: { width: 1200, height: 900 } }, { hover: 'gdp-growth-2024', clip: { x: 0, y: 0, width: 1200, height: 900 } });
  await shot('/examples/article.html', 'screenshot-article.png', { viewport: { width: 1000, height: 900 } });
  await shot(
    '/?view=detail&indicator=gdp-growth&corrections=set+gdp-growth-2025+5.3',
    'screenshot-correction.png',
    { viewport: { width: 1200, height: 900 } },
    { hover: 'gdp-growth-2025', clip: { x: 0, y: 280, width: 1200, height: 460 } },
  );
  await shot('/examples/article.html', 'screenshot-mobile.png', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, { clip: { x: 0, y: 0, width: 390, height: 844 } });
} finally {
  await browser.close();
  await server.close();
}
