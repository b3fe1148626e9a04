import { expect } from '@open-wc/testing';
import { $, $$ } from '../../helpers/shadow.js';
import { FEEDS, choose, finder, loaded, sections, settle } from './helpers.js';

const EDGE = `${FEEDS}/edge-cases.json`;
const SEPA = `${FEEDS}/southeastern-pa-aa.json`;
/** First Strong Isolate and Pop Directional Isolate: a value kept in its own direction in a right-to-left message. */
const bare = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('<support-group-finder> list in other scripts and directions (issue 19)', () => {
  it('writes a later day’s heading in each language’s own order and punctuation', async () => {
    const later = async (lang: string) => {
      const el = await loaded(await finder(EDGE, { lang }));
      return sections(el).find((s) => s.names.includes('Saturday 10am'))!.title;
    };
    expect(await later('en')).to.equal('Saturday, November 28');
    expect(await later('fr')).to.equal('Samedi 28 novembre');
    expect(await later('es')).to.equal('Sábado, 28 de noviembre');
    // Chinese puts the date first, with no comma; Arabic uses its own comma.
    expect(await later('zh')).to.equal('11月28日 星期六');
    const saturday = new Date(Date.UTC(2026, 10, 28));
    const ar = (o: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('ar', { ...o, timeZone: 'UTC' }).format(saturday);
    expect(bare(await later('ar'))).to.equal(`${ar({ weekday: 'long' })}، ${ar({ month: 'long', day: 'numeric' })}`);
  });

  it('keeps feed text in its own direction: each meeting’s name and place is isolated', async () => {
    const el = await loaded(await finder(EDGE, { lang: 'ar' }));
    const rows = $$(el, '[part~="meeting"]');
    expect(rows.length).to.equal(9);
    for (const row of rows) expect(row.querySelector('[part~="meeting-name"] > bdi'), row.textContent!).to.exist;
    const places = $$(el, '[part~="meeting-place"]');
    expect(places.length).to.be.greaterThan(0);
    for (const place of places) expect(place.querySelector(':scope > bdi')).to.exist;
    // In the detail too: the heading, and a Back arrow that points the way the page reads.
    $$(el, '[part~="meeting-name"]')[0].click();
    await settle(el);
    expect($(el, '#detail-heading > bdi')!.textContent).to.equal('Monday 7pm');
    const arrow = $(el, '[part~="back"] [aria-hidden="true"]')!;
    expect(arrow.textContent).to.equal('→');
    await expect(el).to.be.accessible();
  });

  it('points Back to the left in a left-to-right language, and hides the arrow from screen readers', async () => {
    const el = await loaded(await finder(EDGE));
    $$(el, '[part~="meeting-name"]')[0].click();
    await settle(el);
    const back = $(el, '[part~="back"]')!;
    expect(back.querySelector('[aria-hidden="true"]')!.textContent).to.equal('←');
    expect(back.textContent!.replace(/\s+/g, ' ').trim()).to.equal('← Back to the list');
  });

  it('writes every time of day in the locale’s one short style: ranges, single times and the detail agree', async () => {
    const el = await loaded(await finder(EDGE, { lang: 'zh' }));
    const time = (name: string) =>
      $$(el, '[part~="meeting"]')
        .find((r) => r.querySelector('[part~="meeting-name"]')!.textContent!.includes(name))!
        .querySelector('[part~="meeting-time"]')!.textContent!;
    // Chinese writes a short time with two hour digits, in a range and alone.
    expect(time('Sunday 8am')).to.contain('08:00–10:00');
    expect(time('Monday 7am'))
      .to.contain('07:00')
      .and.not.match(/(^|[^\d])7:00/);
    $$(el, '[part~="meeting-name"]')
      .find((n) => n.textContent!.includes('Monday 7am'))!
      .click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="detail"]')!.textContent).to.contain('07:00');
  });

  it('lays out the time range beside a meeting on now as the rows do (isolated from the Arabic link before it)', async () => {
    const el = await loaded(
      await finder(SEPA, { lang: 'ar', timezone: 'America/New_York', now: new Date(Date.UTC(2026, 10, 24, 17, 0)) }),
    );
    const times = $$(el, '[part~="on-now"] li .muted');
    expect(times.length).to.be.greaterThan(0);
    for (const t of times) expect(t.querySelector(':scope > bdi'), t.textContent!).to.exist;
    await expect(el).to.be.accessible();
  });

  it('writes the filter count in the language’s own brackets and digits', async () => {
    const count = async (lang: string) => {
      const el = await loaded(await finder(SEPA, { lang }));
      choose(el, 'sgf-type', 'O');
      await settle(el);
      return $(el, '[part~="filters-toggle"]')!.textContent!.trim();
    };
    expect(await count('zh')).to.equal('筛选（1）');
    expect(bare(await count('ar'))).to.equal(`تصفية النتائج (${(1).toLocaleString('ar')})`);
    expect(await count('fr')).to.equal('Filtres (1)');
  });

  describe('distance', () => {
    const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'geolocation', real));

    it('puts the distance in the language’s own brackets', async () => {
      Object.defineProperty(Navigator.prototype, 'geolocation', {
        configurable: true,
        get: () => ({
          getCurrentPosition: (ok: PositionCallback) =>
            ok({ coords: { latitude: 39.87, longitude: -75.35 } } as GeolocationPosition),
        }),
      });
      const distance = async (lang: string) => {
        const el = await loaded(await finder(SEPA, { lang, timezone: 'America/New_York' }));
        $(el, '[part~="locate"]')!.click();
        await settle(el);
        return $(el, '[part~="meeting-place"] .distance')!.textContent!;
      };
      expect(await distance('en')).to.match(/^\([\d.]+ mi away\)$/);
      expect(await distance('zh')).to.match(/^（距您 [\d.]+ 公里）$/);
    });
  });
});
