// The floor under the first-chart figure of scripts/measure.mjs: how soon this browser, on this
// machine, can show the widget's first chart at all, whatever the widget's own code does.
//
// The canvas calls of the widget's first draw are recorded once (every fillText, fillRect, font,
// ...) and replayed by a plain JS module on a copy of the measured page, with the element swapped
// for a bare canvas of the same size. Three floors, each timed like the widget (module's first
// line -> first frame with the drawing):
//
//   replay               the recorded calls, no wasm at all: the cost of the page, the fonts and
//                        the canvas
//   replay + tiny wasm   the same after fetching and instantiating a 30-byte wasm module: what
//                        any wasm widget pays at least
//   replay + chart wasm  the same after fetching, compiling and instantiating the widget's own
//                        chart wasm and glue, without running any of its code
//
// The widget's figure minus the last floor is what its own code costs (lazy compilation of the
// functions the first draw calls, layout, the element's DOM).

import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';

/** A wasm module exporting one empty function `f` (30 bytes). */
const TINY_WASM = Buffer.from('0061736d0100000001040160000003020100070501016600000a040102000b', 'hex');

/**
 * Records the canvas calls of the first draw of the first <gov-report-chart> on `url`. Resolves to
 * { width, height, ops } with width/height in device px and ops as [name, args] (setters as
 * ["=name", [value]]).
 */
export async function recordFirstDraw(browser, url, contextOptions) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const ops = [];
      let recording = true;
      window.__floorOps = ops;
      const ours = (ctx) => recording && ctx.canvas.getRootNode?.()?.host?.localName === 'gov-report-chart';
      const proto = CanvasRenderingContext2D.prototype;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const d = Object.getOwnPropertyDescriptor(proto, key);
        if (typeof d.value === 'function' && key !== 'constructor') {
          proto[key] = function (...args) {
            if (ours(this)) ops.push([key, args]);
            return d.value.apply(this, args);
          };
        } else if (d.set) {
          Object.defineProperty(proto, key, {
            ...d,
            set(v) {
              if (ours(this)) ops.push([`=${key}`, [v]]);
              d.set.call(this, v);
            },
          });
        }
      }
      new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.name === 'gov-report-chart:first-draw')) recording = false;
      }).observe({ type: 'mark' });
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('gov-report-chart:first-chart').length > 0, null, { timeout: 15000 });
    return await page.evaluate(() => {
      const canvas = document.querySelector('gov-report-chart').shadowRoot.querySelector('canvas');
      return { width: canvas.width, height: canvas.height, ops: window.__floorOps };
    });
  } finally {
    await context.close();
  }
}

/** The replay module: marks like the element, waits for `mode`'s wasm, replays `rec`. */
function replayModule(rec, mode) {
  return `performance.mark('gov-report-chart:module');
const rec = ${JSON.stringify(rec)};
function replay() {
  const canvas = document.createElement('canvas');
  canvas.style.display = 'block';
  canvas.style.width = rec.width / devicePixelRatio + 'px';
  canvas.style.height = rec.height / devicePixelRatio + 'px';
  canvas.width = rec.width;
  canvas.height = rec.height;
  document.getElementById('floor-box').append(canvas);
  const ctx = canvas.getContext('2d');
  for (const [name, args] of rec.ops) {
    if (name[0] === '=') ctx[name.slice(1)] = args[0];
    else ctx[name](...args);
  }
  performance.mark('gov-report-chart:first-draw');
  requestAnimationFrame(() => setTimeout(() => performance.mark('gov-report-chart:first-chart'), 0));
}
const mode = ${JSON.stringify(mode)};
if (mode === 'none') replay();
else if (mode === 'tiny') {
  WebAssembly.instantiateStreaming(fetch('floor-tiny.wasm')).then(({ instance }) => {
    instance.exports.f();
    performance.mark('gov-report-chart:wasm-ready');
    replay();
  });
} else {
  Promise.all([
    import('/pkg/gov_report_chart.js'),
    fetch('/pkg/gov_report_chart_bg.wasm').then((r) => WebAssembly.compileStreaming(r)),
  ]).then(async ([glue, module]) => {
    await glue.default({ module_or_path: module });
    performance.mark('gov-report-chart:wasm-ready');
    replay();
  });
}
`;
}

/**
 * A served copy of `distDir` to which floor pages can be added: a temporary directory of
 * symbolic links to dist's files (so the widget's page and the floors come from one server, with
 * the same headers and the same loopback costs). Resolves to its path.
 */
export async function mirrorDir(distDir) {
  const root = await mkdtemp(join(tmpdir(), 'grc-measure-'));
  const walk = async (from, to) => {
    await mkdir(to, { recursive: true });
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const src = join(from, entry.name);
      if (entry.isDirectory()) await walk(src, join(to, entry.name));
      else await symlink(src, join(to, entry.name));
    }
  };
  await walk(resolve(distDir), root);
  return root;
}

/**
 * Writes the floor pages next to `pagePath` (a page of `root` holding one <gov-report-chart> and
 * its module script): floor-<mode>.html for modes 'none', 'tiny' and 'chart', the page with its
 * element replaced by a <div id="floor-box"> and its module script by the replay. Returns
 * { mode: path }.
 */
export async function writeFloorPages(root, pagePath, rec) {
  const file = join(root, pagePath);
  const html = (await readFile(file, 'utf8'))
    .replace(/<script type="module" src="[^"]*gov-report-chart\.js"><\/script>/, '<script type="module" src="floor-MODE.js"></script>')
    .replace(/<gov-report-chart\b[^>]*>[\s\S]*?<\/gov-report-chart>/, '<div id="floor-box"></div>');
  if (!html.includes('floor-MODE.js') || !html.includes('floor-box')) {
    throw new Error(`${pagePath}: no <gov-report-chart> element and module script to replace`);
  }
  const dir = dirname(file);
  const paths = {};
  for (const mode of ['none', 'tiny', 'chart']) {
    await writeFile(join(dir, `floor-${mode}.html`), html.replace('MODE', mode));
    await writeFile(join(dir, `floor-${mode}.js`), replayModule(rec, mode));
    paths[mode] = posix.join(posix.dirname(pagePath), `floor-${mode}.html`);
  }
  await writeFile(join(dir, 'floor-tiny.wasm'), TINY_WASM);
  return paths;
}
