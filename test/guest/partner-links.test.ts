import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/recovery-cta/recovery-cta.js';
import '../../src/components/recovery-provider/recovery-provider.js';
import '../../src/components/related-posts/related-posts.js';
import type { RecoveryCta } from '../../src/components/recovery-cta/recovery-cta.js';
import { article } from '../components/recovery-article/article-helpers.js';
import { ours, recordConsole, type ConsoleRecord } from '../helpers/console.js';
import { until } from '../helpers/frame.js';
import { $, $$, text } from '../helpers/shadow.js';

/**
 * Links the widgets build from settings: `contact-url` and `href-template` may name another site.
 * Before the fix they had no `rel`, so a click told that site the visitor's page address, against
 * the README's promise; and `email` could carry `?bcc=` headers behind "Email us".
 */
const OTHER = 'https://partner.example';
const rels = (el: Element, selector: string) => $$(el, selector).map((a) => a.getAttribute('rel'));

describe('links the widgets build from settings', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('<recovery-cta contact-url> on another site: noopener noreferrer; on this site: the referrer stays', async () => {
    const away = await fixture<RecoveryCta>(html`<recovery-cta contact-url="${OTHER}/contact"></recovery-cta>`);
    expect(rels(away, '[part~="action-contact"]')).to.deep.equal(['noopener noreferrer']);
    const home = await fixture<RecoveryCta>(html`<recovery-cta contact-url="/contact"></recovery-cta>`);
    expect(rels(home, '[part~="action-contact"]')).to.deep.equal([null]);
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('<related-posts href-template> to another site: noopener noreferrer on every item', async () => {
    const el = await fixture(
      html`<related-posts href-template="${OTHER}/blog/{slug}" content-base="/test/fixtures/content-index/"></related-posts>`,
    );
    await until(() => $$(el, '[part~="read-more"]').length > 0, 10000);
    const all = rels(el, '[part~="read-more"]');
    expect(all.length).to.be.greaterThan(0);
    expect(new Set(all)).to.deep.equal(new Set(['noopener noreferrer']));
    const home = await fixture(
      html`<related-posts href-template="/blog/{slug}" content-base="/test/fixtures/content-index/"></related-posts>`,
    );
    await until(() => $$(home, '[part~="read-more"]').length > 0, 10000);
    expect(new Set(rels(home, '[part~="read-more"]'))).to.deep.equal(new Set([null]));
  });

  it('<recovery-article href-template> to another site: noopener noreferrer on links to other articles', async () => {
    const el = await article(
      html`<recovery-article slug="sample" content-base="/test/fixtures/articles/content/" href-template="${OTHER}/{slug}"></recovery-article>`,
    );
    expect($(el, 'a[part~="article-link"]')!.getAttribute('href')).to.equal(`${OTHER}/finding-a-meeting`);
    expect(rels(el, 'a[part~="article-link"]')).to.deep.equal(['noopener noreferrer']);
  });

  for (const where of ['recovery-cta', 'recovery-provider']) {
    it(`an email with headers after it on <${where}> is left out with a message; the rest still works`, async () => {
      const email = 'help@aa.org?bcc=spy%40evil.example&body=Hello';
      const wrapper = await fixture(
        where === 'recovery-cta'
          ? html`<div><recovery-cta email=${email} phone="555-0100"></recovery-cta></div>`
          : html`<recovery-provider email=${email} phone="555-0100"><recovery-cta></recovery-cta></recovery-provider>`,
      );
      const el = wrapper.querySelector('recovery-cta')! as RecoveryCta;
      await el.updateComplete;
      expect($$(el, 'a[href^="mailto:"]').map((a) => a.getAttribute('href'))).to.deep.equal([]);
      expect($$(el, '[part~="action-call"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:5550100']);
      expect(text(el)).to.contain('988 Suicide & Crisis Lifeline');
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain(`<${where}>`)
        .and.contain('email="help@aa.org?bcc=')
        .and.contain('is not a plain email address');
    });
  }
});
