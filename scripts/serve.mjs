// Serves the demo article on loopback, exactly as a publisher's site would: static files, the built
// bundle under /dist/, the back end of `reality-kit/server` for the story and the readers' votes and
// forecasts (SQLite in .data/, git-ignored, so they survive a restart), and the static Storybook
// (when built) under /storybook/. No bundler in between.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, serveStatic } from './static-server.mjs';

/** The strict policy of the README, for pages whose name ends in `-csp.html` (here and in tests). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Where `npm start` keeps its votes; `REALITY_DB` names another file. */
export const DEMO_DATABASE = process.env.REALITY_DB ?? join(ROOT, '.data', 'demo.sqlite');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The demo's back end: `reality-kit/server` on SQLite over the reference story, behind the demo
 * page's two switches, which the page sends as headers on every write: `X-Demo-Latency` (ms the
 * server waits before answering, at most 10 s) and `X-Demo-Fail: 1` (the server answers 503 without
 * saving). Resolves with `{ server, listener }`: the reality server and a Node listener that answers
 * its routes (and returns false for any other request).
 */
export async function createDemoApi({ database = DEMO_DATABASE, rateLimits } = {}) {
  // Imported here, not at the top: test tools import this module for STRICT_CSP before any build.
  const { createRealityServer, toNodeListener } = await import('../dist/server.js');
  mkdirSync(dirname(database), { recursive: true });
  const server = await createRealityServer({ database: { sqlite: database }, stories: join(ROOT, 'test/fixtures'), rateLimits });
  const answer = toNodeListener(server);
  const listener = async (req, res) => {
    if (!server.owns(new URL(req.url ?? '/', 'http://x').pathname)) return false;
    if (req.method === 'POST') {
      await sleep(Math.min(Number(req.headers['x-demo-latency']) || 0, 10_000));
      if (req.headers['x-demo-fail'] === '1') {
        res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"error":"the demo server was told to fail"}');
        return true;
      }
    }
    answer(req, res);
    return true;
  };
  return { server, listener };
}

/**
 * The demo server; resolves with the Node server (`server.address().port` when `port` is 0), whose
 * `reality` field is the reality server (close both to stop).
 */
export async function startServer(port = Number(process.env.PORT ?? 8080), { database } = {}) {
  const api = await createDemoApi({ database });
  const { server } = await serveStatic({
    port,
    mounts: [
      ['/dist/', 'dist'],
      // The static Storybook (`npm run build-storybook`), for the demo's link to the playground.
      ['/storybook/', 'storybook-static'],
      ['/', 'demo'],
    ],
    api: api.listener,
    // The strict-CSP demo is the same article, served under the strict policy.
    rewrite: (path) => (path === '/strict-csp.html' ? '/index.html' : path),
    headers: (path) => (path.endsWith('-csp.html') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
    // As a publisher's page that knows its reader would: the story address names the reader, so the
    // served counts leave out the vote the widget adds back itself (never counted twice).
    transformHtml: async (_path, html, req) => {
      const key = await api.server.readerKey(new Request('http://x/', { headers: { cookie: req.headers.cookie ?? '' } }));
      return key ? html.replaceAll('.json"', `.json?reader=${key}"`) : html;
    },
  });
  server.reality = api.server;
  server.on('close', () => void api.server.close());
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  console.log(`reality-kit demo: http://127.0.0.1:${server.address().port}/ (votes kept in ${DEMO_DATABASE})`);
}
