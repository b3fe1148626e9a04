import type { TemplateResult } from 'lit';
import type { Meeting } from '../../../meetings/types.js';
import { memoize } from '../../../util/memoize.js';
import type { GeolocationController } from '../controllers/geolocation.js';
import type { FinderLocalizer } from '../ui.js';
import type { MapConfig } from './map-config.js';
import { placeLabel, renderMapPanel } from './map-view.js';
import { type MapPlace, MeetingMap } from './meeting-map.js';

export interface MapModeOptions {
  root: ShadowRoot;
  config: MapConfig;
  i18n: FinderLocalizer;
  geo: GeolocationController;
  /** Opens a meeting's detail (the list's own detail view). */
  open: (m: Meeting) => void;
  requestUpdate: () => void;
}

/**
 * The finder's map view, once its file has loaded: which meetings go on the map and which are
 * counted beside it, the map panel, the meetings of a chosen place, "Use my location", and focus
 * (a marker that opened a detail gets focus back after Back). The feed mode keeps only the switch
 * and the loading state, so its file stays small.
 */
export class MapMode {
  /** True from a click on the map's "Use my location" until the map is centred on the answer. */
  locating = false;
  private readonly map: MeetingMap;
  private place?: MapPlace;
  private placed: readonly Meeting[] = [];
  private synced?: readonly Meeting[];
  private wasOpen?: string;
  /** The marker (or the place list's meeting) that opened the detail, for focus after Back. */
  private returnTo?: { key: string; id?: string };
  private focusPlace = false;

  constructor(private readonly o: MapModeOptions) {
    const { i18n } = o;
    this.map = new MeetingMap(o.root, {
      tiles: o.config.tiles,
      view: o.config.view,
      placeName: (place) => placeLabel(i18n, place),
      clusterName: (count) => i18n.t('mapCluster', { count }),
      number: (n) => i18n.number(n),
      onPlace: (place) => this.choose(place),
    });
  }

  /** In person and hybrid meetings with coordinates go on the map; online ones are counted. */
  private split = memoize((results: readonly Meeting[], isPoint: (m: Meeting) => boolean) => {
    const placed: Meeting[] = [];
    let online = 0;
    for (const m of results) {
      if (m.attendance === 'online') online++;
      else if (m.attendance !== 'inactive' && isPoint(m)) placed.push(m);
    }
    return { placed, online, unplaced: results.length - placed.length - online };
  });

  /** The map view; `config` is read again each time (a partner's script may change the attributes). */
  render(results: readonly Meeting[], isPoint: (m: Meeting) => boolean, config: MapConfig): TemplateResult {
    this.map.setTiles(config.tiles);
    const { placed, online, unplaced } = this.split(results, isPoint);
    if (placed !== this.placed) this.place = undefined;
    this.placed = placed;
    return renderMapPanel({
      i18n: this.o.i18n,
      canvas: this.map.element,
      attribution: config.attribution,
      online,
      unplaced,
      geo: this.o.geo.status,
      place: this.place,
      onZoom: (by) => this.map.zoomBy(by),
      onLocate: () => this.locate(),
      onOpen: (m) => {
        this.returnTo = { key: this.place!.key, id: m.id };
        this.o.open(m);
      },
    });
  }

  /** The visitor left the map view (the list is shown). */
  leave(): void {
    this.place = undefined;
  }

  /** After each update of the finder: `shown` says whether the map view is on screen. */
  updated(openId: string | undefined, shown: boolean): void {
    const closed = this.wasOpen && !openId;
    this.wasOpen = openId;
    const map = this.map;
    if (!shown || !map.element.isConnected) return;
    map.label(this.o.i18n.t('mapLabel'));
    map.show();
    if (this.placed !== this.synced) {
      this.synced = this.placed;
      map.setMeetings(this.placed);
    }
    const geo = this.o.geo;
    if (this.locating && geo.status !== 'asking') {
      this.locating = false;
      if (geo.status === 'ok' && geo.point) map.centre(geo.point.latitude, geo.point.longitude);
    }
    const buttons = this.o.root.querySelectorAll<HTMLElement>('[part~="map-place-meeting"]');
    if (this.focusPlace) {
      this.focusPlace = false;
      buttons[0]?.focus();
    }
    if (closed && this.returnTo) {
      const back = this.returnTo;
      this.returnTo = undefined;
      const i = this.place?.meetings.findIndex((m) => m.id === back.id) ?? -1;
      if (buttons[i]) buttons[i].focus();
      else map.focus(back.key);
    }
  }

  private choose(place: MapPlace): void {
    if (place.meetings.length === 1) {
      this.returnTo = { key: place.key };
      this.o.open(place.meetings[0]);
      return;
    }
    this.place = place;
    this.focusPlace = true;
    this.o.requestUpdate();
  }

  private locate(): void {
    if (this.o.geo.status === 'asking') return;
    this.locating = true;
    if (this.o.geo.status === 'ok') this.o.requestUpdate();
    else this.o.geo.locate();
  }
}
