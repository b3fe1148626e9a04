// The seed pages (background text we were given, not ours to publish or commit) as a fingerprint:
// the hashes of their six-word shingles, written to test/fixtures/seed-fingerprint.json. The
// seed-overlap test compares every article with it, so a clean clone without the seeds still
// runs the check. Regenerate after a seed changes: `node scripts/content/seed-fingerprint.mjs`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from '../lib/import-ts.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FINGERPRINT = join(ROOT, 'test/fixtures/seed-fingerprint.json');

/** 48 bits: with a few thousand shingles a side, an accidental collision is about one in 10^7. */
export const hashShingle = (shingle) => createHash('sha256').update(shingle).digest('hex').slice(0, 12);

/**
 * Where the seed pages are: $RECOVERY_SEEDS_DIR, else shared/seeds beside the checkout
 * (`../shared/seeds`), else /work/shared/seeds. Null when none exists (CI on a bare clone).
 */
export function findSeedsDir(env = process.env) {
  const candidates = env.RECOVERY_SEEDS_DIR
    ? [resolve(env.RECOVERY_SEEDS_DIR)]
    : [resolve(ROOT, '../shared/seeds'), '/work/shared/seeds'];
  return candidates.find((dir) => existsSync(dir) && statSync(dir).isDirectory()) ?? null;
}

/** The overlap module (TypeScript in src/content), the same code the test uses. */
export const loadOverlap = () =>
  importTs(ROOT, { contents: "export * from './src/content/overlap.ts';" }, 'seed-overlap');

/** The fingerprint of every `.txt` seed in `dir`: sorted, unique shingle hashes. */
export async function fingerprint(dir) {
  const { overlapWords, seedSegments, shingles, SHINGLE_WORDS } = await loadOverlap();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const hashes = new Set();
  const seeds = files.map((file) => {
    let count = 0;
    for (const segment of seedSegments(readFileSync(join(dir, file), 'utf8'))) {
      for (const s of shingles(overlapWords(segment))) {
        hashes.add(hashShingle(s));
        count++;
      }
    }
    return { file, shingles: count };
  });
  return {
    about:
      'Hashes of the six-word shingles of the seed pages (never the text), for test/node/seed-overlap.test.mjs. ' +
      'Regenerate with: node scripts/content/seed-fingerprint.mjs',
    words: SHINGLE_WORDS,
    hash: 'sha256 of the shingle (overlapWords joined by one space), first 12 hex digits',
    seeds,
    shingles: [...hashes].sort(),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = findSeedsDir();
  if (!dir) {
    console.error('seed-fingerprint: no seed pages found; set RECOVERY_SEEDS_DIR to the folder of .txt seeds');
    process.exit(1);
  }
  const print = await fingerprint(dir);
  writeFileSync(FINGERPRINT, `${JSON.stringify(print, null, 1)}\n`);
  console.log(
    `${FINGERPRINT}: ${print.shingles.length} shingle hashes from ${print.seeds.length} seed page(s) in ${dir}`,
  );
}
