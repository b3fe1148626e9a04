import { expect, html } from '@open-wc/testing';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$ } from '../../helpers/shadow.js';
import { article, FIXTURES } from './article-helpers.js';

/**
 * Links from an article's data follow the rule every widget's links do (`relFor`): one that leaves
 * the site opens in a new tab with no opener and no referrer; one within the site opens here.
 */
describe('<recovery-article> links from the article', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('opens links to other sites in a new tab without referrer, and links within the site here', async () => {
    const el = await article(html`<recovery-article src="${FIXTURES}links.json"></recovery-article>`);
    const byText = (text: string) => $$(el, 'a').find((a) => a.textContent!.includes(text)) as HTMLAnchorElement;
    const within = [byText('our contact page'), $(el, '[part~="reference"] a') as HTMLAnchorElement];
    expect(within.map((a) => a.getAttribute('href'))).to.deep.equal(
      ['/contact', '/research'].map((path) => new URL(path, location.href).href),
    );
    for (const a of within) {
      const text = a.href;
      expect(a.hasAttribute('target'), text).to.equal(false);
      expect(a.hasAttribute('rel'), text).to.equal(false);
      expect(a.textContent, text).not.to.contain('(opens in a new tab)');
    }
    for (const text of ['a guide elsewhere', 'Source: The clinic']) {
      const a = byText(text);
      expect(a.target, text).to.equal('_blank');
      expect(a.rel, text).to.equal('noopener noreferrer');
      expect(a.querySelector('.visually-hidden')!.textContent, text).to.contain('(opens in a new tab)');
    }
    expect(ours(log.warn)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
