// The one static file server of the repository: the demo (scripts/serve.mjs), the benchmarks
// (bench/lib.mjs) and the static-Storybook check all serve files from folders on loopback.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `mounts` (URL prefix → folder, relative to the repository; the first matching prefix wins;
 * nothing outside them is served) on 127.0.0.1. A folder serves its index.html.
 * - `rewrite(path)`: the path to look up instead (one page under two addresses).
 * - `headers(path)`: extra response headers for the path as asked.
 * - `transformHtml(pathAndQuery, html, req)`: rewrites an HTML page on its way out (may be async).
 * - `api(req, res)`: answers a request before any file is looked up (resolves true when it did).
 * - `delays`: `?delay=MS` holds any response back (for benchmarks of late stories).
 * Resolves with the server and its base URL.
 */
export function serveStatic({ mounts, port = 0, rewrite = (path) => path, headers = () => ({}), transformHtml, api, delays = false }) {
  const folders = mounts.map(([prefix, dir]) => [prefix, join(ROOT, dir)]);
  const server = createServer(async (req, res) => {
    if (api && (await api(req, res))) return;
    const url = new URL(req.url ?? '/', 'http://x');
    const asked = decodeURIComponent(url.pathname);
    const path = rewrite(asked);
    const mount = folders.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    const [prefix, dir] = mount;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return void res.writeHead(403, { 'Content-Type': 'text/plain' }).end('forbidden');
    const delay = delays ? Number(url.searchParams.get('delay') ?? 0) : 0;
    if (delay > 0) await new Promise((ok) => setTimeout(ok, delay));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (transformHtml && file.endsWith('.html')) body = Buffer.from(await transformHtml(asked + url.search, body.toString('utf8'), req));
      res
        .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers(asked) })
        .end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${server.address().port}` })));
}
