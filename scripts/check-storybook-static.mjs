// The static Storybook a designer opens is a production build, which tree-shakes differently from
// the dev server the smoke test uses (a side-effect import once vanished there). Build it, and check
// that each element's Default story renders in it, and that the docs page's "Show code" gives markup
// that renders the same story when pasted into a plain page with the bundle.
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { TAGS } from '../src/tags.js';

const OUT = '.cache/storybook-static';
const build = spawnSync('npx', ['storybook', 'build', '--quiet', '--output-dir', OUT], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('storybook-static: the build failed');
  process.exit(1);
}

const { server, base } = await serveStatic({ mounts: [['/dist/', 'dist'], ['/', OUT]] });
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const failures = [];
for (const tag of TAGS) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/iframe.html?id=elements-${tag}--default&viewMode=story`);
  const rendered = await page
    .waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]:not(.placeholder)'), tag, { timeout: 15_000 })
    .then(() => true, () => false);
  if (!rendered) failures.push(`${tag}: the Default story did not render`);
  if (errors.length) failures.push(`${tag}: ${errors.join('; ')}`);
  await page.close();
}

// "Show code" on the meter's docs page, pasted as is into a page that loads only the bundle.
{
  const docs = await browser.newPage();
  await docs.goto(`${base}/iframe.html?id=elements-reality-meter--docs&viewMode=docs`);
  const show = docs.locator('button:has-text("Show code")').first();
  const code = await show
    .click({ timeout: 30_000 })
    .then(() => docs.locator('pre').filter({ hasText: '<reality-meter' }).first().textContent({ timeout: 10_000 }))
    .catch(() => null);
  await docs.close();
  if (!code?.includes('<script type="application/json">')) failures.push('"Show code": no markup with the story inline');
  else {
    const paste = await browser.newPage();
    // A page of the same origin holding only the pasted markup and the bundle's script tag.
    const body = `<!doctype html><html lang="en"><body>${code}<script type="module" src="/dist/reality-kit.js"></script></body></html>`;
    await paste.route(`${base}/pasted.html`, (route) => route.fulfill({ contentType: 'text/html', body }));
    await paste.goto(`${base}/pasted.html`);
    const score = await paste
      .waitForFunction(() => document.querySelector('reality-meter')?.shadowRoot?.querySelector('[part~="score"]')?.textContent, null, { timeout: 15_000 })
      .then((handle) => handle.jsonValue(), () => null);
    if (score !== '34') failures.push(`"Show code" pasted into a page: the meter shows ${score ?? 'nothing'}, not 34`);
    await paste.close();
  }
}

await browser.close();
server.close();
if (failures.length) {
  console.error(`storybook-static:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('storybook-static: every element renders in the static build, and "Show code" renders when pasted');
