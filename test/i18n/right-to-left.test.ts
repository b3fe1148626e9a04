import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/recovery-cta/recovery-cta.js';
import { $, $$, settled } from '../helpers/shadow.js';
import { EDGE_FEED, finder, loaded } from './language-fixtures.js';

/** Whether anything inside the widget reaches past its own width (a horizontal scroll at 320 px). */
function overflows(el: Element): string[] {
  const box = el.getBoundingClientRect();
  return $$(el, '*')
    .filter((n) => {
      const r = n.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    })
    .map((n) => `${n.localName}.${n.className || n.getAttribute('part')}`);
}

describe('right to left: Arabic', () => {
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
});
