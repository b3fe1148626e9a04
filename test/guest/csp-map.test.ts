import { expect } from '@open-wc/testing';
import { closePages, openPage, until } from '../helpers/frame.js';

/**
 * The map under the strict policy of csp.test.ts plus the one addition the README documents:
 * `img-src` for the tile host (scripts/wtr/middleware.mjs serves test/pages/csp-map/ so). Leaflet
 * must write no HTML under Trusted Types, load no stylesheet or image of its own, and cause no
 * violation; tiles come from the configured host only.
 */
describe('strict CSP and Trusted Types, with the map', () => {
  afterEach(closePages);

  it('shows the map, its markers and tiles, with zero policy violations', async function () {
    this.timeout(30000);
    const win = await openPage('/test/pages/csp-map/map.html');
    const shadow = () => win.document.querySelector('support-group-finder')!.shadowRoot!;
    const toMap = await until(() => shadow().querySelector<HTMLElement>('[part~="view-map"]'), 10000);
    // Configured, but nothing of the map is fetched before the visitor asks.
    const requests = () => (win.__record as unknown as { requests: string[] }).requests;
    const mapRequests = () => requests().filter((u) => /recovery-widgets\.map\.js|\/tiles\//.test(u));
    expect(mapRequests()).to.deep.equal([]);
    toMap!.click();
    await until(() => shadow().querySelectorAll('.map-marker button').length === 4, 10000);
    await until(() => shadow().querySelectorAll('.leaflet-tile-loaded').length > 0, 10000);
    const tiles = requests().filter((u) => /\/tiles\//.test(u));
    expect(new Set(tiles.map((u) => new URL(u).host))).to.deep.equal(new Set([`127.0.0.1:${location.port}`]));
    // Leaflet's stylesheet is in the shadow root: its panes are positioned.
    const pane = shadow().querySelector('.leaflet-pane')!;
    expect(win.getComputedStyle(pane).position).to.equal('absolute');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__record.violations).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.error).to.deep.equal([]);
  });
});
