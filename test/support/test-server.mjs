// A small story server inside Web Test Runner's dev server, so loader and element tests meet real
// HTTP: delays, failures, wrong types, oversized and never-ending bodies. Node side only.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STRICT_CSP, createDemoApi } from '../../scripts/serve.mjs';
import { serverRenderedLayoutPage } from '../../bench/cls-ssr.mjs';

const reference = readFileSync(new URL('../fixtures/story-export-curbs.json', import.meta.url), 'utf8');

/** Requests seen per `key`, and whether a streamed response saw its connection close early. */
const hits = new Map();
const closedEarly = new Map();
const cookies = new Map();
const referrers = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A story like the reference one whose id and headline say which response it is (for ordering tests). */
function variant(name) {
  const story = JSON.parse(reference);
  story.id = `variant-${name}`;
  story.headline = `Variant ${name}`;
  return JSON.stringify(story);
}

/**
 * GET /test-server/story?key=K&delay=MS&status=N&type=T&body=reference|variant-NAME|truncated|html|big
 * GET /test-server/hits?key=K → { hits, closedEarly, cookie }
 * GET /test-server/never       → never answers
 * GET /test-server/redirect?key=K&to=other|same → 302 to a story on another origin or this one
 * GET /test-server/streamed?pause=MS → a page in two chunks (see streamedPage)
 */
export async function storyServer(ctx, next) {
  if (!ctx.path.startsWith('/test-server/')) return next();
  const q = ctx.query;
  const key = String(q.key ?? '');
  if (ctx.path === '/test-server/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: hits.get(key) ?? 0, closedEarly: closedEarly.get(key) ?? false, cookie: cookies.get(key) ?? null, referrer: referrers.get(key) ?? null });
    return;
  }
  if (ctx.path === '/test-server/set-cookie') {
    ctx.set('Set-Cookie', 'session=secret; Path=/; SameSite=Lax');
    ctx.body = 'ok';
    return;
  }
  if (ctx.path === '/test-server/streamed') return streamedPage(ctx, q);
  // The built files with one missing, the Italian texts of the vote widget: a language file that
  // cannot be loaded (test/e2e/languages.test.ts).
  if (ctx.path.startsWith('/test-server/dist-missing-file/')) {
    const file = ctx.path.slice('/test-server/dist-missing-file/'.length);
    if (file === 'i18n/it/vote-widget.js' || file.includes('..')) return void (ctx.status = 404);
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL(`../../dist/${file}`, import.meta.url));
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  cookies.set(key, ctx.get('cookie') || null);
  referrers.set(key, ctx.get('referer') || null);
  if (ctx.path === '/test-server/redirect') {
    // To another origin (the same server under another name) or to this one.
    const target = q.to === 'other' ? `http://nonsecure.test:${ctx.host.split(':')[1]}` : '';
    ctx.status = 302;
    ctx.redirect(`${target}/test-server/story?key=${encodeURIComponent(key)}-target&cors=1`);
    return;
  }
  if (ctx.path === '/test-server/never') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    closedEarly.set(key, true);
    return;
  }
  if (q.delay) await sleep(Number(q.delay));
  ctx.status = Number(q.status ?? 200);
  ctx.set('Content-Type', String(q.type ?? 'application/json'));
  ctx.set('Cache-Control', 'no-store');
  if (q.cors) ctx.set('Access-Control-Allow-Origin', '*');
  const body = String(q.body ?? 'reference');
  if (body === 'big') {
    // 5 MB, streamed slowly, so the client's cap (not the end of the body) is what stops the read.
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const stream = new Readable({
      async read() {
        if (sent >= 80) return this.push(null);
        sent += 1;
        await sleep(5);
        this.push(chunk);
      },
    });
    ctx.req.on('close', () => {
      if (sent < 80) closedEarly.set(key, true);
    });
    ctx.body = stream;
    return;
  }
  if (body === 'reference') ctx.body = reference;
  else if (body.startsWith('variant-')) ctx.body = variant(body.slice('variant-'.length));
  else if (body === 'truncated') ctx.body = reference.slice(0, 200);
  else if (body === 'html') ctx.body = '<!doctype html><p>Not a story</p>';
  else if (body === 'error-json') ctx.body = JSON.stringify({ error: 'not found' });
  else ctx.body = body;
}

/**
 * GET /test-server/streamed?pause=MS: a page streamed in two chunks with a pause between them, as a
 * server that flushes early does. The bundle is loaded `async`; the first chunk ends in the middle of
 * a `<glossary-list>`'s JSON child, and the `#late` script an element names comes in the second.
 */
async function streamedPage(ctx, q) {
  const story = JSON.parse(reference);
  const json = JSON.stringify(story);
  const cut = json.indexOf('"glossary"') + 40;
  const first = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streamed</title>
<script src="/test/e2e/pages/record-errors.js"></script>
<script type="module" async src="/dist/reality-kit.js"></script></head><body>
<h1>Streamed article</h1>
<vote-widget src="#late"></vote-widget>
<glossary-list><script type="application/json">${json.slice(0, cut)}`;
  const second = `${json.slice(cut)}</script></glossary-list>
<p>More of the article.</p>
<script type="application/json" id="late">${json}</script>
</body></html>`;
  ctx.respond = false;
  ctx.res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  ctx.res.write(first);
  await sleep(Number(q.pause ?? 600));
  ctx.res.end(second);
}

/**
 * End-to-end pages named `*-csp.html` are served under the README's strict policy; `*-dup-csp.html`
 * adds `'allow-duplicates'` (another Lit-based widget on the page creates a `lit-html` policy too).
 * The bundle and the pages' scripts may be loaded from a sandboxed (opaque-origin) frame.
 */
export async function strictCspPages(ctx, next) {
  const asked = ctx.path;
  // The demo as scripts/serve.mjs serves it: its strict twin is the same page (its story and API
  // come from `demoApi` below).
  if (asked === '/demo/strict-csp.html') ctx.path = '/demo/index.html';
  await next();
  if (asked.endsWith('-dup-csp.html')) ctx.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
  else if (asked.endsWith('-csp.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
  if (ctx.path.startsWith('/dist/') || ctx.path.startsWith('/test/e2e/pages/')) ctx.set('Access-Control-Allow-Origin', '*');
}

let demo;
/**
 * The demo's back end, as `npm start` runs it (`reality-kit/server` on SQLite, behind the demo's
 * switches), on a fresh database file per test run: `/stories/…` and `/api/…`.
 */
export async function demoApi(ctx, next) {
  if (!ctx.path.startsWith('/stories/') && !ctx.path.startsWith('/api/')) return next();
  if (!demo) {
    const dir = mkdtempSync(join(tmpdir(), 'reality-wtr-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    demo = createDemoApi({ database: join(dir, 'demo.sqlite') });
  }
  const { listener } = await demo;
  ctx.respond = false;
  await new Promise((resolve) => {
    ctx.res.once('finish', resolve);
    listener(ctx.req, ctx.res);
  });
}

/**
 * GET /test-server/ssr-layout?<bench/cls.html's query>: the layout-shift page with every element
 * server-rendered by the built `reality-kit/ssr`, the bundle taking it over. Needs `npm run build`.
 */
export async function ssrLayoutPage(ctx, next) {
  if (ctx.path !== '/test-server/ssr-layout') return next();
  ctx.type = 'text/html';
  ctx.body = await serverRenderedLayoutPage(ctx.query.theme);
}
