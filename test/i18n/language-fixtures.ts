export { finder, loaded } from '../components/support-group-finder/helpers.js';

/** A small real-shaped feed: a list, a detail and an empty search in any language. */
export const EDGE_FEED = '/test/fixtures/feeds/edge-cases.json';
