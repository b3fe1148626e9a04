// A headless Chromium for the Node-side tests, and a page that records what a webmaster would see
// in the console: errors, warnings, uncaught exceptions, failed requests and CSP violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/lib/find-chrome.mjs';

export async function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chromium or Chrome found (set CHROME_PATH)');
  return puppeteer.launch({ executablePath, args: CHROME_ARGS });
}

/** A new page, and the list its console problems are collected into. */
export async function recordingPage(browser, { width = 1024, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning')
      problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on the whole page, shadow roots included, as the browser tests run it on each widget.
 * Evaluated through DevTools, which a page's CSP does not govern, so it runs under the strict one.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
