import type { Meeting } from '../../src/meetings/types.js';

let counter = 0;

/** A complete Meeting with sane defaults; tests override only what they are about. */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  counter += 1;
  return {
    id: `0:m${counter}`,
    source: 'https://example.org/feed.json',
    format: 'meeting-guide',
    fellowship: 'aa',
    name: `Meeting ${counter}`,
    days: [1],
    time: '19:00',
    durationMinutes: 60,
    timezone: 'America/Los_Angeles',
    types: [],
    attendance: 'in_person',
    regions: [],
    approximate: false,
    ...overrides,
  };
}
