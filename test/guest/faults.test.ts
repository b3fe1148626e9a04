import { expect } from '@open-wc/testing';
import '../../src/components/recovery-article/recovery-article.js';
import type { RecoveryArticle } from '../../src/components/recovery-article/recovery-article.js';
import '../../src/components/support-group-finder/support-group-finder.js';
import type { SupportGroupFinder } from '../../src/components/support-group-finder/support-group-finder.js';
import { ours, recordConsole, watchUncaught, type ConsoleRecord } from '../helpers/console.js';
import { until } from '../helpers/frame.js';
import { $, $$ } from '../helpers/shadow.js';

/**
 * A partner's server fails in every way real servers fail, and the widgets stay good guests: a
 * calm message inside the widget that names the problem in plain words, the other feed's meetings
 * still listed, a clear console message for the webmaster, nothing thrown at the host page, and a
 * Try again that works once the server is back.
 *
 * Each fault is served by the test server's flaky route (`/faults/flaky/<key>?as=<fault>`), which
 * fails that way until `/faults/heal/<key>`, then serves the file. Keys are unique per test run.
 */

const GOOD_FEED = '/test/fixtures/feeds/edge-cases.json';
/** What a broken feed serves once healed: a much longer list, so recovery shows in the count. */
const HEALED_FEED = '/test/fixtures/feeds/massachusetts-al-anon.json';
const ARTICLE = '/test/fixtures/articles/content/en/sample.json';
const ARTICLE_TITLE = "You can't do recovery alone";
/** The other origin: same server, no CORS headers. */
const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;
/** The finder's feed timeout in these tests (its default is 20 s). */
const FEED_TIMEOUT_MS = 1500;
const SLOW_MS = FEED_TIMEOUT_MS + 3000;
/** The article's timeout in these tests (its default is 15 s). */
const ARTICLE_TIMEOUT_MS = 1500;
/** Monday 23 November 2026, 18:45 on the test machine's clock: the list does not depend on today. */
const NOW = new Date(2026, 10, 23, 18, 45);
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
let serial = 0;
const uniqueKey = (name: string) => `${name}-${run}-${++serial}`;

interface Fault {
  name: string;
  /** The broken URL for a flaky key, healing to `file`. */
  url(key: string, file: string): string;
  /** What the finder says (English), after "Meetings from <host> ...". */
  finder: string;
  /** What the article says (English). */
  article: string;
  /** Words the webmaster's console message must contain. */
  console: RegExp;
  /** A slow fault needs a longer test. */
  slow?: boolean;
}

const flaky =
  (as: string, extra = '') =>
  (key: string, file: string) =>
    `/faults/flaky/${key}?as=${as}&file=${file}${extra}`;

const UNREACHABLE = 'couldn’t be loaded';
const ARTICLE_NETWORK = 'The article could not be loaded. Please check your connection and try again.';
const ARTICLE_DAMAGED = 'The article could not be shown because its file is damaged.';

const FAULTS: Fault[] = [
  {
    name: 'a 404',
    url: flaky('404'),
    finder: 'couldn’t be loaded: the address doesn’t lead to a meeting list.',
    article: 'This article could not be found. It may have moved or been removed.',
    console: /404/,
  },
  {
    name: 'a 500',
    url: flaky('500'),
    finder: 'couldn’t be loaded: its server had a problem.',
    article: ARTICLE_NETWORK,
    console: /500/,
  },
  {
    name: 'a timeout (a server that never answers in time)',
    url: flaky('slow', `&ms=${SLOW_MS}`),
    finder: 'couldn’t be loaded: its server took too long to answer.',
    article: ARTICLE_NETWORK,
    console: /did not answer|timeout/i,
    slow: true,
  },
  {
    name: 'a CORS refusal',
    url: (key, file) => `${OTHER_ORIGIN}/faults/flaky/${key}?as=cors&file=${file}`,
    finder: 'couldn’t be loaded: its server doesn’t let this site read the list.',
    article: ARTICLE_NETWORK,
    console: /Access-Control-Allow-Origin|Failed to fetch|network/i,
  },
  {
    name: 'a body that is not JSON',
    url: flaky('not-json'),
    finder: 'couldn’t be loaded: it didn’t send a meeting list.',
    article: ARTICLE_DAMAGED,
    console: /not JSON/i,
  },
  {
    name: 'JSON of the wrong shape',
    url: flaky('wrong-shape'),
    finder: 'couldn’t be loaded: the list isn’t in a meeting format we know.',
    article: ARTICLE_DAMAGED,
    console: /not a meeting feed|not an article document/,
  },
  {
    name: 'an empty array',
    url: flaky('empty-array'),
    finder: 'lists no meetings right now.',
    article: ARTICLE_DAMAGED,
    console: /no meetings|empty|not an article document/i,
  },
  {
    name: 'a 25 MB response',
    url: flaky('huge', '&mb=25'),
    finder: 'couldn’t be loaded: the list is too large.',
    article: ARTICLE_DAMAGED,
    console: /limit|larger than/,
  },
  {
    name: 'a response cut off half way',
    url: flaky('truncated'),
    finder: UNREACHABLE,
    article: ARTICLE_NETWORK,
    console: /incomplete|stopped sending|network|Failed to fetch|not JSON/i,
  },
];

/** A visitor-facing message is plain language: no status codes, formats or internals. */
function expectKind(message: string, host: string) {
  const words = message.split(host).join(' ');
  expect(words).not.to.match(/HTTP|\b[45]\d\d\b|JSON|CORS|undefined|null|NaN|Error|exception|fetch|\[object/i);
}

const heal = (key: string) => fetch(`/faults/heal/${key}`);

let host: HTMLDivElement;

async function mountFinder(src: string, lang = 'en', timeoutMs?: number): Promise<SupportGroupFinder> {
  const el = document.createElement('support-group-finder');
  el.now = NOW;
  if (timeoutMs) el.feedTimeout = timeoutMs;
  el.setAttribute('timezone', ZONE);
  el.setAttribute('src', src);
  host.lang = lang;
  host.append(el);
  await el.updateComplete;
  return el;
}

async function mountArticle(src: string, lang = 'en', timeoutMs?: number): Promise<RecoveryArticle> {
  const el = document.createElement('recovery-article');
  if (timeoutMs) el.loadTimeout = timeoutMs;
  el.setAttribute('src', src);
  host.lang = lang;
  host.append(el);
  await el.updateComplete;
  return el;
}

const meetingNames = (el: Element) =>
  $$(el, '[part~="meeting"] [part~="meeting-name"]').map((b) => b.textContent!.trim());
const countOf = (el: Element) => Number(($(el, '[part~="count"]')?.textContent ?? '').replace(/[^\d]/g, '') || 0);
const errorBoxes = (el: Element) => $$(el, 'div[part~="error"]');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('faults: a partner server fails, the widgets stay good guests', function () {
  this.timeout(30000);
  let log: ConsoleRecord;
  let watch: ReturnType<typeof watchUncaught>;

  beforeEach(() => {
    log = recordConsole();
    watch = watchUncaught();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(async () => {
    // A late rejection from a cancelled load would land here.
    await new Promise((r) => setTimeout(r, 50));
    host.remove();
    watch.stop();
    log.restore();
  });

  describe('<support-group-finder> with a broken feed and a good one', () => {
    for (const fault of FAULTS) {
      it(`${fault.name}: a clear message, the other feed's meetings, Try again works`, async function () {
        if (fault.slow) this.timeout(SLOW_MS * 2 + 15000);
        const key = uniqueKey('finder');
        const broken = fault.url(key, HEALED_FEED);
        const brokenHost = new URL(broken, location.href).host;
        const el = await mountFinder(`${broken} ${GOOD_FEED}`, 'en', fault.slow ? FEED_TIMEOUT_MS : undefined);

        // The good feed's meetings are listed, the broken feed's problem is said inside the widget.
        await until(() => errorBoxes(el).length === 1 && $(el, '[part~="list"]'), fault.slow ? SLOW_MS + 5000 : 15000);
        await el.updateComplete;
        const box = errorBoxes(el)[0];
        const message = box.querySelector('p')!.textContent!.trim();
        expect(message).to.contain(fault.finder);
        expect(message).to.contain(brokenHost);
        expectKind(message, brokenHost);
        expect(box.getAttribute('role')).to.equal('alert');
        expect(meetingNames(el)).to.include.members(['Monday 7pm', 'Saturday 8pm', 'Sunday 8pm']);
        const before = countOf(el);
        expect(before).to.be.greaterThan(0);

        // The webmaster reads which feed failed and why.
        const said = ours(log.warn).filter((m) => m.includes(broken));
        expect(said, ours(log.warn).join('\n')).to.have.length.greaterThan(0);
        expect(said.join('\n')).to.contain('<support-group-finder>').and.match(fault.console);

        // Still broken: Try again loads again and says so again (no spinner for ever).
        const retry = box.querySelector<HTMLButtonElement>('[part~="retry"]')!;
        // The visible words start the accessible name; the host follows for screen readers.
        expect(flat(retry.textContent!)).to.equal(`Try again: ${brokenHost}`);
        if (!fault.slow) {
          retry.click();
          await el.updateComplete;
          expect(errorBoxes(el), 'loading again').to.have.length(0);
          await until(() => errorBoxes(el).length === 1, 15000);
          expect(errorBoxes(el)[0].textContent).to.contain(fault.finder);
          expect(meetingNames(el)).to.include('Monday 7pm');
        }

        // The server comes back: Try again loads it, the message goes, and its meetings join the list.
        await heal(key);
        errorBoxes(el)[0].querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
        await until(() => errorBoxes(el).length === 0 && countOf(el) > before + 100, 15000);
        // The first rows paint at once and the rest follow in idle moments.
        await until(() => meetingNames(el).includes('Monday 7pm'), 15000);
        expect(watch.uncaught).to.deep.equal([]);
      });
    }

    it('the plain fault routes: each one a message, the good feed listed', async () => {
      for (const [route, words] of [
        ['/faults/404', UNREACHABLE],
        ['/faults/500', UNREACHABLE],
        ['/faults/not-json', 'it didn’t send a meeting list'],
        ['/faults/wrong-shape', 'isn’t in a meeting format we know'],
        ['/faults/empty-array', 'lists no meetings right now'],
        ['/faults/huge?mb=25', 'the list is too large'],
        [`/faults/truncated?file=${GOOD_FEED}`, UNREACHABLE],
      ]) {
        host.replaceChildren();
        const el = await mountFinder(`${route} ${GOOD_FEED}`);
        await until(() => errorBoxes(el).length === 1 && $(el, '[part~="list"]'), 15000);
        expect(errorBoxes(el)[0].textContent, route).to.contain(words);
        expect(meetingNames(el), route).to.include('Monday 7pm');
        expect(
          ours(log.warn).some((m) => m.includes(route)),
          `${route} in the console`,
        ).to.equal(true);
      }
      expect(watch.uncaught).to.deep.equal([]);
    });

    // Try again removes the error box with the button the visitor just pressed; focus must not
    // fall back to <body>, at the top of the host page (the finder moves it to its heading).
    it('after Try again, keyboard focus stays in the widget', async () => {
      const key = uniqueKey('finder-focus');
      const broken = flaky('500')(key, HEALED_FEED);
      const el = await mountFinder(`${broken} ${GOOD_FEED}`);
      await until(() => errorBoxes(el).length === 1 && $(el, '[part~="list"]'), 15000);
      await heal(key);
      const retry = $(el, '[part~="retry"]')!;
      retry.focus();
      retry.click();
      await until(() => errorBoxes(el).length === 0 && countOf(el) > 100, 15000);
      await el.updateComplete;
      // Booleans, not elements: a failing comparison of DOM nodes is too big to report.
      const where = document.activeElement?.localName ?? 'nothing';
      expect(document.activeElement === el && !!el.shadowRoot!.activeElement, `focus is on <${where}>`).to.equal(true);
    });

    it('a CORS refusal of a real feed on another origin (no Access-Control-Allow-Origin)', async () => {
      const other = `${OTHER_ORIGIN}${GOOD_FEED}`;
      const el = await mountFinder(`${other} ${GOOD_FEED}`);
      await until(() => errorBoxes(el).length === 1 && $(el, '[part~="list"]'), 15000);
      const message = errorBoxes(el)[0].textContent!;
      expect(message).to.contain(`127.0.0.1:${location.port}`).and.contain('couldn’t be loaded');
      expect(meetingNames(el)).to.include('Monday 7pm');
      expect(
        ours(log.warn).some((m) => m.includes(other) && m.includes(`Access-Control-Allow-Origin: ${location.origin}`)),
      ).to.equal(true);
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('in Spanish: the message and the button are Spanish', async () => {
      const key = uniqueKey('finder-es');
      const broken = flaky('500')(key, HEALED_FEED);
      const el = await mountFinder(`${broken} ${GOOD_FEED}`, 'es');
      await until(() => errorBoxes(el).length === 1 && $(el, '[part~="list"]'), 15000);
      expect(errorBoxes(el)[0].textContent).to.contain('No se pudieron cargar las reuniones de');
      expect(flat($(el, '[part~="retry"]')!.textContent!)).to.match(/^Reintentar\b/);
    });

    for (const lang of ['en', 'es']) {
      it(`the error state next to a good feed's list passes axe (${lang}, light and dark)`, async () => {
        const broken = flaky('500')(uniqueKey('finder-axe'), HEALED_FEED);
        const el = await mountFinder(`${broken} ${GOOD_FEED}`, lang);
        await until(() => errorBoxes(el).length === 1 && $(el, '[part~="list"]'), 15000);
        await expect(el).to.be.accessible();
        el.setAttribute('theme', 'dark');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('with only a broken feed: the message, a way to other directories, and Try again', async () => {
      const key = uniqueKey('finder-alone');
      const broken = flaky('500')(key, GOOD_FEED);
      const el = await mountFinder(broken);
      await until(() => errorBoxes(el).length === 1 && !$(el, '[part~="loading"]'), 15000);
      expect($(el, '[part~="heading"]')!.textContent).to.contain('Find a meeting');
      expect($$(el, '[part~="empty"] a[href^="https://"]').length, 'directory links').to.be.greaterThan(0);
      await heal(key);
      $(el, '[part~="retry"]')!.click();
      await until(() => meetingNames(el).includes('Monday 7pm'), 15000);
      expect(errorBoxes(el)).to.have.length(0);
      expect(watch.uncaught).to.deep.equal([]);
    });
  });

  describe('<recovery-article> with a broken src', () => {
    for (const fault of FAULTS) {
      // biome-ignore lint/complexity/useArrowFunction: mocha's `this` sets the timeout
      it(`${fault.name}: a clear message, no uncaught error, Try again works`, async function () {
        const key = uniqueKey('article');
        // The article's `loadTimeout` property is shortened (set before it connects); the server
        // answers well after it.
        const broken = fault.slow
          ? flaky('slow', `&ms=${ARTICLE_TIMEOUT_MS * 3}`)(key, ARTICLE)
          : fault.url(key, ARTICLE);
        const el = await mountArticle(broken, 'en', fault.slow ? ARTICLE_TIMEOUT_MS : undefined);
        await until(() => $(el, '[part~="message"]'), 15000);
        await el.updateComplete;
        const message = $(el, '[part~="message"] p')!.textContent!.trim();
        expect(message).to.equal(fault.article);
        expectKind(message, '');
        const said = ours(log.error);
        expect(said, said.join('\n')).to.have.length(1);
        expect(said[0])
          .to.contain('<recovery-article>')
          .and.contain(`src="${broken.slice(0, 60)}`)
          .and.match(fault.console);
        await expect(el).to.be.accessible();

        await heal(key);
        const retry = $(el, '[part~="retry"]');
        expect(retry, 'a Try again button').to.exist;
        expect(retry!.textContent!.trim()).to.equal('Try again');
        retry!.click();
        await until(() => $(el, '[part~="title"]'), 15000);
        expect($(el, '[part~="title"]')!.textContent).to.equal(ARTICLE_TITLE);
        expect($(el, '[part~="message"]')).to.equal(null);
        // Focus follows the visitor to the article they asked for, not back to the top of the page.
        await until(() => el.shadowRoot!.activeElement === $(el, '[part~="title"]'), 3000);
        expect(watch.uncaught).to.deep.equal([]);
      });
    }

    it('a 404: says the article could not be found, calmly', async () => {
      const el = await mountArticle('/faults/404');
      await until(() => $(el, '[part~="message"]'), 15000);
      const message = $(el, '[part~="message"] p')!.textContent!.trim();
      expect(message).to.equal('This article could not be found. It may have moved or been removed.');
      // A partner's own file may be mid-deploy, so a `src` that is not found can be tried again.
      expect($(el, '[part~="retry"]')).to.exist;
      expectKind(message, '');
      expect(ours(log.error)[0]).to.contain('src="/faults/404"').and.contain('404');
      await expect(el).to.be.accessible();
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('a CORS refusal of a real file on another origin', async () => {
      const other = `${OTHER_ORIGIN}${ARTICLE}`;
      const el = await mountArticle(other);
      await until(() => $(el, '[part~="message"]'), 15000);
      expect($(el, '[part~="message"] p')!.textContent).to.equal(ARTICLE_NETWORK);
      expect($(el, '[part~="retry"]')).to.exist;
      expect(ours(log.error)[0]).to.contain(other);
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('in Spanish: the message and the button are Spanish', async () => {
      const el = await mountArticle('/faults/500', 'es');
      await until(() => $(el, '[part~="message"]'), 15000);
      expect($(el, '[part~="message"] p')!.textContent).to.equal(
        'No se pudo cargar el artículo. Revise su conexión e inténtelo de nuevo.',
      );
      expect($(el, '[part~="retry"]')!.textContent!.trim()).to.equal('Intentar de nuevo');
      await expect(el).to.be.accessible();
    });
  });
});
