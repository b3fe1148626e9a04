import { writeFileSync } from 'node:fs';

/**
 * Writes the run's totals to a JSON file, so `scripts/test.mjs` can end the output with the plain
 * `N passed, N failed` line that CI reads. A test file that fails to load counts as one failure.
 */
export function summaryReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      const walk = (suite, path) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) totals.skipped++;
          else if (test.passed) totals.passed++;
          else {
            totals.failed++;
            totals.failures.push([...path, test.name].join(' › '));
          }
        }
        for (const child of suite.suites ?? []) walk(child, [...path, child.name]);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, [session.testFile]);
        const broken =
          (session.errors ?? []).length > 0 ||
          (session.status === 'FINISHED' && !session.passed && !session.testResults);
        if (broken) {
          totals.failed++;
          totals.failures.push(
            `${session.testFile}: ${(session.errors ?? []).map((e) => e.message).join('; ') || 'did not run'}`,
          );
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
