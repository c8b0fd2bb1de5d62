// The static Storybook a designer opens is a production build, which tree-shakes differently from
// the dev server the smoke test uses (a side-effect import once vanished there). Build it, and check
// that each element's Default story renders in it.
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const OUT = '.cache/storybook-static';
const build = spawnSync('npx', ['storybook', 'build', '--quiet', '--output-dir', OUT], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('storybook-static: the build failed');
  process.exit(1);
}

const { server, base } = await serveStatic({ mounts: [['/', OUT]] });
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const failures = [];
for (const tag of ['reality-meter', 'source-list', 'glossary-list', 'vote-widget', 'prediction-card']) {
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
await browser.close();
server.close();
if (failures.length) {
  console.error(`storybook-static:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('storybook-static: every element renders in the static build');
