// Screenshots of every element in light and dark, rendered from the built bundle in headless
// Chromium, for a person to look at: `npm run screenshots` writes screenshots/*.png (not committed).
// `node scripts/screenshot.mjs <tags> <langs>` picks elements and languages (comma-separated; default
// all five in English): `node scripts/screenshot.mjs reality-meter ar,he,ja,zh,hi,ru,de`. Install
// Debian's fonts-noto-core and fonts-noto-cjk first, or the scripts render as boxes.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { TAGS } from '../src/tags.js';

const SHOWN = process.argv[2]?.split(',') ?? TAGS;
const LANGS = (process.argv[3] || 'en').split(',');
const RTL = new Set(['ar', 'he']);
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
await mkdir('screenshots', { recursive: true });

for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${base}/`);
  for (const lang of LANGS) {
    for (const tag of SHOWN) {
      const flags = tag === 'reality-meter' ? ' open' : tag === 'vote-widget' ? ' reveal' : '';
      await page.setContent(`<!doctype html><html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}"><head><style>
        body { font-family: system-ui, sans-serif; margin: 24px; background: ${scheme === 'dark' ? '#0d1117' : '#f6f8fa'}; }
      </style></head><body><${tag} src="/stories/story-export-curbs.json"${flags}></${tag}>
      <script type="module" src="/dist/reality-kit.js"></script></body></html>`);
      await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]:not(.placeholder)'), tag);
      // A language other than English arrives as its own module: wait for it, then for the re-render.
      if (lang !== 'en') await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/dist/i18n/')));
      await page.waitForTimeout(300);
      const file = `screenshots/${tag}-${lang}-${scheme}.png`;
      await page.locator(tag).screenshot({ path: file });
      console.log(file);
    }
  }
  await page.close();
}
await browser.close();
server.close();
