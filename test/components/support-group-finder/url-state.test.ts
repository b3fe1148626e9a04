import { expect } from '@open-wc/testing';
import { readUrl, writeUrl, emptyFilters } from '../../../src/components/support-group-finder/url-state.js';
import { recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $ } from '../../helpers/shadow.js';
import { FEEDS, check, finder, focused, loaded, names, settle } from './helpers.js';

const EDGE = `${FEEDS}/edge-cases.json`;

describe('<support-group-finder sync-url>', () => {
  let log: ConsoleRecord;
  const original = location.href;
  const { pushState, replaceState } = history;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => {
    log.restore();
    Object.assign(history, { pushState, replaceState });
    history.replaceState(null, '', original);
  });

  it('keeps the host page’s own parameters and hash byte for byte', () => {
    const href = 'https://clinic.example/find?q=a%20b&flag&rw-day=1#top';
    const out = writeUrl(href, { filters: { ...emptyFilters(), days: [0, 6], query: 'al anon' }, meeting: '0:x' });
    // The search text never goes into the address (privacy); the other filters do.
    expect(out).to.equal('https://clinic.example/find?q=a%20b&flag&rw-day=0%2C6&rw-meeting=0%3Ax#top');
    const back = readUrl(out);
    expect(back.filters.days).to.deep.equal([0, 6]);
    expect(back.filters.query).to.equal('');
    expect(readUrl('https://clinic.example/find?rw-q=al+anon').filters.query, 'a crafted link is still read').to.equal(
      'al anon',
    );
    expect(back.meeting).to.equal('0:x');
    expect(writeUrl(out, { filters: emptyFilters() })).to.equal('https://clinic.example/find?q=a%20b&flag#top');
  });

  it('ignores values it does not know', () => {
    const s = readUrl('https://x.example/?rw-day=1,9,x&rw-time=noon,evening&rw-mode=online,telepathy');
    expect(s.filters.days).to.deep.equal([1]);
    expect(s.filters.times).to.deep.equal(['evening']);
    expect(s.filters.modes).to.deep.equal(['online']);
  });

  it('reads filters from the URL, writes changes with replaceState, and opens meetings with pushState', async () => {
    history.replaceState(null, '', `${location.pathname}?host=1&rw-day=6#keep`);
    // Count calls rather than read history.length: Chromium caps it at 50 in a long test run.
    const calls = { push: 0, replace: 0 };
    const push = history.pushState.bind(history);
    const replace = history.replaceState.bind(history);
    history.pushState = (...args: Parameters<History['pushState']>) => (calls.push++, push(...args));
    history.replaceState = (...args: Parameters<History['replaceState']>) => (calls.replace++, replace(...args));
    const el = await loaded(await finder(EDGE, { extra: { 'sync-url': '' } }));
    expect(names(el)).to.have.members(['Saturday 10am', 'Saturday 7pm', 'Saturday 8pm']);
    check(el, 'filter-days', 'Sunday');
    await settle(el);
    await until(() => location.search === '?host=1&rw-day=0%2C6', 2000);
    expect(location.hash).to.equal('#keep');
    expect(calls.push, 'filter changes replace the entry').to.equal(0);
    expect(calls.replace, 'filter changes replace the entry').to.be.greaterThan(0);

    const button = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="meeting-name"]')].find(
      (b) => b.textContent === 'Saturday 7pm',
    )!;
    button.click();
    await settle(el);
    expect(new URL(location.href).searchParams.get('rw-meeting')).to.equal('0:saturday-7pm');
    expect(calls.push, 'opening a meeting is a new entry').to.equal(1);

    history.back();
    await until(() => !$(el, '[part~="detail"]'), 3000);
    await settle(el);
    expect(focused(el)?.textContent).to.equal('Saturday 7pm');
    expect(new URL(location.href).searchParams.get('rw-meeting')).to.equal(null);

    history.forward();
    await until(() => $(el, '[part~="detail"]'), 3000);
    expect($(el, '[part~="detail-heading"]')!.textContent).to.equal('Saturday 7pm');
  });

  it('without sync-url, a shared meeting link still opens that meeting', async () => {
    history.replaceState(null, '', `${location.pathname}?rw-meeting=0%3Asunday-8am`);
    const el = await loaded(await finder(EDGE));
    await until(() => $(el, '[part~="detail"]'), 3000);
    expect($(el, '[part~="detail-heading"]')!.textContent).to.equal('Sunday 8am');
  });

  it('opens the meeting named in the URL once the feed has loaded', async () => {
    history.replaceState(null, '', `${location.pathname}?rw-meeting=0%3Asunday-8am`);
    const el = await loaded(await finder(EDGE, { extra: { 'sync-url': '' } }));
    await until(() => $(el, '[part~="detail"]'), 3000);
    expect($(el, '[part~="detail-heading"]')!.textContent).to.equal('Sunday 8am');
  });

  it('leaves the URL alone without sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}?rw-day=6`);
    const el = await loaded(await finder(EDGE));
    expect(names(el)).to.have.length(9);
    check(el, 'filter-days', 'Sunday');
    await settle(el);
    await new Promise((r) => setTimeout(r, 400));
    expect(location.search).to.equal('?rw-day=6');
  });
});
