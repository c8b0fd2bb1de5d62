// Serves the demo article on loopback, exactly as a publisher's site would: static files, the built
// bundle under /dist/, the reference story under /stories/. No bundler in between.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 8080);
const host = '127.0.0.1';

/** URL prefix → folder. Anything outside these folders is not served. */
const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  ['/stories/', join(root, 'test/fixtures')],
  ['/', join(root, 'demo')],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The strict policy of the README, for pages whose name ends in `-csp.html` (here and in tests). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

export function startServer(listenPort = port) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // The strict-CSP demo is the same article, served under the strict policy.
    const strict = path.endsWith('-csp.html');
    if (path === '/strict-csp.html') path = '/index.html';
    const [prefix, dir] = MOUNTS.find(([p]) => path.startsWith(p));
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return void res.writeHead(403).end('forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      if (strict) headers['Content-Security-Policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolveListen) => server.listen(listenPort, host, () => resolveListen(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const { port: actual } = server.address();
  console.log(`reality-kit demo: http://${host}:${actual}/`);
}
