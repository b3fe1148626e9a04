import { warn } from '../../../internal/warn.js';

/** The map a partner configured: where tiles come from, whose they are, and where to start. */
export interface MapConfig {
  /** An absolute http(s) tile URL template: `{z}`, `{x}`, `{y}`, and optionally `{s}`, `{r}`, `{-y}`. */
  tiles: string;
  /** The tiles' credit, as plain text. */
  attribution: string;
  /** The first view; without it the map fits the meetings. */
  view?: { lat: number; lng: number; zoom: number };
}

/** The map attributes, as the element holds them. */
export interface MapSettings {
  mapTiles?: string;
  mapAttribution?: string;
  mapView?: string;
  mapDefault?: boolean;
}

const EXAMPLE = 'for example https://tiles.example.org/{z}/{x}/{y}.png';

/**
 * Reads and checks the map attributes. Without `map-tiles` there is no map (and no request, ever);
 * a template that is not a plain http(s) address with {z}, {x} and {y} turns the map off with one
 * message, because Leaflet would otherwise ask an unknown place for every tile.
 */
export function readMapConfig(tag: string, s: MapSettings): MapConfig | undefined {
  const raw = s.mapTiles?.trim();
  if (!raw) {
    if (s.mapDefault || s.mapView?.trim() || s.mapAttribution?.trim())
      warn(tag, `map-default, map-view and map-attribution need map-tiles (${EXAMPLE}); there is no map.`);
    return undefined;
  }
  const shown = raw.slice(0, 120);
  const bad = (why: string) => {
    warn(tag, `map-tiles="${shown}" ${why}; the map is off. Use an http(s) tile address, ${EXAMPLE}.`);
    return undefined;
  };
  if (!['{z}', '{x}', '{y}'].every((p) => raw.includes(p)) && !raw.includes('{-y}'))
    return bad('must contain {z}, {x} and {y}');
  const unknown = raw.match(/\{(?!(?:s|z|x|y|-y|r)\})[^}]*\}/);
  if (unknown) return bad(`has ${unknown[0].slice(0, 20)}, which the map cannot fill in`);
  let url: URL;
  try {
    // Placeholders stand in as plain letters so the address can be checked as a URL.
    url = new URL(raw.replace(/\{-?[a-z]\}/g, 'a'), document.baseURI);
  } catch {
    return bad('is not a web address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return bad('must be an http(s) address');
  if (url.username || url.password) return bad('must not carry a user name or password');
  // Relative templates (tiles on the partner's own site) become absolute, so tests and CSP agree.
  const absolute = /^https?:\/\//i.test(raw)
    ? raw
    : new URL(raw, document.baseURI).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  const attribution = (s.mapAttribution ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
  if (!attribution)
    warn(tag, 'map-attribution is empty: tile licences usually require credit (e.g. "© OpenStreetMap contributors").');
  return { tiles: absolute, attribution, view: readView(tag, s.mapView) };
}

function readView(tag: string, value: string | undefined): MapConfig['view'] {
  const text = value?.trim();
  if (!text) return undefined;
  const [lat, lng, zoom] = text.split(',').map((n) => Number(n.trim()));
  const ok =
    text.split(',').length === 3 &&
    Math.abs(lat) <= 85 &&
    Math.abs(lng) <= 180 &&
    Number.isFinite(zoom) &&
    zoom >= 0 &&
    zoom <= 19;
  if (ok) return { lat, lng, zoom };
  warn(
    tag,
    `map-view="${text.slice(0, 40)}" must be "latitude,longitude,zoom" (e.g. "39.95,-75.16,11"); the map fits the meetings instead.`,
  );
  return undefined;
}
