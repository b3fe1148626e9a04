// The finder's map in headless Chromium on the real southeastern Pennsylvania feed (2,038
// records): the time from pressing "Map" to the markers painted, the first time (the map's file
// is fetched from the bench server, then Leaflet starts and the clusters are built) and again
// after going back to the list; the time to the first tile shown (tiles made by the bench server);
// and a day filter ticked to the markers redrawn. Median of 5 page loads.
// Run: npm run bench -- finder (or -- map)
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, NO_CHROME_HELP } from '../lib/find-chrome.mjs';
import { serve } from '../serve.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME_HELP);
  process.exit(1);
}
if (!existsSync('dist/recovery-widgets.map.js')) {
  const { build } = await import('../build.mjs');
  await build();
}

const FEED = '/test/fixtures/feeds/southeastern-pa-aa.json';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(0);

const port = await serve(Number(process.env.PORT) || 8710);
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
const runs = { first: [], tile: [], again: [], filter: [], markers: 0 };
try {
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/scripts/bench/pages/finder-map.html?feed=${encodeURIComponent(FEED)}`);
    await page.waitForFunction(() => window.__map.ready(), { timeout: 60000 });
    const first = await page.evaluate(() => window.__map.open());
    const again = await page.evaluate(() => window.__map.open());
    const filter = await page.evaluate(() => window.__map.filter(1));
    runs.first.push(first.markers);
    runs.tile.push(first.tile);
    runs.again.push(again.markers);
    runs.filter.push(filter);
    runs.markers = first.count;
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`<support-group-finder> map in ${executablePath} (headless), 1280x900, median of 5 page loads`);
console.table([
  {
    feed: 'southeastern-pa-aa (real, 2,038)',
    'Map pressed to markers painted, first time ms': ms(median(runs.first)),
    'to first tile shown ms': ms(median(runs.tile)),
    'again (after the list) ms': ms(median(runs.again)),
    'day filter to markers redrawn ms': ms(median(runs.filter)),
    'markers at first view': runs.markers,
  },
]);
process.exit(0);
