// Deterministic Meeting Guide feed for benchmarks: the same seed gives the same records.
//   node scripts/bench/lib/generate-feed.mjs 10000   → node_modules/.cache/generated-feed-10000.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { prng } from '../../lib/prng.mjs';

export { prng };

export const WORDS = [
  'serenity',
  'hope',
  'sunrise',
  'big book',
  'step',
  'tradition',
  'women',
  'men',
  'newcomer',
  'noon',
  'daily reflections',
  'living sober',
  'grapevine',
  'candlelight',
  'freedom',
  'gratitude',
  'unity',
  'service',
  'café',
  'esperanza',
  'nueva vida',
  'recuperación',
  'happy destiny',
  'keep coming back',
  'primary purpose',
];
const PLACES = [
  'St. Mark’s Church',
  'Alano Club',
  'Community Center',
  'Public Library',
  'Iglesia San José',
  'Fellowship Hall',
  'Senior Center',
];
const STREETS = ['Main St', 'Oak Ave', 'Elm St', 'Pine Rd', 'Calle Real', 'Broadway', 'Maple Dr', 'Cedar Ln'];
export const REGIONS = {
  North: ['Northgate', 'Lake City', 'Greenwood'],
  South: ['Beacon Hill', 'Georgetown', 'Rainier Beach'],
  East: ['Bellevue', 'Redmond', 'Kirkland'],
  West: ['Ballard', 'Magnolia', 'Fremont'],
  Online: ['Online'],
};
export const TYPES = [
  'O',
  'C',
  'D',
  'B',
  'ST',
  'SP',
  'W',
  'M',
  'BE',
  'LGBTQ',
  'S',
  'X',
  'TR',
  'DR',
  'LIT',
  'MED',
  'YP',
  'ONL',
  'TC',
];

export function generateFeed(n, seed = 42) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const top = pick(Object.keys(REGIONS));
    const sub = pick(REGIONS[top]);
    const online = top === 'Online' || rand() < 0.2;
    const types = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(TYPES)))];
    const hour = Math.floor(rand() * 24);
    const minute = pick([0, 0, 15, 30, 45]);
    const rec = {
      name: `${pick(WORDS)} ${pick(WORDS)}`.replace(/^./, (c) => c.toUpperCase()),
      slug: `meeting-${i}`,
      day: rand() < 0.05 ? [Math.floor(rand() * 7), Math.floor(rand() * 7)] : Math.floor(rand() * 7),
      time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
      end_time: `${String((hour + 1) % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
      types,
      location: pick(PLACES),
      formatted_address: `${100 + Math.floor(rand() * 9900)} ${pick(STREETS)}, ${sub}, WA 98${String(100 + Math.floor(rand() * 99))}, USA`,
      regions: [top, sub],
      latitude: (47.4 + rand() * 0.4).toFixed(5),
      longitude: (-122.5 + rand() * 0.4).toFixed(5),
      notes: rand() < 0.5 ? `${pick(WORDS)} meeting. Enter by the ${pick(['side', 'back', 'front'])} door.` : '',
      group: `${pick(WORDS)} group`,
      updated: '2025-01-01 12:00:00',
    };
    if (online) rec.conference_url = `https://zoom.us/j/${1000000000 + i}`;
    out.push(rec);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 10000);
  mkdirSync('node_modules/.cache', { recursive: true });
  const file = `node_modules/.cache/generated-feed-${n}.json`;
  writeFileSync(file, JSON.stringify(generateFeed(n)));
  console.log(`wrote ${n} meetings to ${file}`);
}
