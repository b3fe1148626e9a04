import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../../../meetings/types.js';
import type { GeoStatus } from '../controllers/geolocation.js';
import { button, type FinderLocalizer } from '../ui.js';
import type { MapPlace } from './meeting-map.js';

export interface MapPanelProps {
  i18n: FinderLocalizer;
  /** The map's own element (it survives re-renders, and so does Leaflet's state). */
  canvas: HTMLElement;
  attribution: string;
  online: number;
  unplaced: number;
  geo: GeoStatus;
  /** The place whose meetings are listed under the map (several meetings at one spot). */
  place?: MapPlace;
  onZoom: (by: 1 | -1) => void;
  onLocate: () => void;
  onOpen: (m: Meeting) => void;
}

const GEO: Partial<Record<GeoStatus, 'locating' | 'locationDenied' | 'locationUnavailable'>> = {
  asking: 'locating',
  denied: 'locationDenied',
  unavailable: 'locationUnavailable',
};

/**
 * The map view: the map, its tools (zoom, "Use my location"), the tiles' credit as text, what is
 * not on the map, and the meetings of a chosen place. The list stays one click away with every
 * meeting: the map only adds to it.
 */
export function renderMapPanel(p: MapPanelProps): TemplateResult {
  const { i18n } = p;
  const geo = GEO[p.geo];
  return html`<div class="map" part="map">
    ${p.canvas}
    <div class="map-tools" part="map-tools">
      ${button('zoom-in', i18n.t('zoomIn'), () => p.onZoom(1))}
      ${button('zoom-out', i18n.t('zoomOut'), () => p.onZoom(-1))}
      ${
        // Never disabled while asking: a disabled button drops the focus of the visitor who pressed it.
        button('map-locate', i18n.t('useLocation'), p.onLocate)
      }
      <span class="muted" role="status">${geo ? i18n.t(geo) : ''}</span>
    </div>
    ${p.attribution ? html`<p class="map-attribution" part="map-attribution">${i18n.t('mapCredit', { credit: p.attribution })}</p>` : nothing}
    ${p.online ? html`<p class="muted" part="map-note">${i18n.t('mapOnline', { count: p.online })}</p>` : nothing}
    ${p.unplaced ? html`<p class="muted" part="map-note">${i18n.t('mapUnplaced', { count: p.unplaced })}</p>` : nothing}
    ${
      p.place
        ? html`<div class="map-place" part="map-place">
            <p id="sgf-place">${placeLabel(i18n, p.place)}</p>
            <ul aria-labelledby="sgf-place">
              ${p.place.meetings.map((m) => html`<li>${button('map-place-meeting', m.name, () => p.onOpen(m))}</li>`)}
            </ul>
          </div>`
        : nothing
    }
  </div>`;
}

/** Where a place is, in words: its name, else its address, else its first meeting's name. */
const where = (m: Meeting) => m.location || m.address || m.city || '';

/** A place's marker name, and the title of its meeting list. */
export function placeLabel(i18n: FinderLocalizer, place: MapPlace): string {
  const [first] = place.meetings;
  const name =
    place.meetings.length > 1
      ? i18n.t('mapPlace', { place: where(first) || first.name, count: place.meetings.length })
      : where(first)
        ? i18n.t('mapMeeting', { name: first.name, place: where(first) })
        : first.name;
  return place.approximate ? i18n.t('mapArea', { name }) : name;
}
