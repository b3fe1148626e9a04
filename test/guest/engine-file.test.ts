import { expect } from '@open-wc/testing';
import { closePages, openSrcdoc, until, type PageWindow } from '../helpers/frame.js';
import { $, $$, text } from '../helpers/shadow.js';
import { VERSION } from '../../src/util/version.js';

/**
 * The drop-in script imports the meeting engine (`recovery-widgets.meetings.js`, beside it) only
 * for a finder with feeds. These pages load the built files the way a partner's site does.
 */
const ENGINE = 'recovery-widgets.meetings.js';
const FEED = '/test/fixtures/feeds/massachusetts-al-anon.json';

/** A partner page with the call to action beside the given widgets, loading `script` deferred. */
async function openPage(body: string, script = '/dist/recovery-widgets.js'): Promise<PageWindow> {
  const win = await openSrcdoc(
    `<script src="${script}" defer></script>`,
    `<recovery-cta organization="Page Clinic"></recovery-cta>${body}`,
  );
  await win.customElements.whenDefined('recovery-cta');
  return win;
}

const isEngine = (e: PerformanceEntry) => new URL(e.name).pathname.endsWith(ENGINE);
const engineRequests = (win: PageWindow) => win.performance.getEntriesByType('resource').filter(isEngine).length;

describe('the meeting engine file', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('is not downloaded by pages without feeds (articles, call to action, the directory)', async () => {
    const win = await openPage('<support-group-finder></support-group-finder>');
    const finder = win.document.querySelector('support-group-finder')!;
    await until(() => $(finder, '[part~="directory"]'));
    // Give a stray import time to show up before asserting it never happened.
    await new Promise((r) => setTimeout(r, 300));
    expect(engineRequests(win)).to.equal(0);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('is imported beside the script by a finder with feeds, once for all finders', async () => {
    const win = await openPage(
      `<support-group-finder src="${FEED}" fellowship="al-anon"></support-group-finder>
       <support-group-finder src="/test/fixtures/feeds/edmonton-aa.json"></support-group-finder>`,
    );
    const [a, b] = win.document.querySelectorAll('support-group-finder');
    await until(() => $$(a, '[part~="meeting"]').length && $$(b, '[part~="meeting"]').length, 15000);
    const entries = win.performance.getEntriesByType('resource').filter(isEngine);
    // Stamped with the release, so a cached engine of another release is never used.
    expect(entries.map((e) => new URL(e.name).pathname + new URL(e.name).search)).to.deep.equal([
      `/dist/${ENGINE}?v=${VERSION}`,
    ]);
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.warn).to.deep.equal([]);
  });

  it('missing beside the script: a clear message and a console hint, the rest of the page works, Try again recovers', async () => {
    const key = `engine-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const win = await openPage(
      `<support-group-finder src="${FEED}" fellowship="al-anon"></support-group-finder>`,
      `/faults/script/${key}/recovery-widgets.js`,
    );
    const finder = win.document.querySelector('support-group-finder')!;
    const alert = (await until(() => $(finder, '[part~="error"]'), 15000))!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(finder)).to.include('Meetings from localhost');
    expect(text(finder)).to.include('this site’s copy of the meeting finder is incomplete');
    const hints = win.__record.warn.filter((m) => m.includes(ENGINE));
    expect(hints.length, win.__record.warn.join('\n')).to.equal(1);
    expect(hints[0]).to.include('<support-group-finder>');
    expect(hints[0]).to.include('script-src');
    expect(win.__record.errors, 'no uncaught error').to.deep.equal([]);
    // Nothing else broke: the call to action beside it rendered.
    const cta = win.document.querySelector('recovery-cta')!;
    expect(text(cta)).to.include('Page Clinic');

    await fetch(`/faults/heal/${key}`);
    ($(finder, '[part~="retry"]') as HTMLButtonElement).click();
    await until(() => $$(finder, '[part~="meeting"]').length > 10 && !$(finder, '[part~="error"]'), 15000);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it("the finder's feed mode missing beside the script: the same calm message, a console hint, Try again recovers", async () => {
    const key = `finder-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const win = await openPage(
      `<support-group-finder src="${FEED}" fellowship="al-anon"></support-group-finder>`,
      `/faults/script/${key}/recovery-widgets.js`,
    );
    const finder = win.document.querySelector('support-group-finder')!;
    const alert = (await until(() => $(finder, '[part~="error"]'), 15000))!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(finder)).to.include('this site’s copy of the meeting finder is incomplete');
    // A way forward meanwhile: someone to talk to now (the help block is in the script itself), and
    // the fellowships' own finders.
    const help = $$(finder, '[part~="help-link"]').map((a) => a.getAttribute('href'));
    expect(help).to.include('tel:988').and.include('sms:988');
    expect($$(finder, '[part~="directory-links"] a').length).to.be.greaterThan(3);
    const hints = win.__record.warn.filter((m) => m.includes('recovery-widgets.finder.js'));
    expect(hints.length, win.__record.warn.join('\n')).to.equal(1);
    expect(hints[0]).to.include('<support-group-finder>').and.include('must sit beside recovery-widgets.js');
    expect(win.__record.errors, 'no uncaught error').to.deep.equal([]);
    expect(text(win.document.querySelector('recovery-cta')!)).to.include('Page Clinic');

    await fetch(`/faults/heal/${key}`);
    ($(finder, '[part~="retry"]') as HTMLButtonElement).click();
    await until(() => $$(finder, '[part~="meeting"]').length > 10 && !$(finder, '[part~="error"]'), 15000);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('from another release (a stale cache): refused with the same message, naming both versions', async () => {
    const key = `stale-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    await fetch(`/faults/heal/${key}`);
    const win = await openPage(
      `<support-group-finder src="${FEED}" fellowship="al-anon"></support-group-finder>`,
      `/faults/script/${key}/recovery-widgets.js`,
    );
    const finder = win.document.querySelector('support-group-finder')!;
    await until(() => $(finder, '[part~="error"]'), 15000);
    expect(text(finder)).to.include('this site’s copy of the meeting finder is incomplete');
    const hint = win.__record.warn.find((m) => m.includes(ENGINE))!;
    expect(hint).to.include('version 0.0.0-other').and.include('from the same release');
    expect($$(finder, '[part~="meeting"]')).to.have.length(0);
    expect(win.__record.errors).to.deep.equal([]);
  });
});
