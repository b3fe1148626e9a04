import { expect } from '@open-wc/testing';
import { closePages, openSrcdoc, until, type PageWindow } from '../helpers/frame.js';

/**
 * The drop-in learns "its own folder", where article data lives, from the URL it was fetched from
 * (an Error's stack names it), not from `document.currentScript.src`, which re-resolves the
 * attribute against the page's base URL when read, and not by looking for a `script[src]` with our
 * file name. Before that fix (found in a security review), markup injected anywhere in the page
 * (a `<base href>`, or an inert `<script type="text/plain" src=".../recovery-widgets.js">`) chose
 * where articles were read from, on any origin that answers with CORS. The engine import was never
 * affected (engine-url.test.ts): it resolves against the script's real URL.
 */
const ARTICLE = '<recovery-article slug="five-herbs-to-aid-recovery"></recovery-article>';
const SLUG = 'five-herbs';

const paths = (win: PageWindow, part: string) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes(part))
    .map((n) => new URL(n).pathname);

async function articlePaths(win: PageWindow) {
  await win.customElements.whenDefined('recovery-article');
  await until(() => paths(win, SLUG).length > 0, 15000);
  return paths(win, SLUG);
}

describe('injected markup does not move where articles are read from', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('control: a deferred script with a relative src reads articles beside itself', async () => {
    const win = await openSrcdoc('<script src="dist/recovery-widgets.js" defer></script>', ARTICLE);
    expect(await articlePaths(win)).to.deep.equal(['/dist/content/en/five-herbs-to-aid-recovery.json']);
  });

  it('a <base> injected after a deferred script (relative src)', async () => {
    const win = await openSrcdoc(
      '<script src="dist/recovery-widgets.js" defer></script>',
      `${ARTICLE}<base href="/elsewhere/">`,
    );
    expect(paths(win, '/recovery-widgets.js')).to.include('/dist/recovery-widgets.js');
    expect(await articlePaths(win)).to.deep.equal(['/dist/content/en/five-herbs-to-aid-recovery.json']);
  });

  it('an inert look-alike <script type="text/plain"> injected after a module include', async () => {
    const win = await openSrcdoc(
      '<script type="module" src="/dist/recovery-widgets.js"></script>',
      `${ARTICLE}<script type="text/plain" src="/elsewhere/recovery-widgets.js"></script>`,
    );
    expect(await articlePaths(win)).to.deep.equal(['/dist/content/en/five-herbs-to-aid-recovery.json']);
  });

  it('the look-alike may name another origin: the page then asks that origin for the article', async () => {
    const other = `http://127.0.0.1:${location.port}/evil/recovery-widgets.js`;
    const win = await openSrcdoc(
      '<script type="module" src="/dist/recovery-widgets.js"></script>',
      `${ARTICLE}<script type="text/plain" src="${other}"></script>`,
    );
    await win.customElements.whenDefined('recovery-article');
    // Either a request shows in resource timing or the article's load failure names the URL.
    const told = () => [...win.__record.warn, ...win.__record.error].join('\n');
    await until(() => paths(win, SLUG).length > 0 || told().includes(SLUG), 15000);
    expect(told(), 'no request to another origin').not.to.include('127.0.0.1');
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('127.0.0.1')),
    ).to.deep.equal([]);
  });

  // Supports the proposed fix: the stack of an Error made while the script runs names the URL the
  // script was fetched from, whatever <base> the page has by then.
  it("proposed fix holds: the running script's stack names its fetched URL despite a late <base>", async () => {
    const win = await openSrcdoc(
      '<script src="test/fixtures/scripts/where-am-i.js" defer></script>',
      '<base href="/elsewhere/">',
    );
    const seen = (await until(
      () => (win as unknown as { __whereAmI?: { stack: string; currentSrc: string } }).__whereAmI,
    ))!;
    expect(new URL(seen.currentSrc).pathname, 'what currentScript.src says').to.equal(
      '/elsewhere/test/fixtures/scripts/where-am-i.js',
    );
    const url = /(https?:\/\/\S+?)(?=:\d+:\d+\)?$)/m.exec(seen.stack)?.[1];
    expect(url && new URL(url).pathname, seen.stack).to.equal('/test/fixtures/scripts/where-am-i.js');
  });
});

/**
 * `document.currentScript` is a property the page's own markup can replace: an element named
 * "currentScript" (an <img>, <form>, <iframe>, <embed> or <object>) shadows it on `document`.
 * Before the fix, whenever the stack named no .js file (a script served as /widgets.php?ver=1, or a
 * page that set `Error.stackTraceLimit = 0`), such an element chose where articles were read from.
 */
describe('an element named "currentScript" does not move where articles are read from', function () {
  this.timeout(30000);
  afterEach(closePages);
  const evil = `http://127.0.0.1:${location.port}/evil/`;
  const noStack = '<script>Error.stackTraceLimit = 0</script>';
  const toOtherOrigin = (win: PageWindow) =>
    win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('127.0.0.1'));

  it('a script served as /widgets.php?ver=1 after <img name="currentScript">: articles beside the script', async () => {
    const win = await openSrcdoc(
      `<img name="currentScript" src="${evil}x.png"><script src="/faults/cdn/widgets.php?ver=1"></script>`,
      ARTICLE,
    );
    expect(await articlePaths(win)).to.deep.equal(['/faults/cdn/content/en/five-herbs-to-aid-recovery.json']);
    expect(toOtherOrigin(win).filter((n) => !n.endsWith('x.png'))).to.deep.equal([]);
  });

  for (const clobber of [
    `<img name="currentScript" src="${evil}x.png">`,
    `<form name="currentScript" action="${evil}"></form>`,
    `<embed name="currentScript" src="${evil}x.png">`,
    `<iframe name="currentScript" src="about:blank"></iframe>`,
  ]) {
    it(`a page with Error.stackTraceLimit = 0 and ${clobber.slice(0, clobber.indexOf(' src') > 0 ? clobber.indexOf(' src') : 30)}>`, async () => {
      const win = await openSrcdoc(`${noStack}${clobber}<script src="/dist/recovery-widgets.js"></script>`, ARTICLE);
      expect(await articlePaths(win)).to.deep.equal(['/dist/content/en/five-herbs-to-aid-recovery.json']);
      expect(toOtherOrigin(win).filter((n) => !n.endsWith('x.png'))).to.deep.equal([]);
      expect(win.__record.errors).to.deep.equal([]);
    });
  }

  it('a hidden stack and a <base> injected after a deferred script: never the injected origin', async () => {
    const win = await openSrcdoc(
      `${noStack}<script src="dist/recovery-widgets.js" defer></script>`,
      `${ARTICLE}<base href="${evil}">`,
    );
    await win.customElements.whenDefined('recovery-article');
    const told = () => [...win.__record.warn, ...win.__record.error].join('\n');
    // The script's own URL cannot be confirmed, so the page's own site is asked, and says no.
    await until(() => paths(win, SLUG).length > 0 || told().includes(SLUG), 15000);
    expect(paths(win, SLUG)).to.deep.equal(['/content/en/five-herbs-to-aid-recovery.json']);
    expect(toOtherOrigin(win)).to.deep.equal([]);
    expect(told()).not.to.include('127.0.0.1');
  });
});
