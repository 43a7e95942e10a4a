// A tiny static server for the peer benchmark: loopback only, no dependencies, no compression
// (bytes are counted as sent; gzip sizes are computed separately), no caching.
//
// Mounts (URL prefix -> directory), longest prefix first:
//   /dist/    a snapshot of the release widget (dist/gov-report-chart.js, dist/pkg/*)
//   /vendor/  the peers' published bundles from bench/node_modules (chart.umd.min.js, echarts.min.js)
//   /data/    bench/data (pairs.json for the peers' pages, written at run time)
//   /         bench/pages (the four benchmark pages)
//
// `.wasm` is served as application/wasm so that WebAssembly.instantiateStreaming works, with the
// same headers as scripts/serve.mjs apart from the Content-Security-Policy (not sent here, to
// any page: ECharts' HTML tooltips use inline style attributes, which that policy refuses).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { MIME } from '../scripts/serve.mjs';


/**
 * @param {{ mounts: Record<string, string>, files?: Record<string, string> }} options
 *   mounts: URL prefix ("/dist/") -> directory; files: exact URL path -> file.
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function startServer({ mounts, files = {} }) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = files[pathname];
      if (!file) {
        const hit = table.find(([prefix]) => pathname.startsWith(prefix));
        if (!hit) {
          res.writeHead(404).end(`not found: ${pathname}`);
          return;
        }
        const [prefix, root] = hit;
        file = normalize(join(root, pathname.slice(prefix.length) || 'index.html'));
        if (file !== root && !file.startsWith(root + sep)) {
          res.writeHead(403).end('forbidden');
          return;
        }
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(err));
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
