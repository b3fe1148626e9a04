// npm test: install if needed, type-check, build, then run every test in headless Chromium.
// The last line is always `N passed, N failed`, which CI reads.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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
if (totals.failures.length) {
  console.log('\nFailed:');
  for (const name of totals.failures) console.log(`  ✗ ${name}`);
}
if (status !== 0 && totals.failed === 0) failed++;
finish(totals.passed, totals.failed + failed);
