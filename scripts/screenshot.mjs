// Screenshots of every element in light and dark, rendered from the built bundle in headless
// Chromium, for a person to look at: `npm run screenshots` writes screenshots/*.png (not committed).
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const TAGS = (process.argv[2] ?? 'reality-meter,source-list,glossary-list,vote-widget,prediction-card').split(',');
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
await mkdir('screenshots', { recursive: true });

for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${base}/`);
  for (const tag of TAGS) {
    const open = tag === 'reality-meter' ? ' open' : '';
    await page.setContent(`<!doctype html><html lang="en"><head><style>
      body { font-family: system-ui, sans-serif; margin: 24px; background: ${scheme === 'dark' ? '#0d1117' : '#f6f8fa'}; }
    </style></head><body><${tag} src="/stories/story-export-curbs.json"${open}></${tag}>
    <script type="module" src="/dist/reality-kit.js"></script></body></html>`);
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]:not(.placeholder)'), tag);
    await page.waitForTimeout(200);
    const file = `screenshots/${tag}-${scheme}.png`;
    await page.locator(tag).screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
server.close();
