// Prints one plain closing line ("tests: N passed, N failed") that CI systems can read
// regardless of Jest's own summary format.
//
// A suite can fail without any of its tests failing: it does not compile, an import throws, it holds
// no test, or a beforeAll/afterAll hook throws. Jest reports those on the suite, not as failed tests,
// so each such suite counts here as one failure; otherwise the line would say "0 failed" for a
// run that failed.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`${summaryLine(results)}\n`);
  }
}

function summaryLine(results) {
  const brokenSuites = results.testResults.filter(failedOutsideTests).length;
  const failed = results.numFailedTests + brokenSuites;
  const broken = brokenSuites > 0 ? ` (${brokenSuites} suite${brokenSuites === 1 ? '' : 's'} failed to run)` : '';
  const skipped = results.numPendingTests + results.numTodoTests;
  const suffix = skipped > 0 ? `, ${skipped} skipped` : '';
  return `tests: ${results.numPassedTests} passed, ${failed} failed${broken}${suffix}`;
}

/** A suite that failed to load or run, as opposed to one whose failure is a failed test. */
function failedOutsideTests(suite) {
  return Boolean(suite.testExecError) || (suite.numFailingTests === 0 && Boolean(suite.failureMessage));
}

module.exports = SummaryReporter;
