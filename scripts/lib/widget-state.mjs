// Whether a page's widgets have finished loading, as a visitor would judge it: every widget is
// defined, and none still shows a loading shape or an error. Used by `npm run screenshots` (which
// must never capture a skeleton) and by the release tests. `widgetStates` runs in the page
// (puppeteer's page.evaluate), so it uses nothing from this module's scope.

/**
 * One entry per widget on the page: `{ widget, state, detail }`, state `ready` when done. `win`
 * is the page's window (a test's iframe); puppeteer calls it with none, in the page itself.
 */
export function widgetStates(win = window) {
  const { document, customElements } = win;
  const TAGS = ['recovery-article', 'related-posts', 'support-group-finder', 'recovery-cta'];
  const BUSY =
    '[aria-busy="true"], [part~="skeleton"], [part~="loading"], [part~="loading-more"], [part~="placeholder"]';
  // The finder's feed and setting problems, and the article's "cannot be shown" message (in the
  // call to action, `message` is its tagline).
  const FAILED = { 'support-group-finder': '[part~="error"]', 'recovery-article': '[part~="message"]' };
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
  const counts = {};
  return [...document.querySelectorAll(TAGS.join(','))].map((el) => {
    const tag = el.localName;
    counts[tag] = (counts[tag] ?? 0) + 1;
    const widget = `<${tag}${el.id ? ` id="${el.id}"` : ''}>${counts[tag] > 1 ? ` #${counts[tag]}` : ''}`;
    if (!customElements.get(tag) || !el.matches(':defined')) {
      return { widget, state: 'undefined', detail: 'not defined: the script has not run (yet)' };
    }
    const root = el.shadowRoot;
    if (!root || root.childElementCount === 0) return { widget, state: 'loading', detail: 'nothing drawn yet' };
    const failed = FAILED[tag] && root.querySelector(FAILED[tag]);
    if (failed) return { widget, state: 'error', detail: text(failed) };
    const busy = root.querySelector(BUSY);
    if (busy) return { widget, state: 'loading', detail: `part="${busy.getAttribute('part') ?? ''}"` };
    if (tag === 'recovery-article' && !root.querySelector('[part~="body"]')) {
      return { widget, state: 'loading', detail: 'no article text yet' };
    }
    // Related posts say "could not load" and "no related articles" in the same status part.
    if (tag === 'related-posts' && !root.querySelector('[part~="item"]')) {
      return { widget, state: 'error', detail: text(root.querySelector('[part~="status"]')) || 'no articles' };
    }
    return { widget, state: 'ready', detail: '' };
  });
}

/**
 * Waits (polling, never a fixed delay) until every widget on `page` is ready, then for an idle
 * moment and two frames so what is on screen is drawn. Resolves with the states; rejects with a
 * message naming each widget that is still loading after `timeout` ms, or that shows an error.
 */
export async function waitForWidgets(page, { timeout = 30000, label = page.url() } = {}) {
  const start = Date.now();
  let states = [];
  let readyTwice = 0;
  for (;;) {
    states = await page.evaluate(widgetStates);
    const errors = states.filter((s) => s.state === 'error');
    if (errors.length)
      throw new Error(`${label}: ${errors.map((s) => `${s.widget} shows an error: ${s.detail}`).join('; ')}`);
    // Twice in a row, 100 ms apart: a widget between two steps of its work is not "done".
    readyTwice = states.length && states.every((s) => s.state === 'ready') ? readyTwice + 1 : 0;
    if (readyTwice === 2) break;
    if (Date.now() - start > timeout) {
      const late = states.filter((s) => s.state !== 'ready');
      throw new Error(
        `${label}: after ${timeout / 1000} s, ${
          late.length ? late.map((s) => `${s.widget} is ${s.state} (${s.detail})`).join('; ') : 'no widget on the page'
        }`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(done)), { timeout: 2000 }),
      ),
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return states;
}
