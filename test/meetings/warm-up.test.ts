import { expect } from '@open-wc/testing';
import { ours, recordConsole } from '../helpers/console.js';
import { mergeFeeds } from '../../src/meetings/merge.js';
import { normalizeFeed } from '../../src/meetings/normalize.js';
import { groupForList, timesForViewer } from '../../src/meetings/schedule.js';
import { warmUp } from '../../src/meetings/warm-up.js';
import { feed } from './feed-helpers.js';

const ZONE = 'America/New_York';
const NOW = new Date(Date.UTC(2026, 10, 24, 17, 0));

/** What a visitor sees of a feed: its meetings' ids, names and times, in list order. */
function shown(records: unknown) {
  const meetings = mergeFeeds([normalizeFeed(records, 'sepa.json', { timezone: ZONE, sourceIndex: 0 })]);
  const g = groupForList(meetings, NOW, 'America/Chicago', 30);
  return [...g.inProgress, ...g.soon, ...g.days.flatMap((d) => d.meetings)].map((m) => {
    const t = timesForViewer(m, NOW, 'America/Chicago', 'en-US');
    return `${m.id} ${m.name} ${t?.viewerRange} ${t?.local ?? ''} ${t?.localZoneName ?? ''}`;
  });
}

describe('warmUp: the engine run once on made-up records before a feed arrives', () => {
  it('leaves a real feed’s list exactly as it was, and says nothing', async () => {
    const records = await feed('southeastern-pa-aa');
    const before = shown(records);
    const log = recordConsole();
    try {
      for (const zone of [ZONE, 'Europe/Paris', '+05:30']) warmUp(zone, 'America/Chicago', 'en-US', NOW);
      // Another locale's formatters too: the next feed's list keeps its own.
      warmUp(ZONE, 'America/Chicago', 'fr', NOW);
      expect(ours([...log.warn, ...log.error, ...log.info])).to.deep.equal([]);
    } finally {
      log.restore();
    }
    expect(shown(records)).to.deep.equal(before);
    expect(before.length).to.be.greaterThan(1800);
  });

  it('does not throw on a zone or locale Intl refuses (the feed’s own read reports those)', () => {
    expect(() => warmUp('Not/AZone', 'Also/Not', 'xx-invalid-', NOW)).to.not.throw();
  });
});
