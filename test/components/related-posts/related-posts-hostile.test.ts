import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/related-posts/related-posts.js';
import type { RelatedPosts } from '../../../src/components/related-posts/related-posts.js';
import { clearIndexCacheForTests } from '../../../src/content/load-index.js';
import { ALL_PAYLOADS, DANGEROUS_URLS, SCRIPTY, dangerousLinks, pwned } from '../../fixtures/hostile/payloads.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, settled } from '../../helpers/shadow.js';

/**
 * A partner's index is untrusted: slugs, titles and descriptions made of the hostile corpus. The
 * test server cannot serve them, so fetch answers this one URL from the corpus.
 */
const HOSTILE_BASE = '/test/fixtures/content-index/hostile/';
const payloadSlugs = ALL_PAYLOADS.map((p) => p.slice(0, 200));
/** What a slug becomes once read: lone surrogate halves are not text and turn into U+FFFD. */
const shownSlug = (slug: string) =>
  slug.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function hostileIndex() {
  const articles = ALL_PAYLOADS.map((p, i) => ({
    slug: payloadSlugs[i],
    language: 'en',
    title: p,
    description: p,
    topics: ['family'],
    published: '2024-01-01',
    updated: '2024-01-01',
    readingMinutes: 1,
    related: [] as { slug: string; score: number }[],
  }));
  articles.unshift({
    ...articles[0],
    slug: 'source',
    title: 'Source',
    related: payloadSlugs.map((slug) => ({ slug, score: 1 })),
  });
  return { version: 1, language: 'en', articles };
}

async function ready(el: RelatedPosts): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await settled(el);
    if (!$(el, '[role="status"]')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('never loaded');
}

describe('<related-posts> with hostile data', () => {
  let log: ConsoleRecord;
  const realFetch = window.fetch;
  before(() => {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes(`${HOSTILE_BASE}index.en.json`)) {
        return Promise.resolve(
          new Response(JSON.stringify(hostileIndex()), { headers: { 'Content-Type': 'application/json' } }),
        );
      }
      return realFetch(input, init);
    };
  });
  after(() => (window.fetch = realFetch));
  beforeEach(() => {
    log = recordConsole();
    clearIndexCacheForTests();
  });
  afterEach(() => log.restore());

  it('URL-encodes hostile slugs into the template and renders titles as text', async () => {
    const el = await fixture<RelatedPosts>(
      html`<related-posts for="source" limit="100" href-template="/blog/{slug}" content-base=${HOSTILE_BASE}></related-posts>`,
    );
    await ready(el);
    const anchors = $$(el, 'a');
    expect(anchors).to.have.length(ALL_PAYLOADS.length);
    anchors.forEach((a, i) => {
      const href = a.getAttribute('href')!;
      expect(href.startsWith(`${location.origin}/blog/`), href.slice(0, 80)).to.equal(true);
      expect(decodeURIComponent(new URL(href).pathname.slice('/blog/'.length))).to.equal(shownSlug(payloadSlugs[i]));
    });
    const shown = $$(el, '[part~="item-title"]').map((h) => h.textContent);
    // Titles are kept to 2000 characters: a 100 KB "title" is not a title.
    expect(shown).to.deep.equal(ALL_PAYLOADS.map((p) => shownSlug(p.slice(0, 2000))));
    expect(pwned(el.shadowRoot!)).to.equal(false);
    expect(dangerousLinks(el.shadowRoot!)).to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('keeps hostile slugs inside ?article= links in target mode', async () => {
    const wrapper = await fixture(html`<div>
      <div id="art"></div>
      <related-posts for="source" target="#art" limit="100" content-base=${HOSTILE_BASE}></related-posts>
    </div>`);
    const el = wrapper.querySelector('related-posts')!;
    await ready(el);
    const anchors = $$(el, 'a');
    expect(anchors).to.have.length(ALL_PAYLOADS.length);
    anchors.forEach((a, i) => {
      const url = new URL(a.getAttribute('href')!);
      expect(url.origin).to.equal(location.origin);
      expect(url.searchParams.get('article')).to.equal(shownSlug(payloadSlugs[i]));
    });
    expect(dangerousLinks(el.shadowRoot!)).to.deep.equal([]);
  });

  for (const template of DANGEROUS_URLS) {
    it(`never links with href-template=${JSON.stringify(template.slice(0, 30))}{slug}`, async () => {
      const el = await fixture<RelatedPosts>(
        html`<related-posts for="source" href-template=${`${template}{slug}`} content-base=${HOSTILE_BASE}></related-posts>`,
      );
      await ready(el);
      expect(dangerousLinks(el.shadowRoot!)).to.deep.equal([]);
      expect($$(el, '[part~="item-title"]').length).to.equal(3);
      const warnings = ours(log.warn);
      if ($$(el, 'a').length === 0) {
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<related-posts>').and.contain('href-template=');
      }
    });
  }

  for (const payload of [...SCRIPTY.slice(0, 4), 'x'.repeat(10000)]) {
    it(`warns once and still renders for for/exclude/topics/target=${JSON.stringify(payload.slice(0, 24))}`, async () => {
      const el = await fixture<RelatedPosts>(
        html`<related-posts for=${payload} exclude=${payload} topics=${payload} target=${payload} content-base="/test/fixtures/content-index/"></related-posts>`,
      );
      await new Promise((r) => requestAnimationFrame(r));
      await ready(el);
      expect(pwned(el.shadowRoot!)).to.equal(false);
      expect($(el, '[part~="heading"]')).to.exist;
      for (const w of ours(log.warn)) expect(w.length).to.be.below(600);
      expect(ours(log.warn).some((w) => w.includes('for="'))).to.equal(true);
    });
  }

  it('renders every attribute set to every payload as text, with the list still there', async function () {
    this.timeout(60000);
    const attributes = [
      'for',
      'target',
      'history',
      'limit',
      'layout',
      'exclude',
      'topics',
      'heading',
      'heading-level',
      'href-template',
      'theme',
    ];
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const name of attributes) {
        for (const payload of ALL_PAYLOADS) {
          const el = document.createElement('related-posts') as RelatedPosts;
          el.setAttribute('content-base', '/test/fixtures/content-index/');
          if (name !== 'for') el.setAttribute('for', 'you-cant-do-recovery-alone');
          el.setAttribute(name, payload);
          host.replaceChildren(el);
          await ready(el);
          const where = `${name}="${payload.slice(0, 30)}"`;
          expect(pwned(el.shadowRoot!), where).to.equal(false);
          expect(dangerousLinks(el.shadowRoot!), where).to.deep.equal([]);
          if (name === 'topics')
            expect($(el, '[part~="status"]')!.textContent, where).to.equal('No related articles yet.');
          else expect($$(el, '[part~="item-title"]').length, where).to.be.greaterThan(0);
        }
      }
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    } finally {
      host.remove();
    }
  });
});
