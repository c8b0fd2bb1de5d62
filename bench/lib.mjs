// What the benchmarks share: a static server on loopback (the built files, the bench pages, the
// reference story with an optional delay), Chromium, statistics and a table printer.
import { cpus, totalmem } from 'node:os';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium.mjs';
import { ROOT, serveStatic } from '../scripts/static-server.mjs';
import { serverRenderedLayoutPage } from './cls-ssr.mjs';

export { ROOT };

/**
 * Serves `/dist/`, `/bench/`, `/demo/` and `/stories/` from the repository, and the layout-shift page
 * server-rendered at `/bench/cls-ssr.html`. `?delay=MS` on any path holds the response back.
 * Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
 */
export function startServer() {
  return serveStatic({
    // /bench/cls-ssr.html: the layout-shift page server-rendered (bench/cls-ssr.mjs).
    api: async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname !== '/bench/cls-ssr.html') return false;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(await serverRenderedLayoutPage(url.searchParams.get('theme')));
      return true;
    },
    mounts: [['/dist/', 'dist'], ['/bench/', 'bench'], ['/demo/', 'demo'], ['/stories/', 'test/fixtures']],
    delays: true,
    headers: () => ({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }),
  });
}

export function launch() {
  return chromium.launch({ executablePath: requireChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The q-quantile (0–1) by linear interpolation between the sorted values. */
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return lo + 1 < s.length ? s[lo] + (s[lo + 1] - s[lo]) * (i - lo) : s[lo];
};

/**
 * When the module at `url` is the script node was started with (not imported by `npm run bench`),
 * runs `bench({ browser, base })` with a server and a browser of its own, and closes both after.
 */
export async function runAlone(url, bench) {
  if (url !== `file://${process.argv[1]}`) return;
  const { server, base } = await startServer();
  const browser = await launch();
  try {
    await bench({ browser, base });
  } finally {
    await browser.close();
    server.close();
  }
}

/** Fisher–Yates: the order of variants within a sample, so neither always runs first. */
export function shuffle(xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A Markdown table, so the output can go into the README as it is. */
export function table(head, rows) {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return lines.join('\n');
}

/** One line naming the machine, for the README next to the figures. */
export function machine() {
  let chromiumVersion = '';
  try {
    chromiumVersion = execSync(`${requireChromium()} --version`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromiumVersion = 'Chromium';
  }
  return `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}`;
}
