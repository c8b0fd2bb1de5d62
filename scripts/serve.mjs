// Serves the demo article on loopback, exactly as a publisher's site would: static files, the built
// bundle under /dist/, the reference story under /stories/, and the static Storybook (when built)
// under /storybook/. No bundler in between.
import { serveStatic } from './static-server.mjs';

/** The strict policy of the README, for pages whose name ends in `-csp.html` (here and in tests). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The demo server; resolves with the Node server (`server.address().port` when `port` is 0). */
export async function startServer(port = Number(process.env.PORT ?? 8080)) {
  const { server } = await serveStatic({
    port,
    mounts: [
      ['/dist/', 'dist'],
      ['/stories/', 'test/fixtures'],
      // The static Storybook (`npm run build-storybook`), for the demo's link to the playground.
      ['/storybook/', 'storybook-static'],
      ['/', 'demo'],
    ],
    // The strict-CSP demo is the same article, served under the strict policy.
    rewrite: (path) => (path === '/strict-csp.html' ? '/index.html' : path),
    headers: (path) => (path.endsWith('-csp.html') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  console.log(`reality-kit demo: http://127.0.0.1:${server.address().port}/`);
}
