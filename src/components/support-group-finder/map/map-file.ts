/**
 * The map's file, `recovery-widgets.map.js`: Leaflet, supercluster and the finder's map view. The
 * feed mode imports it beside itself only when a finder with `map-tiles` opens its map.
 */
export { VERSION } from '../../../util/version.js';
export { MapMode } from './map-mode.js';
