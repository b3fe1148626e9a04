import { expect } from '@open-wc/testing';
import type { FeedSnapshot } from '../../../../src/components/support-group-finder/controllers/feeds-controller.js';
import { FilterState } from '../../../../src/components/support-group-finder/controllers/filter-state.js';
import type { Engine } from '../../../../src/components/support-group-finder/load-engine.js';
import * as engine from '../../../../src/meetings/engine.js';
import type { MeetingIndex } from '../../../../src/meetings/search.js';
import { fakeClock, mountHost, removeHosts } from './host.js';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The nine meetings of edge-cases.json as the feeds controller hands them over, counting searches. */
async function snapshotOfEdgeCases() {
  const json = await (await fetch('/test/fixtures/feeds/edge-cases.json')).json();
  const meetings = engine.mergeFeeds([engine.normalizeFeed(json, 'edge', { sourceIndex: 0, timezone: ZONE })]);
  const searches: unknown[] = [];
  const counting = {
    ...engine,
    filterMeetings: (index: MeetingIndex, filters: Parameters<Engine['filterMeetings']>[1]) => {
      searches.push(filters);
      return engine.filterMeetings(index, filters);
    },
  } as Engine;
  let index: MeetingIndex | undefined;
  const snapshot: FeedSnapshot = {
    engine: counting,
    meetings,
    byId: new Map(meetings.map((m) => [m.id, m])),
    index: () => (index ??= engine.buildIndex(meetings)),
    config: 1,
  };
  return { snapshot, searches };
}

/**
 * Watches the page's history calls (they still happen: the address is real), and puts the address
 * back afterwards.
 */
function watchHistory() {
  const original = location.href;
  const { pushState, replaceState } = history;
  const calls: Array<['push' | 'replace', string]> = [];
  history.pushState = function (data, unused, url) {
    calls.push(['push', String(url)]);
    pushState.call(this, data, unused, url);
  };
  history.replaceState = function (data, unused, url) {
    calls.push(['replace', String(url)]);
    replaceState.call(this, data, unused, url);
  };
  return {
    calls,
    restore() {
      history.pushState = pushState;
      history.replaceState = replaceState;
      history.replaceState(null, '', original);
    },
  };
}

/** The address with the widget's keys `query` (and the page's own keys as they were). */
const withQuery = (query: string) => {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('rw-')) url.searchParams.delete(key);
  return `${url.pathname}${url.search ? `${url.search}&` : '?'}${query}`;
};

const params = () => new URL(location.href).searchParams;

describe('FilterState', () => {
  let urls: ReturnType<typeof watchHistory>;
  let settled: Array<[number, boolean]>;
  let history_: Array<[string | undefined, string | undefined]>;

  let clock: ReturnType<typeof fakeClock>;
  beforeEach(() => {
    clock = fakeClock();
    urls = watchHistory();
    settled = [];
    history_ = [];
  });
  afterEach(() => {
    removeHosts();
    urls.restore();
    clock.restore();
  });

  const filtersOn = (syncUrl: boolean) =>
    mountHost(
      (h) =>
        new FilterState(h, {
          onSettled: (count, userChange) => settled.push([count, userChange]),
          onHistory: (was, now) => history_.push([was, now]),
        }),
      { syncUrl },
    );

  describe('reading the address', () => {
    const shared = 'rw-day=1,3&rw-mode=online&rw-type=O&rw-q=step&rw-meeting=0:monday-7pm';

    it('with sync-url: the filters, the search and the open meeting', async () => {
      history.replaceState(null, '', withQuery(shared));
      const { controller } = await filtersOn(true);
      expect(controller.filters).to.deep.include({ days: [1, 3], modes: ['online'], types: ['O'], query: 'step' });
      expect(controller.filters.km).to.equal(0);
      expect(controller.openId).to.equal('0:monday-7pm');
    });

    it('without sync-url: only a shared meeting link', async () => {
      history.replaceState(null, '', withQuery(shared));
      const { controller } = await filtersOn(false);
      expect(controller.filters).to.deep.include({ days: [], modes: [], types: [], query: '' });
      expect(controller.openId).to.equal('0:monday-7pm');
    });

    it('once, at the first update', async () => {
      const { host, controller } = await filtersOn(true);
      history.replaceState(null, '', withQuery('rw-day=5'));
      host.requestUpdate();
      await host.updateComplete;
      expect(controller.filters.days).to.deep.equal([]);
    });
  });

  describe('changing the filters', () => {
    it('with sync-url: one replaceState once typing pauses, without the search text', async () => {
      const { host, controller } = await filtersOn(true);
      host.updates = 0;
      controller.set({ days: [1] });
      controller.set({ days: [1, 2] });
      controller.set({ query: 'walk' });
      expect(host.updates).to.equal(3);
      clock.tick(249);
      expect(urls.calls).to.deep.equal([]);
      clock.tick(1);
      clock.tick(1000);
      expect(urls.calls.map(([kind]) => kind)).to.deep.equal(['replace']);
      expect(params().get('rw-day')).to.equal('1,2');
      expect(params().has('rw-q')).to.equal(false);
      controller.clear();
      expect(controller.filters).to.deep.include({ days: [], query: '' });
      clock.tick(250);
      expect(urls.calls).to.have.length(2);
      expect(params().has('rw-day')).to.equal(false);
    });

    it('without sync-url: the address is left alone', async () => {
      const before = location.href;
      const { host, controller } = await filtersOn(false);
      host.updates = 0;
      controller.set({ days: [1] });
      controller.clear();
      expect(host.updates).to.equal(2);
      clock.tick(1000);
      expect(urls.calls).to.deep.equal([]);
      expect(location.href).to.equal(before);
    });

    it('a host taken out of the page writes nothing later', async () => {
      const { host, controller } = await filtersOn(true);
      controller.set({ days: [4] });
      host.remove();
      clock.tick(1000);
      expect(urls.calls).to.deep.equal([]);
    });
  });

  describe('opening a meeting', () => {
    it('with sync-url: a new history entry each way, the filters kept, a pending replace dropped', async () => {
      const { host, controller } = await filtersOn(true);
      controller.set({ days: [2] });
      host.updates = 0;
      controller.open('0:saturday-8pm');
      expect(controller.openId).to.equal('0:saturday-8pm');
      expect(host.updates).to.equal(1);
      expect(urls.calls.map(([kind]) => kind)).to.deep.equal(['push']);
      expect(params().get('rw-meeting')).to.equal('0:saturday-8pm');
      expect(params().get('rw-day')).to.equal('2');
      controller.close();
      expect(controller.openId).to.equal(undefined);
      expect(urls.calls.map(([kind]) => kind)).to.deep.equal(['push', 'push']);
      expect(params().has('rw-meeting')).to.equal(false);
      expect(params().get('rw-day')).to.equal('2');
      clock.tick(1000);
      expect(urls.calls).to.have.length(2);
    });

    it('without sync-url: the meeting opens and closes, the history is left alone', async () => {
      const { host, controller } = await filtersOn(false);
      host.updates = 0;
      controller.open('0:saturday-8pm');
      expect(controller.openId).to.equal('0:saturday-8pm');
      controller.close();
      expect(controller.openId).to.equal(undefined);
      expect(host.updates).to.equal(2);
      expect(urls.calls).to.deep.equal([]);
    });
  });

  describe('Back and Forward (popstate)', () => {
    const back = (query: string) => {
      history.replaceState(null, '', withQuery(query));
      dispatchEvent(new PopStateEvent('popstate'));
    };

    it('with sync-url: reads the address again and says which meeting was and is open', async () => {
      const { host, controller } = await filtersOn(true);
      controller.open('0:monday-7pm');
      host.updates = 0;
      back('rw-day=3');
      expect(controller.filters.days).to.deep.equal([3]);
      expect(controller.openId).to.equal(undefined);
      expect(history_).to.deep.equal([['0:monday-7pm', undefined]]);
      expect(host.updates).to.equal(1);
      back('rw-meeting=0:sunday-8pm');
      expect(history_[1]).to.deep.equal([undefined, '0:sunday-8pm']);
    });

    it('keeps a distance only once there is a point to measure from', async () => {
      const { controller } = await filtersOn(true);
      controller.set({ km: 10 });
      back('rw-day=1');
      expect(controller.filters.km).to.equal(0);
      controller.point = { latitude: 42.36, longitude: -71.06 };
      controller.set({ km: 10 });
      back('rw-day=2');
      expect(controller.filters.km).to.equal(10);
    });

    it('is ignored without sync-url, and once the host has left the page', async () => {
      const quiet = await filtersOn(false);
      const gone = await filtersOn(true);
      back('rw-day=3');
      expect(quiet.controller.filters.days).to.deep.equal([]);
      expect(gone.controller.filters.days).to.deep.equal([3]);
      history_.length = 0;
      gone.host.remove();
      back('rw-day=4');
      expect(gone.controller.filters.days).to.deep.equal([3]);
      expect(history_).to.deep.equal([]);
    });
  });

  describe('the results', () => {
    it('are every meeting, unsearched, with no filter set; worked out again only when something changed', async () => {
      const { snapshot, searches } = await snapshotOfEdgeCases();
      const { controller } = await filtersOn(false);
      expect(controller.results(snapshot)).to.equal(snapshot.meetings);
      expect(searches).to.have.length(0);
      controller.set({ days: [6] });
      const saturday = controller.results(snapshot);
      expect(saturday.map((m) => m.name)).to.have.members(['Saturday 8pm', 'Saturday 10am', 'Saturday 7pm']);
      expect(controller.results(snapshot)).to.equal(saturday);
      expect(searches).to.have.length(1);
      controller.point = { latitude: 42.36, longitude: -71.06 };
      controller.results(snapshot);
      expect(searches).to.have.length(2);
      const again = await snapshotOfEdgeCases();
      controller.results(again.snapshot);
      expect(again.searches).to.have.length(1);
    });

    it('are announced once they settle: the last count, and whether the visitor changed something', async () => {
      const { snapshot } = await snapshotOfEdgeCases();
      const { host, controller } = await filtersOn(false);
      controller.results(snapshot);
      clock.tick(799);
      expect(settled).to.deep.equal([]);
      clock.tick(1);
      expect(settled).to.deep.equal([[9, false]]);
      controller.set({ days: [1] });
      controller.results(snapshot);
      controller.set({ days: [6] });
      controller.results(snapshot);
      controller.results(snapshot);
      clock.tick(799);
      expect(settled).to.have.length(1);
      clock.tick(1000);
      expect(settled).to.deep.equal([
        [9, false],
        [3, true],
      ]);
      controller.set({ days: [0] });
      controller.results(snapshot);
      host.remove();
      clock.tick(1000);
      expect(settled).to.have.length(2);
    });
  });

  describe('counting the filters', () => {
    it('counts each kind; the panel’s count leaves out the search box, and a distance needs a point', async () => {
      const { controller } = await filtersOn(false);
      controller.set({ query: 'walk', days: [1, 2], types: ['O'], km: 10 });
      expect(controller.active()).to.deep.equal({
        days: 2,
        times: 0,
        modes: 0,
        types: 1,
        regions: 0,
        search: 1,
        distance: 0,
      });
      expect(controller.panelCount()).to.equal(3);
      controller.point = { latitude: 42.36, longitude: -71.06 };
      expect(controller.active().distance).to.equal(1);
      expect(controller.panelCount()).to.equal(4);
      controller.set({ query: '   ' });
      expect(controller.active().search).to.equal(0);
    });
  });
});
