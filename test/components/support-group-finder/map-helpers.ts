import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';
import { FEEDS, finder, loaded, type SupportGroupFinder } from './helpers.js';

/** The test server's generated tiles, on the second origin (127.0.0.1), which the page is not on. */
export const TILES = `http://127.0.0.1:${location.port}/tiles/{z}/{x}/{y}.png`;
export const CREDIT = 'Test tiles © Example Mappers';
export const PHILADELPHIA = `${FEEDS}/southeastern-pa-aa.json`;

/** A finder with the map configured (list first unless `extra` says otherwise). */
export async function mapFinder(src: string, extra: Record<string, string> = {}, lang = 'en') {
  return loaded(
    await finder(src, {
      lang,
      timezone: 'America/New_York',
      extra: { 'map-tiles': TILES, 'map-attribution': CREDIT, ...extra },
    }),
  );
}

/** Every resource the page requested whose URL matches `test`. */
export const requested = (test: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => test.test(name));

export const TILE_URL = /\/tiles\/\d+\/-?\d+\/-?\d+\.png/;
/** The map's file, from source (tests) or built (pages). */
export const MAP_FILE = /map\/map-file\.ts|recovery-widgets\.map\.js/;

/** Presses the List / Map switch, as a visitor does: the button takes focus, then the click. */
export function switchTo(el: SupportGroupFinder, view: 'list' | 'map'): void {
  const b = $(el, `[part~="view-${view}"]`)!;
  b.focus();
  b.click();
}

/**
 * What has focus inside the finder, in words (`button "Zoom in"`, `div.map-canvas`, `h3#detail-heading`).
 * Tests compare these strings, not elements: a failed comparison of elements makes the runner
 * serialize them, and Leaflet's objects hang from the map's.
 */
export function focusedName(el: SupportGroupFinder): string {
  return describeElement(el.shadowRoot!.activeElement);
}

export function describeElement(e: Element | null | undefined): string {
  if (!e) return '(nothing)';
  const name = e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 60);
  return `${e.localName}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} "${name}"`;
}

/** Opens the map and waits for markers and at least one loaded tile. */
export async function openMap(el: SupportGroupFinder): Promise<void> {
  switchTo(el, 'map');
  await until(() => markers(el).length > 0, 8000);
  await until(() => $$(el, '.leaflet-tile-loaded').length > 0, 8000);
}

export const markers = (el: SupportGroupFinder) => $$(el, '.map-marker button');
export const markerNames = (el: SupportGroupFinder) => markers(el).map((b) => b.getAttribute('aria-label')!);
/** How many meetings the markers in view stand for (a cluster counts its meetings). */
export const meetingsOnMarkers = (el: SupportGroupFinder) =>
  markers(el).reduce(
    (n, b) => n + (b.classList.contains('cluster') ? Number(b.textContent) : Number(b.textContent) || 1),
    0,
  );
