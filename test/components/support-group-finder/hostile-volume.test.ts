import { expect } from '@open-wc/testing';
import { resetMessagesForTests } from '../../../src/internal/warn.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { longestTask } from '../../helpers/long-tasks.js';
import { $ } from '../../helpers/shadow.js';
import { countText, finder, loaded, type SupportGroupFinder } from './helpers.js';

/**
 * Feeds big enough to hurt: many large sources on one finder, and a finder removed while it reads
 * a large one. The test server writes the feeds (scripts/wtr/middleware.mjs,
 * /faults/generated/zones): `n` records, `pad` bytes of notes each, `one=1` one zone spelling.
 */
describe('<support-group-finder> with more feed data than a page should hold', function () {
  this.timeout(240000);
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  /** About 5.5 MB each: ten of them are far more than the 30 MB a finder's sources may take together. */
  const bigFeed = (i: number) => `/faults/generated/zones?n=2000&pad=2700&one=1&feed=${i}`;

  it('ten 5.5 MB feeds: those past the total bound are left out and named, the rest listed, no long task', async () => {
    const urls = Array.from({ length: 10 }, (_, i) => bigFeed(i));
    let el: SupportGroupFinder | undefined;
    const longest = await longestTask(async () => {
      el?.parentElement?.remove();
      // A busy machine may need a second run: count the messages of the last one only.
      resetMessagesForTests();
      log.warn.length = 0;
      log.error.length = 0;
      el = await finder(urls.join(' '), { timezone: 'America/Chicago' });
      await until(() => $(el!, '[part~="list"]') && !$(el!, '[part~="loading"]'), 120000);
      await loaded(el);
    }, 200);

    const listed = Number(countText(el!).replace(/\D/g, ''));
    expect(listed, 'some feeds are listed').to.be.at.least(2000);
    expect(listed % 2000, 'whole feeds only').to.equal(0);
    expect(listed, 'not all ten').to.be.below(20000);

    const leftOut = ours(log.warn)
      .concat(ours(log.error))
      .filter((m) => /left out/.test(m));
    expect(leftOut.length, 'a message for each feed left out').to.equal(10 - listed / 2000);
    for (const message of leftOut) {
      expect(message).to.match(/generated\/zones\?n=2000/);
      expect(message).to.match(/30(\.0)? MB/);
    }
    // The visitor is told, calmly, that some meetings are missing.
    expect(el!.shadowRoot!.textContent).to.match(/too large/);
    expect(longest, `longest task ${longest} ms`).to.be.below(200);
  });

  it('removed while it reads a 16,000-record feed: the records are not read on after removal', async () => {
    // Watch the engine read each record's name: the first read removes the finder, as a page
    // that swaps its content would, while the parsed feed is being read.
    const parse = JSON.parse;
    let el: SupportGroupFinder | undefined;
    let removed = false;
    let readsAfter = 0;
    JSON.parse = function (this: unknown, ...args: Parameters<typeof JSON.parse>) {
      const data = parse.apply(this, args);
      if (Array.isArray(data) && data.length === 16000) {
        for (const record of data) {
          const name = record.name;
          Object.defineProperty(record, 'name', {
            enumerable: true,
            get() {
              if (removed) readsAfter++;
              else {
                removed = true;
                el!.parentElement!.remove();
              }
              return name;
            },
          });
        }
      }
      return data;
    } as typeof JSON.parse;
    try {
      el = await finder('/faults/generated/zones?n=16000&one=1', { timezone: 'America/Chicago' });
      await until(() => removed, 60000);
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      JSON.parse = parse;
    }
    // One slice may finish after removal; reading on would touch all 16,000.
    expect(readsAfter, `${readsAfter} records read after removal`).to.be.below(4000);
    expect(ours(log.error)).to.deep.equal([]);
  });
});
