import { expect } from '@open-wc/testing';
import { normalizeFeed, normalizeFeedInSlices, SLICE } from '../../src/meetings/normalize.js';
import { feed } from './feed-helpers.js';

/** The finder reads feeds in slices so the page never blocks; the result must not change. */
describe('normalizeFeedInSlices', () => {
  it('gives exactly what normalizeFeed gives on the 2,038-record feed, pausing between slices', async () => {
    const json = await feed('southeastern-pa-aa');
    const opts = { timezone: 'America/New_York', sourceIndex: 2 };
    let pauses = 0;
    const sliced = await normalizeFeedInSlices(json, 's.json', opts, async () => {
      pauses++;
    });
    const whole = normalizeFeed(json, 's.json', opts);
    expect(JSON.stringify(sliced)).to.equal(JSON.stringify(whole));
    // A pause before each slice, the first too: the caller's task has just parsed the JSON.
    expect(SLICE).to.be.lessThan(2038);
    expect(pauses).to.equal(Math.ceil(2038 / SLICE));
  });

  it('names a skipped record by its place in the whole feed, not in its slice', async () => {
    const good = (i: number) => ({ name: `M${i}`, day: 1, time: '19:00', address: '1 Main St' });
    // No ids, so the record's reference is its index; the bad one is in the second slice.
    const bad = SLICE + 100;
    const records = Array.from({ length: SLICE + 200 }, (_, i) => (i === bad ? 'not a record' : good(i)));
    const result = await normalizeFeedInSlices(records, 'f.json', {}, async () => undefined);
    const skipped = result.warnings.filter((w) => w.skipped);
    expect(skipped.map((w) => w.record)).to.deep.equal([bad]);
    expect(result.meetings.length).to.equal(SLICE + 199);
  });

  it('never rejects, for bad input and for a pause that fails', async () => {
    const notFeed = await normalizeFeedInSlices({ nope: 1 }, 'x.json');
    expect(notFeed.error?.code).to.equal('not-a-feed');
    const json = await feed('edmonton-aa');
    const result = await normalizeFeedInSlices(json, 'e.json', {}, () => Promise.reject(new Error('no')));
    expect(result.error).to.equal(undefined);
    expect(result.meetings.length).to.equal(normalizeFeed(json, 'e.json').meetings.length);
  });

  it('yields with scheduler.yield where the browser has it, and with a message where not', async () => {
    const json = await feed('southeastern-pa-aa');
    const g = globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } };
    const original = g.scheduler;
    expect(typeof original?.yield, 'Chromium has scheduler.yield').to.equal('function');
    let yields = 0;
    const real = original!.yield!.bind(original);
    try {
      Object.defineProperty(g, 'scheduler', { value: { yield: () => (yields++, real()) }, configurable: true });
      expect((await normalizeFeedInSlices(json, 's.json')).meetings.length).to.equal(2038);
      // Slices share a task while they fit its budget (pauseEvery), so a fast machine yields fewer
      // times than there are slices; the first slice always waits for a task of its own.
      expect(yields).to.be.within(1, Math.ceil(2038 / SLICE));
      Object.defineProperty(g, 'scheduler', { value: undefined, configurable: true });
      expect((await normalizeFeedInSlices(json, 's.json')).meetings.length).to.equal(2038);
    } finally {
      Object.defineProperty(g, 'scheduler', { value: original, configurable: true, writable: true });
    }
  });
});
