// Meeting data core in Node: normalize, index and filter timings for the real southeastern Pennsylvania feed and a
// generated 10,000-meeting feed. Bundles the TypeScript with esbuild first (Node 20 cannot run .ts).
//   node scripts/bench/meetings-node.mjs
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateFeed, prng, REGIONS, TYPES, WORDS } from './lib/generate-feed.mjs';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'node_modules/.cache/bench');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, 'meetings-core.mjs');
await build({
  stdin: {
    contents: `export { normalizeFeed } from './src/meetings/normalize.ts';
export { buildIndex, filterMeetings, regionsInUse, typesInUse } from './src/meetings/search.ts';
export { soonestRecords } from './src/meetings/soonest.ts';
export { httpUrl } from './src/meetings/text.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  logLevel: 'error',
});
const { normalizeFeed, buildIndex, filterMeetings, regionsInUse, typesInUse, soonestRecords, httpUrl } = await import(
  `${pathToFileURL(outfile).href}?${Date.now()}`
);

// A real gc() between phases so "heap used" measures what stays, not garbage not yet collected.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const time = (fn) => {
  const t = performance.now();
  const value = fn();
  return [performance.now() - t, value];
};

/** 240 varied filter changes, the kind a visitor makes: typing, ticking days, types, regions. */
function filterChanges(count, seed) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const regionNames = [...Object.keys(REGIONS), ...Object.values(REGIONS).flat(), 'Delaware County', 'Philadelphia'];
  const changes = [];
  for (let i = 0; i < count; i++) {
    const f = {};
    const word = pick(WORDS);
    const r = rand();
    if (r < 0.35) f.query = word.slice(0, 2 + Math.floor(rand() * (word.length - 1)));
    else if (r < 0.45) f.query = `"${word}"`;
    else if (r < 0.55) f.query = `${pick(WORDS).split(' ')[0]} ${pick(['door', 'church', 'ave', 'st', 'hall'])}`;
    if (rand() < 0.4) f.days = [Math.floor(rand() * 7)];
    if (rand() < 0.3) f.times = [pick(['morning', 'midday', 'evening', 'night'])];
    if (rand() < 0.3) f.attendance = [pick(['in_person', 'online', 'hybrid'])];
    if (rand() < 0.3) f.types = [pick(TYPES.slice(0, 8))];
    if (rand() < 0.2) f.regions = [pick(regionNames)];
    if (rand() < 0.15) f.near = { latitude: 47.6, longitude: -122.3, km: 5 + rand() * 30 };
    changes.push(f);
  }
  return changes;
}

function run(label, json, timezone) {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  // The finder's first-rows step: which records a list shows first, from the parsed JSON.
  const soonestRuns = [];
  for (let i = 0; i < 5; i++) soonestRuns.push(time(() => soonestRecords(json, 3 * 1440 + 19 * 60, 50, timezone))[0]);
  const normalizeRuns = [];
  let result;
  for (let i = 0; i < 5; i++) {
    const [ms, r] = time(() => normalizeFeed(json, label, { timezone }));
    normalizeRuns.push(ms);
    result = r;
  }
  const indexRuns = [];
  let index;
  for (let i = 0; i < 5; i++) {
    const [ms, ix] = time(() => buildIndex(result.meetings));
    indexRuns.push(ms);
    index = ix;
  }
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const changes = filterChanges(240, 7);
  for (const f of changes.slice(0, 20)) filterMeetings(index, f); // warm-up
  index.termCache.clear();
  const warm = [];
  const cold = [];
  let shown = 0;
  for (const f of changes) {
    const [ms, hits] = time(() => filterMeetings(index, f));
    warm.push(ms);
    shown += hits.length;
  }
  for (const f of changes) {
    index.termCache.clear();
    cold.push(time(() => filterMeetings(index, f))[0]);
  }
  // The type and region menus, built once per feed.
  const menus = [];
  for (let i = 0; i < 5; i++) menus.push(time(() => [typesInUse(result), regionsInUse(result.meetings)])[0]);
  return {
    feed: label,
    meetings: result.meetings.length,
    warnings: result.warnings.length,
    'first-rows pick ms': median(soonestRuns).toFixed(2),
    'normalize ms': median(normalizeRuns).toFixed(1),
    'index ms': median(indexRuns).toFixed(1),
    'filter median ms': median(warm).toFixed(3),
    'filter p95 ms': p95(warm).toFixed(3),
    'cold-cache median/p95 ms': `${median(cold).toFixed(3)} / ${p95(cold).toFixed(3)}`,
    'menus ms': median(menus).toFixed(2),
    'avg shown': Math.round(shown / changes.length),
    'heap MB (feed+index)': ((heapAfter - heapBefore) / 1024 / 1024).toFixed(1),
  };
}

const sepa = JSON.parse(readFileSync(resolve(root, 'test/fixtures/feeds/southeastern-pa-aa.json'), 'utf8'));
const rows = [
  run('southeastern-pa-aa (real)', sepa, 'America/Los_Angeles'),
  run('generated 10,000', generateFeed(10000, 42), 'America/Los_Angeles'),
];
console.log(
  `Node ${process.version}; ${filterChanges(240, 7).length} filter changes per feed; times are one filterMeetings() call`,
);
console.table(rows);
console.log(`heap used now: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB`);

// Feed links go through httpUrl's hand-written fast path: near-miss inputs at the 2,048-character
// limit must cost about what an ordinary link costs (linear time, no catastrophic backtracking).
const longInputs = {
  'ordinary 2 KB link': `https://example.org/${'a'.repeat(2020)}`,
  'dots a.a.a…': `https://${'a.'.repeat(1020)}`,
  'hyphens a-a-…': `https://${'a-'.repeat(1020)}.`,
  'numeric tail': `https://${'aa.'.repeat(680)}1`,
  'percent run + backslash': `https://a/${'%'.repeat(2030)}\\`,
  'dot segments': `https://a/${'/.'.repeat(1015)}x`,
  'long host, colon': `https://${'a'.repeat(2030)}:`,
};
const urlRows = Object.entries(longInputs).map(([input, text]) => {
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    // Distinct inputs: httpUrl remembers answers, and a cache hit would measure nothing.
    for (let i = 0; i < 1000; i++) httpUrl(`${text}${r * 1000 + i}`);
    runs.push(((performance.now() - t) / 1000) * 1000);
  }
  return { input, 'µs per call (median of 5 × 1,000)': median(runs).toFixed(1) };
});
console.log('httpUrl on 2,048-character inputs:');
console.table(urlRows);
