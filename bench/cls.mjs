// Layout-shift benchmark: the demo article, its story arriving 700 ms after the page, at 1280×800 and
// 412×823, with and without dist/reality-kit.css. Cumulative Layout Shift from the browser's own
// layout-shift entries (goal with the CSS: ≤ 0.01). Run `npm run build` first.
import { launch, machine, median, startServer, table } from './lib.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5);
const VIEWPORTS = [
  [1280, 800],
  [412, 823],
];

/** The demo page as served to the benchmark: the story delayed, the CSS snippet kept or removed. */
function transformHtml(path, html) {
  if (!path.startsWith('/demo/')) return html;
  let out = html.replaceAll('/stories/story-export-curbs.json', '/stories/story-export-curbs.json?delay=700');
  if (path.includes('nocss')) out = out.replace('<link rel="stylesheet" href="/dist/reality-kit.css">', '');
  return out;
}

const { server, base } = await startServer({ transformHtml });
const browser = await launch();

async function cls(width, height, withCss) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${base}/demo/index.html${withCss ? '' : '?nocss'}`);
  await page.waitForTimeout(2000); // the story arrives at 700 ms; give rendering and fonts time
  const value = await page.evaluate(() => window.__cls);
  await page.close();
  return value;
}

const rows = [];
for (const [w, h] of VIEWPORTS) {
  const withCss = [];
  const without = [];
  for (let s = 0; s < SAMPLES; s++) {
    withCss.push(await cls(w, h, true));
    without.push(await cls(w, h, false));
  }
  rows.push([`${w}×${h}`, median(withCss).toFixed(4), median(without).toFixed(4)]);
}
await browser.close();
server.close();
console.log(`\nLayout shift: the demo article, story arriving after 700 ms, median CLS of ${SAMPLES} loads. ${machine()}\n`);
console.log(table(['viewport', 'CLS with reality-kit.css', 'CLS without it'], rows));
