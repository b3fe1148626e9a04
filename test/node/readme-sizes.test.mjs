// The README's size table says what the build makes: the figures are generated from dist/ by
// `npm run docs` (scripts/sizes.mjs), and this test fails when the README and the build disagree.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SIZES_END, SIZES_START, sizeTable } from '../../scripts/sizes.mjs';

test('the README size table agrees with the built files and size-budget.json', () => {
  assert.ok(existsSync('dist/recovery-widgets.js'), 'no dist/: run `npm run build` first');
  const readme = readFileSync('README.md', 'utf8');
  const a = readme.indexOf(SIZES_START);
  const b = readme.indexOf(SIZES_END);
  assert.ok(a >= 0 && b > a, 'README.md has lost its sizes markers');
  const shown = readme.slice(a + SIZES_START.length, b).trim();
  assert.equal(shown, sizeTable(), 'README sizes differ from the build: run `npm run docs`');
});
