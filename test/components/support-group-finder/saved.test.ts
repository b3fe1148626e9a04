import { expect } from '@open-wc/testing';
import { SAVED_KEY } from '../../../src/components/support-group-finder/controllers/saved.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$, text } from '../../helpers/shadow.js';
import { FEEDS, countText, finder, focused, loaded, names, search, settle } from './helpers.js';

const EDGE = `${FEEDS}/edge-cases.json`;
const EDGE_URL = new URL(EDGE, location.href).href;

/** Everything a page can keep about a visitor: web storage, IndexedDB databases and cookies. */
async function stored() {
  const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)).sort();
  return {
    local: keys(localStorage),
    session: keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name).sort(),
    cookies: document.cookie,
  };
}

const star = (el: Element, name: string) =>
  $$(el, '[part~="meeting"]')
    .find((row) => row.querySelector('[part~="meeting-name"]')!.textContent === name)!
    .querySelector<HTMLButtonElement>('[part~="save"]')!;

/** Captures the next calendar file the widget offers for download, without downloading it. */
async function download(click: () => void): Promise<{ name: string; body: string }> {
  const realCreate = URL.createObjectURL;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), realCreate(b));
  const onClick = (e: Event) => {
    const a = e.composedPath()[0] as HTMLAnchorElement;
    if (a.download) {
      name = a.download;
      e.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  try {
    click();
    await until(() => blob, 2000);
    return { name, body: await blob!.text() };
  } finally {
    URL.createObjectURL = realCreate;
    document.removeEventListener('click', onClick, true);
  }
}

describe('<support-group-finder saved>', () => {
  let log: ConsoleRecord;
  beforeEach(() => {
    log = recordConsole();
    localStorage.removeItem(SAVED_KEY);
  });
  afterEach(() => {
    log.restore();
    localStorage.removeItem(SAVED_KEY);
  });

  it('without the attribute: no star, no saved view, and nothing stored anywhere, whatever the visitor does', async () => {
    const before = await stored();
    const el = await loaded(await finder(EDGE));
    expect($$(el, '[part~="save"]')).to.have.length(0);
    expect($(el, '[part~="saved-toggle"]') === null).to.equal(true);
    search(el, 'sunday');
    await settle(el);
    $$(el, '[part~="meeting-name"]')[0].click();
    await settle(el);
    $(el, '[part~="back"]')!.click();
    await settle(el);
    expect(await stored()).to.deep.equal(before);
  });

  it('with it: a star per meeting, named after it, and nothing stored until the first press', async () => {
    const before = await stored();
    const el = await loaded(await finder(EDGE, { extra: { saved: '' } }));
    expect($$(el, '[part~="save"]')).to.have.length(9);
    const button = star(el, 'Saturday 10am');
    expect(button.textContent!.trim()).to.equal('Save Saturday 10am');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '[part~="saved-toggle"]')!.textContent!.trim()).to.equal('Saved meetings (0)');
    // Looking is not saving.
    $(el, '[part~="saved-toggle"]')!.click();
    await settle(el);
    $(el, '[part~="saved-toggle"]')!.click();
    await settle(el);
    expect(await stored(), 'nothing stored before the first press').to.deep.equal(before);

    star(el, 'Saturday 10am').click();
    await settle(el);
    expect(star(el, 'Saturday 10am').getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part~="saved-status"]')!.textContent).to.equal('Your saved meetings are kept on this device only.');
    expect($(el, '[part~="saved-toggle"]')!.textContent!.trim()).to.equal('Saved meetings (1)');
    // One entry, under the library's own key: the feed's id per feed URL, nothing else.
    const after = await stored();
    expect(after.local).to.deep.equal([...before.local, SAVED_KEY].sort());
    expect({ ...after, local: [] }).to.deep.equal({ ...before, local: [] });
    expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)).to.deep.equal({ feeds: { [EDGE_URL]: ['saturday-10am'] } });

    // Another visit finds it; a second press unsaves.
    const again = await loaded(await finder(EDGE, { extra: { saved: '' } }));
    expect(star(again, 'Saturday 10am').getAttribute('aria-pressed')).to.equal('true');
    star(again, 'Saturday 10am').click();
    await settle(again);
    expect(star(again, 'Saturday 10am').getAttribute('aria-pressed')).to.equal('false');
    expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)).to.deep.equal({ feeds: {} });
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('shows only saved meetings, says where they are kept, adds them all to the calendar, and forgets them', async () => {
    const el = await loaded(await finder(EDGE, { extra: { saved: '' } }));
    star(el, 'Saturday 10am').click();
    star(el, 'Sunday 8pm').click();
    star(el, 'Appt').click();
    await settle(el);
    const toggle = $(el, '[part~="saved-toggle"]')!;
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(names(el)).to.have.members(['Saturday 10am', 'Sunday 8pm', 'Appt']);
    expect(countText(el)).to.equal('3 meetings');
    await until(() => $(el, '[part~="status"]')!.textContent === '3 meetings', 3000);
    expect($(el, '[part~="saved-note"]')!.textContent).to.contain(
      'Saved meetings are kept on this device only, in this browser. Nothing is sent anywhere.',
    );
    // Filters still apply inside the saved view.
    search(el, 'sunday');
    await settle(el);
    expect(names(el)).to.deep.equal(['Sunday 8pm']);
    search(el, '');
    await settle(el);

    const ics = await download(() => $(el, '[part~="saved-calendar"]')!.click());
    expect(ics.name).to.equal('saved-meetings.ics');
    const lines = ics.body.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).to.have.length(1);
    expect(lines.filter((l) => l === 'END:VCALENDAR')).to.have.length(1);
    // By appointment has no weekly time: two events, their zone written once.
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(2);
    expect(lines.filter((l) => l.startsWith('TZID:'))).to.have.length(1);
    expect(ics.body).to.contain('SUMMARY:Saturday 10am').and.contain('SUMMARY:Sunday 8pm');
    expect(ics.body.endsWith('END:VCALENDAR\r\n')).to.equal(true);

    $(el, '[part~="forget-saved"]')!.click();
    await settle(el);
    expect(localStorage.getItem(SAVED_KEY)).to.equal(null);
    expect($(el, '[part~="saved-status"]')!.textContent).to.equal('Saved meetings forgotten on this device.');
    expect(focused(el)?.getAttribute('part')).to.equal('saved-toggle');
    expect($(el, '[part~="saved-toggle"]')!.getAttribute('aria-pressed')).to.equal('false');
    expect(names(el)).to.have.length(9);
    expect($$(el, '[part~="save"][aria-pressed="true"]')).to.have.length(0);
  });

  it('an empty saved view says how to save, with a way back to every meeting', async () => {
    const el = await loaded(await finder(EDGE, { extra: { saved: '' } }));
    $(el, '[part~="saved-toggle"]')!.click();
    await settle(el);
    expect($(el, '[part~="empty"]')!.textContent).to.contain(
      'No saved meetings yet. Press the star beside a meeting to save it.',
    );
    const chips = $$(el, '[part~="remove-filter"]');
    expect(chips.map((b) => b.textContent!.trim())).to.deep.equal(['Show all meetings']);
    chips[0].click();
    await settle(el);
    expect(names(el)).to.have.length(9);
  });

  it('saves from the detail view too, and unsaving in the saved view keeps focus in the widget', async () => {
    const el = await loaded(await finder(EDGE, { extra: { saved: '' } }));
    $$(el, '[part~="meeting-name"]')
      .find((b) => b.textContent === 'Sunday 8am')!
      .click();
    await settle(el);
    const detailStar = $(el, '[part~="detail"] [part~="save"]')!;
    expect(detailStar.textContent!.trim()).to.equal('Save Sunday 8am');
    detailStar.click();
    await settle(el);
    expect($(el, '[part~="detail"] [part~="save"]')!.getAttribute('aria-pressed')).to.equal('true');
    $(el, '[part~="back"]')!.click();
    await settle(el);
    $(el, '[part~="saved-toggle"]')!.click();
    await settle(el);
    expect(names(el)).to.deep.equal(['Sunday 8am']);
    star(el, 'Sunday 8am').focus();
    star(el, 'Sunday 8am').click();
    await settle(el);
    expect(names(el)).to.deep.equal([]);
    expect(focused(el)?.getAttribute('part')).to.equal('saved-toggle');
  });

  it('survives a broken or foreign value under its key, and replaces it on the next save', async () => {
    for (const value of [
      '{not json',
      '[1,2,3]',
      '"text"',
      '{"feeds":{"x":"y"}}',
      'null',
      `{"feeds":{"${EDGE_URL}":[1,{}]}}`,
    ]) {
      localStorage.setItem(SAVED_KEY, value);
      const el = await loaded(await finder(EDGE, { extra: { saved: '' } }));
      expect($$(el, '[part~="save"][aria-pressed="true"]'), value).to.have.length(0);
      expect(names(el)).to.have.length(9);
      star(el, 'Monday 7pm').click();
      await settle(el);
      expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)).to.deep.equal({ feeds: { [EDGE_URL]: ['monday-7pm'] } });
      el.parentElement!.remove();
    }
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('when the browser refuses storage (private mode): the stars work for the visit, and a calm message says so', async () => {
    const realSet = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = await loaded(await finder(EDGE, { extra: { saved: '' } }));
      star(el, 'Saturday 7pm').click();
      await settle(el);
      expect(star(el, 'Saturday 7pm').getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '[part~="saved-status"]')!.textContent).to.equal(
        'This browser won’t keep saved meetings here, so they’ll be forgotten when you leave this page.',
      );
      $(el, '[part~="saved-toggle"]')!.click();
      await settle(el);
      expect(names(el)).to.deep.equal(['Saturday 7pm']);
      expect(localStorage.getItem(SAVED_KEY)).to.equal(null);
    } finally {
      Storage.prototype.setItem = realSet;
    }

    // Reading refused too (storage turned off): nothing breaks.
    const realGet = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    try {
      const el = await loaded(await finder(EDGE, { extra: { saved: '' } }));
      expect(names(el)).to.have.length(9);
      star(el, 'Sunday 8pm').click();
      await settle(el);
      expect($(el, '[part~="saved-status"]')!.textContent).to.contain('won’t keep saved meetings');
    } finally {
      Storage.prototype.getItem = realGet;
    }
  });

  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'es']) {
      it(`passes axe with stars, the saved view and a saved detail (${theme}, ${lang})`, async () => {
        const el = await loaded(await finder(EDGE, { lang, extra: { saved: '', theme } }));
        star(el, 'Saturday 10am').click();
        await settle(el);
        await expect(el).to.be.accessible();
        $(el, '[part~="saved-toggle"]')!.click();
        await settle(el);
        await expect(el).to.be.accessible();
        if (lang === 'es') {
          expect(text(el))
            .to.contain('Reuniones guardadas (1)')
            .and.contain('Las reuniones guardadas se quedan solo en este dispositivo');
          expect(star(el, 'Saturday 10am').textContent!.trim()).to.equal('Guardar Saturday 10am');
        }
        $$(el, '[part~="meeting-name"]')[0].click();
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  }
});
