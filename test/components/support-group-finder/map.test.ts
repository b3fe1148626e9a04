import { expect } from '@open-wc/testing';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';
import { check, FEEDS, finder, loaded, names, search, settle } from './helpers.js';
import {
  CREDIT,
  describeElement,
  focusedName,
  MAP_FILE,
  markerNames,
  markers,
  meetingsOnMarkers,
  mapFinder,
  openMap,
  PHILADELPHIA,
  requested,
  switchTo,
  TILE_URL,
  TILES,
} from './map-helpers.js';

const SMALL = `${FEEDS}/map-small.json`;

/**
 * The opt-in map (`map-tiles`): off by default, loaded and asking for tiles only once the visitor
 * opens it, markers for the meetings that pass the filters, the same detail view, clusters.
 */
describe('<support-group-finder> map', function () {
  this.timeout(20000);
  let log: ConsoleRecord;
  beforeEach(() => {
    performance.clearResourceTimings();
    log = recordConsole();
  });
  afterEach(() => log.restore());

  it('without map-tiles there is no switch, no map file and no tile request', async () => {
    const el = await loaded(await finder(SMALL));
    expect($(el, '[part~="view-switch"]')).to.equal(null);
    await new Promise((r) => setTimeout(r, 300));
    expect(requested(MAP_FILE)).to.deep.equal([]);
    expect(requested(TILE_URL)).to.deep.equal([]);
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('configured, it shows the list and a List / Map switch, and asks for nothing until the map is opened', async () => {
    const el = await mapFinder(SMALL);
    expect(names(el).length).to.be.greaterThan(0);
    const [list, map] = $$(el, '[part~="view-switch"] button');
    expect([list.textContent, map.textContent]).to.deep.equal(['List', 'Map']);
    expect(list.getAttribute('aria-pressed')).to.equal('true');
    expect(map.getAttribute('aria-pressed')).to.equal('false');
    await new Promise((r) => setTimeout(r, 300));
    expect(requested(MAP_FILE)).to.deep.equal([]);
    expect(requested(TILE_URL)).to.deep.equal([]);
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('opening the map loads its file and asks the configured tile host only', async () => {
    const el = await mapFinder(SMALL);
    await openMap(el);
    expect($(el, '[part~="view-map"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part~="list"]'), 'the map takes the list’s place').to.equal(null);
    expect(requested(MAP_FILE).length).to.equal(1);
    const tiles = requested(TILE_URL);
    expect(tiles.length).to.be.greaterThan(0);
    const hosts = new Set(tiles.map((t) => new URL(t).host));
    expect([...hosts]).to.deep.equal([`127.0.0.1:${location.port}`]);
    // Nothing else went to another origin (no Leaflet icon, no font, no stylesheet).
    const foreign = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => new URL(n).origin !== location.origin && !TILE_URL.test(n));
    expect(foreign).to.deep.equal([]);
    expect($(el, '[part~="map-attribution"]')!.textContent).to.equal(`Map: ${CREDIT}`);
    // The tile server is not told the page's address (with sync-url it holds the filters).
    const policies = new Set($$(el, '.leaflet-tile').map((t) => (t as HTMLImageElement).referrerPolicy));
    expect([...policies]).to.deep.equal(['no-referrer']);
    expect(ours(log.warn)).to.deep.equal([]);
    expect(log.error).to.deep.equal([]);
  });

  it('places in-person and hybrid meetings, counts online ones, and draws an approximate place as an area', async () => {
    const el = await mapFinder(SMALL, { 'map-view': '39.97,-75.2,10' });
    await openMap(el);
    // 5 places: Christ Church Hall (2 meetings), Germantown, Cherry Hill (hybrid), Media (approximate).
    await until(() => markers(el).length === 4);
    expect(markerNames(el)).to.have.members([
      'Christ Church Hall: 2 meetings',
      'Germantown Step Study, Germantown Friends Meeting',
      'Cherry Hill Hybrid, Cherry Hill Library',
      'Media Area Group, Media (approximate area)',
    ]);
    expect(markers(el).find((b) => b.getAttribute('aria-label')!.startsWith('Media'))!.className).to.equal('area');
    const notes = $$(el, '[part~="map-note"]').map((p) => p.textContent!.trim());
    expect(notes).to.deep.equal([
      '2 online meetings aren’t on the map.',
      '1 meeting has no place on the map. It’s in the list.',
    ]);
  });

  it('a marker opens the same detail as the list, and Back returns focus to it', async () => {
    const el = await mapFinder(SMALL, { 'map-view': '39.97,-75.2,10' });
    await openMap(el);
    const germantown = await until(() =>
      markers(el).find((b) => b.getAttribute('aria-label')!.startsWith('Germantown Step Study')),
    );
    germantown!.click();
    const heading = await until(() => $(el, '#detail-heading'));
    expect(heading!.textContent!.trim()).to.equal('Germantown Step Study');
    expect(focusedName(el)).to.equal(describeElement(heading));
    $(el, '[part~="back"]')!.click();
    await until(() => $(el, '.map-canvas'));
    await settle(el);
    const active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active?.getAttribute('aria-label')).to.equal('Germantown Step Study, Germantown Friends Meeting');
  });

  it('a place with several meetings lists them under the map; each opens its detail', async () => {
    const el = await mapFinder(SMALL, { 'map-view': '39.97,-75.2,10' });
    await openMap(el);
    const church = await until(() => markers(el).find((b) => b.getAttribute('aria-label')!.startsWith('Christ')));
    church!.click();
    const place = await until(() => $(el, '[part~="map-place"]'));
    expect(place!.textContent).to.contain('Christ Church Hall: 2 meetings');
    const buttons = $$(el, '[part~="map-place-meeting"]');
    expect(buttons.map((b) => b.textContent!.trim())).to.have.members(['Old City Morning', 'Old City Evening']);
    expect(focusedName(el)).to.equal(describeElement(buttons[0]));
    buttons[1].click();
    const heading = await until(() => $(el, '#detail-heading'));
    expect(heading!.textContent!.trim()).to.equal(buttons[1].textContent!.trim());
    $(el, '[part~="back"]')!.click();
    await until(() => $(el, '[part~="map-place"]'));
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent!.trim()).to.equal(buttons[1].textContent!.trim());
  });

  it('changing a filter updates the markers', async () => {
    const el = await mapFinder(SMALL, { 'map-view': '39.97,-75.2,10' });
    await openMap(el);
    await until(() => markers(el).length === 4);
    // Monday: Old City Morning, Germantown (and the online Zoom Sunrise, counted beside the map).
    $(el, '[part~="filters-toggle"]')!.click();
    check(el, 'filter-days', 'Monday');
    await until(() => markers(el).length === 2);
    expect(markerNames(el)).to.have.members([
      'Old City Morning, Christ Church Hall',
      'Germantown Step Study, Germantown Friends Meeting',
    ]);
    expect($$(el, '[part~="map-note"]')[0].textContent).to.contain('1 online meeting isn’t on the map.');
    search(el, 'germantown');
    await until(() => markers(el).length === 1);
    expect(markerNames(el)).to.deep.equal(['Germantown Step Study, Germantown Friends Meeting']);
    search(el, '');
    check(el, 'filter-days', 'Monday');
    await until(() => markers(el).length === 4);
  });

  it('switching back to the list shows the list again, and the map keeps its markers for next time', async () => {
    const el = await mapFinder(SMALL, { 'map-view': '39.97,-75.2,10' });
    await openMap(el);
    switchTo(el, 'list');
    await settle(el);
    expect($(el, '[part~="list"]')).to.exist;
    expect($(el, '.map-canvas')).to.equal(null);
    expect(focusedName(el)).to.equal(describeElement($(el, '[part~="view-list"]')));
    performance.clearResourceTimings();
    switchTo(el, 'map');
    await until(() => markers(el).length === 4);
    expect(requested(MAP_FILE), 'the map file is not asked for again').to.deep.equal([]);
  });

  it('forms clusters on a dense feed, and a cluster zooms in to its meetings', async () => {
    const el = await mapFinder(PHILADELPHIA);
    await openMap(el);
    const clusters = await until(() => {
      const found = markers(el).filter((b) => b.classList.contains('cluster'));
      return found.length ? found : undefined;
    });
    expect(clusters!.length).to.be.greaterThan(0);
    // Far fewer markers than meetings: 2,000 buttons would be no map to tab through.
    expect(markers(el).length).to.be.lessThan(80);
    expect(meetingsOnMarkers(el)).to.be.greaterThan(500);
    expect(clusters![0].getAttribute('aria-label')).to.match(/^\d[\d,]* meetings in this area\. Zoom in$/);
    const biggest = clusters!.sort((a, b) => Number(b.textContent) - Number(a.textContent))[0];
    const zoom = () =>
      ($(el, '.leaflet-tile-container:last-child img') as HTMLImageElement | null)?.src.match(/tiles\/(\d+)\//)?.[1];
    const before = Number(zoom());
    biggest.click();
    await until(() => Number(zoom()) > before, 8000);
    expect(focusedName(el)).to.equal(describeElement($(el, '.map-canvas')));
  });

  it('map-default opens on the map at once', async () => {
    const el = await finder(SMALL, {
      timezone: 'America/New_York',
      extra: { 'map-tiles': TILES, 'map-attribution': CREDIT, 'map-default': '' },
    });
    await until(() => markers(el).length > 0, 8000);
    expect($(el, '[part~="list"]')).to.equal(null);
    expect($(el, '[part~="view-map"]')!.getAttribute('aria-pressed')).to.equal('true');
    // Earlier tests asked for the same tiles: the page's image cache answers, with no new resource
    // entry, so the tiles are checked in the map itself.
    await until(() => $$(el, '.leaflet-tile-loaded').length > 0, 8000);
    expect($$(el, '.leaflet-tile-loaded').every((t) => TILE_URL.test((t as HTMLImageElement).src))).to.equal(true);
  });

  it('zoom buttons zoom the map', async () => {
    const el = await mapFinder(SMALL, { 'map-view': '39.97,-75.2,10' });
    await openMap(el);
    const tileZoom = () =>
      new Set(
        $$(el, '.leaflet-tile-loaded')
          .map((t) => (t as HTMLImageElement).src.match(/tiles\/(\d+)\//)![1])
          .map(Number),
      );
    expect([...tileZoom()]).to.deep.equal([10]);
    $(el, '[part~="zoom-in"]')!.click();
    await until(() => tileZoom().has(11), 8000);
    $(el, '[part~="zoom-out"]')!.click();
    $(el, '[part~="zoom-out"]')!.click();
    await until(() => tileZoom().has(9), 8000);
  });
});
