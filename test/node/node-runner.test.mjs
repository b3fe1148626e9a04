// The Node-side test step itself: tests that start real processes (a static server with the release
// zip, a real WordPress) live in test/node/ and run with node:test after the browser tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('node:test files in test/node run as part of npm test', () => {
  assert.equal(typeof process.versions.node, 'string');
});
