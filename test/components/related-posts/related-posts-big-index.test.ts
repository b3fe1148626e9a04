import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/related-posts/related-posts.js';
import type { RelatedPosts } from '../../../src/components/related-posts/related-posts.js';
import { clearIndexCacheForTests } from '../../../src/content/load-index.js';
import { type ConsoleRecord, ours, recordConsole } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';

/**
 * An index far longer than any collection (a hostile or broken content folder, or a `content-base`
 * pointed at one): 2,500 entries here (test/fixtures/articles/big-index, entries `a0` to `a2499`).
 * Before the limit, an index of 38,000 entries (4.7 MB, under the 5 MB a file may weigh) held the
 * page for over a second while it was read, and again on each render while the list was picked.
 */
const BASE = '/test/fixtures/articles/big-index/';

describe('<related-posts> with an index of thousands of articles', () => {
  let log: ConsoleRecord;
  beforeEach(() => {
    clearIndexCacheForTests();
    log = recordConsole();
  });
  afterEach(() => log.restore());

  it('reads the first 2,000, says so once, and still shows the list', async () => {
    const el = await fixture<RelatedPosts>(html`<related-posts for="a10" content-base=${BASE}></related-posts>`);
    await until(() => $(el, '[part~="list"]:not([part~="placeholder"])'), 20000);
    expect($$(el, '[part~="item-title"]').map((t) => t.textContent)).to.deep.equal(['Article 11']);
    const said = ours(log.warn).filter((m) => m.includes('lists more than'));
    expect(said).to.deep.equal([
      `[recovery-widgets] <related-posts>: ${new URL(`${BASE}index.en.json`, location.href).href} lists more than 2000 articles; the other 500 are left out.`,
    ]);
  });

  it('an article past the first 2,000 is not known: the newest are shown, with the usual message', async () => {
    const el = await fixture<RelatedPosts>(html`<related-posts for="a2400" content-base=${BASE}></related-posts>`);
    await until(() => $(el, '[part~="list"]:not([part~="placeholder"])'), 20000);
    expect($$(el, '[part~="item-title"]')).to.have.length(3);
    expect(
      ours(log.warn).some((m) => m.includes('for="a2400" is not an article') && m.includes('(2000 in all)')),
    ).to.equal(true);
  });
});
