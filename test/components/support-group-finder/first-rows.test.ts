import { expect } from '@open-wc/testing';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';
import { countText, FEEDS, finder, loaded, names, type SupportGroupFinder } from './helpers.js';

const SEPA = `${FEEDS}/southeastern-pa-aa.json`;
const EDGE = `${FEEDS}/edge-cases.json`;
// A Tuesday 12:00 in Philadelphia: meetings in progress, soon and later today.
const NOON = new Date(Date.UTC(2026, 10, 24, 17, 0));

interface FirstSight {
  names: string[];
  count: string;
  /** Every text the count's live region said before the whole feed was in. */
  said: string[];
  /** The type, language and region menus: disabled, how many choices each had, and why (its description). */
  menus: Array<{ id: string; disabled: boolean; choices: number; why: string }>;
}

const menus = (el: SupportGroupFinder) =>
  $$(el, '[part~="filter-panel"] select').map((s) => {
    const select = s as HTMLSelectElement;
    const why = select.getAttribute('aria-describedby');
    const text = why ? el.shadowRoot!.getElementById(why)?.textContent?.trim() : undefined;
    return { id: select.id, disabled: select.disabled, choices: select.options.length, why: text ?? '' };
  });

/** What the list looked like the first moment it had rows, seen by a MutationObserver. */
function watchFirstRows(el: SupportGroupFinder): Promise<FirstSight> {
  const said: string[] = [];
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const status = $(el, '[part~="status"]')?.textContent?.trim();
      if (status && !said.includes(status)) said.push(status);
      if (!$(el, '[part~="meeting"]')) return;
      observer.disconnect();
      resolve({ names: names(el), count: countText(el), said, menus: menus(el) });
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  });
}

async function open(src: string, extra: Record<string, string> = {}) {
  const el = await finder(src, { now: NOON, timezone: 'America/New_York', extra });
  const first = watchFirstRows(el);
  return { el, first };
}

describe('<support-group-finder> first rows while a large feed is read', function () {
  this.timeout(30000);

  it('shows the soonest meetings first, exactly as the whole list will start, and says "Loading" where the count goes', async () => {
    const { el, first } = await open(SEPA);
    const seen = await first;
    expect(seen.count).to.equal('Loading meetings…');
    expect($(el, '[part~="count"]')!.getAttribute('part')).to.contain('loading-more');
    // No partial count was announced.
    expect(seen.said.filter((s) => /\d+ meetings?/.test(s))).to.deep.equal([]);
    await loaded(el);
    expect(countText(el)).to.equal('2,036 meetings');
    // The whole feed's count is what gets announced, once the list settles.
    await until(() => $(el, '[part~="status"]')!.textContent!.trim() === '2,036 meetings', 5000);
    const all = names(el);
    expect(seen.names.length).to.be.at.least(10);
    expect(all.slice(0, seen.names.length)).to.deep.equal(seen.names);
    await expect(el).to.be.accessible();
  });

  it('holds the menus, disabled with only their "any" choice, until the whole feed is in', async () => {
    const { el, first } = await open(SEPA);
    const seen = await first;
    // A choice from the first meetings alone would miss most of the feed's types and regions.
    // (Which menus there are comes from those first meetings: none of them names a language.)
    expect(seen.menus.map((m) => m.id)).to.deep.equal(['sgf-type', 'sgf-region']);
    // A screen reader hears why a menu is dimmed.
    expect(seen.menus.every((m) => m.disabled && m.choices === 1 && m.why === 'Loading meetings…')).to.equal(true);
    expect(($(el, '#sgf-type') as HTMLSelectElement).options[0].textContent!.trim()).to.equal('Any type');
    await loaded(el);
    const after = menus(el);
    expect(after.map((m) => m.id)).to.deep.equal(['sgf-type', 'sgf-lang', 'sgf-region']);
    expect(after.every((m) => !m.disabled && m.choices > 1 && !m.why)).to.equal(true);
    expect(after.filter((m) => m.choices > 20).map((m) => m.id)).to.deep.equal(['sgf-type', 'sgf-region']);
    // Usable at once: a region picked from the whole list filters it.
    const region = $(el, '#sgf-region') as HTMLSelectElement;
    region.value = region.options[1].value;
    region.dispatchEvent(new Event('change'));
    await until(() => countText(el) !== '2,036 meetings', 3000);
    expect(countText(el)).to.match(/^\d[\d,]* meetings?$/);
  });

  it('waits for the whole feed when the address holds filters (a shared link)', async () => {
    const url = new URL(location.href);
    url.searchParams.set('rw-day', '2');
    history.replaceState(null, '', url);
    try {
      const { el, first } = await open(SEPA, { 'sync-url': '' });
      const seen = await first;
      expect(seen.count).to.match(/^\d[\d,]* meetings$/);
      await loaded(el);
      expect(countText(el)).to.equal(seen.count);
    } finally {
      url.searchParams.delete('rw-day');
      history.replaceState(null, '', url);
    }
  });

  it('waits for the whole feed with several feeds, and for a small feed has nothing to show early', async () => {
    for (const src of [`${SEPA} ${EDGE}`, EDGE]) {
      const { el, first } = await open(src);
      const seen = await first;
      expect(seen.count, src).to.match(/^\d[\d,]* meetings?$/);
      await loaded(el);
    }
  });

  it('keeps the rows a visitor asked for with "Show more" while the rest was read', async () => {
    const el = await finder(SEPA, { now: NOON, timezone: 'America/New_York' });
    // Pressed the moment the first rows are there, before the whole feed is read.
    const pressed = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const more = $(el, '[part~="show-more"]') as HTMLButtonElement | null;
        if (!more || !$(el, '[part~="loading-more"]')) return;
        observer.disconnect();
        more.click();
        resolve(names(el).length);
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    });
    expect(await pressed).to.equal(10);
    await loaded(el);
    await until(() => names(el).length >= 100, 3000);
    // The first page and the one asked for; the list did not start again at 10.
    expect(names(el).length).to.equal(100);
    expect($(el, '[part~="show-more"]')!.textContent!.trim()).to.equal('Show 50 more');
  });

  it('a new src that fails after the early rows shows its error, not the old rows', async () => {
    // Early rows on screen, then the partner's script points the finder at an address that fails.
    const { el, first } = await open(SEPA);
    await first;
    el.setAttribute('src', `${FEEDS}/does-not-exist.json`);
    await loaded(el);
    expect($$(el, '[part~="meeting"]')).to.deep.equal([]);
    expect($(el, '[part~="error"]')!.textContent).to.match(/doesn’t lead to a meeting list/);
  });
});
