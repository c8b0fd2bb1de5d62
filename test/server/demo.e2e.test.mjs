// End to end, in headless Chromium: the demo article as `npm start` serves it, on its own SQLite
// file. A reader votes and forecasts, the server process is stopped and started again, the page is
// reloaded: the counts and the reader's own choice and forecast are still there, counted once.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'reality-e2e-'));
const database = join(dir, 'demo.sqlite');

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** `node scripts/serve.mjs` on `port` and the test's database; resolves once it listens. */
function startDemo(port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: ROOT, env: { ...process.env, PORT: String(port), REALITY_DB: database }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the demo server exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('reality-kit demo:')) resolve(child);
    });
  });
}

const stop = (child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the reader sees: the vote's total line, the pressed choice, the community forecast and the field. */
async function seen(page) {
  await page.locator('vote-widget [part~="results"]').waitFor();
  return {
    total: (await page.locator('vote-widget .total').textContent()).replace(/\s+/g, ' ').trim(),
    pressed: await page.locator('vote-widget [part~="choice"][aria-pressed="true"]').textContent(),
    community: (await page.locator('prediction-card [part~="community"]').textContent()).replace(/\s+/g, ' ').trim(),
    field: await page.locator('prediction-card #forecast').inputValue(),
  };
}

it('demo: vote and forecast, restart the server, reload: the counts and the reader\'s own choice are there', { timeout: 120_000 }, async () => {
  const port = await freePort();
  let server = await startDemo(port);
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.selectOption('#latency', '300');
    await page.locator('vote-widget [part~="choice"]').nth(1).click();
    await page.locator('vote-widget .status', { hasText: 'Thanks, your read is in.' }).waitFor();
    await page.locator('prediction-card #forecast').fill('62');
    await page.locator('prediction-card [part~="submit"]').click();
    await page.locator('#log', { hasText: 'forecast saved' }).waitFor();
    const answered = await seen(page);
    // The reference story's 186 seed reads plus this reader's: the server's answer, shown as given.
    assert.match(answered.total, /^187 reads/);
    assert.match(answered.pressed, /Overhyped/);
    assert.match(answered.community, /from 11 forecasts/);

    await stop(server);
    server = await startDemo(port);
    await page.reload();
    await page.locator('vote-widget [part~="results"]').waitFor();
    assert.deepEqual(await seen(page), answered, 'after a restart and a reload, the reader sees what the last answer showed');

    // A second browser (no cookie, no storage) sees the same live counts on load, and has not voted.
    const other = await browser.newPage();
    await other.goto(`http://127.0.0.1:${port}/`);
    await other.locator('vote-widget [part~="choice"]').first().waitFor();
    const story = await other.evaluate(async () => (await fetch('/stories/story-export-curbs.json')).json());
    assert.equal(Object.values(story.read.counts).reduce((a, b) => a + b, 0), 187);
    assert.equal(await other.locator('vote-widget [part~="choice"][aria-pressed="true"]').count(), 0);
    await other.close();
  } finally {
    await page.close();
    await stop(server);
  }
});
