import { expect } from '@open-wc/testing';
import { mergeFeeds } from '../../src/meetings/merge.js';
import { normalizeFeed, previewFeed } from '../../src/meetings/normalize.js';
import { groupForList } from '../../src/meetings/schedule.js';
import { soonestRecords } from '../../src/meetings/soonest.js';
import type { Meeting } from '../../src/meetings/types.js';
import { feed } from './feed-helpers.js';

const ZONE = 'America/New_York';
const COUNT = 50;

/** The list's order: in progress, starting soon, then each day; the first rows a visitor sees. */
function listOrder(meetings: Meeting[], now: Date): string[] {
  const g = groupForList(meetings, now, ZONE, 30);
  return [...g.inProgress, ...g.soon, ...g.days.flatMap((d) => d.meetings)].map((m) => m.id);
}

describe('previewFeed: a feed’s first meetings, before the rest is read', () => {
  let records: unknown[];
  let whole: Meeting[];
  before(async () => {
    records = (await feed('southeastern-pa-aa')) as unknown[];
    whole = mergeFeeds([normalizeFeed(records, 'sepa.json', { timezone: ZONE, sourceIndex: 0 })]);
  });

  it('gives exactly the whole feed’s first rows, in order, at any hour of the week', async () => {
    // Every three hours and seven minutes across a week and a day, so each hour and weekday is met.
    const start = Date.UTC(2026, 10, 22, 5, 0);
    let checked = 0;
    for (let t = start; t < start + 8 * 864e5; t += 187 * 60_000) {
      const now = new Date(t);
      const preview = await previewFeed(records, 'sepa.json', { timezone: ZONE, sourceIndex: 0, now, count: COUNT });
      expect(preview, now.toISOString()).to.not.equal(undefined);
      const first = listOrder(mergeFeeds([preview!]), now);
      const all = listOrder(whole, now);
      // At least the count asked for, less the few twins the merge folds into one.
      expect(first.length, now.toISOString()).to.be.at.least(COUNT - 5);
      expect(first, now.toISOString()).to.deep.equal(all.slice(0, first.length));
      // Quick: a small share of the feed.
      expect(preview!.meetings.length, now.toISOString()).to.be.below(records.length / 10);
      checked++;
    }
    expect(checked).to.equal(62);
  });

  it('keeps ids as the whole read makes them, and no warnings (the whole read reports them)', async () => {
    const now = new Date(Date.UTC(2026, 10, 24, 17, 0));
    const preview = (await previewFeed(records, 'sepa.json', { timezone: ZONE, sourceIndex: 3, now, count: COUNT }))!;
    const byId = new Map(
      normalizeFeed(records, 'sepa.json', { timezone: ZONE, sourceIndex: 3 }).meetings.map((m) => [m.id, m]),
    );
    for (const m of preview.meetings) expect(byId.get(m.id)?.name, m.id).to.equal(m.name);
    expect(preview.warnings).to.deep.equal([]);
  });

  describe('gives up where it cannot promise the same first rows', () => {
    const now = new Date(Date.UTC(2026, 10, 24, 17, 0));
    const many = (n: number, extra: (i: number) => Record<string, unknown> = () => ({})) =>
      Array.from({ length: n }, (_, i) => ({
        name: `M${i}`,
        slug: `m-${i}`,
        day: i % 7,
        time: `${String(i % 24).padStart(2, '0')}:00`,
        formatted_address: `${i} Main St, Philadelphia, PA 19103, USA`,
        ...extra(i),
      }));
    const preview = (json: unknown) => previewFeed(json, 'f.json', { timezone: ZONE, now, count: 20 });

    it('works on a plain large feed', async () => {
      expect((await preview(many(400)))?.meetings.length).to.be.at.least(20);
    });
    it('leaves out a meeting the feed marks inactive, however it is spelled (it is listed at the end)', async () => {
      const picked = (await preview(many(400)))!.meetings.map((m) => m.feedId!);
      const closed = many(400, (i) => (`m-${i}` === picked[0] ? { attendance_option: 'Inactive' } : {}));
      const first = (await preview(closed))!.meetings.map((m) => m.feedId);
      expect(first).to.not.include(picked[0]);
      expect(first).to.include(picked[1]);
    });
    it('a small feed: nothing to gain', async () => {
      expect(await preview(many(20))).to.equal(undefined);
    });
    it('a record in another zone', async () => {
      expect(await preview(many(400, (i) => (i === 399 ? { timezone: 'America/Chicago' } : {})))).to.equal(undefined);
      // The feed's own zone, in any case, is no obstacle.
      expect(await preview(many(400, () => ({ timezone: 'america/new_york' })))).to.not.equal(undefined);
    });
    it('a slug used twice, or a first meeting with no id', async () => {
      const picked = (await preview(many(400)))!.meetings.map((m) => m.feedId!);
      const spare = many(400).findIndex((r) => !picked.includes(r.slug));
      const twice = many(400);
      twice[spare].slug = picked[0];
      expect(await preview(twice)).to.equal(undefined);
      const noId = many(400);
      delete (noId.find((r) => r.slug === picked[0]) as { slug?: string }).slug;
      expect(await preview(noId)).to.equal(undefined);
      // A slug used twice among meetings that are not first is no obstacle.
      const later = many(400);
      const others = later.filter((r) => !picked.includes(r.slug));
      others[1].slug = others[0].slug;
      expect(await preview(later)).to.not.equal(undefined);
    });
    it('a BMLT feed or no feed at all', async () => {
      expect(await preview({ meetings: many(400), formats: [] })).to.equal(undefined);
      expect(await preview({ not: 'a feed' })).to.equal(undefined);
    });
  });

  describe('soonestRecords reads a meeting’s length as the whole read does', () => {
    // Wednesday 10:00 in minutes since Sunday 00:00; every other record starts next week.
    const now = 3 * 1440 + 600;
    const filler = Array.from({ length: 30 }, (_, i) => ({ day: 4, time: `${String(i % 24).padStart(2, '0')}:30` }));
    const picks = (record: Record<string, unknown>) =>
      soonestRecords([{ day: 3, ...record }, ...filler], now, 5, ZONE)!.picks.includes(0);

    it('one that started within its length (and an hour’s slack) may be in progress; one that ended is not first', () => {
      expect(picks({ time: '07:00', end_time: '09:30' })).to.equal(true); // ended 30 minutes ago: the slack
      expect(picks({ time: '07:00', end_time: '08:30' })).to.equal(false); // ended 90 minutes ago
      expect(picks({ time: '07:00', end_time: '10:30' })).to.equal(true); // still going on
      expect(picks({ time: '22:00', end_time: '01:00', day: 2 })).to.equal(false); // last night's, past midnight
    });
    it('no end time, the same as the start, or one past four hours (a typo): an hour', () => {
      expect(picks({ time: '08:30' })).to.equal(true);
      expect(picks({ time: '07:30' })).to.equal(false);
      expect(picks({ time: '07:30', end_time: '07:30' })).to.equal(false);
      expect(picks({ time: '07:30', end_time: '19:30' })).to.equal(false);
      expect(picks({ time: '08:30', end_time: 'soon' })).to.equal(true);
    });
  });
});
