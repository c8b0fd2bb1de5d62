// Layout-shift benchmark: bench/cls.html, an article column holding the five elements, the reference
// story arriving 700 ms after the page, in columns of 320, 412, 672 and 1,280 px inside one 1,440 px
// window (so only the column's width changes, never the viewport's): with `dist/reality-kit.css` in
// both themes, in English and in German (the longest words of the shipped languages); server-rendered
// by reality-kit/ssr (goal 0); and, for comparison, without the CSS. Cumulative Layout Shift from the
// browser's own layout-shift entries (goal with the CSS: ≤ 0.01; a load is deterministic enough that
// one per case is the default, BENCH_CLS_SAMPLES=N keeps the worst of N). Run `npm run build` first.
//
// `node bench/cls.mjs --heights` measures instead what src/styles/reserved.ts holds: each element's
// rendered height for the reference story per column width, the tallest of English and German.
import { machine, runAlone, table } from './lib.mjs';
import { TAGS } from '../src/tags.js';
import { COLUMNS, GOAL } from './cls-cases.js';

const WINDOW = { width: 1440, height: 900 };

/** CLS of one load of the page: `query` as bench/cls.html reads it. */
async function loadCls(browser, base, query, path = '/bench/cls.html') {
  const page = await browser.newPage({ viewport: WINDOW });
  try {
    await page.goto(`${base}${path}?${new URLSearchParams(query)}`);
    return await page.evaluate(() => window.__done);
  } finally {
    await page.close();
  }
}

/** Runs the benchmark and prints its Markdown. `samples` loads per case (the worst counts). */
export async function clsBench({ browser, base, samples = Number(process.env.BENCH_CLS_SAMPLES ?? 1) }) {
  const rows = [];
  let worst = 0;
  for (const col of COLUMNS) {
    const cells = [];
    for (const [theme, lang] of [['light', 'en'], ['dark', 'en'], ['light', 'de'], ['dark', 'de']]) {
      let max = 0;
      for (let s = 0; s < samples; s++) max = Math.max(max, await loadCls(browser, base, { col, theme, lang }));
      worst = Math.max(worst, max);
      cells.push(max.toFixed(4));
    }
    const ssr = await loadCls(browser, base, { col }, '/bench/cls-ssr.html');
    const without = await loadCls(browser, base, { col, css: '0' });
    rows.push([`${col} px`, ...cells, ssr.toFixed(4), without.toFixed(4)]);
  }
  const out = [
    `Layout shift: bench/cls.html, the reference story 700 ms late, columns in a ${WINDOW.width}×${WINDOW.height} window; the worst CLS of ${samples} loads. Goal with reality-kit.css ≤ ${GOAL}: ${worst <= GOAL ? 'met' : '**not met**'}. ${machine()}`,
    '',
    table(['column', 'light, en', 'dark, en', 'light, de', 'dark, de', 'server-rendered (reality-kit/ssr, light, en)', 'without reality-kit.css (light, en)'], rows),
  ].join('\n');
  console.log(`\n${out}`);
}

/** Each element's rendered height (rem) per column width, the tallest of English and German, without reserved heights. */
async function heights(browser, base) {
  const widths = [280, 320, 360, 412, 480, 560, 672, 800, 960, 1120, 1280];
  const tallest = {};
  for (const lang of ['en', 'de']) {
    for (const col of widths) {
      const page = await browser.newPage({ viewport: WINDOW });
      await page.goto(`${base}/bench/cls.html?${new URLSearchParams({ col, lang, css: '0', story: '/stories/story-export-curbs.json' })}`);
      await page.evaluate(() => window.__done);
      const measured = await page.evaluate((tags) => {
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        return tags.map((tag) => {
          const el = document.querySelector(tag);
          el.style.setProperty(`--${tag}-min-height`, '0px');
          return el.getBoundingClientRect().height / rem;
        });
      }, TAGS);
      await page.close();
      TAGS.forEach((tag, i) => {
        tallest[tag] ??= {};
        tallest[tag][col] = Math.max(tallest[tag][col] ?? 0, measured[i]);
      });
    }
  }
  // As reserved.ts takes them: bands that start at a width (the first at 0), heights never growing
  // with the width (a wider band keeps the narrower one's height if it measured taller), equal
  // neighbours merged.
  for (const tag of TAGS) {
    const bands = [];
    let previous = Infinity;
    for (let i = 0; i < widths.length; i++) {
      const height = +Math.min(previous, Math.max(...widths.slice(i).map((w) => tallest[tag][w]))).toFixed(2);
      if (height !== previous) bands.push([i === 0 ? 0 : widths[i], height]);
      previous = height;
    }
    console.log(`'${tag}': ${JSON.stringify(bands).replaceAll(',', ', ')},`);
  }
}

await runAlone(import.meta.url, (run) => (process.argv.includes('--heights') ? heights(run.browser, run.base) : clsBench(run)));
