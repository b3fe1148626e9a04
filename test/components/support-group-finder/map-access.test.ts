import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type ConsoleRecord, ours, recordConsole } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';
import { FEEDS, finder, loaded, names, settle } from './helpers.js';
import {
  CREDIT,
  describeElement,
  focusedName,
  mapFinder,
  markerNames,
  markers,
  openMap,
  switchTo,
  TILES,
} from './map-helpers.js';

const SMALL = `${FEEDS}/map-small.json`;
const VIEW = { 'map-view': '39.97,-75.2,10' };

/** Presses Tab until `want` holds for what has focus inside the finder; fails after `max` presses. */
async function tabTo(el: Element, want: (f: Element) => boolean, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const f = el.shadowRoot!.activeElement;
    if (f && want(f)) return f;
  }
  throw new Error('never reached the element with the keyboard');
}

/**
 * The map for keyboard and screen-reader users, in each theme and language, and set up the ways a
 * partner may (on the provider, with a mistake).
 */
describe('<support-group-finder> map: access, settings and mistakes', function () {
  this.timeout(30000);
  let log: ConsoleRecord;
  beforeEach(() => {
    performance.clearResourceTimings();
    log = recordConsole();
  });
  afterEach(() => log.restore());

  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      it(`passes axe in map view (${lang}, ${theme})`, async () => {
        const el = await mapFinder(SMALL, { ...VIEW, theme }, lang);
        await openMap(el);
        await until(() => markers(el).length === 4);
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('names everything in Spanish: the switch, the map, its markers, tools and notes', async () => {
    const el = await mapFinder(SMALL, VIEW, 'es');
    expect($$(el, '[part~="view-switch"] button').map((b) => b.textContent!.trim())).to.deep.equal(['Lista', 'Mapa']);
    await openMap(el);
    await until(() => markers(el).length === 4);
    expect($(el, '.map-canvas')!.getAttribute('aria-label')).to.equal('Mapa de reuniones');
    expect(markerNames(el)).to.include('Christ Church Hall: 2 reuniones');
    expect(markerNames(el)).to.include('Media Area Group, Media (zona aproximada)');
    expect($(el, '[part~="zoom-in"]')!.textContent!.trim()).to.equal('Acercar');
    expect($(el, '[part~="map-attribution"]')!.textContent).to.equal(`Mapa: ${CREDIT}`);
  });

  it('works with the keyboard alone: the switch, every marker by Tab, Enter opens the detail, and Tab leaves the map', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = await mapFinder(SMALL, VIEW);
    wrapper.append(el);
    await settle(el);
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    await tabTo(el, (f) => f.matches('[part~="view-map"]'));
    await sendKeys({ press: 'Enter' });
    await until(() => markers(el).length === 4, 8000);
    await settle(el);
    // The map itself (arrows pan it, + and - zoom), then each marker, then the tools after it.
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el)).to.equal(describeElement($(el, '.map-canvas')));
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement!.getAttribute('aria-label')!);
    }
    expect(reached).to.have.members(markerNames(el));
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el), 'focus leaves the map').to.equal(describeElement($(el, '[part~="zoom-in"]')));
    // Back to the Germantown marker, and open it with Enter.
    const germantown = markers(el).find((b) => b.getAttribute('aria-label')!.startsWith('Germantown'))!;
    germantown.focus();
    await sendKeys({ press: 'Enter' });
    const heading = await until(() => $(el, '#detail-heading'));
    expect(heading!.textContent!.trim()).to.equal('Germantown Step Study');
  });

  it('takes its height from --recovery-finder-map-height, and fits a 320 px screen', async () => {
    const el = await mapFinder(SMALL, VIEW);
    el.style.setProperty('--recovery-finder-map-height', '300px');
    el.style.width = '320px';
    await openMap(el);
    const canvas = $(el, '.map-canvas')!.getBoundingClientRect();
    expect(canvas.height).to.equal(300);
    expect(canvas.right).to.be.at.most(el.getBoundingClientRect().right);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('every meeting on the map is also in the list', async () => {
    const el = await mapFinder(SMALL, VIEW);
    const listed = names(el);
    await openMap(el);
    await until(() => markers(el).length === 4);
    const onMap = [
      'Old City Morning',
      'Old City Evening',
      'Germantown Step Study',
      'Cherry Hill Hybrid',
      'Media Area Group',
    ];
    expect(listed).to.include.members(onMap);
  });

  describe('"Use my location"', () => {
    const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'geolocation', real));

    it('asks only on click, then centres the map on the visitor and keeps focus on the button', async () => {
      let asked = 0;
      Object.defineProperty(Navigator.prototype, 'geolocation', {
        configurable: true,
        get: () => ({
          getCurrentPosition: (ok: PositionCallback) => {
            asked++;
            // Media, PA: at the map's west edge at first.
            setTimeout(() => ok({ coords: { latitude: 39.9168, longitude: -75.3877 } } as GeolocationPosition), 50);
          },
        }),
      });
      const el = await mapFinder(SMALL, VIEW);
      await openMap(el);
      expect(asked).to.equal(0);
      const locate = $(el, '[part~="map-locate"]')!;
      locate.focus();
      locate.click();
      const me = await until(() => $(el, '.map-me'), 8000);
      expect(asked).to.equal(1);
      // The visitor's spot is now in the middle of the map.
      await until(() => {
        const box = $(el, '.map-canvas')!.getBoundingClientRect();
        const dot = me!.getBoundingClientRect();
        const dx = Math.abs(dot.x + dot.width / 2 - (box.x + box.width / 2));
        const dy = Math.abs(dot.y + dot.height / 2 - (box.y + box.height / 2));
        return dx < 4 && dy < 4;
      }, 8000);
      expect(focusedName(el)).to.equal(describeElement(locate));
    });
  });

  it('takes map-tiles, map-attribution and map-view from <recovery-provider>, under the finder’s own', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<recovery-provider map-tiles=${TILES} map-attribution="Provider tiles" map-view="39.97,-75.2,10"></recovery-provider>`,
    );
    await import('../../../src/components/recovery-provider/recovery-provider.js');
    const el = await finder(SMALL, { timezone: 'America/New_York' });
    wrapper.append(el);
    await loaded(el);
    await openMap(el);
    expect($(el, '[part~="map-attribution"]')!.textContent).to.equal('Map: Provider tiles');
    el.setAttribute('map-attribution', 'Own tiles');
    await until(() => $(el, '[part~="map-attribution"]')!.textContent === 'Map: Own tiles');
    expect(ours(log.warn)).to.deep.equal([]);
  });

  describe('mistakes get one clear message, and the finder works as a list', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      [
        'a template without {z}/{x}/{y}',
        { 'map-tiles': 'https://tiles.example.org/tile.png' },
        /^\[recovery-widgets\] <support-group-finder>: map-tiles="https:\/\/tiles\.example\.org\/tile\.png" must contain \{z\}, \{x\} and \{y\}; the map is off\./,
      ],
      [
        'a script address',
        { 'map-tiles': 'javascript:alert(1)//{z}/{x}/{y}' },
        /map-tiles="javascript:alert\(1\)\/\/\{z\}\/\{x\}\/\{y\}" must be an http\(s\) address; the map is off\./,
      ],
      [
        'a placeholder Leaflet would fill from elsewhere',
        { 'map-tiles': 'https://tiles.example.org/{z}/{x}/{y}.png?key={apikey}' },
        /has \{apikey\}, which the map cannot fill in; the map is off\./,
      ],
      [
        'map-default without map-tiles',
        { 'map-default': '' },
        /map-default, map-view and map-attribution need map-tiles .*; there is no map\./,
      ],
    ];
    for (const [what, extra, message] of cases) {
      it(what, async () => {
        const el = await loaded(await finder(SMALL, { timezone: 'America/New_York', extra }));
        expect($(el, '[part~="view-switch"]')).to.equal(null);
        expect(names(el).length).to.be.greaterThan(0);
        const warned = ours(log.warn);
        expect(warned.length, warned.join('\n')).to.equal(1);
        expect(warned[0]).to.match(message);
        expect($(el, '.map-canvas')).to.equal(null);
      });
    }

    it('a map-view that is not latitude,longitude,zoom: one message, and the map fits the meetings', async () => {
      const el = await mapFinder(SMALL, { 'map-view': 'Philadelphia' });
      await openMap(el);
      await until(() => markers(el).length > 0);
      const warned = ours(log.warn);
      expect(warned).to.have.length(1);
      expect(warned[0]).to.match(/map-view="Philadelphia" must be "latitude,longitude,zoom"/);
    });

    it('no map-attribution: a reminder that tile licences ask for credit, and the map still works', async () => {
      const el = await loaded(
        await finder(SMALL, { timezone: 'America/New_York', extra: { 'map-tiles': TILES, ...VIEW } }),
      );
      switchTo(el, 'map');
      await until(() => markers(el).length === 4, 8000);
      expect($(el, '[part~="map-attribution"]')).to.equal(null);
      expect(ours(log.warn)).to.have.length(1);
      expect(ours(log.warn)[0]).to.contain('map-attribution is empty');
    });
  });
});
