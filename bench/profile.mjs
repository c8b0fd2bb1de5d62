// Where the render time goes: a CPU profile (self time per function) of one render-benchmark page,
// `node bench/profile.mjs [tag] [n]`. Run `npm run build` first.
import { launch, startServer } from './lib.mjs';
const { server, base } = await startServer();
const browser = await launch();
const tag = process.argv[2] ?? 'prediction-card';
const n = Number(process.argv[3] ?? 1000);
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`${base}/bench/render.html?impl=lit&tag=${tag}&n=${n}`);
await page.waitForFunction(() => window.__result);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
}
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
await browser.close(); server.close();
