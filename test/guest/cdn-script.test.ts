import { expect } from '@open-wc/testing';
import { closePages, openSrcdoc, type PageWindow, until } from '../helpers/frame.js';
import { $$ } from '../helpers/shadow.js';

/**
 * The drop-in script on a CDN (another origin), pasted without `crossorigin`, as most snippets
 * are. Chromium then refuses the engine's relative `import()` ("the base URL is about:blank
 * because import() is called from a CORS-cross-origin script"), and before the fix every finder
 * with feeds failed. The test server plays the CDN at http://127.0.0.1:<port>/faults/cdn/, which
 * serves the files with `Access-Control-Allow-Origin: *`, as CDNs do.
 */
const CDN = `http://127.0.0.1:${location.port}/faults/cdn`;
const FINDER = '<support-group-finder src="/test/fixtures/feeds/edmonton-aa.json"></support-group-finder>';

async function meetingsShown(win: PageWindow) {
  await win.customElements.whenDefined('support-group-finder');
  const finder = win.document.querySelector('support-group-finder')!;
  await until(() => $$(finder, '[part~="meeting"]').length > 0 || $$(finder, '[part~="error"]').length > 0, 15000);
  return finder;
}

const engineRequests = (win: PageWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes('recovery-widgets.meetings.js'))
    .map((n) => n.replace(/\?.*/, ''));

describe('the drop-in script from a CDN on another origin', function () {
  this.timeout(30000);
  afterEach(closePages);

  for (const attrs of ['', ' crossorigin="anonymous"', ' defer', ' async']) {
    it(`<script src="(CDN)/recovery-widgets.js"${attrs}>: the finder loads its engine from the CDN and lists meetings`, async () => {
      const win = await openSrcdoc(`<script src="${CDN}/recovery-widgets.js"${attrs}></script>`, FINDER);
      const finder = await meetingsShown(win);
      expect($$(finder, '[part~="error"]').map((e) => e.textContent)).to.deep.equal([]);
      expect($$(finder, '[part~="meeting"]').length).to.be.at.least(10);
      expect(engineRequests(win)).to.deep.equal([`${CDN}/recovery-widgets.meetings.js`]);
      expect(win.__record.errors).to.deep.equal([]);
      expect(win.__record.warn.filter((w) => w.startsWith('[recovery-widgets]'))).to.deep.equal([]);
    });
  }
});
