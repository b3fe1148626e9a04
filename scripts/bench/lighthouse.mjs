// Host-page speed: Lighthouse (mobile defaults: simulated slow 4G and a 4x slower CPU) on each demo
// page, served by the demo server, in the system's Chromium. Reports what a partner's page pays
// for our widgets: Total Blocking Time, Cumulative Layout Shift and Largest Contentful Paint.
// Targets: TBT 0 ms, CLS under 0.01. Run: npm run bench -- lighthouse
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, findChrome, NO_CHROME_HELP } from '../lib/find-chrome.mjs';
import { serve } from '../serve.mjs';

const chromePath = findChrome();
if (!chromePath) {
  console.error(NO_CHROME_HELP);
  process.exit(1);
}
if (!existsSync('dist/recovery-widgets.js')) {
  const { build } = await import('../build.mjs');
  await build();
}

const pages = readdirSync('demo')
  .filter((f) => f.endsWith('.html'))
  .sort();
const port = await serve(Number(process.env.PORT) || 8600);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_ARGS });
const rows = [];
/** For pages over target: the long tasks Lighthouse saw, so the next fix starts from evidence. */
const longTasks = [];
try {
  for (const page of pages) {
    const url = `http://127.0.0.1:${port}/demo/${page}`;
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    });
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push({
      page,
      'TBT (ms)': Math.round(audit('total-blocking-time')),
      CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
      'LCP (ms)': Math.round(audit('largest-contentful-paint')),
      'FCP (ms)': Math.round(audit('first-contentful-paint')),
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    });
    for (const t of lhr.audits['long-tasks']?.details?.items ?? []) {
      longTasks.push({
        page,
        url: String(t.url).replace(/^.*\/\/[^/]+/, ''),
        'start (ms)': Math.round(t.startTime),
        'duration (ms)': Math.round(t.duration),
      });
    }
  }
} finally {
  await chrome.kill();
}
const { version } = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8'));
console.log(`Lighthouse ${version} (mobile, simulated throttling), ${chromePath}`);
console.table(rows);
const bad = rows.filter((r) => r['TBT (ms)'] > 0 || r.CLS >= 0.01);
console.log(
  bad.length ? `Over target: ${bad.map((r) => r.page).join(', ')}` : 'All pages: TBT 0 ms and CLS under 0.01.',
);
if (longTasks.length) {
  console.log('Long tasks (simulated, 4x CPU; over 50 ms counts toward TBT):');
  console.table(longTasks);
}
process.exit(0);
