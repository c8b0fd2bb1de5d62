// Shared by the framework and server-rendering checks (test/frameworks/run.mjs): a tiny counted test
// list, Chromium, and the measurements a reader would notice (console messages, layout shift).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';

export const results = { passed: 0, failed: 0, failures: [] };

/** Runs one named check; a thrown error (or a rejected promise) is its failure. */
export async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.failed += 1;
    results.failures.push(name);
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The reference story and a second one to swap to (other id, headline and claim). */
export function stories() {
  const a = JSON.parse(readFileSync(new URL('../fixtures/story-export-curbs.json', import.meta.url), 'utf8'));
  const b = structuredClone(a);
  b.id = 'second-story';
  b.headline = 'A second story for the swap';
  b.claim.text = 'The second claim replaces the first one.';
  b.read.choices = [
    { id: 'yes', label: 'Second yes' },
    { id: 'no', label: 'Second no' },
  ];
  b.read.counts = { yes: 3, no: 4 };
  return [a, b];
}

let browser = null;
export async function launch() {
  browser ??= await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  return browser;
}
export async function closeBrowser() {
  await browser?.close();
  browser = null;
}

/**
 * Before any script of the page: sums layout shifts (CLS without the session windows: an upper
 * bound) and keeps every console message and uncaught error.
 */
const INSTRUMENT = `
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
`;

/** A fresh page with console messages and page errors collected in `messages`. */
export async function openPage(url, { width = 1280, javaScriptEnabled = true } = {}) {
  const context = await (await launch()).newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(INSTRUMENT);
  await page.goto(url, { waitUntil: 'load' });
  return { page, messages, close: () => context.close() };
}

/** The text of `selector` inside `tag`'s shadow root (first element of that tag), or null. */
export function shadowText(page, tag, selector) {
  return page.evaluate(([t, s]) => document.querySelector(t)?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? null, [tag, selector]);
}

/** How many elements match `selector` in the shadow roots of every `tag` on the page. */
export function shadowCount(page, tag, selector) {
  return page.evaluate(([t, s]) => [...document.querySelectorAll(t)].reduce((n, el) => n + (el.shadowRoot?.querySelectorAll(s).length ?? 0), 0), [tag, selector]);
}

/** Waits until `fn` (run in the page) returns something truthy, up to `timeout` ms. */
export function until(page, fn, arg, timeout = 10_000) {
  return page.waitForFunction(fn, arg, { timeout, polling: 50 });
}

/** Two frames and a pause: time for late layout shifts and messages to arrive. */
export async function settle(page, ms = 500) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(ms);
}
