import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';
import { FEEDS, check, countText, finder, focused, loaded, names, search, serve, settle } from './helpers.js';

const EDGE = `${FEEDS}/edge-cases.json`;
const SEPA = `${FEEDS}/southeastern-pa-aa.json`;
/** Monday 23 November 2026, 3:30 pm in Philadelphia: meetings in progress, so no help block. */
const AFTERNOON = new Date('2026-11-23T20:30:00Z');

async function tab(back = false): Promise<void> {
  if (back) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (back) await sendKeys({ up: 'Shift' });
}

/** Presses Tab until `want` holds for the focused element inside the widget. */
async function tabTo(el: Element, want: (f: HTMLElement) => boolean, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await tab();
    const f = focused(el);
    if (f && want(f)) return f;
  }
  throw new Error('never reached the element with the keyboard');
}

const rows = (el: Element) => $$(el, '[part~="meeting"]').length;

describe('<support-group-finder> with the keyboard', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(async () => {
    log.restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('skips past the meeting list in one key press: the link shows on focus, and the next Tab leaves the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = await finder(SEPA, { now: AFTERNOON, timezone: 'America/New_York' });
    wrapper.append(el);
    const after = document.createElement('button');
    after.textContent = 'after';
    wrapper.append(after);
    await loaded(el);
    await until(() => rows(el) === 50, 5000);
    const skip = $(el, '[part~="skip-link"]')!;
    expect(skip.textContent).to.equal('Skip past the meeting list');
    expect(skip.getBoundingClientRect().width, 'hidden until focused').to.be.at.most(1);

    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    await tabTo(el, (f) => f.matches('[part~="print"]'));
    await tab();
    expect(focused(el) === skip, 'the skip link is the next stop after the toolbar').to.equal(true);
    expect(skip.getBoundingClientRect().width, 'visible while focused').to.be.greaterThan(100);
    await sendKeys({ press: 'Enter' });
    expect(focused(el)?.getAttribute('part')).to.equal('list-end');
    expect(focused(el)?.textContent).to.equal('End of the meeting list.');
    expect(location.hash, 'no fragment written to the page address').to.equal('');
    await tab();
    // Compared as a boolean: chai describing a finder element on failure takes minutes.
    const now = focused(el);
    expect(document.activeElement === after, `Tab went to ${now?.getAttribute('part')} "${now?.textContent}"`).to.equal(
      true,
    );
    expect($(el, '#sgf-list-end')!.tabIndex, 'the line is no tab stop once left').to.equal(-1);

    // Without it: the 50 rows (and Show more) are the stops in between.
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    await tabTo(el, (f) => f.matches('[part~="skip-link"]'));
    let presses = 0;
    while (document.activeElement !== after && presses < 200) {
      await tab();
      presses++;
    }
    expect(presses).to.equal(52);
  });

  it('"Show more" that shows the last rows gives focus to the first of them, not to the page', async () => {
    const sepa = await (await fetch(SEPA)).json();
    const restore = serve('/test/generated/seventy.json', sepa.slice(0, 70));
    try {
      const el = await loaded(await finder('/test/generated/seventy.json', { timezone: 'America/New_York' }));
      const total = Number(countText(el).replace(/\D/g, ''));
      expect(total).to.be.within(51, 99);
      await until(() => rows(el) === 50, 5000);
      const more = await tabTo(el, (f) => f.matches('[part~="show-more"]'), 120);
      expect(more.textContent!.trim()).to.equal(`Show ${total - 50} more`);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(rows(el)).to.equal(total);
      expect($(el, '[part~="show-more"]')).to.equal(null);
      // The first new row's name, so Tab and a screen reader go on from there.
      expect(focused(el)?.matches('[part~="meeting-name"]')).to.equal(true);
      expect(focused(el)?.textContent).to.equal(names(el)[50]);
    } finally {
      restore();
    }
  });

  it('closes a meeting with Escape and gives focus back to its name', async () => {
    const el = await loaded(await finder(EDGE));
    const name = await tabTo(el, (f) => f.matches('[part~="meeting-name"]') && f.textContent === 'Saturday 10am');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)?.id).to.equal('detail-heading');
    await tabTo(el, (f) => f.matches('[part~="calendar"]'));
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part~="detail"]') === null, 'the detail closed').to.equal(true);
    expect(focused(el)?.textContent).to.equal('Saturday 10am');
    expect(focused(el)?.dataset.id).to.equal(name.dataset.id);
  });

  describe('with sync-url', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('the browser’s Back closes the meeting, gives focus back to its name and puts the page back where it was', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await loaded(
        await finder(SEPA, { now: AFTERNOON, timezone: 'America/New_York', extra: { 'sync-url': '' } }),
      );
      await until(() => rows(el) === 50, 5000);
      search(el, 'philadelphia');
      await settle(el);
      await until(() => rows(el) === 50, 5000);
      const row = $$(el, '[part~="meeting-name"]')[30];
      row.scrollIntoView({ block: 'center' });
      await settle(el);
      const where = scrollY;
      const onScreen = row.getBoundingClientRect().top;
      expect(where, 'the page scrolled down the list').to.be.greaterThan(1000);
      row.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '[part~="detail"]'));
      await settle(el);
      expect(Math.abs(scrollY - where), 'the detail is shown from its top').to.be.greaterThan(300);

      history.back();
      await until(() => !$(el, '[part~="detail"]'), 3000);
      await settle(el);
      // Rows drawn anew take their real heights over the next frames; the widget keeps the row in place.
      for (let i = 0; i < 8; i++) await new Promise((r) => requestAnimationFrame(r));
      const back = focused(el)!;
      expect(back.textContent).to.equal(row.textContent);
      // The row on screen with focus, and the page about where it was (rows drawn anew settle
      // their heights as they come into view).
      const top = back.getBoundingClientRect().top;
      expect(top >= 0 && top < innerHeight, `the row on screen (at ${top}, was ${onScreen})`).to.equal(true);
      expect(Math.abs(scrollY - where), `scrolled to ${scrollY}, was ${where}`).to.be.below(innerHeight / 2);
      // The visitor's search survives Back (it never goes into the address).
      expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('philadelphia');
      expect(rows(el)).to.equal(50);
    });
  });

  it('counts only what is inside the panel in "Filters (N)", not the search text', async () => {
    const el = await loaded(await finder(EDGE));
    const toggle = $(el, '[part~="filters-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Filters');
    search(el, 'saturday');
    await settle(el);
    expect(toggle.textContent!.trim(), 'the search box is outside the panel').to.equal('Filters');
    check(el, 'filter-days', 'Saturday');
    await settle(el);
    expect(toggle.textContent!.trim()).to.equal('Filters (1)');
    check(el, 'filter-times', 'Morning (4 am–noon)');
    await settle(el);
    expect(toggle.textContent!.trim()).to.equal('Filters (2)');
    // "Clear filters" is enabled by the search alone.
    check(el, 'filter-days', 'Saturday');
    check(el, 'filter-times', 'Morning (4 am–noon)');
    await settle(el);
    expect(toggle.textContent!.trim()).to.equal('Filters');
    expect(($(el, '[part~="clear"]') as HTMLButtonElement).disabled).to.equal(false);
  });
});
