import { expect, oneEvent, fixture, html } from '@open-wc/testing';
import { watchingYields } from '../../helpers/yields.js';
import { emulateMedia } from '@web/test-runner-commands';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, settled, text } from '../../helpers/shadow.js';
import '../../../src/components/recovery-provider/recovery-provider.js';
import type { RecoveryArticle } from '../../../src/components/recovery-article/recovery-article.js';
import { article, BASE, shown } from './article-helpers.js';

describe('<recovery-article> rendering', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('renders the title, description, dates with reviewer, and every node type', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    expect($(el, 'h2[part~="title"]')!.textContent).to.equal("You can't do recovery alone");
    expect($(el, '[part~="description"]')!.textContent).to.equal(
      'Why people around you make recovery more likely to last.',
    );
    const meta = $(el, '[part~="meta"]')!;
    expect(meta.textContent).to.contain('By Recovery Widgets editors');
    expect(meta.textContent).to.contain('Published March 5, 2024');
    expect(meta.textContent).to.contain('Updated July 8, 2024');
    expect(meta.textContent).to.contain('Last reviewed September 10, 2024 by Dr. Ana Ruiz, MD');
    expect($$(el, 'time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2024-03-05',
      '2024-07-08',
      '2024-09-10',
    ]);

    const body = $(el, '[part~="body"]')!;
    expect(body.querySelector('em')!.textContent).to.equal('easier');
    expect(body.querySelector('strong')!.textContent).to.equal('people');
    expect(body.querySelector('blockquote')!.textContent).to.contain('We can do together');
    expect(
      Array.from(body.querySelectorAll('ol > li')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Call a friend', 'Go to a meeting[reference 1]']);
    expect(Array.from(body.querySelectorAll('ul > li')).map((li) => li.textContent!.trim())).to.deep.equal([
      'Sleep',
      'Eat well',
    ]);

    const link = body.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/guide');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.querySelector('.visually-hidden')!.textContent).to.contain('(opens in a new tab)');

    const cites = $$(el, 'sup > a[part~="citation"]');
    expect(cites.map((a) => a.textContent!.replace(/\s+/g, ' '))).to.deep.equal([
      '[reference 1]',
      '[reference 2]',
      '[reference 1]',
    ]);
    expect(cites.map((a) => a.id)).to.deep.equal(['cite-1', 'cite-2', '']);

    const refs = $$(el, '[part~="reference"]');
    expect(refs.map((r) => r.id)).to.deep.equal(['ref-1', 'ref-2']);
    expect(refs[0].textContent).to.contain('Pettersen H, et al., 2019.').and.contain('Social support and recovery');
    expect(refs[0].querySelector('a[target]')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(refs[1].querySelector('a[target]')).to.equal(null);

    const footer = $(el, '[part~="footer"]')!;
    expect(footer.textContent).to.contain('Source: Recovery Widgets');
    expect(footer.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/recovery-widgets');

    expect(ours(log.warn)).to.deep.equal([]);
    expect(ours(log.error)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('links other articles through href-template, URL-encoding the slug', async () => {
    const el = await article(
      html`<recovery-article slug="sample" content-base=${BASE} href-template="/blog/{slug}?from={slug}"></recovery-article>`,
    );
    const a = $(el, 'a[part~="article-link"]')!;
    expect(a.getAttribute('href')).to.equal(
      new URL('/blog/finding-a-meeting?from=finding-a-meeting', location.href).href,
    );
    expect(a.textContent!.trim()).to.equal('finding a meeting');
  });

  it('takes content-base and href-template from <recovery-provider>', async () => {
    const el = await article(html`<recovery-provider content-base=${BASE} href-template="/articles/{slug}.html">
      <recovery-article slug="sample"></recovery-article>
    </recovery-provider>`);
    expect($(el, '[part~="title"]')!.textContent).to.equal("You can't do recovery alone");
    expect($(el, 'a[part~="article-link"]')!.getAttribute('href')).to.equal(
      new URL('/articles/finding-a-meeting.html', location.href).href,
    );
  });

  it('without a template, an article link is a button that loads that article here and focuses its title', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    const button = $(el, 'button[part~="article-link"]')!;
    expect(button.textContent!.trim()).to.equal('finding a meeting');
    button.click();
    await new Promise<void>((resolve) => el.addEventListener('recovery-article-load', () => resolve(), { once: true }));
    expect(el.slug).to.equal('finding-a-meeting');
    expect($(el, '[part~="title"]')!.textContent).to.equal('Finding a meeting');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="title"]'));
  });

  it('shifts every heading with heading-level 3 (title h3, sections h4, subsections h5)', async () => {
    const el = await article(
      html`<recovery-article slug="sample" toc content-base=${BASE} heading-level="3"></recovery-article>`,
    );
    expect($(el, 'h3[part~="title"]')!.textContent).to.equal("You can't do recovery alone");
    expect($$(el, '[part~="body"] h4').map((h) => h.textContent)).to.deep.equal([
      'Why connection matters',
      'Getting started',
    ]);
    expect($$(el, '[part~="body"] h5').map((h) => h.textContent)).to.deep.equal(['Small steps']);
    expect($(el, 'h4[part~="references-heading"]')).to.exist;
    expect($(el, 'h4[part~="toc-heading"]')).to.exist;
    expect($(el, 'h2')).to.equal(null);
  });

  it('lays out a long body one top-level section at a time on screen, and all of it in print', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    const chunks = $$(el, '[part~="body"] > .chunk');
    const sections = $$(el, '[part~="body"] h3').map((h) => h.textContent);
    expect(sections).to.deep.equal(['Why connection matters', 'Getting started']);
    // The text before the first section, then one part per section; nothing outside them.
    expect(chunks.map((c) => c.querySelector('h3')?.textContent ?? null)).to.deep.equal([null, ...sections]);
    expect(chunks.map((c) => c.textContent).join('')).to.equal($(el, '[part~="body"]')!.textContent);
    expect(chunks.every((c) => getComputedStyle(c).contentVisibility === 'auto')).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      expect(chunks.every((c) => getComputedStyle(c).contentVisibility === 'visible')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('draws a long body over several tasks, and announces the load once all of it is there', async () => {
    // At every task boundary the article asks for, note what is drawn so far.
    const drawn: string[] = [];
    const state = (el: Element) => `${$$(el, '.chunk').length} ${$(el, '[part~="references"]') ? 'refs' : '-'}`;
    const el = document.createElement('recovery-article') as RecoveryArticle;
    el.setAttribute('content-base', BASE);
    el.slug = 'sample';
    try {
      await watchingYields(
        () => el.shadowRoot && drawn.push(state(el)),
        async () => {
          const loaded = new Promise<string>((resolve) =>
            el.addEventListener('recovery-article-load', () => resolve(state(el)), { once: true }),
          );
          document.body.append(el);
          expect(await loaded, 'at the load event').to.equal('3 refs');
        },
      );
      expect(drawn, 'the first task draws the opening and the first section').to.include('2 -');
    } finally {
      el.remove();
    }
  });

  it('draws the article in a task after the one that parsed it', async () => {
    // The locale data is loaded by an earlier article, so nothing else waits between the two.
    (await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`)).remove();
    const g = globalThis as unknown as { scheduler: { yield: () => Promise<void> } };
    const original = g.scheduler;
    const realYield = original.yield.bind(original);
    const realParse = JSON.parse;
    let task = 0;
    let parsedIn: number | undefined;
    let drawnIn: number | undefined;
    Object.defineProperty(g, 'scheduler', {
      configurable: true,
      value: { yield: () => realYield().then(() => void task++) },
    });
    JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => (
      (parsedIn = task), realParse(text, reviver)
    )) as typeof JSON.parse;
    const el = document.createElement('recovery-article') as RecoveryArticle;
    const watch = new MutationObserver(() => {
      if (drawnIn === undefined && $(el, '.chunk')) drawnIn = task;
    });
    try {
      el.setAttribute('content-base', BASE);
      el.slug = 'sample';
      const loaded = oneEvent(el, 'recovery-article-load');
      document.body.append(el);
      await el.updateComplete;
      watch.observe(el.shadowRoot!, { subtree: true, childList: true });
      await loaded;
      expect(parsedIn, 'the document was parsed').to.be.a('number');
      expect(drawnIn, 'drawn').to.be.a('number');
      expect(drawnIn!, `parsed in task ${parsedIn}`).to.be.greaterThan(parsedIn!);
    } finally {
      watch.disconnect();
      el.remove();
      JSON.parse = realParse;
      Object.defineProperty(g, 'scheduler', { value: original, configurable: true, writable: true });
    }
  });

  it('refuses heading-level 1 with a warning and keeps h2', async () => {
    const el = await article(
      html`<recovery-article slug="sample" content-base=${BASE} heading-level="1"></recovery-article>`,
    );
    expect($(el, 'h2[part~="title"]')).to.exist;
    expect($$(el, 'h1')).to.deep.equal([]);
    const warnings = ours(log.warn);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<recovery-article>').and.contain('heading-level="1"');
  });

  it('shows the English article and warns for an unsupported lang', async () => {
    const el = await article(html`<recovery-article slug="sample" lang="xx" content-base=${BASE}></recovery-article>`);
    expect($(el, '[part~="title"]')!.textContent).to.equal("You can't do recovery alone");
    expect(ours(log.warn)[0]).to.contain('<recovery-article>').and.contain('lang="xx"');
  });

  it('caps heading levels at 6', async () => {
    const el = await article(
      html`<recovery-article slug="sample" content-base=${BASE} heading-level="5"></recovery-article>`,
    );
    expect($(el, 'h5[part~="title"]')).to.exist;
    expect($$(el, '[part~="body"] h6').map((h) => h.textContent)).to.deep.equal([
      'Why connection matters',
      'Small steps',
      'Getting started',
    ]);
  });

  it('moves focus from a citation to its reference and back to the first citation', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    const third = $$(el, '[part~="citation"]')[2];
    third.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#ref-1'));
    expect(location.hash).to.equal('');
    const back = $(el, '#ref-1 [part~="back-link"]')!;
    expect(back.textContent).to.contain('Back to where reference 1 is cited');
    back.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#cite-1'));
    expect($(el, '#cite-1')!.closest('[part~="body"] p')).to.exist;
  });

  it('shows a table of contents only with toc, and its links move focus to the section', async () => {
    const plain = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    expect($(plain, '[part~="toc"]')).to.equal(null);

    const el = await article(html`<recovery-article slug="sample" toc content-base=${BASE}></recovery-article>`);
    const toc = $(el, 'nav[part~="toc"]')!;
    expect(toc.getAttribute('aria-labelledby')).to.equal('toc-heading');
    expect($(el, '#toc-heading')!.textContent).to.equal('Contents');
    const links = Array.from(toc.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).to.deep.equal(['Why connection matters', 'Small steps', 'Getting started']);
    expect(toc.querySelector(':scope > ol > li > ol > li > a')!.textContent).to.equal('Small steps');
    links[1].click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#sec-small-steps'));
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Small steps');
    await expect(el).to.be.accessible();
  });

  it('shows the reading time only with reading-time', async () => {
    const plain = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    expect($(plain, '[part~="reading-time"]')).to.equal(null);
    const el = await article(
      html`<recovery-article slug="sample" reading-time content-base=${BASE}></recovery-article>`,
    );
    expect($(el, '[part~="reading-time"]')!.textContent).to.equal('4 min read');
  });

  it('speaks Spanish with lang="es": the Spanish article, dates and strings', async () => {
    const el = await article(
      html`<recovery-article slug="sample" lang="es" toc reading-time content-base=${BASE}></recovery-article>`,
    );
    expect($(el, '[part~="title"]')!.textContent).to.equal('No puede recuperarse solo');
    const meta = $(el, '[part~="meta"]')!.textContent!;
    expect(meta).to.contain('Publicado el 5 de marzo de 2024');
    expect(meta).to.contain('Actualizado el 8 de julio de 2024');
    expect(meta).to.contain('Revisado por última vez el 10 de septiembre de 2024 por Dra. Ana Ruiz');
    expect($(el, '[part~="reading-time"]')!.textContent).to.equal('4 min de lectura');
    expect($(el, '#toc-heading')!.textContent).to.equal('Contenido');
    expect($(el, '#references-heading')!.textContent).to.equal('Referencias');
    expect($(el, '[part~="link"] .visually-hidden')!.textContent).to.contain('(se abre en una pestaña nueva)');
    expect(text(el)).to.contain('Compartir').and.contain('Fuente: Recovery Widgets');
    expect($(el, '[part~="note"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('falls back to English with a visible note when the article has no translation', async () => {
    const events: CustomEvent[] = [];
    // article() resolves to the inner <recovery-article> once it shows something.
    const el = await article(html`<div lang="es" @recovery-article-load=${(e: CustomEvent) => events.push(e)}>
      <recovery-article slug="english-only" content-base=${BASE}></recovery-article>
    </div>`);
    expect($(el, '[part~="note"]')!.textContent).to.equal(
      'Este artículo todavía no está disponible en su idioma, por eso se muestra en inglés.',
    );
    expect($(el, '[part~="title"]')!.textContent).to.equal('Only in English');
    expect($(el, '[part~="body"]')!.getAttribute('lang')).to.equal('en');
    expect(events.map((e) => e.detail)).to.deep.equal([
      { slug: 'english-only', language: 'en', title: 'Only in English' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('re-renders in the new language when lang changes', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    el.setAttribute('lang', 'es');
    await new Promise<void>((resolve) => el.addEventListener('recovery-article-load', () => resolve(), { once: true }));
    await settled(el);
    expect($(el, '[part~="title"]')!.textContent).to.equal('No puede recuperarse solo');
  });

  it("follows the page: a change of an ancestor's lang loads the article in that language", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><recovery-article slug="sample" content-base=${BASE}></recovery-article></div>`,
    );
    const el = await shown(wrapper.querySelector('recovery-article') as RecoveryArticle);
    expect($(el, '[part~="title"]')!.textContent).to.not.equal('No puede recuperarse solo');
    const loaded = new Promise<void>((resolve) =>
      el.addEventListener('recovery-article-load', () => resolve(), { once: true }),
    );
    wrapper.lang = 'es';
    await loaded;
    await settled(el);
    expect($(el, '[part~="title"]')!.textContent).to.equal('No puede recuperarse solo');
  });

  describe('themes', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('is dark on request and passes axe in dark', async () => {
      const el = await article(
        html`<recovery-article slug="sample" toc reading-time theme="dark" content-base=${BASE}></recovery-article>`,
      );
      expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal('rgb(27, 31, 36)');
      await expect(el).to.be.accessible();
    });

    it('lets partners restyle parts', async () => {
      const el = await article(html`<div>
        <style>.t recovery-article::part(title) { color: rgb(9, 8, 7); }</style>
        <div class="t"><recovery-article slug="sample" content-base=${BASE}></recovery-article></div>
      </div>`);
      expect(getComputedStyle($(el, '[part~="title"]')!).color).to.equal('rgb(9, 8, 7)');
    });
  });

  it('fits 320 px without horizontal scrolling; long reference URLs wrap', async () => {
    const el = await article(
      html`<div style="width: 320px"><recovery-article slug="sample" toc reading-time content-base=${BASE}></recovery-article></div>`,
    );
    const root = $(el, '[part~="base"]')!;
    expect(root.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    const url = $(el, '#ref-1 a[target]')!;
    expect(url.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
  });

  it('hides the tools and shows reference URLs in print', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '[part~="controls"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="link"]')!, '::after').content).to.contain('https://example.org/guide');
      expect($(el, '#ref-1 a[target]')!.textContent).to.contain('https://example.org/a-very-long-url');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
