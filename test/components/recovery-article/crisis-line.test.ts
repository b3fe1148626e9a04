import { expect, html } from '@open-wc/testing';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { closePages, openSrcdoc, until } from '../../helpers/frame.js';
import { $ } from '../../helpers/shadow.js';
import { article, BASE, FIXTURES } from './article-helpers.js';

/**
 * Every article opens with one short line for a reader in danger right now (issue 18): 988, call
 * or text, and 911, as real links, in the reader's language (even above an article shown in English).
 */
const CONTENT = '/dist/content/';
const HREFS = ['tel:988', 'sms:988', 'tel:911'];
/** The line as a visitor reads it, and its links' words, by language. */
const LINE: Record<string, { text: string; links: string[] }> = {
  en: {
    text: 'In crisis or in danger right now? Call 988 or text 988, any time. In an emergency, call 911.',
    links: ['Call 988', 'text 988', 'call 911'],
  },
  es: {
    text: '¿Está en crisis o en peligro ahora mismo? Llame al 988 o envíe un mensaje de texto al 988, a cualquier hora. En una emergencia, llame al 911.',
    links: ['Llame al 988', 'envíe un mensaje de texto al 988', 'llame al 911'],
  },
  fr: {
    text: 'En crise ou en danger en ce moment ? Appelez le 988 ou envoyez un texto au 988, jour et nuit (réponse en anglais ou en espagnol ; par téléphone, vous pouvez demander un interprète). En cas d’urgence, appelez le 911.',
    links: ['Appelez le 988', 'envoyez un texto au 988', 'appelez le 911'],
  },
};

const crisis = (el: Element) => $(el, '[part~="crisis"]');
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The line is there, in `language`, before the first paragraph, and its links are real. */
function expectLine(el: Element, language: string, where: string) {
  const line = crisis(el);
  expect(line, where).to.exist;
  expect(line!.localName, `${where}: a paragraph, not a heading`).to.equal('p');
  expect(line!.getAttribute('lang'), where).to.equal(language);
  expect(flat(line!.textContent), where).to.equal(LINE[language].text);
  const links = Array.from(line!.querySelectorAll('a'));
  expect(
    links.map((a) => a.getAttribute('href')),
    where,
  ).to.deep.equal(HREFS);
  expect(
    links.map((a) => flat(a.textContent)),
    where,
  ).to.deep.equal(LINE[language].links);
  expect(
    links.every((a) => !a.target && a.getAttribute('part') === 'crisis-link'),
    where,
  ).to.equal(true);
  // After the header (title, description, tools), before the contents and the first paragraph.
  const header = $(el, '[part~="header"]')!;
  const first = $(el, '[part~="body"] p')!;
  expect(header.compareDocumentPosition(line!) & Node.DOCUMENT_POSITION_FOLLOWING, where).to.be.greaterThan(0);
  expect(line!.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING, where).to.be.greaterThan(0);
  const toc = $(el, '[part~="toc"]');
  if (toc) expect(line!.compareDocumentPosition(toc) & Node.DOCUMENT_POSITION_FOLLOWING, where).to.be.greaterThan(0);
  const box = line!.getBoundingClientRect();
  expect(box.height, where).to.be.greaterThan(0);
}

describe('<recovery-article> crisis line', function () {
  this.timeout(120000);
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  for (const [lang, theme] of [
    ['en', 'light'],
    ['es', 'dark'],
    ['fr', 'light'],
  ] as const) {
    it(`opens every article of the collection, in ${lang} (${theme}), in the reader's language`, async () => {
      const english = await (await fetch(`${CONTENT}index.en.json`)).json();
      const own = await (await fetch(`${CONTENT}index.${lang}.json`)).json();
      const translated = new Set<string>(own.articles.map((a: { slug: string }) => a.slug));
      const slugs: string[] = english.articles.map((a: { slug: string }) => a.slug);
      expect(slugs.length).to.be.greaterThan(5);
      for (const slug of slugs) {
        const el = await article(
          html`<recovery-article slug=${slug} lang=${lang} theme=${theme} toc content-base=${CONTENT}></recovery-article>`,
        );
        // An article without a translation is shown in English, but its line is in the reader's language.
        expectLine(el, lang, `${lang} ${slug}${translated.has(slug) ? '' : ' (English text)'}`);
        await expect(el, `${lang} ${slug}`).to.be.accessible();
      }
      if (lang === 'fr') expect(translated.size, 'the French collection is partial').to.be.within(1, slugs.length - 1);
      expect(ours(log.warn)).to.deep.equal([]);
      expect(ours(log.error)).to.deep.equal([]);
    });
  }

  it("opens a partner's own article (src) too, in the page's language", async () => {
    const en = await article(html`<recovery-article src="${FIXTURES}content/en/sample.json"></recovery-article>`);
    expectLine(en, 'en', 'English src');
    const es = await article(
      html`<recovery-article lang="es" theme="dark" src="${FIXTURES}content/es/sample.json"></recovery-article>`,
    );
    expectLine(es, 'es', 'Spanish src');
    await expect(es).to.be.accessible();
  });

  it("is in the reader's language above an untranslated article on a Spanish page", async () => {
    const el = await article(
      html`<div lang="es"><recovery-article slug="english-only" content-base=${BASE}></recovery-article></div>`,
    );
    expect($(el, '[part~="note"]')).to.exist;
    expectLine(el, 'es', 'english-only in es');
    await expect(el).to.be.accessible();
  });

  it('is not shown with a message (nothing to read yet)', async () => {
    const el = await article(html`<recovery-article slug="no-such-article" content-base=${BASE}></recovery-article>`);
    expect($(el, '[part~="message"]')).to.exist;
    expect(crisis(el)).to.equal(null);
  });

  describe('on a hostile host page', () => {
    afterEach(closePages);

    it('stays visible and its links stay real against the theme and a ::part rule that hides it', async () => {
      const win = await openSrcdoc(
        `<link rel="stylesheet" href="/test/pages/hostile.css">
         <style>recovery-article::part(crisis) { display: none !important; visibility: hidden !important; opacity: 0 !important; }
         recovery-article::part(crisis) { color: rgb(1, 2, 3); }</style>
         <script src="/dist/recovery-widgets.js" defer></script>`,
        `<recovery-article slug="sample" content-base="${BASE}"></recovery-article>`,
        { width: 800, height: 3000 },
      );
      const el = await until(() => {
        const host = win.document.querySelector('recovery-article');
        return host?.shadowRoot?.querySelector('[part~="crisis"]') ? host : undefined;
      }, 10000);
      const line = el!.shadowRoot!.querySelector<HTMLElement>('[part~="crisis"]')!;
      const style = win.getComputedStyle(line);
      expect(style.display).to.equal('block');
      expect(style.visibility).to.equal('visible');
      expect(style.opacity).to.equal('1');
      // Restyling is allowed: the partner's color applies.
      expect(style.color).to.equal('rgb(1, 2, 3)');
      // The theme's uppercase and loose line height do not reach it.
      expect(style.textTransform).to.equal('none');
      expect(parseFloat(style.lineHeight)).to.be.below(parseFloat(style.fontSize) * 2);
      const links = Array.from(line.querySelectorAll<HTMLAnchorElement>('a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(HREFS);
      for (const a of links) {
        a.scrollIntoView();
        const box = a.getBoundingClientRect();
        expect(box.width, a.href).to.be.greaterThan(10);
        const inner = el!.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        expect(a.contains(inner), a.href).to.equal(true);
      }
      expect(win.__record.errors).to.deep.equal([]);
    });
  });
});
