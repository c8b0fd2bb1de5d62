// Parse benchmark: JSON.parse + validation of the reference story against JSON.parse alone, the first
// call and warm, in headless Chromium, a fresh page per sample (goal: warm ≤ 5×).
import { machine, median, runAlone, table } from './lib.mjs';
import { buildEntry } from './build.mjs';

/** Runs the benchmark in `browser` against the server at `base` and prints its Markdown. */
export async function parseBench({ browser, base, samples = Number(process.env.BENCH_SAMPLES ?? 9) }) {
  await buildEntry('parse');
  const results = [];
  for (let s = 0; s < samples; s++) {
    const page = await browser.newPage();
    await page.goto(`${base}/bench/parse.html`);
    await page.waitForFunction(() => window.__result, null, { timeout: 60_000 });
    results.push(await page.evaluate(() => window.__result));
    await page.close();
  }
  const col = (k) => results.map((r) => r[k]);
  const fmt = (xs) => `${(median(xs) * 1000).toFixed(1)} µs (${(Math.min(...xs) * 1000).toFixed(1)}–${(Math.max(...xs) * 1000).toFixed(1)})`;
  const out = [
    `Parse: the reference story (${samples} fresh pages; warm = mean of 2,000 calls). ${machine()}`,
    '',
    table(
      ['', 'JSON.parse + validation', 'JSON.parse alone', 'ratio'],
      [
        ['first call', fmt(col('firstParse')), fmt(col('firstJson')), `${(median(col('firstParse')) / median(col('firstJson'))).toFixed(1)}×`],
        ['warm', fmt(col('warmParse')), fmt(col('warmJson')), `${(median(col('warmParse')) / median(col('warmJson'))).toFixed(1)}×`],
      ],
    ),
  ].join('\n');
  console.log(`\n${out}`);
}

await runAlone(import.meta.url, parseBench);
