import { mergeFeeds } from './merge.js';
import { normalizeFeed } from './normalize.js';
import { groupForList, timesForViewer } from './schedule.js';
import { soonestRecords } from './soonest.js';

/** Three made-up records with the fields real feeds carry, so each of their readers runs once. */
const RECORDS = [0, 1, 2].map((day) => ({
  name: 'Warm-up',
  slug: `w${day}`,
  day,
  time: '19:00',
  end_time: '20:00',
  types: ['O', 'D'],
  location: 'Hall',
  formatted_address: '1 Main St, Springfield, IL 62701, USA',
  latitude: 39.8,
  longitude: -89.6,
  regions: ['Downtown'],
  conference_url: 'https://example.org/j/1',
  notes: 'Side door',
  updated: '2026-01-01 00:00:00',
}));

/**
 * Runs the engine once on made-up records while a feed downloads: the first call of each reader
 * compiles it, and the feed zone's and the visitor's time formatters are made, so the feed's first
 * rows do not pay for either once it arrives (on the bench, a third of the time they took to
 * show). Leaves nothing behind but those compiled functions and cached formatters.
 */
export function warmUp(zone: string, viewerZone: string, locale: string, now: Date): void {
  const result = normalizeFeed(RECORDS, 'warm-up', { timezone: zone });
  soonestRecords(RECORDS, 0, 1, zone);
  const meetings = mergeFeeds([result]);
  groupForList(meetings, now, viewerZone, 30);
  for (const m of meetings) timesForViewer(m, now, viewerZone, locale);
}
