// npm test: install if needed, type-check, build, then run every test in headless Chromium.
// The last line is always `N passed, N failed`, which CI reads.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstall } from './ensure-install.mjs';
import { findChrome, NO_CHROME_HELP } from './lib/find-chrome.mjs';
import { bin, run } from './lib/run.mjs';

const summaryFile = 'node_modules/.cache/recovery-test-summary.json';
const OTHER_BUILD = 'node_modules/.cache/other-version/recovery-widgets.js';
const finish = (passed, failed) => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
};

ensureInstall();

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_HELP);
  finish(0, 1);
}
process.env.CHROME_PATH = chrome;

let failed = 0;
console.log('› Type check (tsc --noEmit)');
if (run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.error('Type check failed.');
  failed++;
}

console.log('› Lint and format check (biome ci)');
if (run(bin('biome'), ['ci', '--colors=off', '.']) !== 0) {
  console.error('Lint or format check failed: `npm run format` fixes what it can.');
  failed++;
}

console.log('› Build');
const { build } = await import('./build.mjs');
await build();

// A second copy stamped with another version, for the mixed-versions test (a partner page that
// already loads an older or newer copy of the library).
console.log('› Build a second copy stamped 0.0.0-other (mixed-versions test)');
const other = run(bin('rollup'), ['-c', '--silent'], {
  env: { ...process.env, RECOVERY_VERSION: '0.0.0-other', RECOVERY_OUT: OTHER_BUILD },
});
if (other !== 0) failed++;

console.log(`› Browser tests (${chrome})`);
mkdirSync('node_modules/.cache', { recursive: true });
rmSync(summaryFile, { force: true });
const status = run(bin('wtr'), ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);

if (!existsSync(summaryFile)) {
  console.error(`The test runner stopped before reporting (exit ${status}).`);
  finish(0, failed + 1);
}
const totals = JSON.parse(readFileSync(summaryFile, 'utf8'));

// Tests that start real processes of their own (a static server with the release, a real
// WordPress) run in Node after the browser tests: test/node/**/*.test.mjs, with node:test.
const nodeFiles = process.argv.includes('--files') ? [] : nodeTestFiles();
if (nodeFiles.length) {
  console.log(`› Node tests (${nodeFiles.length} files in test/node)`);
  const nodeSummary = 'node_modules/.cache/recovery-node-test-summary.json';
  rmSync(nodeSummary, { force: true });
  const nodeStatus = run(process.execPath, [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test/summary-reporter.mjs',
    `--test-reporter-destination=${nodeSummary}`,
    ...nodeFiles,
  ]);
  if (!existsSync(nodeSummary)) {
    console.error(`The Node tests stopped before reporting (exit ${nodeStatus}).`);
    failed++;
  } else {
    const node = JSON.parse(readFileSync(nodeSummary, 'utf8'));
    totals.passed += node.passed;
    totals.failed += node.failed;
    totals.failures.push(...node.failures);
    if (nodeStatus !== 0 && node.failed === 0) failed++;
  }
}

if (totals.failures.length) {
  console.log('\nFailed:');
  for (const name of totals.failures) console.log(`  ✗ ${name}`);
}
if (status !== 0 && totals.failed === 0) failed++;
finish(totals.passed, totals.failed + failed);

/** Every `*.test.mjs` under test/node, in a stable order. */
function nodeTestFiles(dir = 'test/node') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? nodeTestFiles(join(dir, e.name)) : e.name.endsWith('.test.mjs') ? [join(dir, e.name)] : [],
    )
    .sort();
}
