import { expect } from '@open-wc/testing';
import { closePages, openSrcdoc, until, type PageWindow } from '../helpers/frame.js';
import { $$ } from '../helpers/shadow.js';

/**
 * The drop-in script (a classic script) imports the meeting engine with a relative
 * specifier. For a classic script the specifier resolves against the script's own URL (the URL it
 * was fetched from), never the page's base URL, so neither a partner's `<base href>` nor one an
 * attacker manages to inject into the page (HTML injection without script) can move the engine
 * import to another folder or host.
 */
const ENGINE = 'recovery-widgets.meetings.js';
const FEED = '/test/fixtures/feeds/edmonton-aa.json';
const FINDER = `<support-group-finder src="${FEED}"></support-group-finder>`;

const paths = (win: PageWindow, test: (name: string) => boolean) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter(test)
    .map((name) => new URL(name).pathname);

async function meetingsShown(win: PageWindow) {
  await win.customElements.whenDefined('support-group-finder');
  const finder = win.document.querySelector('support-group-finder')!;
  await until(() => $$(finder, '[part~="meeting"]').length > 0, 15000);
}

async function expectEngineBesideScript(win: PageWindow, folder = '/dist/') {
  await meetingsShown(win);
  expect(paths(win, (n) => n.includes(ENGINE))).to.deep.equal([`${folder}${ENGINE}`]);
  expect(
    paths(win, (n) => n.includes('/elsewhere/')),
    'nothing fetched from the injected base',
  ).to.deep.equal([]);
  expect(win.__record.errors).to.deep.equal([]);
}

describe('where the drop-in script imports the meeting engine from', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('control: without <base>, beside the script', async () => {
    const win = await openSrcdoc('<script src="/dist/recovery-widgets.js"></script>', FINDER);
    await expectEngineBesideScript(win);
  });

  for (const mode of ['', ' defer', ' async']) {
    it(`<base href="/elsewhere/"> before a plain${mode} script does not move the engine`, async () => {
      const win = await openSrcdoc(
        `<base href="/elsewhere/"><script src="/dist/recovery-widgets.js"${mode}></script>`,
        FINDER,
      );
      expect(win.document.baseURI).to.match(/\/elsewhere\/$/);
      await expectEngineBesideScript(win);
    });
  }

  it('a <base> that appears after the script (injected into the body) does not move the engine', async () => {
    const win = await openSrcdoc(
      '<script src="/dist/recovery-widgets.js" defer></script>',
      `${FINDER}<base href="/elsewhere/">`,
    );
    expect(win.document.baseURI).to.match(/\/elsewhere\/$/);
    await expectEngineBesideScript(win);
  });

  it('a <base> added by script after the widgets loaded, before the engine import, does not move it', async () => {
    // The finder is created only after the new <base>, so its engine import certainly comes later.
    // Its feed URL is absolute: a feed `src` is the partner's own attribute and does follow <base>.
    const win = await openSrcdoc(
      '<script src="/dist/recovery-widgets.js"></script>',
      `<script>
        const b = document.createElement('base');
        b.href = 'https://attacker.invalid/x/';
        document.head.prepend(b);
        const f = document.createElement('support-group-finder');
        f.setAttribute('src', ${JSON.stringify(location.origin + FEED)});
        document.body.append(f);
      </script>`,
    );
    expect(win.document.baseURI).to.equal('https://attacker.invalid/x/');
    await meetingsShown(win);
    expect(paths(win, (n) => n.includes(ENGINE))).to.deep.equal([`/dist/${ENGINE}`]);
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('attacker.invalid')),
    ).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('a relative script src follows <base>, and the engine follows the script', async () => {
    const win = await openSrcdoc('<base href="/dist/"><script src="recovery-widgets.js"></script>', FINDER);
    await expectEngineBesideScript(win);
  });

  it('an inline-looking copy is not how the script is meant to be used: the files it imports then resolve against the page base', async () => {
    // Documents the one case where <base> matters: a site optimizer that inlines the script's text
    // into an inline <script> (or anyone eval()ing it). An inline classic script's base URL is the
    // document's base URL, so the import goes to <base>'s folder.
    const source = await (await fetch('/dist/recovery-widgets.js')).text();
    const win = await openSrcdoc('<base href="/elsewhere/">', FINDER);
    const s = win.document.createElement('script');
    s.textContent = source.replace(/\/\/# sourceMappingURL=.*$/m, '');
    win.document.head.append(s);
    await win.customElements.whenDefined('support-group-finder');
    // The first file it imports beside itself is the finder's feed mode (which then imports the engine).
    const feedMode = 'recovery-widgets.finder.js';
    await until(() => paths(win, (n) => n.includes(feedMode)).length > 0, 15000);
    expect(paths(win, (n) => n.includes(feedMode))[0]).to.equal(`/elsewhere/${feedMode}`);
  });
});
