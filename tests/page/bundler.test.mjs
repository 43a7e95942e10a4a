// The npm package in a bundler project: `npm pack` gives a tarball with TypeScript types that a
// Vite or webpack 5 project can install, type-check and import, and whose bundle draws the chart.
//
//   1. `npm pack --ignore-scripts` of the repo (dist/ must exist: `npm run build`; `prepack` would
//      run the whole build a second time) into a temp dir;
//   2. two consumer projects copied from tests/bundler/vite and tests/bundler/webpack, each given
//      the tarball with `npm install <tarball>`, so that 'gov-report-chart' resolves through the
//      installed package's "exports" and "types" exactly as in a user's project;
//   3. `tsc --noEmit --strict` of a consumer's TypeScript (tests/bundler/vite/types.ts: the API
//      in use, plus misuses under @ts-expect-error, so that types that became `any` fail), with
//      moduleResolution bundler and nodenext;
//   4. `vite build` and `webpack --mode production`; the output must hold both wasm files and the
//      .grc dataset as emitted assets (found by content, whatever the bundler names them), and
//      no absolute path of the build machine;
//   5. each output served by scripts/serve.mjs (with the README's strict CSP) and opened in
//      Debian's Chromium: the element becomes ready, draws real pixels, has the whole dataset
//      (> 200 indicators), exports CSV through the lazily loaded extractor chunk, fetched its
//      wasm and dataset from the bundle's assets, and the page logs no error or failed request.
//
// Where the bundlers come from: vite, webpack, webpack-cli and typescript are pinned
// devDependencies of this repo (installed once by `npm ci` in scripts/setup.sh, like
// playwright-core), and the test runs their CLIs from the repo's node_modules with the consumer
// as working directory. The consumer's own node_modules holds only the packed gov-report-chart
// (a local tarball with no dependencies: `npm install` needs no network and takes well under a
// second; --prefer-offline keeps it so should the package ever get dependencies). Nothing is
// downloaded per run, and the consumers live in a temp dir outside the repo, so module
// resolution from their sources cannot fall back on the repo's node_modules or dist/.
//
// Timings are printed (lines starting with #). BUNDLER_TEST_KEEP=1 keeps the temp dir.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { canvasStats, CHROMIUM, CHROMIUM_ARGS, openPage, ROOT, waitReady } from './helpers.mjs';

const BIN = {
  tsc: join(ROOT, 'node_modules/typescript/bin/tsc'),
  vite: join(ROOT, 'node_modules/vite/bin/vite.js'),
  webpack: join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
};
/** The package's files that a bundler must emit as assets (looked up by content). */
const ASSETS = ['gov_report_chart_bg.wasm', 'gov_report_bridge_bg.wasm', 'gov_report_views_bg.wasm', 'gov_report_extract_bg.wasm', 'haidian-2025-dataset.grc'];
/** What the tarball must hold. */
const PACKED = [
  'package.json',
  'dist/gov-report-chart.js',
  'dist/gov-report-chart.d.ts',
  'dist/pkg/gov_report_chart.js',
  'dist/pkg/gov_report_extract.js',
  'dist/pkg/gov_report_bridge.js',
  'dist/pkg/gov_report_views.js',
  ...ASSETS.map((f) => `dist/pkg/${f}`),
];

/**
 * The environment for child processes: without the npm_* variables that `npm test` sets, one of
 * which (npm_config_local_prefix) would make the consumer's `npm install` write into this repo.
 */
const CHILD_ENV = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|userconfig|globalconfig|registry|cafile)$/i.test(k),
  ),
);
CHILD_ENV.npm_config_update_notifier = 'false';

/** Runs a command; resolves to its stdout, rejects with its whole output. */
function run(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, env: CHILD_ENV, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const how = err.code ?? err.signal ?? err.message;
        const args_ = args.map((a) => relative(ROOT, a).startsWith('node_modules') ? relative(ROOT, a) : a);
        reject(new Error(`\`${args_.join(' ')}\` (in ${cwd}) failed (${how}):\n${stdout}${stderr}`));
      } else resolve({ stdout, stderr });
    });
  });
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/** Every file under `dir`, relative paths. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)));
}

let tmp;
let packed; // npm pack --json's entry
let browser;
const consumers = {}; // name -> directory
const T0 = performance.now();

before(async () => {
  assert.ok(
    existsSync(join(ROOT, 'dist/pkg/gov_report_chart_bg.wasm')) && existsSync(join(ROOT, 'dist/gov-report-chart.d.ts')),
    'dist/ has no release build: run `npm run build` first',
  );
  for (const [name, bin] of Object.entries(BIN)) {
    assert.ok(existsSync(bin), `${name} is not installed (${bin}): run \`npm ci\` (bash scripts/setup.sh)`);
  }
  tmp = await mkdtemp(join(tmpdir(), 'grc-bundler-'));
  let t = performance.now();
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
  [packed] = JSON.parse(stdout);
  const tarball = join(tmp, packed.filename);
  console.log(`# npm pack: ${packed.filename}, ${packed.files.length} files, ${packed.size} bytes (${seconds(t)})`);

  t = performance.now();
  const browserPromise = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  await Promise.all(
    ['vite', 'webpack'].map(async (name) => {
      const dir = join(tmp, name);
      await cp(join(ROOT, 'tests/bundler', name), dir, { recursive: true });
      await run(
        'npm',
        ['install', '--prefix', dir, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
        dir,
      );
      consumers[name] = dir;
    }),
  );
  browser = await browserPromise;
  console.log(`# consumers installed from the tarball, Chromium launched (${seconds(t)})`);
});

after(async () => {
  await browser?.close();
  if (tmp && !process.env.BUNDLER_TEST_KEEP) await rm(tmp, { recursive: true, force: true });
  else if (tmp) console.log(`# kept ${tmp}`);
  console.log(`# bundler test total: ${seconds(T0)}`);
});

test('npm pack: the tarball holds the element, its types, the glue, both wasm files and the dataset', async () => {
  const files = packed.files.map((f) => f.path);
  for (const f of PACKED) assert.ok(files.includes(f), `${f} is not in ${packed.filename}:\n${files.join('\n')}`);
  const pkg = JSON.parse(await readFile(join(consumers.vite, 'node_modules/gov-report-chart/package.json'), 'utf8'));
  assert.equal(pkg.exports['.'].types, './dist/gov-report-chart.d.ts');
  for (const f of PACKED) {
    assert.ok(existsSync(join(consumers.vite, 'node_modules/gov-report-chart', f)), `${f} was not installed`);
  }
});

describe('TypeScript: tsc --noEmit --strict against the packed types', () => {
  for (const resolution of ['bundler', 'nodenext']) {
    test(`moduleResolution ${resolution}`, async () => {
      const t = performance.now();
      const module = resolution === 'bundler' ? 'esnext' : 'nodenext';
      const args = ['-p', '.', '--noEmit', '--strict', '--module', module, '--moduleResolution', resolution];
      const result = await run(process.execPath, [BIN.tsc, ...args], consumers.vite).then(
        () => null,
        (err) => err.message,
      );
      console.log(`# tsc --strict, moduleResolution ${resolution}: ${result ? 'errors' : 'clean'} (${seconds(t)})`);
      if (result) assert.fail(`the consumer's TypeScript does not type-check against the packed types: ${result}`);
    });
  }
});

const BUILDS = {
  vite: { args: [BIN.vite, 'build', '--logLevel', 'warn'], out: 'dist' },
  webpack: { args: [BIN.webpack, '--mode', 'production', '--no-color'], out: 'dist' },
};

for (const [name, build] of Object.entries(BUILDS)) {
  describe(`${name} project`, () => {
    let out;
    let emitted; // asset name -> path of the emitted copy, relative to the output
    test(`${name} build emits the wasm files and the dataset as assets`, async () => {
      const dir = consumers[name];
      const t = performance.now();
      const { stdout, stderr } = await run(process.execPath, build.args, dir);
      console.log(`# ${name} build (${seconds(t)})`);
      const log = `${stdout}\n${stderr}`;
      if (/\bwarn(ing)?s?\b/i.test(log)) assert.fail(`${name} warned:\n${log}`);
      out = join(dir, build.out);
      const files = await filesUnder(out);
      assert.ok(files.includes('index.html'), `no index.html in the output: ${files.join(', ')}`);
      const byHash = new Map();
      const leaks = [];
      for (const f of files) {
        const bytes = await readFile(join(out, f));
        byHash.set(sha256(bytes), f);
        if (/\.(js|html)$/.test(f) && (bytes.includes(dir) || bytes.includes(tmp) || bytes.includes('file://'))) {
          leaks.push(f);
        }
      }
      assert.deepEqual(leaks, [], 'output holds an absolute path of the build machine (import.meta.url kept?)');
      const found = {};
      for (const asset of ASSETS) {
        const original = await readFile(join(dir, 'node_modules/gov-report-chart/dist/pkg', asset));
        const copy = byHash.get(sha256(original));
        assert.ok(copy, `${name} did not emit ${asset} (output: ${files.join(', ')})`);
        // The server's MIME type (application/wasm for streaming compilation) follows the extension.
        assert.equal(extname(copy), extname(asset), `${asset} emitted as ${copy}`);
        found[asset] = copy;
      }
      emitted = found;
      console.log(`# ${name} output: ${files.length} files; ${ASSETS.map((a) => `${a} -> ${emitted[a]}`).join(', ')}`);
    });

    test(`${name} bundle: the element draws in Chromium, under the strict CSP, with no error`, async (t) => {
      if (!emitted) return t.skip(`the ${name} build or its asset check failed`);
      const t0 = performance.now();
      const server = await startServer({ dir: out, port: 0 });
      const env = { browser, url: (path) => new URL(path, server.url).href };
      const p = await openPage(env, '/');
      try {
        await waitReady(p.page, '#chart');
        const stats = await canvasStats(p.page, '#chart');
        assert.ok(stats.drawn > 1000, `only ${stats.drawn} pixels drawn on the canvas`);
        // The whole dataset (the .grc asset) arrives after the first chart.
        await p.page.waitForFunction(() => document.querySelector('#chart').indicators().length > 200, null, {
          timeout: 15000,
        });
        const count = await p.page.$eval('#chart', (el) => el.indicators().length);
        // exportCsv loads the extractor: the lazily imported chunk and its wasm asset.
        const csv = await p.page.$eval('#chart', (el) => el.exportCsv());
        assert.ok(csv.split('\n').length > 200, `CSV of ${csv.split('\n').length} lines`);
        assert.match(csv, /gdp-growth-2024/);
        // A view the first-load module does not draw loads the module with every view.
        await p.page.$eval('#chart', (el) => el.setAttribute('view', 'growth'));
        await p.page.waitForFunction(() => /增速|growth/i.test(document.querySelector('#chart').shadowRoot.querySelector('[role="group"]')?.getAttribute('aria-label') ?? ''), null, {
          timeout: 15000,
        });
        assert.ok((await canvasStats(p.page, '#chart')).drawn > 1000, 'the growth view is drawn');
        // A resource's timing entry is added when its fetch completes, which may come a task
        // after the module compiled from its stream drew: wait for the entries, then check.
        const paths = ASSETS.map((a) => `/${emitted[a].split('\\').join('/')}`);
        await p.page
          .waitForFunction(
            (ps) => {
              const got = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
              return ps.every((x) => got.includes(x));
            },
            paths,
            { timeout: 15000 },
          )
          .catch(() => {}); // the assertions below name what is missing
        const fetched = await p.page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
        );
        for (const asset of ASSETS) {
          const path = `/${emitted[asset].split('\\').join('/')}`;
          assert.ok(fetched.includes(path), `no request for ${path} (${asset}); requests: ${fetched.join(', ')}`);
        }
        if (name === 'vite') {
          // main.ts ran: whenReady() resolved to the element and indicators() had data.
          const fromTs = await p.page.evaluate(() => Number(document.documentElement.dataset.indicators));
          assert.ok(fromTs > 0, `main.ts saw ${fromTs} indicators`);
        }
        p.assertClean();
        console.log(
          `# ${name} in Chromium: ready, ${stats.drawn} pixels drawn, ${count} indicators, ` +
            `CSV ${csv.length} chars (${seconds(t0)})`,
        );
      } catch (err) {
        if (p.problems.length) err.message += `\nthe page reported:\n${p.problems.join('\n')}`;
        throw err;
      } finally {
        await p.close();
        await server.close();
      }
    });
  });
}
