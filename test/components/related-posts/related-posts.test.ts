import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/related-posts/related-posts.js';
import '../../../src/components/recovery-provider/recovery-provider.js';
import '../../../src/components/recovery-article/recovery-article.js';
import type { RelatedPosts } from '../../../src/components/related-posts/related-posts.js';
import { clearIndexCacheForTests } from '../../../src/content/load-index.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, settled, text } from '../../helpers/shadow.js';
import { until } from '../../helpers/frame.js';

const BASE = '/test/fixtures/content-index/';

/** Waits until the index is read and the list (or a message) is on screen. */
async function ready(el: RelatedPosts): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await settled(el);
    if (!$(el, '[part~="status"][role="status"]')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('related-posts never finished loading');
}

async function mount(template: ReturnType<typeof html>): Promise<RelatedPosts> {
  const el = await fixture<RelatedPosts>(template);
  await ready(el);
  return el;
}

const titles = (el: Element) => $$(el, '[part~="item-title"]').map((h) => h.textContent!.trim());
const links = (el: Element) => $$(el, 'a');
const heading = (el: Element) => $(el, '[part~="heading"]')!;

/** A stand-in for an article element: a `slug` property, and a load event when it changes. */
class StandInArticle extends HTMLElement {
  private value?: string;
  loads = 0;
  get slug(): string | undefined {
    return this.value;
  }
  set slug(slug: string | undefined) {
    this.value = slug;
    this.loads++;
    queueMicrotask(() =>
      this.dispatchEvent(
        new CustomEvent('recovery-article-load', {
          detail: { slug, language: 'en', title: slug },
          bubbles: true,
          composed: true,
        }),
      ),
    );
  }
  connectedCallback() {
    if (this.value === undefined && this.getAttribute('slug')) this.value = this.getAttribute('slug')!;
  }
}
customElements.define('rw-stand-in-article', StandInArticle);

describe('<related-posts>', () => {
  let log: ConsoleRecord;
  beforeEach(() => {
    log = recordConsole();
    clearIndexCacheForTests();
  });
  afterEach(() => log.restore());

  describe('for an article', () => {
    it('shows the first 3 of its related articles, with title, description and date, under a heading', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" content-base=${BASE}></related-posts>`,
      );
      expect($(el, 'h2[part~="heading"]')!.textContent).to.equal('Related articles');
      expect(titles(el)).to.deep.equal([
        'What Is Peer Support?',
        'Supporting a Loved One in Recovery',
        'Choosing a Level of Care',
      ]);
      expect($$(el, 'h3[part~="item-title"]')).to.have.length(3);
      expect($$(el, '[part~="item-description"]')[0].textContent).to.equal(
        'People with lived experience helping each other stay well.',
      );
      const time = $(el, '[part~="item-date"] time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-05-01');
      expect(time.textContent).to.equal('May 1, 2024');
      expect(ours(log.warn)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows up to limit articles, never the article itself', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" limit="10" content-base=${BASE}></related-posts>`,
      );
      expect(titles(el)).to.have.length(6);
      expect(titles(el)).not.to.include("You Can't Do Recovery Alone");
    });

    it('fits the page outline and takes its own heading text', async () => {
      const el = await mount(
        html`<related-posts for="what-is-peer-support" heading="Keep reading" heading-level="3" content-base=${BASE}></related-posts>`,
      );
      expect($(el, 'h3[part~="heading"]')!.textContent).to.equal('Keep reading');
      expect($$(el, 'h4[part~="item-title"]')).to.have.length(3);
    });

    for (const layout of ['list', 'grid', 'compact'] as const) {
      it(`passes axe in the ${layout} layout, with links`, async () => {
        const el = await mount(
          html`<related-posts for="you-cant-do-recovery-alone" layout=${layout} href-template="/blog/{slug}" content-base=${BASE}></related-posts>`,
        );
        expect($(el, '[part="base"]')!.classList.contains(`layout-${layout}`)).to.equal(true);
        expect(links(el)).to.have.length(3);
        if (layout === 'compact') {
          expect($$(el, '[part~="item-description"]')).to.have.length(0);
          expect(links(el)[0].textContent!.trim()).to.equal('What Is Peer Support?');
        } else {
          expect($$(el, '[part~="item-description"]')).to.have.length(3);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('lays out the grid as cards side by side when there is room', async () => {
      const wrapper = await fixture(
        html`<div style="width: 900px"><related-posts for="you-cant-do-recovery-alone" layout="grid" content-base=${BASE}></related-posts></div>`,
      );
      const el = wrapper.querySelector('related-posts')!;
      await ready(el);
      const [a, b] = $$(el, '[part~="item"]').map((i) => i.getBoundingClientRect());
      expect(a.top).to.equal(b.top);
      expect(b.left).to.be.greaterThan(a.left);
    });
  });

  describe('links from href-template', () => {
    it('links each "Read more" to the partner page, with the title in its accessible name', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" href-template="/blog/{slug}?from=related" content-base=${BASE}></related-posts>`,
      );
      const a = links(el);
      expect(a.map((l) => l.getAttribute('href'))).to.deep.equal([
        `${location.origin}/blog/what-is-peer-support?from=related`,
        `${location.origin}/blog/supporting-a-loved-one?from=related`,
        `${location.origin}/blog/choosing-a-level-of-care?from=related`,
      ]);
      expect(a[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Read more about “What Is Peer Support?”');
      expect($(el, '.visually-hidden')!.textContent).to.contain('What Is Peer Support?');
      expect(ours(log.info)).to.deep.equal([]);
    });

    it('takes the template from <recovery-provider>, with {lang}', async () => {
      const wrapper =
        await fixture(html`<recovery-provider href-template="https://clinic.example/{lang}/articles/{slug}/">
        <related-posts for="you-cant-do-recovery-alone" limit="1" content-base=${BASE}></related-posts>
      </recovery-provider>`);
      const el = wrapper.querySelector('related-posts')!;
      await ready(el);
      expect(links(el)[0].getAttribute('href')).to.equal('https://clinic.example/en/articles/what-is-peer-support/');
    });

    it('fires recovery-related-select with the slug when a visitor chooses an article', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" href-template="/blog/{slug}" content-base=${BASE}></related-posts>`,
      );
      el.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => links(el)[1].click());
      const event = await oneEvent(el, 'recovery-related-select');
      expect(event.detail).to.deep.equal({ slug: 'supporting-a-loved-one' });
    });
  });

  describe('without links', () => {
    it('shows titles as text, with nothing clickable, and one hint naming href-template and target', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" content-base=${BASE}></related-posts>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(links(el)).to.deep.equal([]);
      expect($$(el, 'button')).to.deep.equal([]);
      expect(text(el)).not.to.contain('Read more');
      const hints = ours(log.info);
      expect(hints).to.have.length(1);
      expect(hints[0]).to.contain('<related-posts>').and.contain('href-template').and.contain('target');
      await expect(el).to.be.accessible();
    });
  });

  describe('opening articles in place (target)', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    async function page(withHistory: boolean) {
      const wrapper = await fixture(html`<div>
        <rw-stand-in-article id="reader" slug="you-cant-do-recovery-alone"></rw-stand-in-article>
        <related-posts target="#reader" ?history=${withHistory} content-base=${BASE}></related-posts>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      await ready(el);
      return { el, article: wrapper.querySelector<StandInArticle>('#reader')! };
    }

    it('follows the target, and a click loads the article into it without leaving the page', async () => {
      const { el, article } = await page(false);
      expect(titles(el)[0]).to.equal('What Is Peer Support?');
      const link = links(el)[0];
      expect(new URL(link.getAttribute('href')!).searchParams.get('article')).to.equal('what-is-peer-support');
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'recovery-related-select');
      expect(event.detail).to.deep.equal({ slug: 'what-is-peer-support' });
      expect(article.slug).to.equal('what-is-peer-support');
      expect(location.href).to.equal(start);
      await ready(el);
      expect(titles(el)).to.deep.equal([
        'Finding a Meeting That Fits',
        "You Can't Do Recovery Alone",
        'Supporting a Loved One in Recovery',
      ]);
      expect(ours(log.warn)).to.deep.equal([]);
      expect(ours(log.info)).to.deep.equal([]);
    });

    it('works from the keyboard, and moves focus to the opened article', async () => {
      const { el, article } = await page(false);
      links(el)[1].focus();
      const loaded = oneEvent(article, 'recovery-article-load');
      await sendKeys({ press: 'Enter' });
      await loaded;
      await ready(el);
      expect(article.slug).to.equal('supporting-a-loved-one');
      expect(document.activeElement).to.equal(article);
      expect(article.getAttribute('tabindex')).to.equal('-1');
    });

    it('with history, records each article in the address and Back restores the previous one', async () => {
      const { el, article } = await page(true);
      links(el)[0].click();
      await ready(el);
      expect(new URL(location.href).searchParams.get('article')).to.equal('what-is-peer-support');
      expect(article.slug).to.equal('what-is-peer-support');
      // Other parameters of the page are kept.
      for (const [k, v] of new URL(start).searchParams) expect(new URL(location.href).searchParams.get(k)).to.equal(v);

      links(el)[0].click();
      await ready(el);
      expect(article.slug).to.equal('finding-a-meeting');

      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await ready(el);
      expect(article.slug).to.equal('what-is-peer-support');

      const first = oneEvent(window, 'popstate');
      history.back();
      await first;
      await ready(el);
      expect(article.slug).to.equal('you-cant-do-recovery-alone');
      expect(titles(el)[0]).to.equal('What Is Peer Support?');
    });

    it('with history, a page opened at ?article=<slug> shows that article', async () => {
      const url = new URL(start);
      url.searchParams.set('article', 'finding-a-meeting');
      history.replaceState(null, '', url.href);
      const { el, article } = await page(true);
      expect(article.slug).to.equal('finding-a-meeting');
      await ready(el);
      expect(titles(el)[0]).to.equal('What Is Peer Support?');
      expect(titles(el)).not.to.include('Finding a Meeting That Fits');
    });

    it('with a fixed for, history still brings back the article that was shown', async () => {
      const wrapper = await fixture(html`<div>
        <rw-stand-in-article id="r3" slug="crisis-lines"></rw-stand-in-article>
        <related-posts for="you-cant-do-recovery-alone" target="#r3" history content-base=${BASE}></related-posts>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      const article = wrapper.querySelector<StandInArticle>('#r3')!;
      await ready(el);
      links(el)[0].click();
      await ready(el);
      expect(article.slug).to.equal('what-is-peer-support');
      expect(titles(el)[0]).to.equal('What Is Peer Support?');
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      expect(article.slug).to.equal('crisis-lines');
    });

    it('without history, leaves the address alone', async () => {
      const { el } = await page(false);
      const length = history.length;
      links(el)[0].click();
      await ready(el);
      expect(history.length).to.equal(length);
      expect(location.href).to.equal(start);
    });

    it('warns once when target names no element, and still shows the list', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" target="#nowhere" content-base=${BASE}></related-posts>`,
      );
      await new Promise((r) => requestAnimationFrame(r));
      await ready(el);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<related-posts>').and.contain('target="#nowhere"');
      expect(titles(el)).to.have.length(3);
    });
  });

  describe('following a <recovery-article>', () => {
    it('follows the article before it, and its changes', async () => {
      const wrapper = await fixture(html`<div>
        <recovery-article slug="you-cant-do-recovery-alone" content-base=${BASE}></recovery-article>
        <p>Between</p>
        <related-posts content-base=${BASE} href-template="/blog/{slug}"></related-posts>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      const article = wrapper.querySelector('recovery-article')! as HTMLElement & { slug?: string };
      await ready(el);
      expect(heading(el).textContent).to.equal('Related articles');
      expect(titles(el)[0]).to.equal('What Is Peer Support?');

      const loaded = oneEvent(article, 'recovery-article-load');
      article.slug = 'supporting-a-loved-one';
      await loaded;
      await ready(el);
      expect(titles(el)).to.deep.equal([
        "You Can't Do Recovery Alone",
        'Understanding Relapse',
        'What Is Peer Support?',
      ]);
    });

    it('opens an item in the real <recovery-article> named by target', async () => {
      const wrapper = await fixture(html`<div>
        <recovery-article id="main" slug="you-cant-do-recovery-alone" content-base=${BASE}></recovery-article>
        <related-posts target="#main" content-base=${BASE}></related-posts>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      const article = wrapper.querySelector('recovery-article')!;
      await ready(el);
      const loaded = oneEvent(article, 'recovery-article-load');
      links(el)[0].click();
      expect((await loaded).detail.slug).to.equal('what-is-peer-support');
      await ready(el);
      expect(article.shadowRoot!.textContent).to.contain('What Is Peer Support?');
      expect(titles(el)[0]).to.equal('Finding a Meeting That Fits');
      expect(document.activeElement).to.equal(article);
      await expect(wrapper).to.be.accessible();
    });

    it('follows the nearest article before it, not one after it', async () => {
      const wrapper = await fixture(html`<div>
        <recovery-article slug="what-is-peer-support" content-base=${BASE}></recovery-article>
        <recovery-article slug="supporting-a-loved-one" content-base=${BASE}></recovery-article>
        <related-posts content-base=${BASE}></related-posts>
        <recovery-article slug="you-cant-do-recovery-alone" content-base=${BASE}></recovery-article>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      await ready(el);
      expect(titles(el)[0]).to.equal("You Can't Do Recovery Alone");
    });

    it('with nothing to follow, shows the newest articles and says why once', async () => {
      const el = await mount(html`<related-posts content-base=${BASE}></related-posts>`);
      expect(heading(el).textContent).to.equal('Latest articles');
      expect(titles(el)).to.deep.equal(['Alcohol and Sleep', "You Can't Do Recovery Alone", 'What Is Peer Support?']);
      const hints = ours(log.info).filter((m) => m.includes('no article to relate to'));
      expect(hints).to.have.length(1);
      expect(ours(log.warn)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('options', () => {
    it('leaves out excluded slugs, separated by commas or spaces', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" exclude="what-is-peer-support,  supporting-a-loved-one crisis-lines" content-base=${BASE}></related-posts>`,
      );
      expect(titles(el)).to.deep.equal([
        'Choosing a Level of Care',
        'Understanding Relapse',
        'Finding a Meeting That Fits',
      ]);
    });

    it('keeps only articles with one of the topics', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" topics="mutual-help" content-base=${BASE}></related-posts>`,
      );
      expect(titles(el)).to.deep.equal(['What Is Peer Support?', 'Finding a Meeting That Fits']);
    });

    it('shows a calm empty state when nothing is related', async () => {
      const el = await mount(html`<related-posts for="alcohol-and-sleep" content-base=${BASE}></related-posts>`);
      expect(heading(el).textContent).to.equal('Related articles');
      expect($(el, '[part~="status"]')!.textContent).to.equal('No related articles yet.');
      expect($(el, 'ul')).to.equal(null);
      expect(ours(log.warn)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state when the topics filter leaves nothing', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" topics="crisis-help" content-base=${BASE}></related-posts>`,
      );
      expect($(el, '[part~="status"]')!.textContent).to.equal('No related articles yet.');
      expect(ours(log.warn)).to.deep.equal([]);
    });

    it('warns once about a topic no article has, naming the topics in use', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" topics="family, gardening" content-base=${BASE}></related-posts>`,
      );
      expect(titles(el)).to.deep.equal(['Supporting a Loved One in Recovery']);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<related-posts>')
        .and.contain('topics="family, gardening"')
        .and.contain('"gardening"')
        .and.contain('relapse-prevention');
    });

    it('updates when for changes', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" limit="1" content-base=${BASE}></related-posts>`,
      );
      el.for = 'crisis-lines';
      await ready(el);
      expect(titles(el)).to.deep.equal(['Choosing a Level of Care']);
    });
  });

  describe('languages and themes', () => {
    it('reads the Spanish index and speaks Spanish', async () => {
      const el = await mount(
        html`<related-posts lang="es" for="no-puedes-recuperarte-solo" href-template="/blog/{slug}" content-base=${BASE}></related-posts>`,
      );
      expect(heading(el).textContent).to.equal('Artículos relacionados');
      expect(titles(el)).to.deep.equal([
        '¿Qué es el apoyo entre pares?',
        'Cómo apoyar a un ser querido',
        'Entender la recaída',
      ]);
      expect(links(el)[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Leer más sobre «¿Qué es el apoyo entre pares?»',
      );
      expect($(el, 'time')!.textContent).to.equal('1 de mayo de 2024');
      await expect(el).to.be.accessible();
    });

    it('switches to the Spanish index when the page language changes', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><related-posts for="no-puedes-recuperarte-solo" content-base=${BASE}></related-posts></div>`,
      );
      const el = wrapper.querySelector('related-posts')!;
      await ready(el);
      expect(heading(el).textContent).to.equal('Latest articles');
      log.warn.length = 0;
      wrapper.setAttribute('lang', 'es');
      await new Promise((r) => setTimeout(r));
      await ready(el);
      expect(heading(el).textContent).to.equal('Artículos relacionados');
      expect(titles(el)[0]).to.equal('¿Qué es el apoyo entre pares?');
    });

    it('speaks Spanish in the empty and error states', async () => {
      const wrapper = await fixture(html`<div lang="es">
        <related-posts for="no-puedes-recuperarte-solo" exclude="que-es-el-apoyo-entre-pares apoyar-a-un-ser-querido entender-la-recaida" content-base=${BASE}></related-posts>
        <related-posts content-base="/faults/404/"></related-posts>
      </div>`);
      const [empty, broken] = Array.from(wrapper.querySelectorAll('related-posts'));
      await ready(empty);
      await ready(broken);
      expect(text(empty)).to.contain('Todavía no hay artículos relacionados.');
      expect(text(broken)).to.contain('no están disponibles');
      await expect(wrapper).to.be.accessible();
    });

    it('in Spanish, relates an article with no Spanish neighbours to English ones, marked "En inglés"', async () => {
      // A collection where one article is translated and the articles it relates to are not (the
      // real library is translated in full, so it no longer has such an article).
      const base = '/test/fixtures/related-fallback/content/';
      const english = await (await fetch(`${base}index.en.json`)).json();
      const original = english.articles.find((a: { slug: string }) => a.slug === 'translated');
      const expected = original.related
        .slice(0, 3)
        .map((r: { slug: string }) => english.articles.find((a: { slug: string }) => a.slug === r.slug).title);
      const el = await mount(
        html`<related-posts lang="es" for="translated" href-template="/blog/{lang}/{slug}" content-base=${base}></related-posts>`,
      );
      expect(heading(el).textContent).to.equal('Artículos relacionados');
      expect(titles(el)).to.deep.equal(expected);
      expect($$(el, '[part~="item-language"]').map((p) => p.textContent)).to.deep.equal([
        'En inglés',
        'En inglés',
        'En inglés',
      ]);
      // Screen readers read the English titles and summaries with an English voice.
      expect($$(el, '[part~="item-title"] [lang="en"]').length).to.equal(3);
      expect($$(el, '[part~="item-description"][lang="en"]').length).to.equal(3);
      // {lang} keeps the visitor's language (the article page shows the English text with a note);
      // hreflang says the linked text is English.
      expect(links(el)[0].getAttribute('href')).to.match(/^http:\/\/[^/]+\/blog\/es\/[a-z-]+$/);
      expect(links(el)[0].getAttribute('hreflang')).to.equal('en');
      // The link's hidden words are Spanish around an English title, each in its language.
      expect(links(el)[0].querySelector('.visually-hidden [lang="en"]')!.textContent).to.equal(expected[0]);
      expect(ours(log.warn)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('in Spanish, lists Spanish articles before English ones when it shows the newest', async () => {
      const el = await mount(html`<related-posts lang="es" limit="6" content-base=${BASE}></related-posts>`);
      expect(heading(el).textContent).to.equal('Artículos recientes');
      const marked = $$(el, '[part~="item"]').map((li) => !!li.querySelector('[part~="item-language"]'));
      expect(marked).to.deep.equal([false, false, false, false, true, true]);
    });

    it('does not wait long for a slow English index: the Spanish list shows, the English articles join later', async () => {
      const base = `/faults/slow-english/4000${BASE}`;
      const el = await fixture<RelatedPosts>(
        html`<related-posts lang="es" limit="6" content-base=${base}></related-posts>`,
      );
      // The Spanish index answers at once: its articles show before the English one arrives.
      await until(() => titles(el).length === 4, 3500);
      expect($$(el, '[part~="item-language"]')).to.have.length(0);
      await until(() => $$(el, '[part~="item-language"]').length === 2, 8000);
      expect(titles(el)).to.have.length(6);
    });

    it('with no Spanish index, warns and lists the English articles, marked', async () => {
      const el = await mount(
        html`<related-posts lang="es" for="you-cant-do-recovery-alone" content-base="/test/fixtures/content-index/en-only/"></related-posts>`,
      );
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<related-posts>').and.contain('index.es.json');
      expect(titles(el)).to.deep.equal(['What Is Peer Support?']);
      expect(text(el)).to.contain('En inglés');
      await expect(el).to.be.accessible();
    });

    it('passes axe in dark mode', async () => {
      const el = await mount(
        html`<related-posts theme="dark" layout="grid" for="you-cant-do-recovery-alone" href-template="/blog/{slug}" content-base=${BASE}></related-posts>`,
      );
      expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(27, 31, 36)');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('warns about an unknown for slug, listing valid ones, and shows the newest articles', async () => {
      const el = await mount(html`<related-posts for="no-such-article" content-base=${BASE}></related-posts>`);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<related-posts>')
        .and.contain('for="no-such-article"')
        .and.contain('alcohol-and-sleep')
        .and.contain('choosing-a-level-of-care');
      expect(heading(el).textContent).to.equal('Latest articles');
      expect(titles(el)).to.deep.equal(['Alcohol and Sleep', "You Can't Do Recovery Alone", 'What Is Peer Support?']);
      await expect(el).to.be.accessible();
    });

    for (const [name, base, detail] of [
      ['missing (404)', '/faults/404/', 'HTTP 404'],
      ['not JSON', '/faults/not-json/', 'not JSON'],
      ['not an index', '/faults/wrong-shape/', 'not a content index'],
    ] as const) {
      it(`shows a calm message when the index is ${name}`, async () => {
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        addEventListener('error', onError);
        const el = await mount(
          html`<related-posts for="you-cant-do-recovery-alone" content-base=${base}></related-posts>`,
        );
        removeEventListener('error', onError);
        expect(heading(el).textContent).to.equal('Related articles');
        expect($(el, '[part~="status"]')!.textContent).to.equal('Related articles are not available right now.');
        const warnings = ours(log.warn);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<related-posts>').and.contain(`content-base="${base}"`).and.contain(detail);
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('says it is loading while the index is on its way, and passes axe then', async () => {
      // The slow route answers after 20 s; the test ends long before.
      const el = await fixture<RelatedPosts>(
        html`<related-posts for="you-cant-do-recovery-alone" content-base="/faults/slow/"></related-posts>`,
      );
      const status = $(el, '[part~="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('Loading related articles…');
      expect(heading(el).textContent).to.equal('Related articles');
      await expect(el).to.be.accessible();
    });

    for (const layout of ['list', 'grid', 'compact']) {
      it(`holds about the place of its ${layout} while the index loads, so the page does not move`, async () => {
        const wrap = (base: string) =>
          html`<div style="width:360px"><related-posts for="you-cant-do-recovery-alone" layout=${layout} content-base=${base}></related-posts></div>`;
        const loading = (await fixture<HTMLElement>(wrap('/faults/slow/'))).firstElementChild as RelatedPosts;
        await settled(loading);
        const placeholder = $(loading, '[part~="placeholder"]')!;
        expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
        expect($$(loading, '[part~="placeholder"] [part~="item"]')).to.have.length(3);
        const loaded = (await fixture<HTMLElement>(wrap(BASE))).firstElementChild as RelatedPosts;
        await ready(loaded);
        expect(titles(loaded)).to.have.length(3);
        const ratio = loading.getBoundingClientRect().height / loaded.getBoundingClientRect().height;
        expect(ratio, `loading / loaded height in the ${layout} layout`).to.be.within(0.65, 1.35);
      });
    }

    it('reads an index with no articles as empty', async () => {
      const el = await mount(html`<related-posts content-base=${`${BASE}empty/`}></related-posts>`);
      expect($(el, '[part~="status"]')!.textContent).to.equal('No related articles yet.');
    });

    for (const limit of ['0', '-2', 'three', '2.5', '']) {
      it(`shows 3 and warns for limit="${limit}"`, async () => {
        const el = await mount(
          html`<related-posts for="you-cant-do-recovery-alone" limit=${limit} content-base=${BASE}></related-posts>`,
        );
        expect(titles(el)).to.have.length(3);
        const warnings = ours(log.warn);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<related-posts>').and.contain(`limit="${limit}"`);
      });
    }

    it('warns about an unknown layout and uses list', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" layout="carousel" content-base=${BASE}></related-posts>`,
      );
      expect($(el, '[part="base"]')!.classList.contains('layout-list')).to.equal(true);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<related-posts>').and.contain('layout="carousel"');
    });

    it('ignores a template without {slug}, with one warning, and shows plain titles', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" href-template="/blog/" content-base=${BASE}></related-posts>`,
      );
      expect(titles(el)).to.have.length(3);
      expect(links(el)).to.deep.equal([]);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<related-posts>').and.contain('href-template="/blog/"').and.contain('{slug}');
    });

    it('falls back to the target when the template has no {slug}', async () => {
      const wrapper = await fixture(html`<div>
        <rw-stand-in-article id="r2" slug="you-cant-do-recovery-alone"></rw-stand-in-article>
        <related-posts target="r2" href-template="/blog/" content-base=${BASE}></related-posts>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      await ready(el);
      expect(new URL(links(el)[0].getAttribute('href')!).searchParams.get('article')).to.equal('what-is-peer-support');
      expect(ours(log.warn)).to.have.length(1);
    });

    it('never makes a javascript: link from a template', async () => {
      const el = await mount(
        html`<related-posts for="you-cant-do-recovery-alone" href-template="javascript:alert('{slug}')" content-base=${BASE}></related-posts>`,
      );
      expect(links(el)).to.deep.equal([]);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('href-template=').and.contain('http(s)');
      expect(titles(el)).to.have.length(3);
    });
  });
});
