// Runs inside the map benchmark page: mounts one finder with the map configured (tiles from the
// bench server, scripts/lib/generated-tiles.mjs) on the feed named in ?feed=, and offers
// window.__map.open() and .filter(), which time what a visitor waits for, to the next painted frame.
const feed = new URLSearchParams(location.search).get('feed');
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const el = document.createElement('support-group-finder');
el.setAttribute('src', feed);
el.setAttribute('timezone', 'America/New_York');
el.setAttribute('map-tiles', '/tiles/{z}/{x}/{y}.png');
el.setAttribute('map-attribution', 'Generated tiles');
document.body.append(el);

const $ = (s) => el.shadowRoot.querySelector(s);
const $$ = (s) => el.shadowRoot.querySelectorAll(s);
const until = async (test) => {
  while (!test()) await new Promise(requestAnimationFrame);
};

window.__map = {
  ready: () => !!$('[part~="view-map"]') && !!$('[part~="meeting"]'),
  /** Map pressed to markers painted; and to the first tile shown. */
  async open() {
    $('[part~="view-list"]').click();
    await el.updateComplete;
    await frame();
    const start = performance.now();
    $('[part~="view-map"]').click();
    await until(() => $$('.map-marker button').length > 0);
    await frame();
    const markers = performance.now() - start;
    await until(() => $$('.leaflet-tile-loaded').length > 0);
    await frame();
    return { markers, tile: performance.now() - start, count: $$('.map-marker button').length };
  },
  /** A day ticked (or unticked) in the filters to the map's markers redrawn and painted. */
  async filter(day) {
    if (!$('[part~="filter-days"]')) $('[part~="filters-toggle"]')?.click();
    await el.updateComplete;
    const before = [...$$('.map-marker button')].map((b) => b.getAttribute('aria-label')).join('|');
    const box = $$('[part~="filter-days"] input')[day];
    const start = performance.now();
    box.click();
    await el.updateComplete;
    await until(() => [...$$('.map-marker button')].map((b) => b.getAttribute('aria-label')).join('|') !== before);
    await frame();
    return performance.now() - start;
  },
};
