// `npm test`: every check in order, each one's output as it comes, then one last line that CI reads:
// `tests: N passed, N failed` (Web Test Runner's tests + the Storybook smoke test + the server's
// node:test suites; a check that fails outside those runners, such as the type-check, counts as one
// failure). The server suites need PostgreSQL: a throwaway server is started here (Debian's
// `postgresql` package), or `REALITY_PG_URL` names one; without either they fail, never skip.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { requireChromium } from './chromium.mjs';
import { startPostgres } from './postgres.mjs';

requireChromium(); // stops at once, in one line, when there is no browser to test in
const postgres = await startPostgres();
if (!postgres) {
  console.error('reality-kit: no PostgreSQL found for the server tests (install it: sudo apt-get install -y postgresql, or set REALITY_PG_URL)');
  process.exit(1);
}
// The throwaway server goes with this process, however it ends (Ctrl-C included).
process.once('exit', () => postgres.stop());
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

mkdirSync('.cache', { recursive: true });
const WTR_RESULTS = '.cache/wtr-results.json';
const VITEST_RESULTS = '.cache/vitest-results.json';
const NODE_RESULTS = '.cache/node-test-results.tap';
rmSync(WTR_RESULTS, { force: true });
rmSync(NODE_RESULTS, { force: true });
rmSync(VITEST_RESULTS, { force: true });

const steps = [
  ['no markup or inline-style sinks in src/', 'node', ['scripts/check-source.mjs']],
  ['build (bundle, modules, types, manifest, schema)', 'npm', ['run', 'build', '--silent']],
  ['type-check', 'npx', ['tsc', '-p', '.']],
  ['package (publint, arethetypeswrong, README API tables)', 'npm', ['run', 'check:package', '--silent']],
  ['size budgets (gzip, deterministic)', 'node', ['bench/size.mjs', '--check']],
  ['Storybook smoke test (every story, play functions, axe)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_RESULTS}`]],
  ['static Storybook build renders', 'node', ['scripts/check-storybook-static.mjs']],
  ['Web Test Runner (unit, element, end-to-end)', 'npx', ['wtr'], { WTR_RESULTS }],
  [
    'server (node:test: the handler on SQLite and PostgreSQL, concurrency, the demo end to end in Chromium)',
    'node',
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${NODE_RESULTS}`, 'test/server/'],
    { REALITY_PG_URL: postgres.url },
  ],
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
postgres.stop();
const wtr = read(WTR_RESULTS);
const vitest = read(VITEST_RESULTS);
/** node:test's TAP summary (`# pass N`, `# fail N`), or null when the run left none. */
const nodeTests = (() => {
  let tap;
  try {
    tap = readFileSync(NODE_RESULTS, 'utf8');
  } catch {
    return null;
  }
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
  const result = { passed: count('pass'), failed: count('fail') + count('cancelled') };
  return Number.isNaN(result.passed) || Number.isNaN(result.failed) ? null : result;
})();
if (wtr) {
  passed += wtr.passed;
  failed += wtr.failed;
}
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
if (nodeTests) {
  passed += nodeTests.passed;
  failed += nodeTests.failed;
}
// A step that failed without a failing test to show for it (type errors, a broken build, a runner
// that died) still has to show in the count.
const counted = new Set([
  ...(wtr?.failed ? ['Web Test Runner (unit, element, end-to-end)'] : []),
  ...(vitest?.numFailedTests ? ['Storybook smoke test (every story, play functions, axe)'] : []),
  ...(nodeTests?.failed ? [steps.at(-1)[0]] : []),
]);
for (const name of failedSteps) if (!counted.has(name)) failed += 1;

if (failedSteps.length) console.log(`\nfailed: ${failedSteps.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
