// Where the render time goes: a CPU profile (self time per function, and the renderer's own work:
// style, layout, parsing, garbage collection) of one render-benchmark run,
// `node bench/profile.mjs [tag] [n] [shared|distinct] [lit|floor]`. Run `npm run build` first (and
// `node bench/render.mjs` once, for the floor).
import { launch, startServer } from './lib.mjs';

const [tag = 'prediction-card', n = '1000', stories = 'shared', impl = 'lit'] = process.argv.slice(2);
const { server, base } = await startServer();
const browser = await launch();
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}/bench/render.html?tag=${tag}&n=${n}&stories=${stories}`);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 60_000 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const wall = await page.evaluate((impl) => window.__run(impl), impl);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { callFrame } = byId.get(id);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber}`;
    if (key.startsWith('(idle)') || key.startsWith('(program)')) return;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    total += profile.timeDeltas[i] ?? 0;
  });
  console.log(`${impl} ${tag} × ${n} (${stories} story): ${wall.toFixed(1)} ms wall, ${(total / 1000).toFixed(1)} ms sampled; self time:`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
} finally {
  await browser.close();
  server.close();
}
