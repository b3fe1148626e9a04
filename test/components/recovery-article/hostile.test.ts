import { expect, html } from '@open-wc/testing';
import { readDocument } from '../../../src/content/read-document.js';
import { ALL_PAYLOADS, DANGEROUS_URLS, dangerousLinks, pwned, SCRIPTY } from '../../fixtures/hostile/payloads.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, text } from '../../helpers/shadow.js';
import { article, FIXTURES, jsonLd } from './article-helpers.js';

/** An untrusted `src` file built from the shared hostile corpus (generate-hostile.mjs). */
describe('<recovery-article> with a hostile src', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('renders every payload as text: nothing runs, nothing becomes an element, no dangerous link', async () => {
    const el = await article(
      html`<recovery-article src="${FIXTURES}hostile.json" toc reading-time></recovery-article>`,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(pwned(el.shadowRoot!)).to.equal(false);
    expect(pwned(el)).to.equal(false);
    expect(dangerousLinks(el.shadowRoot!)).to.deep.equal([]);
    expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(
      $$(
        el,
        'img, svg, iframe, script, details, math, style, object, embed, form, base, meta, link, noscript, template',
      ),
    ).to.deep.equal([]);

    // The payloads are visible as the text they are.
    expect($(el, '[part~="title"]')!.textContent).to.equal(SCRIPTY[1]);
    const shown = text(el);
    for (const payload of SCRIPTY)
      expect(shown, `${payload} (if new, run node test/fixtures/articles/generate-hostile.mjs)`).to.contain(
        payload.replace(/\s+/g, ' ').trim(),
      );

    // Links that are not http(s) are plain text; the article link with a bad slug too. Two of the
    // corpus are harmless http(s) links once resolved: a protocol-relative URL, and entities that
    // are only relative paths in JSON (no HTML decoding happens).
    const httpOnceResolved = [
      '//evil.example/%2e%2e',
      'javascript&colon;window.__pwned=1',
      '&#106;avascript:window.__pwned=1',
    ];
    for (let i = 0; i < DANGEROUS_URLS.length; i++) {
      const link = $$(el, 'a').find((a) => a.textContent!.includes(`danger-${i}-end`));
      expect(Boolean(link), DANGEROUS_URLS[i]).to.equal(httpOnceResolved.includes(DANGEROUS_URLS[i]));
      if (link) expect(new URL(link.getAttribute('href')!).protocol).to.match(/^https?:$/);
      expect(shown).to.contain(`danger-${i}-end`);
    }
    expect($$(el, '[part~="article-link"]')).to.deep.equal([]);
    expect(shown).to.contain('bad article link');
    for (const a of $$(el, 'a[target="_blank"]')) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');

    // Unknown blocks and inline nodes are dropped; bad citations too; the good one stays.
    expect($$(el, '[part~="citation"]').map((a) => a.dataset.target)).to.deep.equal(['ref-1']);
    expect($$(el, '[part~="reference"]').map((r) => r.id)).to.deep.equal(['ref-1', 'ref-2']);
    expect($$(el, '[part~="reference"] a[target]')).to.deep.equal([]);
    expect($(el, '[part~="footer"] a')).to.equal(null);
    expect($(el, '[part~="heading"]')!.id).to.equal('sec-section-1');
    expect($$(el, 'time').map((t) => t.getAttribute('datetime'))).to.deep.equal(['2024-01-02']);

    // One warning that names the source and lists what was left out.
    const warnings = ours(log.warn);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<recovery-article>').and.contain('hostile.json');
    expect(warnings[0]).to.contain('left out');
    expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);

    // The structured data carries the payload as inert JSON, with no "<" that could end the script.
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('<');
    expect(jsonLd(el)[0].headline).to.equal(SCRIPTY[1]);
    await expect(el).to.be.accessible();
  });

  it('cuts a text longer than 20,000 characters and says so', async () => {
    const el = await article(html`<recovery-article src="${FIXTURES}long-text.json"></recovery-article>`);
    expect($(el, '[part~="body"] p')!.textContent!.length).to.equal(20000);
    expect(ours(log.warn)[0]).to.contain('longer than 20000 characters');
  });

  it('takes every hostile payload in every attribute without running, linking or throwing', async function () {
    this.timeout(60000);
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    const host = document.createElement('div');
    document.body.append(host);
    const attributes = [
      'slug',
      'src',
      'heading-level',
      'toc',
      'reading-time',
      'lang',
      'content-base',
      'href-template',
      'theme',
    ];
    try {
      for (const name of attributes) {
        for (const payload of ALL_PAYLOADS) {
          const el = document.createElement('recovery-article');
          el.setAttribute(name, payload);
          if (name !== 'slug' && name !== 'src') el.setAttribute('src', `${FIXTURES}content/en/sample.json`);
          host.replaceChildren(el);
          await el.updateComplete;
          await new Promise((r) => setTimeout(r, 5));
          const where = `${name}="${payload.slice(0, 40)}"`;
          expect(pwned(host), where).to.equal(false);
          expect(dangerousLinks(el.shadowRoot!), where).to.deep.equal([]);
          expect(el.shadowRoot!.childElementCount, where).to.be.greaterThan(0);
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      host.remove();
    }
  });

  describe('readDocument()', () => {
    const base = 'https://partner.example/articles/a.json';

    it('refuses what is not an article', () => {
      for (const raw of [null, [], 'text', 42, {}, { title: 'x' }, { title: '', body: [] }, { title: 'x', body: {} }]) {
        expect(readDocument(raw, base).doc, JSON.stringify(raw)).to.equal(undefined);
      }
    });

    it('resolves relative links against the file and keeps only http(s)', () => {
      const { doc, problems } = readDocument(
        {
          title: 't',
          body: [
            {
              type: 'paragraph',
              children: [
                { type: 'link', href: 'next.html', children: ['a'] },
                { type: 'link', href: 'vbscript:msgbox(1)', children: ['b'] },
              ],
            },
          ],
        },
        base,
      );
      expect(doc!.body[0]).to.deep.equal({
        type: 'paragraph',
        children: [{ type: 'link', href: 'https://partner.example/articles/next.html', children: ['a'] }, 'b'],
      });
      expect(problems.join()).to.contain('vbscript:');
    });

    it('drops wrong types and keeps n positive whole numbers only', () => {
      const { doc } = readDocument(
        {
          title: 't',
          body: [
            {
              type: 'paragraph',
              children: [{ type: 'cite', n: 2 }, { type: 'cite', n: 1 }, 7, { type: 'em', children: 'x' }],
            },
          ],
          references: [
            { n: 1, title: 'r', publisher: 'p', year: '2020' },
            { n: 2.5, title: 'r' },
          ],
          readingMinutes: 'ten',
        },
        base,
      );
      expect(doc!.body[0]).to.deep.equal({
        type: 'paragraph',
        children: [
          { type: 'cite', n: 1 },
          { type: 'em', children: [] },
        ],
      });
      expect(doc!.references).to.deep.equal([{ n: 1, title: 'r', publisher: 'p' }]);
      expect(doc!.readingMinutes).to.equal(0);
    });

    it('drops unknown node types and wrong shapes, naming each problem once', () => {
      const { doc, problems } = readDocument(
        {
          title: 't',
          body: [
            { type: 'video', src: 'x' },
            { type: 'video' },
            7,
            {
              type: 'paragraph',
              children: [
                'a',
                { type: 'marquee', children: ['b'] },
                { type: 'article-link', slug: '../x', children: ['c'] },
              ],
            },
            { type: 'list', items: [['d'], 'e'] },
            { type: 'heading', depth: 9, id: 'x y', children: ['h'] },
          ],
          published: 'yesterday',
          author: 42,
        },
        base,
      );
      expect(doc!.body).to.deep.equal([
        { type: 'paragraph', children: ['a', 'c'] },
        { type: 'list', ordered: false, items: [['d']] },
        { type: 'heading', depth: 2, id: 'section-6', children: ['h'] },
      ]);
      expect(doc!.published).to.equal('');
      expect(doc!.author).to.equal('');
      expect(problems.filter((p) => p.includes('"video"'))).to.have.length(1);
      for (const part of [
        'a block without a "type"',
        '"marquee"',
        '"../x" is not a slug',
        'not arrays',
        '"depth"',
        '"published" is not a YYYY-MM-DD date',
        '"author" is not a string',
      ]) {
        expect(problems.join('\n'), part).to.contain(part);
      }
    });

    it('stops reading a document with more than 5,000 nodes (the paragraph is one of them)', () => {
      const { doc, problems } = readDocument(
        { title: 't', body: [{ type: 'paragraph', children: Array(25000).fill('w') }] },
        base,
      );
      expect((doc!.body[0] as { children: unknown[] }).children).to.have.length(4999);
      expect(problems.join()).to.contain('more than 5000 nodes');
    });

    it('stops at deep nesting instead of overflowing the stack', () => {
      let node: unknown = 'deep';
      for (let i = 0; i < 5000; i++) node = { type: 'em', children: [node] };
      const { doc, problems } = readDocument({ title: 't', body: [{ type: 'paragraph', children: [node] }] }, base);
      expect(doc).to.exist;
      expect(problems.join()).to.contain('nested deeper');
    });
  });
});
