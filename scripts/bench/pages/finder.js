// Runs inside the benchmark page: mounts one finder on the feed named in ?feed=, and records
// (1) the feed's arrival (responseEnd of its request) to the first painted results, and
// (2) for each keystroke in the search box, keydown to the updated list painted.
const feed = new URLSearchParams(location.search).get('feed');
const bench = (window.__bench = { firstResults: undefined, keystrokes: [], error: undefined });
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const el = document.createElement('support-group-finder');
el.setAttribute('src', feed);
el.setAttribute('timezone', 'America/New_York');
document.body.append(el);

const arrival = () => performance.getEntriesByType('resource').find((e) => e.name.includes(feed))?.responseEnd;
// Read in the animation frame that first finds rows: that frame paints them. (Waiting for one
// more frame, as this page did before 2026-12-07, added a frame, and while a large feed is still
// being read the next frame can come late even though the rows are already on screen.)
void (async function watchFirstResults() {
  for (;;) {
    // performance.now(), not the callback's argument: that is the frame's start, which a busy main
    // thread can leave far behind.
    const at = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    if (el.shadowRoot?.querySelector('[part~="meeting"]')) {
      // The feed's resource entry can be recorded a moment after its data is used.
      while (arrival() === undefined) await new Promise((r) => setTimeout(r, 10));
      bench.firstResults = at - arrival();
      break;
    }
  }
})();

let keydownAt;
// Only typed characters count; the Backspace that clears the box between words does not.
document.addEventListener('keydown', (e) => (keydownAt = e.key.length === 1 ? performance.now() : undefined), true);
document.addEventListener(
  'input',
  async () => {
    const start = keydownAt;
    if (start === undefined) return;
    await el.updateComplete;
    await frame();
    bench.keystrokes.push(performance.now() - start);
  },
  true,
);
