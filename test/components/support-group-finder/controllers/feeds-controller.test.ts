import { expect } from '@open-wc/testing';
import {
  FeedsController,
  type FeedSnapshot,
} from '../../../../src/components/support-group-finder/controllers/feeds-controller.js';
import { MAX_FEED_BYTES, MAX_TOTAL_BYTES } from '../../../../src/components/support-group-finder/feeds.js';
import { type ConsoleRecord, ours, recordConsole } from '../../../helpers/console.js';
import { until } from '../../../helpers/frame.js';
import { longestTask } from '../../../helpers/long-tasks.js';
import { watchingYields } from '../../../helpers/yields.js';
import { mountHost, removeHosts, sleep, type TestHost } from './host.js';

const FEEDS = '/test/fixtures/feeds';
const EDGE = `${FEEDS}/edge-cases.json`;
const BMLT = `${FEEDS}/bmlt-plain.json`;
/** 2,038 meetings: normalized in five slices. */
const LARGE = `${FEEDS}/southeastern-pa-aa.json`;
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A `src` token as the controller keeps it: an absolute URL. */
const abs = (path: string) => new URL(path, document.baseURI).href;

/** The finder's feeds on a small host; `warmed` counts the locale warm-ups it asked for. */
async function feedsOn(src: string, fields: Partial<TestHost> = {}) {
  const seen: FeedSnapshot[] = [];
  const counts = { warmed: 0 };
  const { host, controller } = await mountHost(
    (h) =>
      new FeedsController(h, {
        warm: async () => {
          counts.warmed++;
          return 'en-US';
        },
        prepare: async (snapshot, step) => {
          seen.push(snapshot);
          await step();
        },
      }),
    { src, timezone: ZONE, ...fields },
  );
  return { host, feeds: controller, prepared: seen, counts };
}

/** Waits until every source has an outcome and the merge (if any) is done. */
async function settled(feeds: FeedsController, timeout = 8000): Promise<void> {
  await until(() => feeds.sources.every((s) => s.status !== 'loading') && !feeds.loading, timeout);
}

const outcomes = (feeds: FeedsController) =>
  feeds.sources.map((s) => [s.url, s.status, s.problem].filter(Boolean).join(' '));

describe('FeedsController', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => {
    removeHosts();
    log.restore();
  });

  describe('sources', () => {
    it('are the src tokens in order, each once, with their host, loading until they land', async () => {
      const { feeds } = await feedsOn(`${EDGE}  ${BMLT}\n${EDGE}`);
      expect(feeds.sources).to.deep.equal([
        { url: abs(EDGE), host: location.host, index: 0, status: 'loading' },
        { url: abs(BMLT), host: location.host, index: 1, status: 'loading' },
      ]);
      expect(feeds.loading).to.equal(true);
      await settled(feeds);
      expect(outcomes(feeds)).to.deep.equal([`${abs(EDGE)} ok`, `${abs(BMLT)} ok`]);
      expect(feeds.badTokens).to.deep.equal([]);
    });

    it('skips tokens that are not http(s) links, naming element and attribute, and loads the rest', async () => {
      const { feeds } = await feedsOn(`javascript:alert(1) ${EDGE} ftp://example.org/feed.json`);
      expect(feeds.badTokens).to.deep.equal(['javascript:alert(1)', 'ftp://example.org/feed.json']);
      const warnings = ours(log.warn);
      for (const token of feeds.badTokens) {
        expect(warnings).to.include(
          `[recovery-widgets] <controller-test-host>: src token "${token}" is not an http(s) URL; it was skipped, the other feeds still load.`,
        );
      }
      await settled(feeds);
      expect(outcomes(feeds)).to.deep.equal([`${abs(EDGE)} ok`]);
      expect(feeds.snapshot!.meetings).to.have.length(9);
    });

    it('names the first three tokens that are not links, counts the rest in one line, and still loads the feed', async () => {
      // Not links: another scheme. (A bare word is a relative address, which is a link.)
      const junk = Array.from({ length: 90 }, (_, i) => `ftp:n${i}`);
      const long = `mailto:${'x'.repeat(500)}@example.org`;
      const { feeds } = await feedsOn(`${long} ${junk.join(' ')} ${EDGE}`);
      expect(feeds.badTokens).to.deep.equal([`${long.slice(0, 79)}…`, 'ftp:n0', 'ftp:n1']);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(4);
      expect(warnings[0]).to.contain(`src token "${long.slice(0, 79)}…" is not an http(s) URL`);
      expect(warnings[3]).to.equal(
        '[recovery-widgets] <controller-test-host>: src has 88 more tokens that are not http(s) URLs; they were skipped too.',
      );
      await settled(feeds);
      expect(outcomes(feeds)).to.deep.equal([`${abs(EDGE)} ok`]);
      expect(feeds.snapshot!.meetings).to.have.length(9);
    });

    it('with exactly three, names them and adds no count; one more is "another token"; a repeat is one token', async () => {
      const three = await feedsOn('ftp:a ftp:b ftp:c ftp:a ftp:b');
      expect(three.feeds.badTokens).to.deep.equal(['ftp:a', 'ftp:b', 'ftp:c']);
      expect(ours(log.warn)).to.have.length(3);
      log.restore();
      log = recordConsole();
      const four = await feedsOn('ftp:a ftp:b ftp:c ftp:d');
      expect(four.feeds.badTokens).to.deep.equal(['ftp:a', 'ftp:b', 'ftp:c']);
      expect(ours(log.warn).at(-1)).to.equal(
        '[recovery-widgets] <controller-test-host>: src has another token that is not an http(s) URL; it was skipped too.',
      );
    });

    it('cuts a long token by characters, not halves of an emoji', async () => {
      const { feeds } = await feedsOn(`ftp:${'🙂'.repeat(100)}`);
      const [shown] = feeds.badTokens;
      expect(Array.from(shown)).to.have.length(80);
      expect(shown.endsWith('🙂…')).to.equal(true);
    });

    it('reads the first 100 tokens of a src the size of a book, with no long task, and says so', async () => {
      // Two megabytes of words: each a relative address, which would otherwise be parsed one by one.
      const book = `${EDGE} ${'recovery meeting tonight '.repeat(80000)}`;
      const longest = await longestTask(async () => {
        const { feeds } = await feedsOn(book);
        // The feed and three addresses on this site (each word once).
        expect(feeds.sources.map((x) => x.url)).to.deep.equal([EDGE, 'recovery', 'meeting', 'tonight'].map(abs));
      }, 200);
      expect(longest, `longest task ${longest} ms`).to.be.below(200);
      expect(ours(log.warn)).to.include(
        '[recovery-widgets] <controller-test-host>: src has more than 100 tokens; the finder read the first 100.',
      );
    });

    it('reads at most ten feeds, names how many it skipped, and shows the ten', async () => {
      const urls = Array.from({ length: 13 }, (_, i) => `${EDGE}?copy=${i}`);
      // A repeated address (before or after the tenth) and a bad token are not feeds it skipped.
      const { feeds } = await feedsOn(`${urls.join(' ')} ${urls[0]} ${urls[12]} ftp://example.org/x`);
      expect(feeds.sources.map((s) => s.url)).to.deep.equal(urls.slice(0, 10).map(abs));
      expect(ours(log.warn)).to.include(
        "[recovery-widgets] <controller-test-host>: src lists 13 feeds; the finder reads the first 10 and skipped 3 (it is made for an intergroup's feed, or a few).",
      );
      await settled(feeds);
      expect(outcomes(feeds).every((o) => o.endsWith(' ok'))).to.equal(true);
      const requested = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('edge-cases.json?copy='));
      expect(requested.some((e) => /copy=1[0-2]$/.test(e.name))).to.equal(false);
    });

    it('with no good token: no source, nothing warmed or fetched, no snapshot', async () => {
      const { host, feeds, counts } = await feedsOn('data:application/json,[] mailto:x@example.org');
      await host.updateComplete;
      expect(feeds.sources).to.deep.equal([]);
      expect(feeds.badTokens).to.have.length(2);
      expect(counts.warmed).to.equal(0);
      expect(feeds.loading).to.equal(false);
      expect(feeds.snapshot?.config).to.equal(undefined);
    });

    it('names a fellowship and a zone it does not know, and uses each feed’s own', async () => {
      const { feeds } = await feedsOn(EDGE, { fellowship: 'Cocaine Anonymous', timezone: 'Mars/Olympus' });
      expect(feeds.fellowship).to.equal(undefined);
      await settled(feeds);
      const warnings = ours(log.warn).join('\n');
      expect(warnings).to.contain(
        '<controller-test-host>: fellowship="cocaine anonymous" is not one of aa, al-anon, na',
      );
      expect(warnings).to.contain(`<controller-test-host>: timezone="Mars/Olympus" is not an IANA time zone`);
      expect(feeds.snapshot!.meetings).to.have.length(9);
    });
  });

  describe('each source’s outcome', () => {
    it('is ok or a problem the visitor can be told, with a console line naming the feed', async () => {
      const failing = ['/faults/404', '/faults/500', '/faults/not-json', '/faults/wrong-shape', '/faults/empty-array'];
      const { feeds } = await feedsOn([EDGE, ...failing].join(' '));
      await settled(feeds);
      expect(outcomes(feeds)).to.deep.equal([
        `${abs(EDGE)} ok`,
        `${abs('/faults/404')} error not-found`,
        `${abs('/faults/500')} error server`,
        `${abs('/faults/not-json')} error not-json`,
        `${abs('/faults/wrong-shape')} error not-a-feed`,
        `${abs('/faults/empty-array')} error empty`,
      ]);
      const warnings = ours(log.warn);
      for (const path of failing) {
        expect(warnings.some((w) => w.includes(`<controller-test-host>: src "${abs(path)}`))).to.equal(true, path);
      }
      // The failed ones hide nothing of the good one.
      expect(feeds.snapshot!.meetings).to.have.length(9);
    });

    it('is a timeout after feed-timeout for a server that hangs', async () => {
      const slow = '/faults/slow?ms=4000';
      const { feeds } = await feedsOn(`${slow} ${EDGE}`, { feedTimeout: 300 });
      await settled(feeds, 3000);
      expect(outcomes(feeds)).to.deep.equal([`${abs(slow)} error timeout`, `${abs(EDGE)} ok`]);
    });

    it('is tried again on retry (index), and the snapshot takes it in', async () => {
      const key = `feeds-controller-${Date.now()}`;
      const flaky = `/faults/flaky/${key}?file=${EDGE}`;
      const { feeds } = await feedsOn(`${BMLT} ${flaky}`);
      await settled(feeds);
      expect(outcomes(feeds)[1]).to.equal(`${abs(flaky)} error server`);
      const before = feeds.snapshot!.meetings.length;
      await fetch(`/faults/heal/${key}`);
      feeds.retry(1);
      await until(() => feeds.sources[1].status === 'ok' && !feeds.loading, 8000);
      expect(feeds.snapshot!.meetings).to.have.length(before + 9);
    });

    it('is "too large" for the feed that would take the feeds past their shared budget, named in the console', async function () {
      this.timeout(30_000);
      // Two valid feeds, each under the one-feed limit, together over the shared one (records of
      // about 5 KB: the test server's generated feed with the longest notes it writes).
      const records = Math.ceil(MAX_TOTAL_BYTES / 2 / 5000);
      const feed = (name: string) => `/faults/generated/zones?n=${records}&pad=5000&one=1&feed=${name}`;
      const { feeds } = await feedsOn(`${feed('a')} ${feed('b')}`);
      await settled(feeds, 25_000);
      const out = feeds.sources.find((s) => s.status === 'error')!;
      expect(feeds.sources.map((s) => s.problem ?? s.status).sort()).to.deep.equal(['ok', 'too-large']);
      expect(MAX_TOTAL_BYTES / 2).to.be.below(MAX_FEED_BYTES);
      const limit = `${(MAX_TOTAL_BYTES / 2 ** 20).toFixed(1)} MB`;
      expect(ours(log.warn)).to.deep.equal([
        `[recovery-widgets] <controller-test-host>: src "${out.url}" was left out: with the other feeds it is more than the ${limit} they may take together.`,
      ]);
      expect(feeds.snapshot!.meetings).to.have.length(records);
    });
  });

  describe('the merged snapshot', () => {
    it('holds every landed feed’s meetings, ids prefixed by the feed’s place, indexed on first use', async () => {
      const { feeds, prepared } = await feedsOn(`${EDGE} ${BMLT}`);
      await settled(feeds);
      const snapshot = feeds.snapshot!;
      const fromEdge = snapshot.meetings.filter((m) => m.id.startsWith('0:'));
      const fromBmlt = snapshot.meetings.filter((m) => m.id.startsWith('1:'));
      expect(fromEdge).to.have.length(9);
      expect(fromBmlt.length).to.be.greaterThan(10);
      expect(fromEdge.length + fromBmlt.length).to.equal(snapshot.meetings.length);
      expect([...snapshot.byId.keys()]).to.deep.equal(snapshot.meetings.map((m) => m.id));
      expect(snapshot.index()).to.equal(snapshot.index());
      expect(snapshot.engine.VERSION).to.be.a('string');
      // `prepare` saw it before the finder did.
      expect(prepared.at(-1) === snapshot).to.equal(true);
    });

    it('keeps a failed feed’s place, so the other feeds’ meeting ids do not move', async () => {
      const { feeds } = await feedsOn(`/faults/404 ${EDGE}`);
      await settled(feeds);
      expect(feeds.snapshot!.meetings.every((m) => m.id.startsWith('1:'))).to.equal(true);
    });

    it('is none while no feed has landed well', async () => {
      const { feeds } = await feedsOn('/faults/404 /faults/empty-array');
      await settled(feeds);
      expect(feeds.snapshot?.config).to.equal(undefined);
    });

    it('is dropped at once when src changes, and made again for the new feeds', async () => {
      const { host, feeds } = await feedsOn(EDGE);
      await settled(feeds);
      const first = feeds.snapshot!;
      // The feed mode reads the snapshot in the same update that changes src, after the feeds.
      const read: Array<FeedSnapshot | undefined> = [];
      host.addController({ hostUpdate: () => read.push(feeds.snapshot) });
      host.src = BMLT;
      host.requestUpdate();
      await host.updateComplete;
      expect(read.map((s) => s?.config)).to.deep.equal([undefined]);
      expect(feeds.snapshot?.config).to.equal(undefined);
      expect(feeds.sources).to.deep.equal([{ url: abs(BMLT), host: location.host, index: 0, status: 'loading' }]);
      await settled(feeds);
      expect(feeds.snapshot!.config).to.be.greaterThan(first.config);
      expect(feeds.snapshot!.meetings.some((m) => m.name === 'Monday 7pm')).to.equal(false);
    });
  });

  describe('leaving the page and coming back', () => {
    it('stops a feed that already arrived at its next slice, and reads it again when put back', async () => {
      let host: TestHost | undefined;
      let slices = 0;
      let arrived = false;
      // Each pause the engine's reader asks for between slices of records; at the second, the
      // visitor's app takes the finder out of the page.
      const onYield = () => {
        if (!new Error().stack?.includes('/meetings/normalize.')) return;
        slices++;
        if (slices === 2) {
          arrived = performance.getEntriesByName(abs(LARGE)).length > 0;
          host!.remove();
        }
      };
      await watchingYields(onYield, async () => {
        const mounted = await feedsOn(LARGE);
        host = mounted.host;
        const feeds = mounted.feeds;
        await until(() => slices >= 2, 8000);
        await sleep(300);
        expect(arrived).to.equal(true);
        // No slice after the one in progress, no outcome, nothing merged, nothing to tell the webmaster.
        expect(slices).to.equal(2);
        expect(feeds.sources[0].status).to.equal('loading');
        expect(feeds.snapshot?.config).to.equal(undefined);
        expect(ours(log.warn)).to.deep.equal([]);
        // Back in the page: the feed is loaded again, in full.
        document.body.append(host);
        await settled(feeds);
        expect(feeds.sources[0].status).to.equal('ok');
        expect(feeds.snapshot!.meetings.length).to.be.greaterThan(2000);
        expect(slices).to.be.greaterThan(2);
      });
    });

    it('cancels a feed still on its way, and starts it again when put back', async () => {
      const slow = `/faults/slow?ms=600&file=${EDGE}`;
      const { host, feeds } = await feedsOn(slow);
      host.remove();
      await sleep(900);
      expect(feeds.sources[0].status).to.equal('loading');
      expect(ours(log.warn)).to.deep.equal([]);
      document.body.append(host);
      await settled(feeds);
      expect(outcomes(feeds)).to.deep.equal([`${abs(slow)} ok`]);
      expect(feeds.snapshot!.meetings).to.have.length(9);
    });
  });
});
