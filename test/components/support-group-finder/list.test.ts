import { expect, oneEvent } from '@open-wc/testing';
import { watchingYields } from '../../helpers/yields.js';
import { directionsHref, telHref } from '../../../src/components/support-group-finder/detail-view.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';
import { FEEDS, check, choose, countText, finder, loaded, names, search, sections, serve, settle } from './helpers.js';

const EDGE = `${FEEDS}/edge-cases.json`;

describe('<support-group-finder> with a feed', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('shows a loading placeholder that reserves space, then the list', async () => {
    const el = await finder(EDGE);
    const loading = $(el, '[part~="loading"]');
    expect(loading, 'placeholder while loading').to.exist;
    expect(loading!.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(loading!.textContent).to.contain('Loading meetings');
    await loaded(el);
    expect(names(el)).to.have.length(9);
  });

  it('groups by day from now, with "Starting soon" first and by-appointment last', async () => {
    const el = await loaded(await finder(EDGE));
    expect(sections(el)).to.deep.equal([
      { title: 'Starting soon', names: ['Monday 7pm'] },
      { title: 'Saturday, November 28', names: ['Saturday 10am', 'Saturday 7pm', 'Saturday 8pm'] },
      { title: 'Sunday, November 29', names: ['Sunday 8am', 'Sunday 8pm'] },
      { title: 'Monday, November 30', names: ['Monday 7am'] },
      { title: 'By appointment', names: ['Appt'] },
      { title: 'Temporarily inactive', names: ['Approximate Inactive Test'] },
    ]);
    expect(countText(el)).to.equal('9 meetings');
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('puts a meeting that has started under "In progress", and labels today and tomorrow', async () => {
    const el = await loaded(await finder(EDGE, { now: new Date(2026, 10, 23, 19, 30) }));
    expect(sections(el)[0]).to.deep.equal({ title: 'In progress', names: ['Monday 7pm'] });
    const saturday = await loaded(await finder(EDGE, { now: new Date(2026, 10, 28, 9, 0) }));
    const titles = sections(saturday).map((s) => s.title);
    expect(titles.slice(0, 2)).to.deep.equal(['Today, Saturday', 'Tomorrow, Sunday']);
  });

  it('honours soon-minutes', async () => {
    const el = await loaded(await finder(EDGE, { extra: { 'soon-minutes': '10' } }));
    expect(sections(el)[0].title).to.equal('Today, Monday');
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('shows each meeting’s time, attendance, type labels and place', async () => {
    const el = await loaded(await finder(EDGE));
    const first = $(el, '[part~="meeting"]')!;
    expect(first.querySelector('[part~="meeting-time"]')!.textContent).to.match(/7:00\s?–\s?9:00\s?PM/);
    expect(first.querySelector('[part~="meeting-details"]')!.textContent)
      .to.contain('In person and online')
      .and.contain('Open')
      .and.contain('Men');
    expect(first.querySelector('[part~="meeting-place"]')!.textContent).to.contain('123 Main St');
  });

  it('shows the meeting’s own local time when it differs from the visitor’s', async () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone === 'Asia/Tokyo' ? 'Europe/London' : 'Asia/Tokyo';
    const el = await loaded(await finder(EDGE, { timezone: zone }));
    const time = $(el, '[part~="meeting-time"]')!.textContent!;
    expect(time).to.contain('where the meeting is');
  });

  describe('filters', () => {
    it('filters by several days at once', async () => {
      const el = await loaded(await finder(EDGE));
      check(el, 'filter-days', 'Saturday');
      await settle(el);
      expect(names(el)).to.have.members(['Saturday 10am', 'Saturday 7pm', 'Saturday 8pm']);
      check(el, 'filter-days', 'Sunday');
      await settle(el);
      // The temporarily inactive Sunday meeting is listed too, in its own section.
      expect(names(el)).to.have.length(6);
      expect(countText(el)).to.equal('6 meetings');
    });

    it('filters by time of day', async () => {
      const el = await loaded(await finder(EDGE));
      check(el, 'filter-times', 'Evening (5–9 pm)');
      await settle(el);
      const shown = names(el);
      expect(shown).to.include.members(['Monday 7pm', 'Saturday 7pm', 'Saturday 8pm', 'Sunday 8pm']);
      expect(shown).not.to.include('Saturday 10am');
    });

    it('filters by attendance mode', async () => {
      const el = await loaded(
        await finder(`${FEEDS}/massachusetts-al-anon.json`, { extra: { fellowship: 'al-anon' } }),
      );
      const total = Number(countText(el).replace(/\D/g, ''));
      check(el, 'filter-modes', 'Online');
      await settle(el);
      const modes = $$(el, '[part~="meeting"] .mode').map((m) => m.textContent!.trim());
      expect(Number(countText(el).replace(/\D/g, '')))
        .to.be.greaterThan(0)
        .and.lessThan(total);
      expect(modes.every((m) => m === 'Online' || m === 'In person and online')).to.equal(true);
    });

    it('keeps the type menu in the page language when the language changes while a feed is read', async () => {
      // The feed is read a task at a time (scheduler.yield between steps): switch the page to
      // Spanish at each of those moments in turn, and the menus must end up in Spanish every time.
      for (let at = 1; at <= 8; at++) {
        let calls = 0;
        let wrapper: HTMLElement | undefined;
        const onYield = () => ++calls === at && wrapper?.setAttribute('lang', 'es');
        await watchingYields(onYield, async () => {
          const el = await finder(`${FEEDS}/massachusetts-al-anon.json`, { extra: { fellowship: 'al-anon' } });
          wrapper = el.parentElement!;
          // A yield before the fixture returned (the request's own task): switch now, still early.
          if (calls >= at) wrapper.setAttribute('lang', 'es');
          await loaded(el);
          if (calls < at) wrapper.setAttribute('lang', 'es');
          await until(() => $$(el, '#sgf-type option')[0]?.textContent?.trim() === 'Cualquier tipo');
          await settle(el);
          const labels = $$(el, '#sgf-type option').map((o) => o.textContent!.trim());
          expect(labels, `switched at yield ${at} of ${calls}`).to.include('Abierta');
          expect(labels).not.to.include('Open');
        });
      }
    });

    it('filters by type and by region, built from the data', async () => {
      const el = await loaded(await finder(EDGE));
      const options = $$(el, '#sgf-type option').map((o) => o.textContent!.trim());
      expect(options).to.include.members(['Any type', 'Discussion', 'Open']);
      choose(el, 'sgf-type', 'D');
      await settle(el);
      expect(names(el)).to.deep.equal(['Monday 7am']);

      const big = await loaded(await finder(`${FEEDS}/southeastern-pa-aa.json`));
      const total = Number(countText(big).replace(/\D/g, ''));
      const region = ($$(big, '#sgf-region option')[1] as HTMLOptionElement).value;
      choose(big, 'sgf-region', region);
      await settle(big);
      const n = Number(countText(big).replace(/\D/g, ''));
      expect(n).to.be.greaterThan(0).and.lessThan(total);
    });

    it('searches on every keystroke, without waiting', async () => {
      const el = await loaded(await finder(EDGE));
      search(el, 'sunday');
      await el.updateComplete;
      expect(names(el)).to.have.members(['Sunday 8am', 'Sunday 8pm']);
      search(el, 'sunday 8p');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Sunday 8pm']);
    });

    it('announces the result count politely, once typing pauses', async () => {
      const el = await loaded(await finder(EDGE));
      const live = $(el, '[aria-live="polite"]')!;
      await until(() => live.textContent!.trim() === '9 meetings', 3000);
      search(el, 's');
      search(el, 'sa');
      search(el, 'saturday');
      await el.updateComplete;
      expect(live.textContent!.trim(), 'not on every keystroke').to.equal('9 meetings');
      await until(() => live.textContent!.trim() === '3 meetings', 3000);
    });

    it('clears every filter with one button', async () => {
      const el = await loaded(await finder(EDGE));
      check(el, 'filter-days', 'Saturday');
      search(el, '10am');
      await settle(el);
      expect(names(el)).to.deep.equal(['Saturday 10am']);
      ($(el, '[part~="clear"]') as HTMLButtonElement).click();
      await settle(el);
      expect(names(el)).to.have.length(9);
      expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('');
    });

    it('shows "No meetings match" with a button per active filter and the directory links', async () => {
      const el = await loaded(await finder(EDGE));
      check(el, 'filter-days', 'Tuesday');
      search(el, 'zzz');
      await settle(el);
      const empty = $(el, '[part~="empty"]')!;
      expect(empty.textContent).to.contain('No meetings match');
      const buttons = $$(el, '[part~="remove-filter"]').map((b) => b.textContent!.trim());
      expect(buttons).to.deep.equal(['Remove search “zzz”', 'Any day', 'Clear filters']);
      expect($$(el, '[part~="directory-links"] a').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      $$(el, '[part~="remove-filter"]')[0].click();
      await settle(el);
      expect(names(el)).to.deep.equal([]);
      expect($(el, '[part~="empty"]')).to.exist;
      $$(el, '[part~="remove-filter"]')[0].click();
      await settle(el);
      expect(names(el)).to.have.length(9);
    });

    it('fires recovery-filter-change with which filters are on, never the search text', async () => {
      const el = await loaded(await finder(EDGE));
      setTimeout(() => {
        check(el, 'filter-days', 'Saturday');
        search(el, 'my private words');
      });
      const event = await oneEvent(el, 'recovery-filter-change');
      expect(event.detail).to.deep.equal({
        filters: { search: true, days: 1, times: 0, modes: 0, types: 0, languages: 0, regions: 0, distance: false },
        results: 0,
      });
      expect(JSON.stringify(event.detail)).not.to.contain('private');
    });
  });

  describe('location', () => {
    const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'geolocation', real));
    const stub = (geo: Partial<Geolocation> | undefined) =>
      Object.defineProperty(Navigator.prototype, 'geolocation', { configurable: true, get: () => geo });

    it('asks for the location only on click; a refusal gets a kind message and the rest keeps working', async () => {
      let asked = 0;
      stub({
        getCurrentPosition: (_ok: PositionCallback, fail?: PositionErrorCallback | null) => {
          asked++;
          fail?.({
            code: 1,
            message: 'denied',
            PERMISSION_DENIED: 1,
            POSITION_UNAVAILABLE: 2,
            TIMEOUT: 3,
          } as GeolocationPositionError);
        },
      });
      const el = await loaded(await finder(EDGE));
      expect(asked, 'nothing on load').to.equal(0);
      $(el, '[part~="locate"]')!.click();
      await settle(el);
      expect(asked).to.equal(1);
      expect($(el, '[part~="geo-status"]')!.textContent).to.contain('couldn’t get your location');
      check(el, 'filter-days', 'Sunday');
      await settle(el);
      expect(names(el)).to.have.length(3);
    });

    it('says so when the browser has no geolocation', async () => {
      stub(undefined);
      const el = await loaded(await finder(EDGE));
      $(el, '[part~="locate"]')!.click();
      await settle(el);
      expect($(el, '[part~="geo-status"]')!.textContent).to.contain('can’t share a location');
    });

    it('shows distances and filters by radius once the visitor shares a location', async () => {
      // Beside the first meeting of the feed (Woodlyn, PA).
      stub({
        getCurrentPosition: (ok: PositionCallback) =>
          ok({ coords: { latitude: 39.87, longitude: -75.35 } } as GeolocationPosition),
      });
      const el = await loaded(await finder(`${FEEDS}/southeastern-pa-aa.json`, { timezone: 'America/New_York' }));
      const total = Number(countText(el).replace(/\D/g, ''));
      $(el, '[part~="locate"]')!.click();
      await settle(el);
      const select = $(el, '#sgf-km') as HTMLSelectElement;
      expect(Array.from(select.options).map((o) => o.textContent!.trim())).to.deep.equal([
        'Any distance',
        'Within 5 miles',
        'Within 10 miles',
        'Within 25 miles',
        'Within 50 miles',
      ]);
      choose(el, 'sgf-km', '5');
      await settle(el);
      const near = Number(countText(el).replace(/\D/g, ''));
      expect(near).to.be.greaterThan(0).and.lessThan(total);
      expect($(el, '[part~="meeting-place"] .distance')!.textContent).to.match(/mi away/);
    });
  });

  describe('detail', () => {
    it('cleans dial-in numbers for tel: links and refuses text that is not a number', () => {
      expect(telHref('+1 (253) 215-8782,,88364209394#')).to.equal('tel:+12532158782,,88364209394%23');
      expect(telHref('call us')).to.equal(undefined);
      expect(telHref('javascript:alert(1)')).to.equal(undefined);
    });

    it('dials vanity letters by the keypad and an extension after a pause, keeping ids after the first pause', () => {
      expect(telHref('1-800-RECOVERY')).to.equal('tel:18007326837');
      expect(telHref('(215) 555-0100 ext. 12')).to.equal('tel:2155550100,12');
      expect(telHref('215-555-0100 x 7')).to.equal('tel:2155550100,7');
      expect(telHref('1-800-GET-HELP #3')).to.equal('tel:18004384357,3');
      // After the pause: the meeting id and its #, and no letters dialed as digits.
      expect(telHref('+1 587 328 1099,,829004#,,#,,Bill&Bob1#')).to.equal('tel:+15873281099,,829004%23,,%23,,1%23');
      expect(telHref('*67 555-0100')).to.equal('tel:*675550100');
      expect(telHref('CALL 555-0100')).to.equal('tel:5550100');
    });

    it('builds directions from the address, and none for online-only meetings', () => {
      const base = { address: '1 Main St, Anytown', attendance: 'in_person' } as Parameters<typeof directionsHref>[0];
      expect(directionsHref(base)).to.equal(
        'https://www.google.com/maps/search/?api=1&query=1%20Main%20St%2C%20Anytown',
      );
      expect(directionsHref({ ...base, attendance: 'online' })).to.equal(undefined);
    });

    it('opens a meeting with everything the feed gives, and goes back with focus restored', async () => {
      const el = await loaded(await finder(EDGE));
      const button = $$(el, '[part~="meeting-name"]').find((b) => b.textContent === 'Monday 7pm')!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'recovery-meeting-select');
      expect(event.detail).to.deep.equal({ meetingId: '0:monday-7pm', source: new URL(EDGE, location.href).href });
      await settle(el);
      const detail = $(el, '[part~="detail"]')!;
      expect(
        el.shadowRoot!.activeElement === $(el, '[part~="detail-heading"]'),
        'focus on the meeting’s name',
      ).to.equal(true);
      const body = detail.textContent!.replace(/\s+/g, ' ');
      expect(body)
        .to.contain('Monday 7pm')
        .and.contain('Online Group')
        .and.contain('123 Main St, Anytown, OK 12345, USA');
      expect(body).to.contain('Open').and.contain('Men');
      const join = detail.querySelector<HTMLAnchorElement>('[part~="join"]')!;
      expect(join.href).to.equal('https://zoom.us/d/1234567');
      expect(join.rel).to.equal('noopener noreferrer');
      const directions = detail.querySelector<HTMLAnchorElement>('[part~="directions"]')!;
      expect(directions.href).to.contain('https://www.google.com/maps/search/?api=1&query=123%20Main%20St');
      expect(directions.rel).to.equal('noopener noreferrer');
      expect($$(el, '[part~="same-location"] [part~="meeting-name"]').length).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
      $(el, '[part~="back"]')!.click();
      await settle(el);
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Monday 7pm');
    });

    it('lists no "other meetings at this place" for an online meeting with only a city for an address', async () => {
      const el = await loaded(await finder(`${FEEDS}/southeastern-pa-aa.json`, { timezone: 'America/New_York' }));
      search(el, '"a vision for you"');
      await settle(el);
      const button = $$(el, '[part~="meeting-name"]').find((b) => b.textContent === 'A Vision for you')!;
      button.click();
      await settle(el);
      expect($(el, '[part~="detail-heading"]')!.textContent).to.equal('A Vision for you');
      expect($(el, '[part~="detail"]')!.textContent).to.contain('Philadelphia, PA, USA');
      // A boolean, not the element: chai serializing a shadow-DOM element on failure kills the test page.
      expect($(el, '[part~="same-location"]') === null, 'no same-place list').to.equal(true);
    });

    it('downloads an .ics for the meeting', async () => {
      const el = await loaded(await finder(EDGE));
      const realCreate = URL.createObjectURL;
      let blob: Blob | undefined;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return realCreate(b);
      };
      const clicks: HTMLAnchorElement[] = [];
      const onClick = (e: Event) => {
        const a = e.composedPath()[0] as HTMLAnchorElement;
        if (a.download) {
          clicks.push(a);
          e.preventDefault();
        }
      };
      document.addEventListener('click', onClick, true);
      try {
        $$(el, '[part~="meeting-name"]')
          .find((b) => b.textContent === 'Saturday 10am')!
          .click();
        await settle(el);
        $(el, '[part~="calendar"]')!.click();
        expect(clicks).to.have.length(1);
        expect(clicks[0].download).to.equal('saturday-10am.ics');
        const ics = await blob!.text();
        expect(ics)
          .to.contain('BEGIN:VCALENDAR')
          .and.contain('SUMMARY:Saturday 10am')
          .and.contain('RRULE:FREQ=WEEKLY;BYDAY=SA');
      } finally {
        URL.createObjectURL = realCreate;
        document.removeEventListener('click', onClick, true);
      }
    });

    it('hides "Add to calendar" for a by-appointment meeting, and copies a link with a polite status', async () => {
      const el = await loaded(await finder(EDGE));
      $$(el, '[part~="meeting-name"]')
        .find((b) => b.textContent === 'Appt')!
        .click();
      await settle(el);
      expect($(el, '[part~="calendar"]')).to.equal(null);
      const nav = navigator as Navigator & { share?: unknown };
      const share = nav.share;
      const clip = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      let copied = '';
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: async (t: string) => void (copied = t) }),
      });
      try {
        $(el, '[part~="share"]')!.click();
        await until(() => $(el, '[part~="detail"] [role="status"]')!.textContent!.includes('Link copied'));
        expect(copied).to.contain('rw-meeting=0%3Aappointment');
      } finally {
        Object.defineProperty(Navigator.prototype, 'clipboard', clip);
        if (share) Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: share });
        else delete (Navigator.prototype as { share?: unknown }).share;
      }
    });
  });

  it('merges a BMLT feed with a Meeting Guide feed', async () => {
    const el = await loaded(
      await finder(`${FEEDS}/bmlt-with-formats.json ${FEEDS}/edge-cases.json`, { extra: { fellowship: 'na' } }),
    );
    const shown = Number(countText(el).replace(/\D/g, ''));
    expect(shown).to.be.greaterThan(9);
    expect(names(el)).to.include('Monday 7pm');
    const bmlt = $$(el, '[part~="meeting-name"]').find((b) => b.dataset.id?.startsWith('0:'))!;
    expect(bmlt, 'a BMLT meeting is listed').to.exist;
    bmlt.click();
    await settle(el);
    // The zone as people name it, never the database id.
    const zone = $(el, '[part~="detail-timezone"] dd')!.textContent!;
    expect(zone).to.match(/^[A-Z][a-z]+ (Standard )?Time \([A-Z]{3,4}\)$/);
    expect(zone).not.to.contain('America/');
    expect(ours(log.warn).filter((w) => w.includes('could not'))).to.deep.equal([]);
  });

  it('renders long lists in chunks: the first rows at once, the rest after', async () => {
    const sepa = await (await fetch(`${FEEDS}/southeastern-pa-aa.json`)).json();
    const big = Array.from({ length: 5 }, (_, i) =>
      sepa.map((m: { slug: string; name: string }) => ({ ...m, slug: `${m.slug}-${i}`, name: `${m.name} ${i}` })),
    ).flat();
    const restore = serve('/test/generated/big.json', big);
    try {
      const el = await loaded(await finder('/test/generated/big.json', { timezone: 'America/New_York' }));
      expect(Number(countText(el).replace(/\D/g, ''))).to.be.greaterThan(10000);
      expect($$(el, '[part~="meeting"]').length).to.be.at.most(200);
      // A first page of 50 rows, grown in idle moments; then "Show more" adds a page at a time, so
      // leaving the list is never hundreds of Tab presses.
      await until(() => $$(el, '[part~="meeting"]').length === 50, 5000);
      await new Promise((r) => setTimeout(r, 300));
      expect($$(el, '[part~="meeting"]')).to.have.length(50);
      $(el, '[part~="show-more"]')!.click();
      await el.updateComplete;
      expect($$(el, '[part~="meeting"]')).to.have.length(100);
      const start = performance.now();
      search(el, 'woodlyn');
      await el.updateComplete;
      const took = performance.now() - start;
      expect(took, `a keystroke took ${took} ms`).to.be.lessThan(400);
      expect(names(el).every((n) => n.length > 0)).to.equal(true);
    } finally {
      restore();
    }
  });

  it('makes the first rows’ time formatters in an earlier task than the one that shows the list', async () => {
    // Each new Intl formatter costs milliseconds on a phone. Made while the first results are
    // drawn, they made that one task long enough to block the page (Total Blocking Time).
    const g = globalThis as unknown as { scheduler: { yield: () => Promise<void> } };
    const original = g.scheduler;
    const realYield = original.yield.bind(original);
    const RealFormat = Intl.DateTimeFormat;
    let task = 0;
    const made: number[] = [];
    Object.defineProperty(g, 'scheduler', {
      configurable: true,
      value: { yield: () => realYield().then(() => void task++) },
    });
    Intl.DateTimeFormat = new Proxy(RealFormat, {
      construct: (target, args, newTarget) => (made.push(task), Reflect.construct(target, args, newTarget)),
    });
    let shownIn: number | undefined;
    const watch = new MutationObserver(() => {
      if (shownIn === undefined && $(el, '[part~="meeting"]')) shownIn = task;
    });
    // A zone no other test uses, so its formatters are new here.
    const el = document.createElement('support-group-finder');
    try {
      el.now = new Date('2026-11-23T23:30:00Z');
      el.setAttribute('src', `${FEEDS}/edmonton-aa.json`);
      el.setAttribute('timezone', 'America/Anchorage');
      document.body.append(el);
      await el.updateComplete;
      watch.observe(el.shadowRoot!, { subtree: true, childList: true });
      await loaded(el);
      expect(shownIn, 'the list appeared').to.be.a('number');
      expect(made.length, 'formatters were made for the new zone').to.be.greaterThan(0);
      expect(
        made.filter((t) => t === shownIn),
        `formatters made in the task that showed the list (task ${shownIn})`,
      ).to.deep.equal([]);
    } finally {
      watch.disconnect();
      el.remove();
      Intl.DateTimeFormat = RealFormat;
      Object.defineProperty(g, 'scheduler', { value: original, configurable: true, writable: true });
    }
  });

  it('prints the whole filtered schedule: beforeprint expands every row', async () => {
    const el = await loaded(await finder(`${FEEDS}/edmonton-aa.json`, { timezone: 'America/Edmonton' }));
    const total = Number(countText(el).replace(/\D/g, ''));
    dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect($$(el, '[part~="meeting"]').length).to.equal(total);
  });
});
