// Headless Chromium for the WordPress tests: a visitor's page (what the console said, what failed to
// load) and the widgets' own state, read through their shadow roots.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../../../scripts/lib/find-chrome.mjs';

export async function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found (CHROME_PATH, or apt-get install -y chromium).');
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
}

/**
 * Opens `url` in a page of its own browser context (its own cookies: a visitor, unless `cookies`
 * log it in) and waits for the widgets: `ready` true waits until each shows its data or a message,
 * 'defined' only until each has drawn. Returns the page, what happened (console warnings and
 * errors, uncaught errors, failed requests, HTTP errors) and close().
 */
export async function visit(browser, url, { cookies = [], ready = true, width = 1280 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  if (cookies.length) await page.setCookie(...cookies);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'warn' || m.type() === 'error' || m.type() === 'warning')
      problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`failed request: ${r.url().slice(0, 200)} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url().slice(0, 200)}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  if (ready === 'defined') await widgetsDrawn(page);
  else if (ready) await widgetsReady(page);
  return { page, problems, close: () => context.close() };
}

/**
 * Every widget is defined and has its shadow root, then a moment to draw. (An article whose slug
 * and src were both refused draws nothing at all, by design.)
 */
export async function widgetsDrawn(page, timeout = 20000) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('recovery-article, related-posts, support-group-finder, recovery-cta')].every(
        (el) => customElements.get(el.localName) && el.shadowRoot,
      ),
    { timeout, polling: 50 },
  );
  await new Promise((r) => setTimeout(r, 300));
}

/** Every widget is defined and shows data or a message: no skeleton, placeholder or loading part. */
export async function widgetsReady(page, timeout = 20000) {
  await page.waitForFunction(
    () => {
      const tags = ['recovery-article', 'related-posts', 'support-group-finder', 'recovery-cta'];
      const widgets = [...document.querySelectorAll(tags.join(','))];
      return widgets.every((el) => {
        const root = el.shadowRoot;
        if (!customElements.get(el.localName) || !root?.childElementCount) return false;
        if (root.querySelector('[part~="skeleton"], [part~="loading"], [part~="placeholder"]')) return false;
        if (el.localName === 'support-group-finder' && el.hasAttribute('src'))
          return !!root.querySelector('[part~="meeting"], [part~="error"], [part~="empty"]');
        return true;
      });
    },
    { timeout, polling: 50 },
  );
}

/** Text and links of the first `tag` on the page, from its shadow root. */
export function widget(page, tag) {
  return page.evaluate((tag) => {
    const el = document.querySelector(tag);
    const root = el?.shadowRoot;
    if (!root) return null;
    const parts = (name) => [...root.querySelectorAll(`[part~="${name}"]`)];
    return {
      text: root.textContent.replace(/\s+/g, ' ').trim(),
      links: [...root.querySelectorAll('a[href]')].map((a) => a.href),
      partCounts: Object.fromEntries(
        ['meeting', 'item', 'toc', 'title', 'directory', 'action', 'error', 'message', 'note'].map((n) => [
          n,
          parts(n).length,
        ]),
      ),
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      provider: Object.fromEntries(
        [...(el.closest('recovery-provider')?.attributes ?? [])].map((a) => [a.name, a.value]),
      ),
    };
  }, tag);
}

/** The browser's cookies for a logged-in HTTP client, so Chromium is logged in as that user. */
export function cookiesFor(client) {
  const url = new URL(client.base);
  return [...client.cookies].map(([name, value]) => ({
    name,
    value: decodeURIComponent(value),
    domain: url.hostname,
    path: '/',
  }));
}
