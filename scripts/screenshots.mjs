// npm run screenshots: builds, serves the demo, and saves headless-Chromium screenshots of each
// demo page in light and dark, English and Spanish, desktop and phone width, to docs/screenshots/.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync } from 'node:fs';
import { CHROME_ARGS, findChrome, NO_CHROME_HELP } from './lib/find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(NO_CHROME_HELP);
  process.exit(1);
}
const { build } = await import('./build.mjs');
if (!process.argv.includes('--no-build')) await build();
const { serve } = await import('./serve.mjs');
const port = await serve(8400);

const pages = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = pages.length ? pages : ['index', 'article', 'finder', 'directory'];
const variants = [
  ['light', 'en', 1280, 1600],
  ['dark', 'en', 1280, 1600],
  ['light', 'es', 1280, 1600],
  ['light', 'en', 360, 2400],
];
mkdirSync('docs/screenshots', { recursive: true });
for (const page of targets) {
  for (const [theme, lang, width, height] of variants) {
    const file = `docs/screenshots/${page}-${theme}-${lang}-${width}.png`;
    const url = `http://127.0.0.1:${port}/demo/${page}.html?theme=${theme}&lang=${lang}`;
    try {
      // Async: the demo server runs in this same process and must keep answering.
      await promisify(execFile)(
        chrome,
        [
          ...CHROME_ARGS,
          '--hide-scrollbars',
          '--virtual-time-budget=4000',
          `--window-size=${width},${height}`,
          `--screenshot=${file}`,
          url,
        ],
        { timeout: 60000 },
      );
      console.log(file);
    } catch (e) {
      console.error(`could not capture ${url}: ${e.message}`);
    }
  }
}
process.exit(0);
