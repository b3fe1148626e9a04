import { expect, html } from '@open-wc/testing';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$ } from '../../helpers/shadow.js';
import { article, jsonLd } from './article-helpers.js';

/**
 * Every article the content compiler wrote to dist/content (tests run after the build) renders
 * cleanly: no warning, every citation has its reference, and axe passes.
 */
const CONTENT = '/dist/content/';

describe('<recovery-article> with the real collection', function () {
  this.timeout(60000);
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  for (const lang of ['en', 'es']) {
    it(`renders every ${lang} article cleanly`, async () => {
      const index = await (await fetch(`${CONTENT}index.${lang}.json`)).json();
      const slugs: string[] = index.articles.map((a: { slug: string }) => a.slug);
      expect(slugs.length).to.be.greaterThan(0);
      if (lang === 'en') expect(slugs).to.include('you-cant-do-recovery-alone');
      for (const slug of slugs) {
        const el = await article(
          html`<recovery-article slug=${slug} lang=${lang} toc reading-time content-base=${CONTENT}></recovery-article>`,
        );
        expect($(el, '[part~="title"]'), slug).to.exist;
        expect($(el, '[part~="note"]'), slug).to.equal(null);
        const refs = new Set($$(el, '[part~="reference"]').map((r) => r.id));
        for (const cite of $$(el, '[part~="citation"]'))
          expect(refs.has(cite.dataset.target!), `${slug} ${cite.dataset.target}`).to.equal(true);
        expect(jsonLd(el)[0].headline, slug).to.equal($(el, '[part~="title"]')!.textContent);
        await expect(el, slug).to.be.accessible();
      }
      expect(ours(log.warn)).to.deep.equal([]);
      expect(ours(log.error)).to.deep.equal([]);
    });
  }
});
