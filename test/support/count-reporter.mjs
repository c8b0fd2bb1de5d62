// Web Test Runner prints no "N passed, N failed" line. This reporter prints one as the process exits
// (after Web Test Runner's own summary) and, when WTR_RESULTS names a file, writes the counts there
// for scripts/test.mjs to add up with the Storybook smoke test.
import { writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function countReporter() {
  // Until the run finishes, a run that dies counts as one failure.
  let counts = { passed: 0, failed: 1, skipped: 0 };
  return {
    start() {
      process.once('exit', () => {
        if (process.env.WTR_RESULTS) writeFileSync(process.env.WTR_RESULTS, JSON.stringify(counts));
        console.log(`wtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      });
    },
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that failed to load, or threw outside a test, has no failing test to count: count it.
        if (!session.passed && (session.errors?.length || !session.testResults)) counts.failed += 1;
      }
    },
  };
}
