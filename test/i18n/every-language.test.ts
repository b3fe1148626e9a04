import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/recovery-article/recovery-article.js';
import '../../src/components/recovery-cta/recovery-cta.js';
import '../../src/components/related-posts/related-posts.js';
import { ENGLISH } from '../../src/i18n/english.js';
import { LANGUAGES } from '../../src/util/language.js';
import { $, $$, settled } from '../helpers/shadow.js';
import { until } from '../helpers/frame.js';
import { EDGE_FEED, finder, loaded } from './language-fixtures.js';

/** The interface namespaces (data namespaces such as `types` hold names, not sentences). */
const INTERFACE = ['cta', 'article', 'related', 'finder'] as const;

/**
 * The English phrases a widget must not show in another language: every run of two or more words
 * of an English interface message (between its placeholders).
 */
function englishPhrases(): Map<string, string> {
  const phrases = new Map<string, string>();
  for (const ns of INTERFACE) {
    for (const [key, english] of Object.entries(ENGLISH[ns])) {
      const forms = typeof english === 'string' ? [english] : Object.values(english);
      for (const form of forms) {
        for (const part of form.split(/\{\w+\}/)) {
          const phrase = part.replace(/\s+/g, ' ').trim();
          if (phrase.split(' ').length >= 2 && phrase.length >= 8) phrases.set(phrase, `${ns}.${key}`);
        }
      }
    }
  }
  return phrases;
}

/** Parts that show content (an English article, meeting data, names), not interface. */
const CONTENT = [
  'title',
  'description',
  'body',
  'references',
  'footer',
  'item-title',
  'item-description',
  'meeting-name',
  'meeting-place',
  'detail-heading',
  'detail-facts',
  'entry-name',
  'same-location',
].map((p) => `[part~="${p}"]`);

/** Everything a visitor reads in a widget's interface: its text, and the names given to controls. */
function visible(el: Element): string {
  const root = el.shadowRoot!;
  const copy = document.createElement('div');
  for (const child of root.children) if (child.localName !== 'style') copy.append(child.cloneNode(true));
  for (const n of copy.querySelectorAll(CONTENT.join(','))) n.remove();
  const names = [...copy.querySelectorAll('[aria-label], [placeholder], [title]')].map((n) =>
    ['aria-label', 'placeholder', 'title'].map((a) => n.getAttribute(a) ?? '').join(' '),
  );
  return `${copy.textContent} ${names.join(' ')}`.replace(/\s+/g, ' ');
}

function expectNoEnglish(el: Element, phrases: Map<string, string>, where: string): void {
  const text = visible(el);
  const left = [...phrases].filter(([phrase]) => text.includes(phrase)).map(([p, key]) => `${key}: "${p}"`);
  expect(left, `${where}: English left in the interface`).to.deep.equal([]);
}

for (const language of LANGUAGES.filter((l) => l !== 'en')) {
  describe(`every widget in ${language}`, function () {
    this.timeout(30000);
    let phrases: Map<string, string>;
    before(async () => {
      phrases = englishPhrases();
      expect(phrases.size).to.be.greaterThan(50);
    });

    it('the call to action: no English string, axe clean, the direction of the language', async () => {
      const wrapper = await fixture(html`<div lang=${language}>
        <recovery-cta organization="Harbor" phone="(206) 555-0142" sms="206-555-0143" email="help@harbor.example"
          contact-url="/contact" hours="Mon–Fri"></recovery-cta></div>`);
      const cta = wrapper.querySelector('recovery-cta')!;
      await settled(cta);
      expectNoEnglish(cta, phrases, 'recovery-cta');
      expect($(cta, '[part~="base"]')!.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
      await expect(cta).to.be.accessible();
    });

    it('the fellowship directory, on each of its three paths', async () => {
      const el = await finder('', { lang: language });
      for (const path of ['self', 'family', 'pro']) {
        ($(el, `input[value="${path}"]`) as HTMLInputElement).click();
        await settled(el);
        expectNoEnglish(el, phrases, `directory (${path})`);
      }
      await expect(el).to.be.accessible();
    });

    it('the meeting finder: list, filters, detail and the empty state', async () => {
      const el = await loaded(await finder(EDGE_FEED, { lang: language }));
      ($(el, '[part~="filters-toggle"]') as HTMLButtonElement)?.click();
      await settled(el);
      expectNoEnglish(el, phrases, 'finder list');
      await expect(el).to.be.accessible();
      ($(el, '[part~="meeting-name"]') as HTMLButtonElement).click();
      await settled(el);
      expectNoEnglish(el, phrases, 'finder detail');
      await expect(el).to.be.accessible();
      ($(el, '[part~="back"]') as HTMLButtonElement).click();
      await settled(el);
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      input.value = 'xyzzy-nothing';
      input.dispatchEvent(new Event('input'));
      await until(() => $(el, '[part~="empty"]'));
      expectNoEnglish(el, phrases, 'finder empty');
      await expect(el).to.be.accessible();
    });

    it('an article and its related posts (the text may fall back to English, the interface may not)', async () => {
      const wrapper = await fixture(html`<div lang=${language}>
        <recovery-article slug="you-cant-do-recovery-alone" toc reading-time content-base="/dist/content/"></recovery-article>
        <related-posts slug="you-cant-do-recovery-alone" content-base="/dist/content/"></related-posts></div>`);
      const [article, related] = [wrapper.querySelector('recovery-article')!, wrapper.querySelector('related-posts')!];
      await until(() => $(article, '[part~="title"]') && $$(related, '[part~="item"]').length > 0, 15000);
      await settled(article);
      expectNoEnglish(article, phrases, 'recovery-article');
      expectNoEnglish(related, phrases, 'related-posts');
      await expect(article).to.be.accessible();
      await expect(related).to.be.accessible();
    });
  });
}
