// Every article is worded in our own words: none shares a run of six or more words with a seed page
// (background text under /work/shared/seeds that must not be copied), outside its title, proper
// names and quotations (src/content/overlap.ts says exactly what is read). The seeds are not in the
// repository; their shingle hashes are (test/fixtures/seed-fingerprint.json), so this runs anywhere.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  FINGERPRINT,
  findSeedsDir,
  fingerprint,
  hashShingle,
  loadOverlap,
  ROOT,
} from '../../scripts/content/seed-fingerprint.mjs';
import { compileContent } from './content-helper.mjs';

const CONTENT = join(ROOT, 'content');

/** The source line where a run starts, so a writer can find it. */
function lineOf(source, run, overlapWords) {
  const lines = source.split('\n');
  const head = run.slice(0, 3).join(' ');
  const i = lines.findIndex((line) => overlapWords(line).join(' ').includes(head));
  return i === -1 ? '?' : String(i + 1);
}

/** The runs of six or more words that an article shares with the fingerprinted seeds. */
async function copiedRuns(print) {
  const { overlapSegments, overlapWords, sharedRuns } = await loadOverlap();
  const seed = new Set(print.shingles);
  const found = [];
  for (const doc of await compileContent()) {
    const { path, source } = doc;
    for (const segment of overlapSegments(doc)) {
      for (const run of sharedRuns(overlapWords(segment), (s) => seed.has(hashShingle(s)))) {
        found.push(`${path}:${lineOf(source, run, overlapWords)}: ${run.length} words: "${run.join(' ')}"`);
      }
    }
  }
  return found;
}

test('no article shares a run of six or more words with a seed page', async () => {
  const print = JSON.parse(readFileSync(FINGERPRINT, 'utf8'));
  assert.ok(print.shingles.length > 100, 'the fingerprint has shingles');
  const found = await copiedRuns(print);
  assert.deepEqual(found, [], `Reword these passages in our own words:\n${found.join('\n')}`);
});

test('the check finds a run that a fingerprint holds (it can fail)', async () => {
  const { overlapWords, shingles } = await loadOverlap();
  // A fingerprint made from one sentence of the flagship itself must flag that sentence.
  const flagship = readFileSync(join(CONTENT, 'en/you-cant-do-recovery-alone.md'), 'utf8');
  const sentence = flagship.match(/Family support works best alongside[^.]*\./)[0];
  const print = { shingles: shingles(overlapWords(sentence)).map(hashShingle) };
  const found = await copiedRuns(print);
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^content\/en\/you-cant-do-recovery-alone\.md:\d+: \d+ words: "family support works best/);
});

test('the fingerprint is current with the seed pages', async (t) => {
  const dir = findSeedsDir();
  if (!dir) {
    t.skip('no seed pages here (set RECOVERY_SEEDS_DIR); the committed fingerprint is used as is');
    return;
  }
  const committed = JSON.parse(readFileSync(FINGERPRINT, 'utf8'));
  const fresh = await fingerprint(dir);
  assert.deepEqual(
    committed,
    fresh,
    `test/fixtures/seed-fingerprint.json is out of date with ${dir}: run node scripts/content/seed-fingerprint.mjs`,
  );
});
