import { expect, html } from '@open-wc/testing';
import { recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { closePages, openPage, until } from '../../helpers/frame.js';
import { $ } from '../../helpers/shadow.js';
import { article, BASE, jsonLd } from './article-helpers.js';

describe('<recovery-article> structured data for search engines', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('puts MedicalWebPage JSON-LD for a reviewed article in the light DOM', async () => {
    const el = await article(
      html`<recovery-article slug="sample" content-base=${BASE} organization="Harbor Clinic"></recovery-article>`,
    );
    const data = jsonLd(el);
    expect(data).to.have.length(1);
    const ld = data[0];
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('MedicalWebPage');
    expect(ld.headline).to.equal("You can't do recovery alone");
    expect(ld.description).to.equal('Why people around you make recovery more likely to last.');
    expect(ld.datePublished).to.equal('2024-03-05');
    expect(ld.dateModified).to.equal('2024-07-08');
    expect(ld.inLanguage).to.equal('en');
    expect(ld.lastReviewed).to.equal('2024-09-10');
    expect(ld.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dr. Ana Ruiz, MD' });
    expect(ld.author).to.deep.equal({ '@type': 'Organization', name: 'Recovery Widgets editors' });
    expect(ld.publisher).to.deep.equal({ '@type': 'Organization', name: 'Harbor Clinic' });
    expect((ld.citation as { name: string }[]).map((c) => c.name)).to.deep.equal([
      'Social support and recovery',
      'Mutual-help groups',
    ]);
    // It is a child of the element itself, so crawlers reading the page's HTML find it.
    expect(el.querySelector(':scope > script[type="application/ld+json"]')!.parentElement).to.equal(el);
  });

  it('uses Article for an unreviewed article, and replaces the data when the slug changes', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    expect(jsonLd(el)[0]['@type']).to.equal('MedicalWebPage');
    el.slug = 'finding-a-meeting';
    await until(() => $(el, '[part~="title"]')?.textContent === 'Finding a meeting');
    const data = jsonLd(el);
    expect(data).to.have.length(1);
    expect(data[0]['@type']).to.equal('Article');
    expect(data[0].headline).to.equal('Finding a meeting');
    expect(data[0]).not.to.have.property('lastReviewed');
    expect(data[0]).not.to.have.property('citation');
  });

  it('adds the article URL from href-template', async () => {
    const el = await article(
      html`<recovery-article slug="sample" content-base=${BASE} href-template="/blog/{slug}"></recovery-article>`,
    );
    expect(jsonLd(el)[0].url).to.equal(new URL('/blog/sample', location.href).href);
  });

  it('removes the data when the article fails or the element leaves the page, and restores it on return', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    const parent = el.parentElement!;
    el.remove();
    expect(jsonLd(el)).to.deep.equal([]);
    parent.append(el);
    expect(jsonLd(el)).to.have.length(1);
    el.slug = 'missing-article';
    await until(() => $(el, '[part~="message"]'));
    expect(jsonLd(el)).to.deep.equal([]);
  });

  describe('under a strict CSP with Trusted Types', () => {
    afterEach(closePages);

    it('creates the data through the recovery-widgets policy with zero violations', async () => {
      const win = await openPage('/test/fixtures/articles/csp-article.html');
      const host = await until(() => {
        const el = win.document.querySelector('recovery-article');
        return el?.shadowRoot?.querySelector('[part~="title"]') ? el : undefined;
      });
      expect(host!.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal("You can't do recovery alone");
      const script = host!.querySelector('script[type="application/ld+json"]')!;
      expect(JSON.parse(script.textContent!).headline).to.equal("You can't do recovery alone");
      expect(win.getComputedStyle(host!.shadowRoot!.querySelector('[part~="toc"]')!).borderTopLeftRadius).to.equal(
        '8px',
      );
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__record.violations).to.deep.equal([]);
      expect(win.__record.errors).to.deep.equal([]);
      expect(win.__record.warn.filter((w) => w.startsWith('[recovery-widgets]'))).to.deep.equal([]);
    });

    it('still shows the article when the page does not allow the policy, and says what to add', async () => {
      const win = await openPage('/test/fixtures/articles/csp-article-no-policy.html');
      const host = await until(() => {
        const el = win.document.querySelector('recovery-article');
        return el?.shadowRoot?.querySelector('[part~="title"]') ? el : undefined;
      });
      expect(host!.querySelector('script')).to.equal(null);
      const warnings = win.__record.warn.filter((w) => w.startsWith('[recovery-widgets]'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<recovery-article>').and.contain('trusted-types lit-html recovery-widgets');
      // The only violation is the refused policy name itself: no script text was ever offered.
      expect(win.__record.violations.every((v) => v.startsWith('trusted-types'))).to.equal(true);
      expect(win.__record.violations.length).to.be.at.most(1);
    });
  });
});
