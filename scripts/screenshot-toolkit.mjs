// Screenshots of the publisher's toolkit for a person to look at: the meter's badge and the printed
// page (print media: breakdown open, no controls, light palette), each in light and dark, in English,
// Arabic (right to left) and Japanese. `npm run build` first; writes screenshots/*.png (not committed).
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
await mkdir('screenshots', { recursive: true });

// The demo's translations, for the Arabic and Japanese fixed texts.
const { TRANSLATIONS } = await import('../demo/translations.js');
const reference = JSON.parse(await readFile('test/fixtures/story-export-curbs.json', 'utf8'));
const LANGUAGES = {
  en: { dir: 'ltr', story: reference },
  ar: { dir: 'rtl', story: { ...reference, claim: { ...reference.claim, text: 'اتصل الرئيس التنفيذي لأمازون شخصياً بمسؤولين أمريكيين كبار، وأدت تلك الاتصالات مباشرة إلى قرار تقييد الوصول الأجنبي إلى نماذج أنثروبيك.' } } },
  ja: { dir: 'ltr', story: { ...reference, claim: { ...reference.claim, text: 'アマゾンのジャシーCEOが米政府高官に直接連絡し、その電話がアンソロピックの最先端モデルへの外国からのアクセス制限を直接引き起こした。' } } },
};

const page = async (scheme, media) => {
  const p = await browser.newPage({ viewport: { width: 760, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  p.on('pageerror', (e) => console.error('page error:', e.message));
  await p.emulateMedia({ media, colorScheme: scheme });
  await p.goto(`${base}/`);
  return p;
};

const inline = (story) => `<script type="application/json">${JSON.stringify(story).replace(/</g, '\\u003c')}</script>`;

for (const scheme of ['light', 'dark']) {
  for (const [lang, { dir, story }] of Object.entries(LANGUAGES)) {
    const strings = JSON.stringify(TRANSLATIONS[lang]?.['reality-meter'] ?? {});
    const setStrings = `<script type="module">for (const el of document.querySelectorAll('reality-meter')) el.strings = ${strings};</script>`;
    const bg = scheme === 'dark' ? '#0d1117' : '#f6f8fa';
    const fg = scheme === 'dark' ? '#e6edf3' : '#1b1f24';

    // The badge in a list of articles, closed, and one opened below.
    const screen = await page(scheme, 'screen');
    await screen.setContent(`<!doctype html><html lang="${lang}" dir="${dir}"><head><style>
      body { font-family: system-ui, sans-serif; margin: 24px; background: ${bg}; color: ${fg}; }
      #articles > li { padding: 10px 0; border-bottom: 1px solid #8884; list-style: none; } #articles { padding: 0; max-width: 600px; }
    </style><link rel="stylesheet" href="/dist/reality-kit.css"></head><body><ul id="articles">
      <li><a href="#" style="color:inherit">${story.headline}</a><reality-meter variant="badge">${inline(story)}</reality-meter></li>
      <li><a href="#" style="color:inherit">${story.headline}</a><reality-meter variant="badge" open>${inline(story)}</reality-meter></li>
    </ul>${setStrings}<script type="module" src="/dist/reality-kit.js"></script></body></html>`);
    await screen.waitForFunction(() => [...document.querySelectorAll('reality-meter')].every((m) => m.shadowRoot?.querySelector('[part~="score"]')));
    await screen.waitForTimeout(300);
    await screen.locator('#articles').screenshot({ path: `screenshots/badge-${lang}-${scheme}.png` });
    console.log(`screenshots/badge-${lang}-${scheme}.png`);
    await screen.close();

    // The printed article: the meter (closed on screen), the vote and the forecast, as paper shows them.
    const paper = await page(scheme, 'print');
    await paper.setContent(`<!doctype html><html lang="${lang}" dir="${dir}"><head><style>
      body { font-family: system-ui, sans-serif; margin: 24px; background: ${bg}; color: ${fg}; }
      body > * { margin-bottom: 16px; }
    </style></head><body>
      <reality-meter>${inline(story)}</reality-meter>
      <vote-widget theme="dark">${inline(story)}</vote-widget>
      <prediction-card>${inline(story)}</prediction-card>
      ${setStrings}<script type="module" src="/dist/reality-kit.js"></script></body></html>`);
    await paper.waitForFunction(() => document.querySelector('reality-meter')?.shadowRoot?.querySelector('[part~="factor"]'));
    await paper.waitForTimeout(300);
    await paper.screenshot({ path: `screenshots/print-${lang}-${scheme}.png`, fullPage: true });
    console.log(`screenshots/print-${lang}-${scheme}.png`);
    await paper.close();
  }
}
await browser.close();
server.close();
