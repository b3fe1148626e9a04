import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { RecoveryArticle } from '../../../src/components/recovery-article/recovery-article.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$, text } from '../../helpers/shadow.js';
import { article, BASE, FIXTURES, shown } from './article-helpers.js';

const SAMPLE = `${FIXTURES}content/en/sample.json`;
const unique = () => `article-${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe('<recovery-article> states', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('reserves space with a placeholder while loading', async () => {
    const el = await fixture<RecoveryArticle>(html`<recovery-article src="/faults/slow?ms=800"></recovery-article>`);
    await el.updateComplete;
    const skeleton = $(el, '[part~="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.getBoundingClientRect().height).to.be.at.least(300);
    expect(text(el)).to.contain('Loading the article…');
    await expect(el).to.be.accessible();
  });

  it('without slug or src shows the placeholder and hints at the attributes', async () => {
    const el = await fixture<RecoveryArticle>(html`<recovery-article></recovery-article>`);
    await el.updateComplete;
    expect($(el, '[part~="skeleton"]')).to.exist;
    expect(ours(log.info)[0]).to.contain('<recovery-article>').and.contain('slug=').and.contain('src=');
  });

  it('without slug or src, collapses once the page has loaded, and still loads a slug set later', async () => {
    const el = await fixture<RecoveryArticle>(html`<recovery-article content-base=${BASE}></recovery-article>`);
    // The test page has long finished loading: the placeholder goes on the next task.
    await until(() => !$(el, '[part~="skeleton"]'), 15000);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(text(el)).to.equal('');
    el.slug = 'sample';
    await until(() => $(el, '[part~="title"]'), 5000);
    expect($(el, '[part~="title"]')!.textContent).to.contain('recovery alone');
  });

  it('fires recovery-article-load with slug, language and title', async () => {
    const el = await fixture<RecoveryArticle>(html`<recovery-article content-base=${BASE}></recovery-article>`);
    setTimeout(() => (el.slug = 'sample'));
    const event = await oneEvent(el, 'recovery-article-load');
    expect(event.detail).to.deep.equal({ slug: 'sample', language: 'en', title: "You can't do recovery alone" });
    expect(event.composed).to.equal(true);
    expect($(el, '[part~="title"]')).to.exist;
  });

  describe('unknown slug', () => {
    it('shows a calm message, lists the valid slugs in the console, and fires not-found', async () => {
      const el = await fixture<RecoveryArticle>(html`<recovery-article content-base=${BASE}></recovery-article>`);
      setTimeout(() => (el.slug = 'no-such-article'));
      const event = await oneEvent(el, 'recovery-article-error');
      expect(event.detail).to.deep.equal({ slug: 'no-such-article', reason: 'not-found' });
      expect($(el, '[part~="message"]')!.textContent).to.contain('This article could not be found.');
      expect($(el, '[part~="retry"]')).to.equal(null);
      const errors = ours(log.error);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<recovery-article>').and.contain('slug="no-such-article"');
      expect(errors[0]).to.contain('valid slugs: sample, finding-a-meeting, english-only');
      await expect(el).to.be.accessible();
    });

    it('in Spanish lists the Spanish slugs, with a Spanish message', async () => {
      const el = await article(html`<recovery-article lang="es" slug="nada" content-base=${BASE}></recovery-article>`);
      expect($(el, '[part~="message"]')!.textContent).to.contain('No se encontró este artículo.');
      expect(ours(log.error)[0]).to.contain('valid slugs: sample');
      await expect(el).to.be.accessible();
    });

    it('says so when even the index cannot be read (a wrong content-base)', async () => {
      const el = await article(
        html`<recovery-article slug="sample" content-base="/test/fixtures/articles/nowhere/"></recovery-article>`,
      );
      expect($(el, '[part~="message"]')).to.exist;
      expect(ours(log.error)[0]).to.contain('index.en.json').and.contain('check content-base');
    });

    it('refuses a slug that is not a slug without fetching it', async () => {
      const el = await article(html`<recovery-article slug="../../secrets" content-base=${BASE}></recovery-article>`);
      expect($(el, '[part~="message"]')!.textContent).to.contain('could not be found');
      expect(ours(log.error)[0]).to.contain('slug="../../secrets" is not a slug');
      expect(performance.getEntriesByType('resource').some((r) => r.name.includes('secrets'))).to.equal(false);
    });
  });

  describe('failures', () => {
    it('shows a network error with Try again, which works once the source recovers', async () => {
      const key = unique();
      const errors: CustomEvent[] = [];
      const el = await article(html`<recovery-article
        src="/faults/flaky/${key}?file=${SAMPLE}"
        @recovery-article-error=${(e: CustomEvent) => errors.push(e)}
      ></recovery-article>`);
      expect($(el, '[part~="message"]')!.textContent).to.contain('The article could not be loaded.');
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['network']);
      const logged = ours(log.error);
      expect(logged).to.have.length(1);
      expect(logged[0])
        .to.contain('<recovery-article>')
        .and.contain(`src="/faults/flaky/${key}`)
        .and.contain('HTTP 500');
      await expect(el).to.be.accessible();

      // Still broken: Try again shows the error again.
      $(el, '[part~="retry"]')!.click();
      await until(() => errors.length === 2);
      expect($(el, '[part~="retry"]')).to.exist;

      await fetch(`/faults/heal/${key}`);
      $(el, '[part~="retry"]')!.click();
      await until(() => $(el, '[part~="title"]'));
      expect($(el, '[part~="title"]')!.textContent).to.equal("You can't do recovery alone");
      await until(() => el.shadowRoot!.activeElement === $(el, '[part~="title"]'));
    });

    it('gives up on a server that does not answer, and offers Try again', async () => {
      const el = document.createElement('recovery-article');
      (el as unknown as { loadTimeout: number }).loadTimeout = 300;
      el.src = '/faults/slow?ms=3000';
      const container = await fixture(html`<div></div>`);
      container.append(el);
      const event = await oneEvent(el, 'recovery-article-error');
      expect(event.detail.reason).to.equal('network');
      expect($(el, '[part~="retry"]')).to.exist;
      expect(ours(log.error)[0]).to.contain('/faults/slow?ms=3000 did not answer within 0.3 s');
    });

    it('treats an HTTP 500 from the content base as a network error', async () => {
      const el = await article(html`<recovery-article slug="sample" content-base="/faults/500/"></recovery-article>`);
      expect($(el, '[part~="retry"]')!.textContent).to.equal('Try again');
      expect(ours(log.error)[0]).to.contain('HTTP 500');
    });

    it('reports malformed JSON as damaged, with Try again', async () => {
      const el = await fixture<RecoveryArticle>(
        html`<recovery-article src="${FIXTURES}malformed.json"></recovery-article>`,
      );
      const event = await oneEvent(el, 'recovery-article-error');
      expect(event.detail).to.deep.equal({ slug: '', reason: 'invalid' });
      expect($(el, '[part~="message"]')!.textContent).to.contain('its file is damaged');
      expect($(el, '[part~="retry"]')).to.exist;
      expect(ours(log.error)[0]).to.contain('malformed.json').and.contain('is not JSON');
      await expect(el).to.be.accessible();
    });

    it('reports an HTML page answered instead of JSON', async () => {
      const el = await article(html`<recovery-article src="/faults/not-json"></recovery-article>`);
      expect($(el, '[part~="message"]')).to.exist;
      expect(ours(log.error)[0]).to.contain('/faults/not-json').and.contain('not JSON');
    });

    it('reports JSON of the wrong shape', async () => {
      for (const src of [`${FIXTURES}wrong-shape.json`, '/faults/wrong-shape', '/faults/empty-array']) {
        log.restore();
        log = recordConsole();
        const el = await article(html`<recovery-article src=${src}></recovery-article>`);
        expect($(el, '[part~="message"]')!.textContent, src).to.contain('its file is damaged');
        expect(ours(log.error)[0], src).to.contain('is not an article document');
      }
    });

    it('survives a connection cut halfway through the file', async () => {
      const el = await article(html`<recovery-article src="/faults/truncated?file=${SAMPLE}"></recovery-article>`);
      expect($(el, '[part~="retry"]')).to.exist;
      expect(ours(log.error)).to.have.length(1);
    });

    it('stops reading a file larger than 2 MB', async () => {
      const el = await article(html`<recovery-article src="/faults/huge?mb=5"></recovery-article>`);
      expect($(el, '[part~="message"]')).to.exist;
      expect(ours(log.error)[0]).to.match(/more than the 2(\.0)? MB limit/);
    });

    it('refuses a src that is not http(s)', async () => {
      const el = await article(html`<recovery-article src="javascript:window.__pwned=1"></recovery-article>`);
      expect($(el, '[part~="message"]')).to.exist;
      expect(ours(log.warn)[0]).to.contain('src="javascript:window.__pwned=1" is not an http(s) URL');
      expect($$(el, 'a')).to.deep.equal([]);
    });
  });

  it('aborts the previous load and ignores a stale answer when the article changes', async () => {
    const loads: string[] = [];
    const el = await fixture<RecoveryArticle>(html`<recovery-article
      src="/faults/slow?ms=600"
      @recovery-article-load=${(e: CustomEvent) => loads.push(e.detail.title)}
      @recovery-article-error=${(e: CustomEvent) => loads.push(`error ${e.detail.reason}`)}
    ></recovery-article>`);
    await new Promise((r) => setTimeout(r, 50));
    el.src = SAMPLE;
    await shown(el);
    await new Promise((r) => setTimeout(r, 800));
    expect(loads).to.deep.equal(["You can't do recovery alone"]);
    expect($(el, '[part~="title"]')!.textContent).to.equal("You can't do recovery alone");
    expect(ours(log.error)).to.deep.equal([]);
  });

  it('loads another article when slug changes', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    el.slug = 'finding-a-meeting';
    await until(() => $(el, '[part~="title"]')?.textContent === 'Finding a meeting');
  });
});
