// What the benchmarks share: a static server on loopback (the built files, the bench pages, the
// reference story with an optional delay), Chromium, statistics and a table printer.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { execSync } from 'node:child_process';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium.mjs';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Serves `/dist/`, `/bench/`, `/demo/` and `/stories/` from the repository. `?delay=MS` on any path
 * holds the response back; `transformHtml(path, html)` may rewrite an HTML page on its way out.
 */
export function startServer({ transformHtml = (_path, html) => html } = {}) {
  const mounts = [['/dist/', 'dist'], ['/bench/', 'bench'], ['/demo/', 'demo'], ['/stories/', 'test/fixtures']];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end();
    const dir = join(ROOT, mount[1]);
    const file = normalize(join(dir, url.pathname.slice(mount[0].length)));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    try {
      let body = await readFile(file);
      if (file.endsWith('.html')) body = Buffer.from(transformHtml(url.pathname + url.search, body.toString('utf8')));
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      res
        .writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Embedder-Policy': 'require-corp',
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${server.address().port}` })));
}

export function launch() {
  return chromium.launch({ executablePath: requireChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

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
