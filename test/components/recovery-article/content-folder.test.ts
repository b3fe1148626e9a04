import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/recovery-provider/recovery-provider.js';
import type { RecoveryArticle } from '../../../src/components/recovery-article/recovery-article.js';
import { clearIndexCacheForTests } from '../../../src/content/load-index.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $ } from '../../helpers/shadow.js';
import { article, BASE, shown } from './article-helpers.js';

/**
 * Where articles are read from: a translation only when the language's list names it (issue 18),
 * and a clear word for a content folder that is not there at all (issue 13).
 */
const CONTENT = '/dist/content/';
const MISSING = '/test/fixtures/articles/nowhere/';
const SETUP = 'This article cannot be shown because of a setup problem on this site.';

/** What the page requested since `since`, with the status each answered. */
function requested(since: number) {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((r) => r.startTime >= since)
    .map((r) => ({ path: new URL(r.name).pathname, status: r.responseStatus }));
}

describe('<recovery-article> content folder', function () {
  this.timeout(60000);
  let log: ConsoleRecord;
  before(() => performance.setResourceTimingBufferSize(100000));
  beforeEach(() => {
    log = recordConsole();
    clearIndexCacheForTests();
  });
  afterEach(() => log.restore());

  describe('translations', () => {
    it('does not request a translation the language index does not list: English at once, with the note', async () => {
      const since = performance.now();
      const el = await article(
        html`<recovery-article lang="es" slug="english-only" content-base=${BASE}></recovery-article>`,
      );
      expect($(el, '[part~="note"]')).to.exist;
      expect($(el, '[part~="title"]')!.textContent).to.equal('Only in English');
      const got = requested(since).filter((r) => r.path.startsWith(BASE));
      expect(got.map((r) => r.path))
        .to.include(`${BASE}index.es.json`)
        .and.include(`${BASE}en/english-only.json`);
      expect(got.map((r) => r.path)).not.to.include(`${BASE}es/english-only.json`);
      expect(got.filter((r) => r.status >= 400)).to.deep.equal([]);
    });

    it('still requests a translation the index lists', async () => {
      const since = performance.now();
      const el = await article(
        html`<recovery-article lang="es" slug="sample" content-base=${BASE}></recovery-article>`,
      );
      expect($(el, '[part~="title"]')!.textContent).to.equal('No puede recuperarse solo');
      expect($(el, '[part~="note"]')).to.equal(null);
      expect(requested(since).map((r) => r.path)).to.include(`${BASE}es/sample.json`);
    });

    it('in French, asks the real collection only for the translations it has, and gets no 404', async () => {
      const english = await (await fetch(`${CONTENT}index.en.json`)).json();
      const french = await (await fetch(`${CONTENT}index.fr.json`)).json();
      const translated = new Set(french.articles.map((a: { slug: string }) => a.slug));
      const since = performance.now();
      for (const { slug } of english.articles as { slug: string }[]) {
        const el = await article(
          html`<recovery-article lang="fr" slug=${slug} content-base=${CONTENT}></recovery-article>`,
        );
        expect(!!$(el, '[part~="note"]'), slug).to.equal(!translated.has(slug));
      }
      const got = requested(since).filter((r) => r.path.startsWith(CONTENT));
      expect(got.filter((r) => r.path.startsWith(`${CONTENT}fr/`)).map((r) => r.path)).to.have.members(
        [...translated].map((slug) => `${CONTENT}fr/${slug}.json`),
      );
      expect(got.filter((r) => r.status >= 400)).to.deep.equal([]);
      expect(ours(log.warn)).to.deep.equal([]);
      expect(ours(log.error)).to.deep.equal([]);
    });

    it('without a list for the language, tries the translation first, as before, then English', async () => {
      const base = '/test/fixtures/content-index/';
      const since = performance.now();
      const el = await article(
        html`<recovery-article lang="pt" slug="what-is-peer-support" content-base=${base}></recovery-article>`,
      );
      expect($(el, '[part~="title"]')!.textContent).to.equal('What Is Peer Support?');
      expect($(el, '[part~="note"]')).to.exist;
      const paths = requested(since).map((r) => r.path);
      expect(paths).to.include(`${base}index.pt.json`).and.include(`${base}pt/what-is-peer-support.json`);
    });
  });

  describe('a content folder that is not there', () => {
    it('says calmly that the site has a setup problem, and names content-base and where it looked', async () => {
      const el = await fixture<RecoveryArticle>(html`<recovery-article content-base=${MISSING}></recovery-article>`);
      setTimeout(() => (el.slug = 'sample'));
      const event = await oneEvent(el, 'recovery-article-error');
      expect(event.detail).to.deep.equal({ slug: 'sample', reason: 'misconfigured' });
      await el.updateComplete;
      expect($(el, '[part~="message"]')!.textContent!.trim()).to.equal(SETUP);
      expect($(el, '[part~="message"]')!.textContent).not.to.contain('moved or been removed');
      // A visitor cannot fix a site's setup: no Try again.
      expect($(el, '[part~="retry"]')).to.equal(null);
      const errors = ours(log.error);
      expect(errors).to.have.length(1);
      const where = new URL(MISSING, location.href).href;
      expect(errors[0])
        .to.contain('<recovery-article>')
        .and.contain('slug="sample"')
        .and.contain(`content-base="${MISSING}"`)
        .and.contain(`${where}index.en.json`)
        .and.contain(`it points to ${where}`);
      await expect(el).to.be.accessible();
    });

    it('says it in Spanish, in dark', async () => {
      const el = await article(
        html`<recovery-article lang="es" theme="dark" slug="sample" content-base=${MISSING}></recovery-article>`,
      );
      expect($(el, '[part~="message"]')!.textContent!.trim()).to.equal(
        'No se puede mostrar este artículo por un problema de configuración de este sitio.',
      );
      await expect(el).to.be.accessible();
    });

    it('without content-base, says that it is not set and names the folder beside the script', async () => {
      const el = await article(html`<recovery-article slug="sample"></recovery-article>`);
      expect($(el, '[part~="message"]')!.textContent!.trim()).to.equal(SETUP);
      expect(ours(log.error)[0])
        .to.contain('check content-base: it is not set')
        .and.contain('the content/ folder beside the script')
        .and.contain('index.en.json');
    });

    it("names <recovery-provider> when the provider's content-base points there", async () => {
      const el = await article(html`<recovery-provider content-base=${MISSING}>
        <recovery-article slug="sample"></recovery-article>
      </recovery-provider>`);
      expect($(el, '[part~="message"]')!.textContent!.trim()).to.equal(SETUP);
      expect(ours(log.error)[0]).to.contain('content-base on <recovery-provider>').and.contain(MISSING);
    });

    it('an article missing from a folder that is there is still "not found"', async () => {
      const el = await article(html`<recovery-article slug="no-such-article" content-base=${BASE}></recovery-article>`);
      expect($(el, '[part~="message"]')!.textContent).to.contain('could not be found');
      expect(ours(log.error)[0]).not.to.contain('content-base');
    });
  });

  describe('moved in the page', () => {
    it('a load cut short by removing the element starts again when it is put back', async () => {
      const events: string[] = [];
      const el = document.createElement('recovery-article') as RecoveryArticle;
      el.setAttribute('content-base', BASE);
      el.slug = 'sample';
      el.addEventListener('recovery-article-load', () => events.push('load'));
      el.addEventListener('recovery-article-error', (e) => events.push(`error ${e.detail.reason}`));
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      await el.updateComplete;
      el.remove();
      await new Promise((r) => setTimeout(r, 300));
      expect(events, 'nothing is announced while it is away').to.deep.equal([]);
      host.append(el);
      await shown(el);
      await until(() => events.length);
      expect(events).to.deep.equal(['load']);
      expect($(el, '[part~="title"]')!.textContent).to.equal("You can't do recovery alone");
      expect(ours(log.error)).to.deep.equal([]);
    });
  });
});
