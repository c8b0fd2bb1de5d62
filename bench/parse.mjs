// Parse benchmark: JSON.parse + validation of the reference story against JSON.parse alone, the first
// call and warm, in headless Chromium, a fresh page per sample (goal: warm ≤ 5×).
import { launch, machine, median, startServer, table } from './lib.mjs';
import { buildEntry } from './build.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
await buildEntry('parse');
const { server, base } = await startServer();
const browser = await launch();
const results = [];
for (let s = 0; s < SAMPLES; s++) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/parse.html`);
  await page.waitForFunction(() => window.__result, null, { timeout: 60_000 });
  results.push(await page.evaluate(() => window.__result));
  await page.close();
}
await browser.close();
server.close();

const col = (k) => results.map((r) => r[k]);
const fmt = (xs) => `${(median(xs) * 1000).toFixed(1)} µs (${(Math.min(...xs) * 1000).toFixed(1)}–${(Math.max(...xs) * 1000).toFixed(1)})`;
console.log(`\nParse: the reference story (${SAMPLES} fresh pages; warm = mean of 2,000 calls). ${machine()}\n`);
console.log(
  table(
    ['', 'JSON.parse + validation', 'JSON.parse alone', 'ratio'],
    [
      ['first call', fmt(col('firstParse')), fmt(col('firstJson')), `${(median(col('firstParse')) / median(col('firstJson'))).toFixed(1)}×`],
      ['warm', fmt(col('warmParse')), fmt(col('warmJson')), `${(median(col('warmParse')) / median(col('warmJson'))).toFixed(1)}×`],
    ],
  ),
);
