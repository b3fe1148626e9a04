// npm run bench: runs every benchmark in scripts/bench/ (or those named: npm run bench -- meetings).
// Benchmarks measure; they are not tests and never fail the build.
import { readdirSync } from 'node:fs';
import { run } from './lib/run.mjs';

const only = process.argv.slice(2);
const files = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const status = run('node', [`scripts/bench/${file}`]);
  if (status !== 0) console.error(`${file} exited with ${status}`);
}
