// `npm test`: every check in order, each one's output as it comes, then one last line that CI reads:
// `tests: N passed, N failed` (Web Test Runner's tests + the Storybook smoke test + Node's test runner
// for the command line, the documentation and the server + the framework apps; a check that fails outside those runners,
// such as the type-check, counts as one failure). The server suites need PostgreSQL: a throwaway
// server is started here (Debian's `postgresql` package), or `REALITY_PG_URL` names one; without
// either they fail, never skip.
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
const NODE_RESULTS = '.cache/node-test-results.json';
const SERVER_RESULTS = '.cache/server-test-results.json';
const FRAMEWORK_RESULTS = '.cache/framework-results.json';
for (const file of [WTR_RESULTS, VITEST_RESULTS, NODE_RESULTS, SERVER_RESULTS, FRAMEWORK_RESULTS]) rmSync(file, { force: true });

const NODE_STEP = 'Node tests (the reality-kit command as a process, documentation references)';
const FRAMEWORK_STEP = 'framework apps and server rendering (packed tarball, Chromium)';
const SERVER_STEP = 'server (node:test: the handler on SQLite and PostgreSQL, concurrency, the demo end to end in Chromium)';
/** node:test with a spec report on the screen and the counts in `results` (test/support/node-count-reporter.mjs). */
const nodeTest = (results, ...args) => ['--test', ...args, '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./test/support/node-count-reporter.mjs', `--test-reporter-destination=${results}`];

const steps = [
  ['no markup or inline-style sinks in src/', 'node', ['scripts/check-source.mjs']],
  ['build (bundle, modules, types, manifest, schema)', 'npm', ['run', 'build', '--silent']],
  ['type-check', 'npx', ['tsc', '-p', '.']],
  ['package (publint, arethetypeswrong, README API tables)', 'npm', ['run', 'check:package', '--silent']],
  ['size budgets (gzip, deterministic)', 'node', ['bench/size.mjs', '--check']],
  [NODE_STEP, 'node', [...nodeTest(NODE_RESULTS), 'test/node/']],
  ['Storybook smoke test (every story, play functions, axe)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_RESULTS}`]],
  ['static Storybook build renders', 'node', ['scripts/check-storybook-static.mjs']],
  ['Web Test Runner (unit, element, end-to-end)', 'npx', ['wtr'], { WTR_RESULTS }],
  [SERVER_STEP, 'node', [...nodeTest(SERVER_RESULTS, '--test-concurrency=1'), 'test/server/'], { REALITY_PG_URL: postgres.url }],
  [FRAMEWORK_STEP, 'node', ['test/frameworks/run.mjs'], { FRAMEWORK_RESULTS }],
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
const node = read(NODE_RESULTS);
const server = read(SERVER_RESULTS);
const frameworks = read(FRAMEWORK_RESULTS);
if (wtr) {
  passed += wtr.passed;
  failed += wtr.failed;
}
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
for (const results of [node, server, frameworks]) {
  if (!results) continue;
  passed += results.passed;
  failed += results.failed;
}
// A step that failed without a failing test to show for it (type errors, a broken build, a runner
// that died) still has to show in the count.
const counted = new Set([
  ...(wtr?.failed ? ['Web Test Runner (unit, element, end-to-end)'] : []),
  ...(vitest?.numFailedTests ? ['Storybook smoke test (every story, play functions, axe)'] : []),
  ...(node?.failed ? [NODE_STEP] : []),
  ...(server?.failed ? [SERVER_STEP] : []),
  ...(frameworks?.failed ? [FRAMEWORK_STEP] : []),
]);
for (const name of failedSteps) if (!counted.has(name)) failed += 1;

if (failedSteps.length) console.log(`\nfailed: ${failedSteps.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
