// npm run screenshots: builds, serves the demo, and saves headless-Chromium screenshots of each
// demo page in light and dark, English and Spanish, and in French and Arabic (right to left) at
// desktop and phone width, to docs/screenshots/.
//
// Each is taken once every widget on the page has finished loading (scripts/lib/widget-state.mjs:
// defined, no loading shapes, no error), never after a fixed time. A page whose widget is still
// loading after 30 s, or shows an error, or that logs a console error, is not captured: the run
// names the page and the widget and exits non-zero.
//   npm run screenshots [-- finder article] [-- --no-build] [-- --timeout=30] [-- --lang=fr,ar]
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, NO_CHROME_HELP } from './lib/find-chrome.mjs';
import { waitForWidgets } from './lib/widget-state.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_HELP);
  process.exit(1);
}
const { build } = await import('./build.mjs');
if (!process.argv.includes('--no-build')) await build();
const { serve } = await import('./serve.mjs');
const port = await serve(8400);

const timeout = 1000 * Number(process.argv.find((a) => a.startsWith('--timeout='))?.split('=')[1] ?? 30);
const pages = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = pages.length ? pages : ['index', 'article', 'finder', 'directory'];
const onlyLangs = process.argv
  .find((a) => a.startsWith('--lang='))
  ?.slice(7)
  .split(',');
const variants = [
  ['light', 'en', 1280, 1600],
  ['dark', 'en', 1280, 1600],
  ['light', 'es', 1280, 1600],
  ['light', 'en', 360, 2400],
  ['light', 'fr', 1280, 1600],
  ['light', 'fr', 360, 2400],
  ['light', 'ar', 1280, 1600],
  ['light', 'ar', 360, 2400],
].filter(([, lang]) => !onlyLangs || onlyLangs.includes(lang));
mkdirSync('docs/screenshots', { recursive: true });

const browser = await puppeteer.launch({ executablePath: chrome, args: [...CHROME_ARGS, '--hide-scrollbars'] });
const failures = [];
try {
  for (const name of targets) {
    for (const [theme, lang, width, height] of variants) {
      const file = `docs/screenshots/${name}-${theme}-${lang}-${width}.png`;
      const url = `http://127.0.0.1:${port}/demo/${name}.html?theme=${theme}&lang=${lang}`;
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      try {
        await page.setViewport({ width, height });
        await page.goto(url, { waitUntil: 'load', timeout: 60000 });
        await waitForWidgets(page, { timeout, label: `${name}.html (${theme}, ${lang}, ${width}px)` });
        if (problems.length) throw new Error(`${name}.html (${theme}, ${lang}, ${width}px): ${problems.join('; ')}`);
        await page.screenshot({ path: file });
        console.log(file);
      } catch (e) {
        failures.push(e.message);
        console.error(`not captured: ${file}\n  ${e.message}`);
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`\n${failures.length} screenshot(s) not taken: a widget was still loading or showed an error.`);
  process.exit(1);
}
process.exit(0);
