import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Prints one plain closing line, `Tests: N passed, N failed, N skipped`, after Jest's own
 * summary, so CI can read the result of the run; under the runner (run-tests.js) it also leaves
 * the counts for the runner's last lines.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A file that fails to load runs no test; count it as a failure so it cannot pass unseen.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
    const dir = process.env.MORAL_BANK_NOT_RUN;
    if (dir) writeFileSync(join(dir, 'summary.json'), JSON.stringify({ passed: results.numPassedTests, failed, skipped }));
  }
}
