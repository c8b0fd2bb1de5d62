// Web Test Runner prints no "N passed, N failed" line; CI reads the result from this last line.
function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function countReporter() {
  let line = 'wtr: 0 passed, 1 failed, 0 skipped (the run ended before any result)';
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that failed to load, or threw outside a test, has no failing test to count: count it.
        if (!session.passed && (session.errors?.length || !session.testResults)) counts.failed += 1;
      }
      line = `wtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    },
    start() {
      // Printed as the process exits, after Web Test Runner's own summary, so it is the last line.
      process.once('exit', () => console.log(line));
    },
  };
}
