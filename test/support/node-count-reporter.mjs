// A reporter for Node's test runner (the CLI and documentation tests): counts the tests that passed
// and failed (suites are not tests) and writes `{ passed, failed }` to its destination as JSON, for
// scripts/test.mjs to add to the final `tests: N passed, N failed` line.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    counts[event.type === 'test:pass' ? 'passed' : 'failed'] += 1;
  }
  yield JSON.stringify(counts);
}
