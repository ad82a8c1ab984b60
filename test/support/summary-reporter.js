/**
 * Prints one plain closing line, `Tests: N passed, N failed, N skipped`, after Jest's own
 * summary, so CI can read the result of the run.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A file that fails to load runs no test; count it as a failure so it cannot pass unseen.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
