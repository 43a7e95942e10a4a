// The project's own tools: scripts/serve.mjs (MIME types, CSP, no path traversal, CLI) and
// scripts/size.mjs (prints every widget file and a total).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { STRICT_CSP, startServer } from '../../scripts/serve.mjs';
import { ROOT } from './helpers.mjs';

let server;
before(async () => {
  server = await startServer({ dir: 'dist', port: 0 });
});
after(async () => {
  await server?.close();
});

/** A raw GET (fetch would normalise `..` and `%2e%2e` away before sending). */
function rawGet(path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  test('serves the wasm as application/wasm, pages as HTML, with the strict CSP', async () => {
    const wasm = await rawGet('/pkg/gov_report_chart_bg.wasm');
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    const js = await rawGet('/gov-report-chart.js');
    assert.match(js.headers['content-type'], /^text\/javascript/);
    const html = await rawGet('/');
    assert.equal(html.status, 200);
    assert.match(html.headers['content-type'], /^text\/html/);
    assert.equal(html.headers['content-security-policy'], STRICT_CSP);
    assert.match(STRICT_CSP, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(STRICT_CSP, /style-src 'self'(;|$)/);
  });

  test('never serves files outside its folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/pkg/..%2f..%2fpackage.json', '/..%5cpackage.json']) {
      const res = await rawGet(path);
      assert.ok([403, 404].includes(res.status), `${path} -> ${res.status}`);
      assert.doesNotMatch(res.body, /"devDependencies"/, `${path} leaked package.json`);
    }
    assert.equal((await rawGet('/no-such-file.js')).status, 404);
  });

  test('the CLI listens on --port (0: a free one) on 127.0.0.1 and prints the URL', async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', '0'], { cwd: ROOT });
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (m) resolve(m[0]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
        setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 5000);
      });
      const res = await fetch(`${url}pkg/gov_report_chart_bg.wasm`);
      assert.equal(res.headers.get('content-type'), 'application/wasm');
    } finally {
      child.kill('SIGTERM');
    }
    const bad = await promisify(execFile)(process.execPath, ['scripts/serve.mjs', '--port', 'x'], { cwd: ROOT }).catch((e) => e);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad port/);
  });
});

describe('scripts/size.mjs', () => {
  test('prints each file a reader downloads, by when it is fetched, with totals that add up', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/size.mjs'], { cwd: ROOT });
    const groups = stdout.split(/\n(?=first chart:|after the first chart:|on demand)/);
    const first = groups.find((g) => g.startsWith('first chart:'));
    assert.ok(first, stdout);
    const files = ['gov-report-chart.js', 'pkg/gov_report_chart.js', 'pkg/gov_report_chart_bg.wasm'];
    for (const f of files) assert.match(first, new RegExp(`^${f.replace(/[.]/g, '\\.')}\\s+\\d+`, 'm'), `${f} is listed before the first chart`);
    assert.match(stdout, /^after the first chart:\n[^\n]*\npkg\/haidian-2025-dataset\.grc\s+\d+/m);
    assert.match(stdout, /^pkg\/gov_report_extract_bg\.wasm\s+\d+/m);
    const rows = [...first.matchAll(/^(?:gov-report-chart\.js|pkg\/\S+)\s+(\d+)\s+\S+ KB\s+(\d+)/gm)];
    assert.equal(rows.length, 3);
    const total = /^ {2}total\s+(\d+)\s+\S+ KB\s+(\d+)/m.exec(first);
    assert.ok(total, first);
    assert.equal(Number(total[1]), rows.reduce((s, r) => s + Number(r[1]), 0), 'raw total adds up');
    assert.equal(Number(total[2]), rows.reduce((s, r) => s + Number(r[2]), 0), 'gzip total adds up');
    const budget = /budget, first chart: ([\d.]+) KB gzip/.exec(stdout);
    assert.ok(budget, stdout);
    assert.equal(Number(budget[1]), Number((Number(total[2]) / 1024).toFixed(1)), 'the budget line quotes the first-chart total');
    // The budget: everything before the first chart, at most 100 KB gzip. Bytes are
    // deterministic for a build, so this guards the budget (timings are only ever printed).
    assert.ok(Number(total[2]) <= 100 * 1024, `first chart: ${total[2]} B gzip, over the 100 KB budget`);
  });
});
