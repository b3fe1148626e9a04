/**
 * A node:test reporter that counts results for `scripts/test.mjs`, as the browser runner's summary
 * reporter does: it writes nothing but one JSON line at the end, `{ passed, failed, skipped,
 * failures }`. Use it beside the `spec` reporter, which shows the run.
 */
export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    // Suites report too (as tests with children); only leaves count.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') {
      // A suite that failed outside its tests (a hook, a load error) still counts once.
      if (event.type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') {
        totals.failed++;
        totals.failures.push(`${data.file ?? ''} › ${data.name}: ${data.details.error?.message ?? 'failed'}`);
      }
      continue;
    }
    if (data.skip || data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`${data.file ?? ''} › ${data.name}`);
    }
  }
  yield `${JSON.stringify(totals)}\n`;
}
