// `npm run bench`: every benchmark after one build, in one process with one Chromium and one server
// (a browser start costs seconds on this machine, and each benchmark used to start its own): size,
// parse, layout shift, render. Prints each one's Markdown as it comes, then the total time, and
// writes nothing into the repository but bench/.out/ (ignored by git).
import { spawnSync } from 'node:child_process';
import { clsBench } from './cls.mjs';
import { launch, startServer } from './lib.mjs';
import { parseBench } from './parse.mjs';
import { renderBench } from './render.mjs';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 60_000).toFixed(1)} min`;
const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
console.log(`\n## Size (built at ${elapsed()})\n`);
run('node', ['bench/size.mjs']);

const { server, base } = await startServer();
const browser = await launch();
try {
  console.log(`\n## Parse (${elapsed()})`);
  await parseBench({ browser, base });
  console.log(`\n## Layout shift (${elapsed()})`);
  await clsBench({ browser, base });
  console.log(`\n## Render (${elapsed()})`);
  await renderBench({ browser, base });
} finally {
  await browser.close();
  server.close();
}
console.log(`\nnpm run bench: ${elapsed()} in all`);
