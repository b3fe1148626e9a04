import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/related-posts/related-posts.js';
import type { RelatedPosts } from '../../../src/components/related-posts/related-posts.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { longestTask } from '../../helpers/long-tasks.js';
import { $, $$ } from '../../helpers/shadow.js';

const BASE = '/test/fixtures/content-index/';

/**
 * `limit` with no upper bound: before the fix, limit="2000000" drew two million placeholder items
 * while the index loaded (over a minute of one task), and limit="5000000000" threw "Invalid array
 * length" and drew nothing.
 */
describe('<related-posts limit> far beyond any list', function () {
  this.timeout(60000);
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  for (const limit of ['2000000', '5000000000', '1e9', 'Infinity']) {
    it(`limit="${limit}": at most 100, one warning, and no long task`, async () => {
      let el!: RelatedPosts;
      let placeholders = 0;
      const longest = await longestTask(async () => {
        el = await fixture<RelatedPosts>(html`<related-posts limit=${limit} content-base=${BASE}></related-posts>`);
        // While the index loads: a bounded placeholder.
        placeholders = $$(el, '[part~="placeholder"] [part~="item"]').length;
        await until(() => $(el, '[part~="list"]:not([part~="placeholder"])'), 20000);
      }, 200);
      expect(placeholders).to.be.at.most(100);
      const titles = $$(el, '[part~="item-title"]');
      expect(titles.length).to.be.greaterThan(3);
      expect(titles.length).to.be.at.most(100);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<related-posts>')
        .and.contain(`limit="${limit}" must be a whole number from 1 to 100; showing 100.`);
      expect(longest, `longest task ${longest} ms`).to.be.below(200);
    });
  }
});
