import { expect } from '@open-wc/testing';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { longestTask } from '../../helpers/long-tasks.js';
import { $, $$ } from '../../helpers/shadow.js';
import { countText, finder, loaded, names, type SupportGroupFinder } from './helpers.js';

/**
 * A feed that spells one real zone many ways ("aMeRica/new_YORK"): Intl accepts every spelling,
 * so before the fix each got its own formatter and its own year of offsets, and a 2 MB feed froze
 * the page for seconds in one task. The test server writes the feed (scripts/wtr/middleware.mjs).
 */
describe('<support-group-finder> with a feed of many zone spellings', function () {
  this.timeout(180000);
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('16,000 spellings of America/New_York: one zone, every meeting listed, no long task', async () => {
    let el: SupportGroupFinder | undefined;
    const longest = await longestTask(async () => {
      el?.parentElement?.remove();
      el = await finder('/faults/generated/zones?n=16000', { timezone: 'America/Chicago' });
      await until(() => $(el!, '[part~="list"]') && !$(el!, '[part~="loading"]'), 55000);
      await loaded(el);
      // The search index is built when the page is idle: its task counts too.
      await new Promise((r) => setTimeout(r, 500));
    }, 200);
    expect(countText(el!)).to.equal('16,000 meetings');
    expect(names(el!)[0]).to.match(/^Zone spelling \d+$/);
    // Every meeting's zone is the one canonical zone, whatever the feed wrote, named as people say it.
    $$(el!, '[part~="meeting-name"]')[0].click();
    await until(() => $(el!, '[part~="detail-timezone"]'));
    expect($(el!, '[part~="detail-timezone"] dd')!.textContent).to.equal('Eastern Time (EST)');
    expect(longest, `longest task ${longest} ms`).to.be.below(200);
    expect(ours(log.warn)).to.deep.equal([]);
  });
});
