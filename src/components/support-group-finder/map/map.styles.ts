/**
 * The map's own styles, adopted with Leaflet's into the finder's shadow root when the map file
 * loads (plain text: this file runs no Lit). Only the private tokens, so light, dark and a partner's
 * colors apply. Markers are at least 28 px (WCAG 2.5.8 asks for 24).
 */
export const mapCss = `
.map{display:grid;gap:var(--_space-2)}
.map-canvas{min-height:16em;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface-alt);font:inherit;z-index:0}
.map-canvas:focus-visible,.map-marker button:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.map-marker{background:none;border:0}
.map-marker button{pointer-events:auto;box-sizing:border-box;width:100%;height:100%;padding:0;display:grid;place-items:center;border-radius:50%;border:2px solid var(--_surface);cursor:pointer;font:inherit;font-weight:700;font-size:.8125em;line-height:1;box-shadow:0 1px 3px rgb(0 0 0/.45)}
.map-marker .pin{background:var(--_primary);color:var(--_on-primary)}
.map-marker .cluster{background:var(--_surface);color:var(--_text);border:3px solid var(--_primary)}
.map-marker .area{background:color-mix(in srgb,var(--_primary) 25%,transparent);color:var(--_text);border:2px dashed var(--_primary);box-shadow:none}
.map-me{fill:var(--_focus);fill-opacity:.9;stroke:var(--_surface)}
.map-tools{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_space-2)}
.map-attribution{margin:0;font-size:.875em;color:var(--_muted)}
.map-place{display:grid;gap:var(--_space-2);padding:var(--_space-3);background:var(--_surface-alt);border-radius:var(--_radius)}
.map-place ul{display:flex;flex-wrap:wrap;gap:var(--_space-2);margin:0;padding:0;list-style:none}
@media (prefers-reduced-motion:reduce){.map-canvas *{transition:none!important}}
`;
