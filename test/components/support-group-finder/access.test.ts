import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$, text } from '../../helpers/shadow.js';
import { FEEDS, finder, focused, loaded, names, settle } from './helpers.js';

const EDGE = `${FEEDS}/edge-cases.json`;

/** Presses Tab (or Shift+Tab) until `want` holds for the focused element inside the widget. */
async function tabTo(el: Element, want: (f: HTMLElement) => boolean, back = false, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    const f = focused(el);
    if (f && want(f)) return f;
  }
  throw new Error('never reached the element with the keyboard');
}

describe('<support-group-finder> for keyboard, screen reader and small screens', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(async () => {
    log.restore();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('works with the keyboard alone: search, filter by day, open, add to calendar, back', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = await finder(EDGE);
    wrapper.append(el);
    await loaded(el);
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();

    const input = await tabTo(el, (f) => f.matches('input[type="search"]'));
    await sendKeys({ type: 'saturday' });
    await settle(el);
    expect((input as HTMLInputElement).value).to.equal('saturday');
    expect(names(el)).to.have.length(3);

    await tabTo(el, (f) => f.matches('input[type="checkbox"]') && f.parentElement!.textContent!.trim() === 'Saturday');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(names(el)).to.have.length(3);

    const meeting = await tabTo(el, (f) => f.matches('[part~="meeting-name"]'));
    const name = meeting.textContent;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)?.getAttribute('part')).to.equal('detail-heading');
    expect(focused(el)?.textContent).to.equal(name);

    let blob: Blob | undefined;
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return realCreate(b);
    };
    const block = (e: Event) => {
      if ((e.composedPath()[0] as HTMLAnchorElement).download) e.preventDefault();
    };
    document.addEventListener('click', block, true);
    try {
      await tabTo(el, (f) => f.matches('[part~="calendar"]'));
      await sendKeys({ press: 'Enter' });
      await until(() => blob, 2000);
      const ics = await blob!.text();
      expect(ics).to.contain(`SUMMARY:${name}`).and.contain('BYDAY=SA');
    } finally {
      URL.createObjectURL = realCreate;
      document.removeEventListener('click', block, true);
    }

    await tabTo(el, (f) => f.matches('[part~="back"]'), true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)?.textContent).to.equal(name);
    expect(focused(el)?.matches('[part~="meeting-name"]')).to.equal(true);
  });

  it('passes axe in the list, the detail, dark and Spanish', async () => {
    const el = await loaded(await finder(EDGE));
    await expect(el).to.be.accessible();
    $$(el, '[part~="meeting-name"]')[0].click();
    await settle(el);
    await expect(el).to.be.accessible();

    const dark = await loaded(await finder(EDGE, { extra: { theme: 'dark' } }));
    await expect(dark).to.be.accessible();
    $$(dark, '[part~="meeting-name"]')[0].click();
    await settle(dark);
    await expect(dark).to.be.accessible();

    const es = await loaded(await finder(EDGE, { lang: 'es' }));
    expect($(es, 'h2')!.textContent).to.equal('Encuentre una reunión');
    expect(text(es)).to.contain('Empiezan pronto').and.contain('Con cita previa').and.contain('Sábado');
    expect($(es, '[part~="count"]')!.textContent!.trim()).to.equal('9 reuniones');
    await expect(es).to.be.accessible();
    $$(es, '[part~="meeting-name"]')[0].click();
    await settle(es);
    expect(text(es)).to.contain('Volver a la lista').and.contain('Agregar al calendario');
    await expect(es).to.be.accessible();
  });

  it('announces the count in Spanish', async () => {
    const el = await loaded(await finder(EDGE, { lang: 'es' }));
    await until(() => $(el, '[aria-live="polite"]')!.textContent!.trim() === '9 reuniones', 3000);
  });

  it('fits 320 px with no horizontal scroll, filters behind a "Filters" button', async () => {
    await setViewport({ width: 320, height: 640 });
    // Spanish and a zone other than the visitor's: the longest lines the list can have.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone === 'Asia/Tokyo' ? 'Europe/London' : 'Asia/Tokyo';
    const el = await loaded(await finder(`${FEEDS}/southeastern-pa-aa.json`, { timezone: zone, lang: 'es' }));
    await settle(el);
    const base0 = $(el, '[part~="base"]')!;
    const edge = base0.getBoundingClientRect().right;
    const over = $$(el, '*')
      .filter((n) => n.getBoundingClientRect().right > edge + 1)
      .map(
        (n) =>
          `${n.localName}.${n.className}[${n.getAttribute('part')}] ${Math.round(n.getBoundingClientRect().right)}`,
      );
    expect(over.slice(0, 8), 'elements wider than the widget, list view').to.deep.equal([]);
    const toggle = $(el, '[part~="filters-toggle"]') as HTMLButtonElement;
    const panel = $(el, '[part~="filter-panel"]')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(panel).display).to.equal('none');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).not.to.equal('none');
    const base = $(el, '[part~="base"]')!;
    const right = base.getBoundingClientRect().right;
    const wide = $$(el, '*')
      .filter((n) => n.getBoundingClientRect().right > right + 1)
      .map(
        (n) =>
          `${n.localName}.${n.className}[${n.getAttribute('part')}] ${Math.round(n.getBoundingClientRect().right)}`,
      );
    expect(wide.slice(0, 8), 'elements wider than the widget').to.deep.equal([]);
    expect(base.scrollWidth, 'no horizontal overflow').to.be.at.most(base.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    $$(el, '[part~="meeting-name"]')[0].click();
    await settle(el);
    expect(base.scrollWidth, 'detail fits too').to.be.at.most(base.clientWidth + 1);
  });

  it('shows the filters without a disclosure on wide screens', async () => {
    await setViewport({ width: 1000, height: 700 });
    const el = await loaded(await finder(EDGE));
    expect(getComputedStyle($(el, '[part~="filters-toggle"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, '[part~="filter-panel"]')!).display).not.to.equal('none');
  });

  it('prints a clean schedule: controls hidden, every meeting listed', async () => {
    const el = await loaded(await finder(EDGE));
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part~="filters"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, '[part~="print"]')!).display).to.equal('none');
    expect(names(el)).to.have.length(9);
  });
});
