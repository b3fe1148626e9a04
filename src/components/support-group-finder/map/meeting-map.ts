import {
  CircleMarker,
  DivIcon,
  Map as LeafletMap,
  type LatLngBoundsExpression,
  Marker,
  TileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import leafletCss from 'virtual:leaflet-css';
import type { Meeting } from '../../../meetings/types.js';
import { mapCss } from './map.styles.js';

/** The release this file was built with: the feed mode refuses a file of another release. */
export { VERSION } from '../../../util/version.js';

/** One spot on the map: the meetings at the same coordinates (a church may host several). */
export interface MapPlace {
  key: string;
  lat: number;
  lng: number;
  meetings: Meeting[];
  /** The feed says the place is only roughly known: drawn as an area, not a pin. */
  approximate: boolean;
}

export interface MeetingMapOptions {
  tiles: string;
  view?: { lat: number; lng: number; zoom: number };
  /** The accessible name of a place's marker. */
  placeName: (place: MapPlace) => string;
  /** The accessible name of a cluster of `count` meetings. */
  clusterName: (count: number) => string;
  /** The visible number on a cluster or a place with several meetings. */
  number: (n: number) => string;
  /** The visitor chose a place (mouse, touch or keyboard). */
  onPlace: (place: MapPlace) => void;
}

/** Over this zoom nothing is clustered (the tiles of most servers stop at 19). */
const CLUSTER_MAX_ZOOM = 16;
const MAX_ZOOM = 19;

/** Leaflet's stylesheet and the markers' own, made once per page and adopted by each finder's root. */
let sheet: CSSStyleSheet | undefined;

/**
 * The finder's map: Leaflet on the partner's tiles, markers clustered by supercluster. A file of
 * its own (`recovery-widgets.map.js`), imported beside the feed mode only when a finder with
 * `map-tiles` shows its map. Trusted Types: nothing here writes HTML. Leaflet's attribution, zoom
 * control, popups and tooltips (its innerHTML sinks) are never used; every marker is a DivIcon
 * around a real `<button>` built with createElement and named for screen readers. Leaflet's
 * stylesheet is adopted into the shadow root, so nothing reaches the host page.
 */
export class MeetingMap {
  /** The map's own element; the finder's template places it, and it survives re-renders. */
  readonly element = document.createElement('div');
  private map?: LeafletMap;
  private index?: Supercluster<{ i: number; n: number }, { n: number }>;
  private places: MapPlace[] = [];
  private markers = new Map<string, Marker>();
  private me?: CircleMarker;
  private fitted = false;
  private pendingZoom = 0;
  private tiles?: TileLayer;

  constructor(
    root: ShadowRoot,
    private readonly options: MeetingMapOptions,
  ) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(leafletCss + mapCss);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.element.className = 'map-canvas';
    this.element.setAttribute('part', 'map-canvas');
    this.element.setAttribute('role', 'region');
  }

  /** Names the map region (its language can change). */
  label(text: string): void {
    this.element.setAttribute('aria-label', text);
  }

  /** Call once the element is in the page and laid out: makes the map, or fixes its size. */
  show(): void {
    if (!this.element.isConnected) return;
    if (this.map) {
      this.map.invalidateSize({ animate: false });
      return;
    }
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = new LeafletMap(this.element, {
      attributionControl: false,
      zoomControl: false,
      maxZoom: MAX_ZOOM,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
      worldCopyJump: true,
    });
    this.map = map;
    this.tiles = new TileLayer(this.options.tiles, {
      maxZoom: MAX_ZOOM,
      detectRetina: false,
      // The page's address (with sync-url, the visitor's filters and open meeting) stays here.
      referrerPolicy: 'no-referrer',
    }).addTo(map);
    map.on('moveend', () => this.draw());
    map.on('zoomend', () => this.applyZoom());
    this.fit(true);
  }

  /** A new tile template (the partner changed `map-tiles`): the map asks the new server from now on. */
  setTiles(template: string): void {
    if (template === this.options.tiles) return;
    this.options.tiles = template;
    this.tiles?.setUrl(template);
  }

  /** The meetings to place (in person or hybrid, with coordinates), in the list's order. */
  setMeetings(meetings: readonly Meeting[]): void {
    const byKey = new Map<string, MapPlace>();
    for (const m of meetings) {
      const lat = m.latitude!;
      const lng = m.longitude!;
      const key = `${lat.toFixed(5)},${lng.toFixed(5)}`;
      const place = byKey.get(key);
      if (place) {
        place.meetings.push(m);
        place.approximate &&= m.approximate;
      } else byKey.set(key, { key, lat, lng, meetings: [m], approximate: m.approximate });
    }
    this.places = [...byKey.values()];
    // Places' meetings (and so their names and counts) changed: no marker is reused.
    for (const marker of this.markers.values()) marker.remove();
    this.markers.clear();
    const index = new Supercluster<{ i: number; n: number }, { n: number }>({
      maxZoom: CLUSTER_MAX_ZOOM,
      // Leaflet's tiles are 256 px: with a 256 extent the radius is in screen pixels, so markers (up
      // to 46 px across) seldom touch.
      extent: 256,
      radius: 50,
      // A cluster counts meetings, not places.
      map: (p) => ({ n: p.n }),
      reduce: (total, p) => {
        total.n += p.n;
      },
    });
    index.load(
      this.places.map((p, i) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
        properties: { i, n: p.meetings.length },
      })),
    );
    this.index = index;
    this.fit(false);
    this.draw();
  }

  /**
   * Zooms by `by` levels. Leaflet drops a zoom asked for while it animates one, so a quick second
   * press waits for the first to end instead of being lost.
   */
  zoomBy(by: number): void {
    this.pendingZoom += by;
    if (this.map && !(this.map as unknown as { _animatingZoom?: boolean })._animatingZoom) this.applyZoom();
  }

  private applyZoom(): void {
    const map = this.map;
    const by = this.pendingZoom;
    this.pendingZoom = 0;
    if (map && by) map.setZoom(Math.max(map.getMinZoom(), Math.min(MAX_ZOOM, map.getZoom() + by)));
  }

  /** Centres the map on the visitor (after they asked for their location) and marks the spot. */
  centre(lat: number, lng: number): void {
    const map = this.map;
    if (!map) return;
    this.me?.remove();
    this.me = new CircleMarker([lat, lng], { radius: 7, interactive: false, className: 'map-me', weight: 3 }).addTo(
      map,
    );
    map.setView([lat, lng], Math.max(map.getZoom(), 13));
  }

  /** Puts keyboard focus back on a place's marker (after its detail closes); else on the map. */
  focus(key?: string): void {
    const button = key && this.element.querySelector<HTMLElement>(`button[data-key="${CSS.escape(key)}"]`);
    (button || this.element).focus();
  }

  /** Fits the view to the meetings the first time, and later when none of them is in view. */
  private fit(first: boolean): void {
    const map = this.map;
    if (!map) return;
    const places = this.places;
    const { view } = this.options;
    if (first && view) map.setView([view.lat, view.lng], view.zoom);
    else if (!places.length) {
      if (first || !this.fitted) map.setView([20, 0], 2);
      return;
    } else if (first || !this.fitted || !places.some((p) => map.getBounds().contains([p.lat, p.lng]))) {
      const bounds: LatLngBoundsExpression = places.map((p) => [p.lat, p.lng] as [number, number]);
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: false });
    }
    this.fitted = true;
  }

  /** The clusters and places in view (and a margin), as markers; kept ones keep their focus. */
  private draw(): void {
    const map = this.map;
    const index = this.index;
    if (!map || !index) return;
    const b = map.getBounds().pad(0.25);
    const zoom = Math.round(map.getZoom());
    const west = Math.max(-180, b.getWest());
    const east = Math.min(180, b.getEast());
    const items = index.getClusters([west, Math.max(-85, b.getSouth()), east, Math.min(85, b.getNorth())], zoom);
    // North to south, then west to east: the order Tab reaches them.
    items.sort(
      (a, c) =>
        c.geometry.coordinates[1] - a.geometry.coordinates[1] || a.geometry.coordinates[0] - c.geometry.coordinates[0],
    );
    const next = new Map<string, Marker>();
    for (const item of items) {
      const [lng, lat] = item.geometry.coordinates;
      const p = item.properties as { cluster?: boolean; cluster_id?: number; i?: number; n: number };
      const place = p.cluster ? undefined : this.places[p.i!];
      const key = place ? place.key : `c${zoom}:${p.cluster_id}`;
      const marker =
        this.markers.get(key) ??
        this.marker(lat, lng, key, place, p.n, () => {
          if (place) this.options.onPlace(place);
          else this.expand(p.cluster_id!, lat, lng);
        });
      next.set(key, marker);
    }
    for (const [key, marker] of this.markers) if (!next.has(key)) marker.remove();
    for (const marker of next.values()) if (!map.hasLayer(marker)) marker.addTo(map);
    // Tab order follows the sorted order; re-append only when it changed (a move blurs).
    const pane = map.getPane('markerPane')!;
    const wanted = [...next.values()].map((m) => m.getElement()!);
    if (wanted.some((el, i) => pane.children[i] !== el)) {
      // Moving the focused marker blurs it: give its focus back, so Tab goes on from where it was.
      const active = (this.element.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
      pane.append(...wanted);
      if (active && pane.contains(active)) active.focus({ preventScroll: true });
    }
    this.markers = next;
  }

  /**
   * A cluster opens by zooming to where its meetings come apart. Its button goes away with the
   * zoom, so focus moves to the map first (Tab from there reaches the new markers).
   */
  private expand(id: number, lat: number, lng: number): void {
    const zoom = Math.min(this.index!.getClusterExpansionZoom(id), MAX_ZOOM);
    this.element.focus({ preventScroll: true });
    this.map!.setView([lat, lng], zoom);
  }

  private marker(lat: number, lng: number, key: string, place: MapPlace | undefined, n: number, choose: () => void) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.key = key;
    const size = place ? (place.approximate ? 40 : 28) : n < 10 ? 34 : n < 100 ? 40 : 46;
    button.className = place ? (place.approximate ? 'area' : 'pin') : 'cluster';
    button.setAttribute('aria-label', place ? this.options.placeName(place) : this.options.clusterName(n));
    if (!place || n > 1) {
      const count = document.createElement('span');
      count.textContent = this.options.number(n);
      count.setAttribute('aria-hidden', 'true');
      button.append(count);
    }
    // A marker reached with Tab but outside the visible map would be focused out of sight.
    button.addEventListener('focus', () => this.map?.panInside([lat, lng], { padding: [size, size] }));
    button.addEventListener('click', (e) => {
      // The end of a drag that started on a marker is not a choice.
      if (e.detail && (this.map?.dragging as { moved?: () => boolean } | undefined)?.moved?.()) return;
      choose();
    });
    const icon = new DivIcon({ html: button, className: 'map-marker', iconSize: [size, size] });
    return new Marker([lat, lng], { icon, keyboard: false, interactive: false });
  }
}
