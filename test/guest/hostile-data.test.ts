import { expect } from '@open-wc/testing';
import '../../src/components/recovery-article/recovery-article.js';
import type { RecoveryArticle } from '../../src/components/recovery-article/recovery-article.js';
import '../../src/components/support-group-finder/support-group-finder.js';
import type { SupportGroupFinder } from '../../src/components/support-group-finder/support-group-finder.js';
import { ALL_PAYLOADS, DANGEROUS_URLS, dangerousLinks, PWNED_FLAG, pwned } from '../fixtures/hostile/payloads.js';
import { ours, recordConsole, watchUncaught, type ConsoleRecord } from '../helpers/console.js';
import { deepElements } from '../helpers/deep.js';
import { until } from '../helpers/frame.js';
import { $, $$ } from '../helpers/shadow.js';

/**
 * Untrusted data, not attributes: a Meeting Guide feed, a BMLT feed and articles whose every text
 * field carries the shared hostile corpus (fixtures written by test/fixtures/hostile/generate.mjs).
 * Through the finder's list, every meeting's detail, its search and filters, and the article:
 * nothing runs, no element or attribute comes from a payload, text stays text, no dangerous link
 * appears, and the widget still shows something.
 */

const DIR = '/test/fixtures/hostile';
const MEETING_GUIDE = `${DIR}/meeting-guide.json`;
const BMLT = `${DIR}/bmlt.json`;
const NOW = new Date(2026, 10, 23, 18, 45);
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every tag the widgets draw themselves. Anything else in a shadow root came from data. */
const FINDER_TAGS = new Set([
  'section',
  'article',
  'div',
  'p',
  'span',
  'br',
  'strong',
  'em',
  'small',
  // Isolates feed text (names, places) so it keeps its own direction on a right-to-left page.
  'bdi',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'button',
  'input',
  'label',
  'select',
  'option',
  'fieldset',
  'legend',
  'details',
  'summary',
]);
const ARTICLE_TAGS = new Set([
  'article',
  'header',
  'footer',
  'section',
  'nav',
  'div',
  'p',
  'span',
  'time',
  'strong',
  'em',
  'sup',
  'cite',
  'blockquote',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'a',
  'button',
  'label',
  'input',
]);
/** Never drawn by a widget; each is what a payload would become if it became markup. */
const NEVER = [
  'script',
  'img',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'form',
  'base',
  'meta',
  'link',
  'style',
  'noscript',
  'template',
  'animate',
  'maction',
  'mglyph',
  'table',
];
const BAD_ATTRIBUTES = /^(on|srcdoc$|formaction$|xlink:|data-pwned$|autofocus$)/i;
// sms: only as the widgets write it, a number (the article's crisis line: sms:988).
const SAFE_HREF = /^(https?:|mailto:|tel:|sms:\d+$|#)/i;

type Widget = (SupportGroupFinder | RecoveryArticle) & { shadowRoot: ShadowRoot };

/** Everything that would show a payload became markup, ran, or made a dangerous link. */
function offences(el: Widget, allowed: Set<string>): string[] {
  const found: string[] = [];
  const root = el.shadowRoot;
  for (const node of deepElements(root)) {
    const tag = node.localName;
    if (!allowed.has(tag)) found.push(`<${tag}> is not one of the widget's own tags`);
    if (NEVER.includes(tag)) found.push(`<${tag}> in the shadow root`);
    for (const attr of Array.from(node.attributes)) {
      if (BAD_ATTRIBUTES.test(attr.name)) found.push(`<${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
    }
    for (const name of ['href', 'src', 'action', 'formaction', 'srcset', 'xlink:href']) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      if (name !== 'href') found.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
      else if (!SAFE_HREF.test(value))
        found.push(`<${tag} href="${value.slice(0, 60)}"> is not http(s), mailto, tel, sms or #`);
    }
  }
  for (const link of dangerousLinks(root)) found.push(`dangerous link ${link.slice(0, 60)}`);
  // Light DOM: only the article's own JSON-LD, and it must be data, not script.
  for (const child of Array.from(el.children)) {
    if (child.localName === 'script' && child.getAttribute('type') === 'application/ld+json') {
      const json = child.textContent ?? '';
      try {
        JSON.parse(json);
      } catch {
        found.push('the JSON-LD in the light DOM is not JSON');
      }
      // A prerenderer that serializes the page must not turn the data into markup.
      if (/<\/script|<!--/i.test(json))
        found.push('the JSON-LD text would close its <script> when the page is serialized');
    } else found.push(`<${child.localName}> in the widget's light DOM`);
  }
  // The whole container, light DOM included (not the document: the test runner's page has scripts).
  if (pwned(root) || pwned(el.parentElement ?? el)) found.push('pwned(): a payload ran or became an element');
  return found;
}

function expectClean(el: Widget, allowed: Set<string>, where: string) {
  const found = offences(el, allowed);
  expect(found, `${where}:\n${found.slice(0, 10).join('\n')}`).to.deep.equal([]);
}

/** Feed text is shown as text: tags stripped, entities decoded, control characters removed, trimmed. */
const asFeedText = (p: string) =>
  p
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(
      /&(amp|quot|apos|#0?39|lt|gt|nbsp);/g,
      (_, n: string) =>
        ({ amp: '&', quot: '"', apos: "'", '#039': "'", '#39': "'", lt: '<', gt: '>', nbsp: ' ' })[n] ?? '',
    )
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();

/** Payloads a visitor must be able to read, exactly, as text (no tags for the feed to strip). */
const READABLE = ALL_PAYLOADS.map((p, i) => ({ p, i })).filter(
  ({ p }) => p.length < 300 && !/[<>]/.test(p) && p.trim(),
);

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(k), strings(v, out);
  return out;
}

const listNames = (el: Element) => $$(el, '[part~="list"] [part~="meeting"] [part~="meeting-name"]');
const countOf = (el: Element) => Number(($(el, '[part~="count"]')?.textContent ?? '').replace(/[^\d]/g, '') || 0);
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const LONE_SURROGATE = '\uD800';

describe('hostile data: feeds and articles full of hostile strings', function () {
  this.timeout(240000);
  let log: ConsoleRecord;
  let watch: ReturnType<typeof watchUncaught>;
  let host: HTMLDivElement;

  beforeEach(() => {
    log = recordConsole();
    watch = watchUncaught();
    host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    watch.stop();
    log.restore();
  });

  /** Ends each test: nothing ran, nothing was polluted, nothing was thrown at the page. */
  async function expectNothingEscaped() {
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as Record<string, unknown>)[PWNED_FLAG], 'window.__pwned').to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
    expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
  }

  it('the checks catch a payload that became markup, an event handler or a dangerous link', () => {
    const el = document.createElement('div') as unknown as Widget;
    host.append(el);
    const root = el.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>fine</p>';
    expect(offences(el, FINDER_TAGS)).to.deep.equal([]);
    for (const [markup, expected] of [
      ['<img alt="">', '<img>'],
      ['<p onclick="x()">x</p>', 'onclick'],
      ['<a href="javascript:x()">x</a>', 'javascript:'],
      ['<a href="blob:https://e.example/1">x</a>', 'blob:'],
      ['<span data-pwned>x</span>', 'data-pwned'],
      ['<marquee>x</marquee>', '<marquee>'],
    ]) {
      root.innerHTML = markup;
      expect(offences(el, FINDER_TAGS).join('\n'), markup).to.contain(expected);
    }
    root.innerHTML = '';
    el.append(
      Object.assign(document.createElement('script'), { type: 'application/ld+json', text: '{"a":"</script>"}' }),
    );
    expect(offences(el, FINDER_TAGS).join('\n')).to.contain('would close its <script>');
  });

  it('the fixtures carry every payload of the corpus (re-run generate.mjs if not)', async () => {
    const mg = strings(await (await fetch(MEETING_GUIDE)).json());
    const bmlt = strings(await (await fetch(BMLT)).json());
    for (const [i, p] of ALL_PAYLOADS.entries()) {
      expect(
        mg.some((s) => s.includes(p)),
        `Meeting Guide feed lacks payload ${i}`,
      ).to.equal(true);
      expect(
        bmlt.some((s) => s.includes(p)),
        `BMLT feed lacks payload ${i}`,
      ).to.equal(true);
      const doc = strings(await (await fetch(`${DIR}/articles/${i}.json`)).json());
      expect(doc, `article ${i}`).to.include(p);
    }
  });

  async function mountFinder(src: string): Promise<SupportGroupFinder & { shadowRoot: ShadowRoot }> {
    const el = document.createElement('support-group-finder');
    el.now = NOW;
    el.setAttribute('timezone', ZONE);
    el.setAttribute('src', src);
    host.append(el);
    // Every source answered and the whole list is painted (it grows a chunk per frame).
    await until(
      () => !$(el, '[part~="loading"]') && $(el, '[part~="list"]') && !$$(el, '[part~="error"]').length,
      20000,
    );
    await until(() => countOf(el) > 0 && listNames(el).length === Math.min(countOf(el), 50), 20000);
    // Every meeting on the page: "Show more" a page at a time, as a visitor would.
    for (let more = $(el, '[part~="show-more"]'); more; more = $(el, '[part~="show-more"]')) {
      more.click();
      await el.updateComplete;
    }
    await el.updateComplete;
    return el as SupportGroupFinder & { shadowRoot: ShadowRoot };
  }

  for (const [format, src] of [
    ['Meeting Guide', MEETING_GUIDE],
    ['BMLT', BMLT],
  ] as const) {
    it(`${format} feed: the list renders every payload as text, and nothing else`, async () => {
      const el = await mountFinder(src);
      const names = listNames(el).map((b) => b.textContent!);
      expect(names.length, 'meetings listed').to.be.greaterThan(ALL_PAYLOADS.length);
      expectClean(el, FINDER_TAGS, `${format} list`);

      // Payload text is readable as text, exactly as the feed wrote it (after the documented clean-up).
      const label = format === 'BMLT' ? 'Hostile BMLT' : 'Hostile';
      for (const { p, i } of READABLE) {
        const expected = flat(`${label} ${i}: ${asFeedText(p)}`);
        expect(names.map(flat), `payload ${i} as a name`).to.include(expected);
      }
      // Markup written as entities is decoded for display, and stays text.
      const encoded = ALL_PAYLOADS.indexOf('&lt;img src=x onerror=window.__pwned=1 data-pwned&gt;');
      expect(names.map(flat)).to.include(`${label} ${encoded}: <img src=x onerror=window.__pwned=1 data-pwned>`);

      // The webmaster hears what was skipped or dropped, in one line for the feed.
      const said = ours(log.info).filter((m) => m.includes(src));
      expect(said.join('\n')).to.match(/skipped|dropped/);
      expect(said.length, said.join('\n')).to.be.at.most(3);
      await expectNothingEscaped();
    });

    it(`${format} feed: every meeting's detail view`, async () => {
      let el = await mountFinder(src);
      const total = listNames(el).length;
      let withLinks = 0;
      // Every detail is tried; a detail that fails is noted and the widget mounted afresh, so one
      // run lists every meeting that breaks it.
      const broken: string[] = [];
      for (let n = 0; n < total; n++) {
        const button = listNames(el)[n];
        const name = flat(button.textContent!);
        const before = watch.uncaught.length;
        button.click();
        const opened = await until(() => $(el, '[part~="detail"]'), 3000).then(
          () => true,
          () => false,
        );
        if (!opened) {
          broken.push(
            `meeting ${n} (${JSON.stringify(name.slice(0, 40))}): the detail did not open; ${watch.uncaught.slice(before).join(' | ')}`,
          );
          host.replaceChildren();
          el = await mountFinder(src);
          continue;
        }
        await el.updateComplete;
        const detail = $(el, '[part~="detail"]')!;
        expect(flat($(el, '[part~="detail-heading"]')!.textContent!), `detail ${n}`).to.equal(name);
        expect(detail.querySelector('[part~="detail-facts"]'), `detail ${n} facts`).to.exist;
        expectClean(el, FINDER_TAGS, `${format} detail of meeting ${n} (${name.slice(0, 40)})`);
        if (detail.querySelector('a[href^="https://example.org/?q="]')) withLinks++;
        $(el, '[part~="back"]')!.click();
        await until(() => listNames(el).length >= total, 5000);
      }
      expect(broken, broken.join('\n')).to.deep.equal([]);
      // The records with a safe link that carries a payload do show it as a link.
      expect(withLinks, 'details with a safe join/website link').to.be.greaterThan(ALL_PAYLOADS.length / 2);
      await expectNothingEscaped();
    });
  }

  // A lone UTF-16 surrogate in an address once made encodeURIComponent (the directions link) throw,
  // so the detail never opened.
  it("a lone surrogate in a meeting's address: its detail opens", async () => {
    for (const src of [MEETING_GUIDE, BMLT]) {
      host.replaceChildren();
      const el = await mountFinder(src);
      const buttons = listNames(el).filter((b) => b.textContent!.includes(LONE_SURROGATE));
      expect(buttons.length, src).to.be.greaterThan(0);
      buttons[0].click();
      await until(() => $(el, '[part~="detail"]'), 3000);
      expectClean(el, FINDER_TAGS, `${src} detail with a lone surrogate`);
      expect($(el, '[part~="detail-address"]')!.textContent).to.contain('surrogate');
    }
    await expectNothingEscaped();
  });

  it('both feeds together: search and filters built from hostile data', async () => {
    const el = await mountFinder(`${MEETING_GUIDE} ${BMLT}`);
    expectClean(el, FINDER_TAGS, 'merged list');
    await expect(el).to.be.accessible();
    // Region and type menus are made from feed text.
    const options = $$(el, 'option').map((o) => o.textContent!);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a payload, shown as text
    expect(options.join('\n')).to.contain('${window.__pwned=1}');
    expectClean(el, FINDER_TAGS, 'filters');

    for (const query of [
      '<img src=x onerror=window.__pwned=1 data-pwned>',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a payload, shown as text
      '${window.__pwned=1}',
      '👩🏽‍⚕️',
      'اجتماع',
      '"><svg onload=window.__pwned=1 data-pwned>',
    ]) {
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expectClean(el, FINDER_TAGS, `search "${query}"`);
      // Either matches or the empty state, which repeats the query as text.
      const empty = $(el, '[part~="empty"]');
      if (empty) expect(empty.textContent).to.contain(query.trim());
      else expect(listNames(el).length, `results for "${query}"`).to.be.greaterThan(0);
    }
    for (const select of $$(el, 'select') as HTMLSelectElement[]) {
      for (const option of Array.from(select.options).slice(0, 40)) {
        select.value = option.value;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expectClean(el, FINDER_TAGS, `filter ${select.id}=${option.value.slice(0, 40)}`);
      }
    }
    await expectNothingEscaped();
  });

  it('a crafted link: hostile rw-* parameters in the page URL (sync-url) stay text', async () => {
    const original = location.href;
    let opened = 0;
    try {
      for (const [i, p] of ALL_PAYLOADS.entries()) {
        // Long strings are cut by the widget anyway.
        if (p.length > 1000) continue;
        const url = new URL(original);
        for (const key of ['rw-q', 'rw-day', 'rw-time', 'rw-mode', 'rw-type', 'rw-region'])
          url.searchParams.set(key, p);
        // Variant A records use the payload as their slug, so this opens that meeting's detail.
        url.searchParams.set('rw-meeting', `0:${p.trim()}`);
        history.replaceState(history.state, '', url.href);
        host.replaceChildren();
        const el = document.createElement('support-group-finder');
        el.now = NOW;
        el.setAttribute('timezone', ZONE);
        el.setAttribute('sync-url', '');
        el.setAttribute('src', MEETING_GUIDE);
        host.append(el);
        await until(
          () => !$(el, '[part~="loading"]') && $(el, '[part~="list"], [part~="empty"], [part~="detail"]'),
          20000,
        );
        await el.updateComplete;
        expectClean(el as Widget, FINDER_TAGS, `URL payload ${i} (${JSON.stringify(p.slice(0, 40))})`);
        expect($(el, '[part~="base"]'), `payload ${i}: still renders`).to.exist;
        if ($(el, '[part~="detail"]')) opened++;
      }
      // The crafted links did reach meetings whose id is a payload.
      expect(opened, 'details opened from the URL').to.be.greaterThan(10);
    } finally {
      history.replaceState(history.state, '', original);
    }
    await expectNothingEscaped();
  });

  async function mountArticle(src: string): Promise<RecoveryArticle & { shadowRoot: ShadowRoot }> {
    const el = document.createElement('recovery-article');
    el.setAttribute('src', src);
    el.toc = true;
    el.readingTime = true;
    host.append(el);
    await until(() => $(el, '[part~="title"], [part~="message"]'), 10000);
    await el.updateComplete;
    return el as RecoveryArticle & { shadowRoot: ShadowRoot };
  }

  it('articles: each payload in every field renders as text, and nothing else', async () => {
    for (const [i, p] of ALL_PAYLOADS.entries()) {
      log.restore();
      log = recordConsole();
      host.replaceChildren();
      const src = `${DIR}/articles/${i}.json`;
      const el = await mountArticle(src);
      const where = `article ${i} (${JSON.stringify(p.slice(0, 40))})`;
      const title = $(el, '[part~="title"]');
      expect(title, `${where} still renders`).to.exist;
      expectClean(el, ARTICLE_TAGS, where);

      // The title is the payload, as text (cut at the document limit).
      expect(title!.textContent, where).to.equal(p.slice(0, 20000));
      expect($(el, '[part~="description"]')?.textContent, where).to.equal(p.slice(0, 20000));
      if (p.length < 300 && p.trim()) {
        const body = $(el, '[part~="body"]')!.textContent!;
        expect(body.includes(p) || body.includes(p.trim()), `${where} body text`).to.equal(true);
        expect($(el, '[part~="meta"]')!.textContent, `${where} author`).to.contain(p);
        expect($(el, '[part~="references"]')!.textContent, `${where} references`).to.contain(p);
      }
      // Only the safe link that carries the payload in its query is a link; the payload as a URL is not.
      const hrefs = $$(el, '[part~="body"] a[part~="link"]').map((a) => a.getAttribute('href')!);
      expect(hrefs.length, `${where} safe links`).to.be.greaterThan(0);
      for (const href of hrefs) expect(href, where).to.match(/^https:\/\/example\.org\/\?q=|^https?:/);

      // The webmaster is told what was left out.
      expect(ours(log.warn).join('\n'), where).to.contain('cannot be shown safely');
      if (i % 10 === 0 || p.length > 1000) await expect(el, where).to.be.accessible();
    }
    await expectNothingEscaped();
  });

  it('articles: dangerous URLs in links, article links, references and the source become text', async () => {
    const el = await mountArticle(`${DIR}/articles/dangerous-links.json`);
    expectClean(el, ARTICLE_TAGS, 'dangerous links');
    const body = $(el, '[part~="body"]')!;
    for (const [i] of DANGEROUS_URLS.entries()) {
      expect(body.textContent, `link ${i}`).to.contain(`danger link ${i}`);
      expect(body.textContent, `article link ${i}`).to.contain(`danger article ${i}`);
      expect($(el, '[part~="references"]')!.textContent).to.contain(`danger reference ${i}`);
    }
    const links = deepElements(el.shadowRoot).filter((n) => n.hasAttribute('href'));
    for (const a of links) expect(a.getAttribute('href')).to.match(SAFE_HREF);
    expect(
      $$(el, '[part~="article-link"]').filter((a) => /danger article/.test(a.textContent!)),
      'no article link from a bad slug',
    ).to.deep.equal([]);
    expect(ours(log.warn).join('\n')).to.contain('not http(s)');
    await expectNothingEscaped();
  });
});
