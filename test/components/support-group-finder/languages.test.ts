import { expect } from '@open-wc/testing';
import { readUrl, writeUrl, emptyFilters } from '../../../src/components/support-group-finder/url-state.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';
import { FEEDS, choose, finder, loaded, names, search, serve, settle } from './helpers.js';

const LANGUAGES = `${FEEDS}/languages.json`;
const options = (el: Element, id: string) => $$(el, `#${id} option`).map((o) => o.textContent!.trim());
const values = (el: Element, id: string) => $$(el, `#${id} option`).map((o) => (o as HTMLOptionElement).value);

describe('<support-group-finder>: the language a meeting is held in', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('gets a menu of its own, built from the feed, and leaves the type menu', async () => {
    const el = await loaded(await finder(LANGUAGES));
    expect($(el, 'label[for="sgf-lang"]')!.textContent).to.equal('Language');
    expect(options(el, 'sgf-lang')).to.deep.equal([
      'Any language',
      'American Sign Language',
      'English',
      'French',
      'Polish',
      'Spanish',
    ]);
    expect(values(el, 'sgf-type')).not.to.include.members(['S']);
    for (const code of ['EN', 'S', 'FR', 'POL', 'ASL']) expect(values(el, 'sgf-type')).not.to.include(code);
    expect(options(el, 'sgf-type')).to.include.members(['Open', 'Closed', 'Discussion', 'Step Study']);
    // The row still says the language with the other types.
    const row = $$(el, '[part~="meeting"]').find((r) => r.textContent!.includes('Mityng Polski'))!;
    expect(row.querySelector('[part~="meeting-details"]')!.textContent).to.contain('Polish');
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('filters by language, with the other filters, and the empty state offers "Any language"', async () => {
    const el = await loaded(await finder(LANGUAGES));
    choose(el, 'sgf-lang', 'S');
    await settle(el);
    expect(names(el)).to.have.members(['Grupo Esperanza', 'Bilingual Sunday', 'En Línea Español']);
    expect($(el, '[part~="filters-toggle"]')!.textContent!.trim()).to.equal('Filters (1)');
    choose(el, 'sgf-type', 'C');
    await settle(el);
    expect(names(el)).to.deep.equal([]);
    const chips = $$(el, '[part~="remove-filter"]').map((b) => b.textContent!.trim());
    expect(chips).to.deep.equal(['Any type', 'Any language', 'Clear filters']);
    $$(el, '[part~="remove-filter"]')[1].click();
    await settle(el);
    expect(names(el)).to.have.members(['English Speakers', 'Mityng Polski']);
    choose(el, 'sgf-type', '');
    choose(el, 'sgf-lang', 'EN');
    await settle(el);
    expect(names(el)).to.have.members(['English Speakers', 'Bilingual Sunday']);
  });

  it('fires recovery-filter-change with the language count', async () => {
    const el = await loaded(await finder(LANGUAGES));
    const events: CustomEvent[] = [];
    el.addEventListener('recovery-filter-change', (e) => events.push(e as CustomEvent));
    choose(el, 'sgf-lang', 'FR');
    await until(() => events.length, 3000);
    expect(events[0].detail.filters.languages).to.equal(1);
    expect(events[0].detail.results).to.equal(1);
  });

  it('keeps the language in the address with sync-url (rw-lang), and reads it back', async () => {
    const out = writeUrl('https://x.example/find?a=1', { filters: { ...emptyFilters(), languages: ['S'] } });
    expect(out).to.equal('https://x.example/find?a=1&rw-lang=S');
    expect(readUrl(out).filters.languages).to.deep.equal(['S']);
    const original = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?rw-lang=POL`);
      const el = await loaded(await finder(LANGUAGES, { extra: { 'sync-url': '' } }));
      expect(names(el)).to.deep.equal(['Mityng Polski']);
      expect(($(el, '#sgf-lang') as HTMLSelectElement).value).to.equal('POL');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('in Spanish, and for vocabularies whose tables lack a language (Al-Anon)', async () => {
    const es = await loaded(await finder(LANGUAGES, { lang: 'es' }));
    expect($(es, 'label[for="sgf-lang"]')!.textContent).to.equal('Idioma');
    expect(options(es, 'sgf-lang')).to.include.members(['Cualquier idioma', 'Español', 'Francés', 'Polaco']);
    await expect(es).to.be.accessible();
    const alanon = await loaded(await finder(LANGUAGES, { extra: { fellowship: 'al-anon' } }));
    expect(options(alanon, 'sgf-lang')).to.include.members(['French', 'Polish', 'Spanish']);
  });

  it('reads BMLT’s Spanish and “other language” formats as languages', async () => {
    const meetings = [
      {
        id_bigint: '1',
        meeting_name: 'Grupo Nueva Vida',
        weekday_tinyint: '2',
        start_time: '19:00:00',
        formats: 'O,ES',
        venue_type: '1',
        location_street: '1 Main St',
        location_municipality: 'Anytown',
        time_zone: 'America/Chicago',
      },
      {
        id_bigint: '2',
        meeting_name: 'Polish Speakers',
        weekday_tinyint: '3',
        start_time: '19:00:00',
        formats: 'C,LANG',
        venue_type: '1',
        location_street: '2 Main St',
        location_municipality: 'Anytown',
        time_zone: 'America/Chicago',
      },
      {
        id_bigint: '3',
        meeting_name: 'Just for Today',
        weekday_tinyint: '4',
        start_time: '19:00:00',
        formats: 'O,JFT',
        venue_type: '1',
        location_street: '3 Main St',
        location_municipality: 'Anytown',
        time_zone: 'America/Chicago',
      },
    ];
    const restore = serve('/test/generated/bmlt-languages.json', meetings);
    try {
      const el = await loaded(await finder('/test/generated/bmlt-languages.json', { extra: { fellowship: 'na' } }));
      expect(options(el, 'sgf-lang')).to.deep.equal(['Any language', 'Other language', 'Spanish']);
      expect(values(el, 'sgf-type')).not.to.include('ES');
      choose(el, 'sgf-lang', 'ES');
      await settle(el);
      expect(names(el)).to.deep.equal(['Grupo Nueva Vida']);
    } finally {
      restore();
    }
  });

  it('has no language menu when the feeds name no language', async () => {
    const el = await loaded(await finder(`${FEEDS}/edge-cases.json`));
    expect($(el, '#sgf-lang') === null).to.equal(true);
    search(el, 'x');
    await settle(el);
    expect(ours(log.warn)).to.deep.equal([]);
  });
});
