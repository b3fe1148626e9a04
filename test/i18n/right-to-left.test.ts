import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/recovery-article/recovery-article.js';
import '../../src/components/recovery-cta/recovery-cta.js';
import '../../src/components/related-posts/related-posts.js';
import { until } from '../helpers/frame.js';
import { $, $$, settled } from '../helpers/shadow.js';
import { EDGE_FEED, finder, loaded } from './language-fixtures.js';

/**
 * Whether anything inside the widget reaches past its own width (a horizontal scroll at 320 px).
 * Text for screen readers only is clipped to a pixel, so it cannot.
 */
function overflows(el: Element): string[] {
  const box = el.getBoundingClientRect();
  return $$(el, '*')
    .filter((n) => {
      if (n.parentElement?.closest('.visually-hidden')) return false;
      const r = n.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    })
    .map((n) => `${n.localName}.${n.className || n.getAttribute('part')}`);
}

/** Where each character of `text` is drawn inside `node` (left edges, in logical order). */
function charLefts(node: Node): number[] {
  const range = document.createRange();
  // The first text node (Lit puts comment markers beside its bindings).
  const text = document.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode() ?? node;
  return Array.from(text.textContent ?? '', (_, i) => {
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return range.getBoundingClientRect().left;
  });
}

/** Whether the element's text starts on the right of its container: it hugs the right side. */
function hugsRight(node: Element, container: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(node);
  const a = range.getBoundingClientRect();
  const b = container.getBoundingClientRect();
  return b.right - a.right < a.left - b.left;
}

const mirrored = (glyph: Element) => getComputedStyle(glyph).transform === 'matrix(-1, 0, 0, 1, 0, 0)';

/** The real collection: no Arabic articles yet, so an Arabic page shows the English ones. */
const CONTENT = '/dist/content/';
const ENGLISH_ARTICLE = 'you-cant-do-recovery-alone';

describe('right to left: Arabic', function () {
  this.timeout(30000);
  it('the call to action is rtl, its actions start on the right, and a phone number keeps its order', async () => {
    const wrapper = await fixture(html`<div lang="ar" style="width: 320px">
      <recovery-cta phone="1-800-662-4357" sms="(206) 555-0143"></recovery-cta></div>`);
    const cta = wrapper.querySelector('recovery-cta')!;
    await settled(cta);
    expect($(cta, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(cta, '[part~="base"]')!).direction).to.equal('rtl');
    const heading = $(cta, '[part~="heading"]')!.getBoundingClientRect();
    const base = $(cta, '[part~="base"]')!.getBoundingClientRect();
    // Text starts on the right: the heading hugs the right edge, not the left.
    expect(base.right - heading.right).to.be.lessThan(heading.left - base.left + 1);
    // The number is isolated from the Arabic around it (FSI … PDI), so it reads 1-800-662-4357.
    expect($(cta, '[part~="action-call"]')!.textContent).to.contain('\u20681-800-662-4357\u2069');
    expect(overflows(cta)).to.deep.equal([]);
    await expect(cta).to.be.accessible();
  });

  it('the finder mirrors: the first path is on the right, the search and the toolbar run right to left', async () => {
    const directory = await finder('', { lang: 'ar' });
    await settled(directory);
    const [first, second] = $$(directory, '[part~="path-tab"]').map((t) => t.getBoundingClientRect());
    expect(first.left, 'the first path is to the right of the second').to.be.greaterThan(second.left);
    expect($(directory, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');

    const el = await loaded(await finder(EDGE_FEED, { lang: 'ar' }));
    (el as HTMLElement).style.width = '320px';
    await settled(el);
    const count = $(el, '[part~="count"]')!.getBoundingClientRect();
    const print = $(el, '[part~="print"]')!.getBoundingClientRect();
    expect(count.left, 'the count comes first, on the right').to.be.greaterThan(print.left);
    const label = $(el, '[part~="search"] label')!.getBoundingClientRect();
    const base = $(el, '[part~="base"]')!.getBoundingClientRect();
    expect(base.right - label.right).to.be.lessThan(label.left - base.left + 1);
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a page that sets dir keeps it: an Arabic widget in a dir="ltr" region is ltr', async () => {
    const wrapper = await fixture(html`<div lang="ar" dir="ltr"><recovery-cta></recovery-cta></div>`);
    const cta = wrapper.querySelector('recovery-cta')!;
    await settled(cta);
    expect($(cta, '[part~="base"]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('an Arabic article is rtl: its title on the right, the back links turned, URLs, numbers and A+ in order', async () => {
    const wrapper = await fixture(html`<div lang="ar" style="width: 320px">
      <recovery-article src="/test/fixtures/articles/arabic.json" reading-time toc></recovery-article></div>`);
    const el = wrapper.querySelector('recovery-article')!;
    await until(() => $(el, '[part~="back-link"]'), 10000);
    await settled(el);
    const base = $(el, '[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '[part~="body"]')!).direction, 'the text follows the page').to.equal('rtl');
    expect(hugsRight($(el, '[part~="title"]')!, base), 'the title starts on the right').to.equal(true);
    expect(hugsRight($(el, '[part~="control-smaller"]')!, base), 'the first tool is on the right').to.equal(true);
    // ↩ has no right-to-left twin in Unicode: it is turned, so it points back up the text.
    for (const back of $$(el, '[part~="back-link"] [aria-hidden="true"]')) expect(mirrored(back)).to.equal(true);
    // "A+" is a symbol, not a word: the A stays before the + (on its left) among Arabic words.
    const [a, plus] = charLefts($(el, '[part~="control-larger"] [aria-hidden="true"]')!);
    expect(a, 'the A is left of the +').to.be.lessThan(plus);
    // An English reference title in the Arabic list is isolated, in its own direction.
    const cite = $(el, '[part~="reference"] cite')!;
    expect(cite.textContent).to.equal('Social support and recovery');
    expect(getComputedStyle(cite).direction).to.equal('ltr');
    expect(getComputedStyle(cite).unicodeBidi).to.equal('isolate');
    // A URL reads left to right, its last slash at its right end.
    const url = $(el, '[part~="reference"] a[href="https://example.org/social-support/"]')!;
    expect(url.textContent).to.contain('https://example.org/social-support/');
    const lefts = charLefts(url);
    expect(lefts[lefts.length - 1], 'the trailing slash is drawn last, on the right').to.equal(Math.max(...lefts));
    // The phone number in the text keeps its order: 1 on the left, the last 7 on the right.
    const paragraph = $(el, '[part~="body"] p')!;
    const phone = [...paragraph.childNodes].find((n) => n.textContent?.includes('1-800'))!;
    const at = phone.textContent!.indexOf('1-800-662-4357');
    const range = document.createRange();
    const digit = (i: number) => {
      range.setStart(phone, at + i);
      range.setEnd(phone, at + i + 1);
      return range.getBoundingClientRect().left;
    };
    expect(digit(0)).to.be.lessThan(digit(13));
    // The crisis line is in Arabic, with the numbers isolated.
    expect($(el, '[part~="crisis"]')!.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle($(el, '[part~="crisis"]')!).direction).to.equal('rtl');
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an English article on an Arabic page: the interface is rtl, the English text ltr, its back links unturned', async () => {
    const wrapper = await fixture(html`<div lang="ar" style="width: 320px">
      <recovery-article slug=${ENGLISH_ARTICLE} toc reading-time content-base=${CONTENT}></recovery-article></div>`);
    const el = wrapper.querySelector('recovery-article')!;
    await until(() => $(el, '[part~="back-link"]'), 15000);
    await settled(el);
    const base = $(el, '[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(hugsRight($(el, '[part~="note"]')!, base), 'the note is rtl').to.equal(true);
    expect(getComputedStyle($(el, '[part~="note"]')!).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '[part~="meta"]')!).direction).to.equal('rtl');
    for (const part of ['title', 'description', 'body', 'references"] ol[lang="en']) {
      expect(getComputedStyle($(el, `[part~="${part}"]`)!).direction, `${part}: English reads ltr`).to.equal('ltr');
    }
    expect(getComputedStyle($(el, '[part~="references-heading"]')!).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '[part~="toc"] ol')!).direction, 'contents: English titles').to.equal('ltr');
    expect(getComputedStyle($(el, '[part~="toc-heading"]')!).direction, 'under an Arabic heading').to.equal('rtl');
    expect($(el, '[part~="toc"] ol')!.getAttribute('lang')).to.equal('en');
    for (const back of $$(el, '[part~="back-link"] [aria-hidden="true"]')) expect(mirrored(back)).to.equal(false);
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('related posts are rtl: heading and links on the right, English titles isolated in their own direction', async () => {
    const wrapper = await fixture(html`<div lang="ar" style="width: 320px">
      <related-posts for=${ENGLISH_ARTICLE} content-base=${CONTENT} href-template="/blog/{slug}"></related-posts></div>`);
    const el = wrapper.querySelector('related-posts')!;
    await until(() => $$(el, '[part~="read-more"]').length > 0, 15000);
    await settled(el);
    const base = $(el, '[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(hugsRight($(el, '[part~="heading"]')!, base), 'the heading starts on the right').to.equal(true);
    const item = $(el, '[part~="item"]')!;
    expect(hugsRight(item.querySelector('[part~="read-more"]')!, item), '"Read more" starts on the right').to.equal(
      true,
    );
    expect(hugsRight(item.querySelector('[part~="item-language"]')!, item)).to.equal(true);
    // An English title keeps its own order (its punctuation at its end), inside the Arabic list.
    const title = item.querySelector('[part~="item-title"] [lang="en"]')!;
    expect(title.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(title).direction).to.equal('ltr');
    expect(getComputedStyle(title).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(item.querySelector('[part~="item-description"] [dir]')!).direction).to.equal('ltr');
    // In the link's name ("Read more about “…”") the title is isolated from the Arabic around it.
    const named = item.querySelector('[part~="read-more"] bdi')!;
    expect(named.textContent).to.equal(title.textContent);
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an article and related posts in a dir="ltr" region stay ltr; an English page gets no dir="rtl" anywhere', async () => {
    const wrapper = await fixture(html`<div>
      <div lang="ar" dir="ltr"><recovery-article src="/test/fixtures/articles/arabic.json"></recovery-article>
        <related-posts for=${ENGLISH_ARTICLE} content-base=${CONTENT}></related-posts></div>
      <div lang="en"><recovery-article src="/test/fixtures/articles/arabic.json"></recovery-article></div></div>`);
    const [held, english] = wrapper.querySelectorAll('recovery-article');
    const related = wrapper.querySelector('related-posts')!;
    await until(
      () => $(held, '[part~="title"]') && $(english, '[part~="title"]') && $(related, '[part~="item"]'),
      15000,
    );
    await settled(held);
    expect($(held, '[part~="base"]')!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle($(held, '[part~="body"]')!).direction).to.equal('ltr');
    expect($(related, '[part~="base"]')!.getAttribute('dir')).to.equal('ltr');
    // An Arabic article in an English widget: the interface is ltr, the article's own text rtl.
    expect($(english, '[part~="base"]')!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle($(english, '[part~="body"]')!).direction).to.equal('rtl');
    expect(getComputedStyle($(english, '[part~="meta"]')!).direction).to.equal('ltr');
  });
});
