import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Prints one plain closing line, `Tests: N passed, N failed, N skipped`, after Jest's own
 * summary, so CI can read the result of the run; under the runner (run-tests.js) it also leaves
 * the counts for the runner's last lines. The slowest files are listed first, to keep the run short.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A file that fails to load runs no test; count it as a failure so it cannot pass unseen.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const files = results.testResults
      .map((r) => ({ file: relative(process.cwd(), r.testFilePath), ms: r.perfStats.end - r.perfStats.start }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    if (files.length > 1) {
      process.stdout.write(`\nSlowest files:\n${files.map((f) => `  ${(f.ms / 1000).toFixed(1).padStart(6)} s  ${f.file}`).join('\n')}\n`);
    }
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
    const dir = process.env.MORAL_BANK_NOT_RUN;
    if (dir) writeFileSync(join(dir, 'summary.json'), JSON.stringify({ passed: results.numPassedTests, failed, skipped }));
  }
}
