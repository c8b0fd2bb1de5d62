// `npm test`: every check in order, each one's output as it comes, then one last line that CI reads:
// `tests: N passed, N failed` (Web Test Runner's tests + the Storybook smoke test + the framework apps; a check that fails
// outside those runners, such as the type-check, counts as one failure).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { requireChromium } from './chromium.mjs';

requireChromium(); // stops at once, in one line, when there is no browser to test in

mkdirSync('.cache', { recursive: true });
const WTR_RESULTS = '.cache/wtr-results.json';
const VITEST_RESULTS = '.cache/vitest-results.json';
const FRAMEWORK_RESULTS = '.cache/framework-results.json';
for (const file of [WTR_RESULTS, VITEST_RESULTS, FRAMEWORK_RESULTS]) rmSync(file, { force: true });

const steps = [
  ['no markup or inline-style sinks in src/', 'node', ['scripts/check-source.mjs']],
  ['build (bundle, modules, types, manifest, schema)', 'npm', ['run', 'build', '--silent']],
  ['type-check', 'npx', ['tsc', '-p', '.']],
  ['package (publint, arethetypeswrong, README API tables)', 'npm', ['run', 'check:package', '--silent']],
  ['size budgets (gzip, deterministic)', 'node', ['bench/size.mjs', '--check']],
  ['Storybook smoke test (every story, play functions, axe)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_RESULTS}`]],
  ['static Storybook build renders', 'node', ['scripts/check-storybook-static.mjs']],
  ['Web Test Runner (unit, element, end-to-end)', 'npx', ['wtr'], { WTR_RESULTS }],
  ['framework apps and server rendering (packed tarball, Chromium)', 'node', ['test/frameworks/run.mjs'], { FRAMEWORK_RESULTS }],
];

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const [name, command, args, env] of steps) {
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) failedSteps.push(name);
}

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const wtr = read(WTR_RESULTS);
const vitest = read(VITEST_RESULTS);
const frameworks = read(FRAMEWORK_RESULTS);
if (frameworks) {
  passed += frameworks.passed;
  failed += frameworks.failed;
}
if (wtr) {
  passed += wtr.passed;
  failed += wtr.failed;
}
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
// A step that failed without a failing test to show for it (type errors, a broken build, a runner
// that died) still has to show in the count.
const counted = new Set([
  ...(wtr?.failed ? ['Web Test Runner (unit, element, end-to-end)'] : []),
  ...(vitest?.numFailedTests ? ['Storybook smoke test (every story, play functions, axe)'] : []),
  ...(frameworks?.failed ? ['framework apps and server rendering (packed tarball, Chromium)'] : []),
]);
for (const name of failedSteps) if (!counted.has(name)) failed += 1;

if (failedSteps.length) console.log(`\nfailed: ${failedSteps.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
