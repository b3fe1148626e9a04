import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Meeting } from '../../../meetings/types.js';
import { memoize } from '../../../util/memoize.js';
import { besideLoader } from '../load-beside.js';
import { importMap } from '../map/import-map.js';
import { type MapSettings, readMapConfig } from '../map/map-config.js';
import type { MapMode } from '../map/map-mode.js';
import { button, type FinderLocalizer } from '../ui.js';
import type { GeolocationController } from './geolocation.js';

/** The map's file, imported beside the script the first time a visitor opens a map. */
const loadMap = besideLoader('the map', 'recovery-widgets.map.js', importMap);

export type FinderView = 'list' | 'map';

export interface MapHost extends ReactiveControllerHost, MapSettings {
  readonly localName: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The nearest `<recovery-provider>`'s map attributes, under the finder's own. */
  providedMap?(): MapSettings | undefined;
}

export interface MapControllerOptions {
  i18n: FinderLocalizer;
  geo: GeolocationController;
  /** Opens a meeting's detail (the list's own detail view). */
  open: (m: Meeting) => void;
  /** The meeting whose detail is open, if any. */
  openId: () => string | undefined;
}

/** What the feed view shows of the map: the switch in the toolbar, and the map in the list's place. */
export interface MapViewParts {
  toggle: TemplateResult;
  view?: TemplateResult;
}

/**
 * The opt-in map, as the feed mode knows it: `map-tiles` read and checked (no attribute, no map:
 * nothing is loaded or requested), the List / Map switch, and the map's file, imported only when
 * the visitor opens the map (or the partner made it the first view). Until then no tile is asked
 * for. Everything else (markers, clusters, the panel, focus) is in that file (map/map-mode.ts).
 */
export class MapController implements ReactiveController {
  view: FinderView = 'list';
  private mode?: MapMode;
  private loading = false;
  private failed = false;
  private started = false;

  constructor(
    private readonly host: MapHost,
    private readonly o: MapControllerOptions,
  ) {
    host.addController(this);
  }

  /** True while the map's "Use my location" waits for the answer (the map keeps focus). */
  get locating(): boolean {
    return !!this.mode?.locating;
  }

  private readConfig = memoize((mapTiles?: string, mapAttribution?: string, mapView?: string, mapDefault?: boolean) =>
    readMapConfig(this.host.localName, { mapTiles, mapAttribution, mapView, mapDefault }),
  );

  /** The finder's own map attributes, each one else the provider's (`map-default` is the finder's alone). */
  private get config() {
    const h = this.host;
    const p = h.providedMap?.() ?? {};
    const own = (v?: string) => (v?.trim() ? v : undefined);
    return this.readConfig(
      own(h.mapTiles) ?? p.mapTiles,
      own(h.mapAttribution) ?? p.mapAttribution,
      own(h.mapView) ?? p.mapView,
      h.mapDefault,
    );
  }

  hostUpdate(): void {
    const config = this.config;
    if (!this.started && config) {
      this.started = true;
      if (this.host.mapDefault) this.show('map');
    }
    if (!config) this.view = 'list';
  }

  hostUpdated(): void {
    this.mode?.updated(this.o.openId(), this.view === 'map');
  }

  /** The switch and, in map view, the map; undefined when the partner configured no map. */
  parts(results: readonly Meeting[], isPoint: (m: Meeting) => boolean): MapViewParts | undefined {
    const config = this.config;
    if (!config) return undefined;
    const i18n = this.o.i18n;
    const choice = (v: FinderView, label: string) =>
      html`<button type="button" class="button secondary" part="view-${v}" aria-pressed=${this.view === v} @click=${() => this.show(v)}>${label}</button>`;
    const toggle = html`<div role="group" class="view-switch" part="view-switch" aria-label=${i18n.t('viewLabel')}>
      ${choice('list', i18n.t('viewList'))}${choice('map', i18n.t('viewMap'))}
    </div>`;
    if (this.view !== 'map') return { toggle };
    const view = this.mode
      ? this.mode.render(results, isPoint, config)
      : this.failed
        ? html`<div part="error" class="error" role="alert">
            <p>${i18n.t('mapFailed')}</p>
            ${button('retry', i18n.t('retry'), () => this.show('map'))}
          </div>`
        : html`<p class="loading muted" part="map-loading" role="status">${i18n.t('mapLoading')}</p>`;
    return { toggle, view };
  }

  private show(view: FinderView): void {
    this.view = view;
    this.failed = false;
    this.mode?.leave();
    if (view === 'map' && !this.mode && !this.loading) void this.load();
    this.host.requestUpdate();
  }

  private async load(): Promise<void> {
    const config = this.config;
    if (!config) return;
    this.loading = true;
    try {
      const { MapMode } = await loadMap();
      this.mode = new MapMode({
        root: this.host.renderRoot as ShadowRoot,
        config,
        i18n: this.o.i18n,
        geo: this.o.geo,
        open: this.o.open,
        requestUpdate: () => this.host.requestUpdate(),
      });
    } catch {
      // besideLoader told the webmaster what is missing; the visitor gets Try again.
      this.failed = true;
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }
}
