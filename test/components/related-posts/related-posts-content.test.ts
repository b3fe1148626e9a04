import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/related-posts/related-posts.js';
import type { RelatedPosts } from '../../../src/components/related-posts/related-posts.js';
import { clearIndexCacheForTests } from '../../../src/content/load-index.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, settled } from '../../helpers/shadow.js';

/** The content folder as the build writes it, and as a webmaster may have (not) uploaded it. */
const CONTENT = '/dist/content/';

/** Waits until the index is read and the list (or a message) is on screen. */
async function ready(el: RelatedPosts): Promise<void> {
  for (let i = 0; i < 500; i++) {
    await settled(el);
    if (!$(el, '[part~="status"][role="status"]')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('related-posts never finished loading');
}

const titles = (el: Element) => $$(el, '[part~="item-title"]').map((h) => h.textContent!.trim());

describe('<related-posts> and the content folder', function () {
  this.timeout(30000);
  let log: ConsoleRecord;
  beforeEach(() => {
    log = recordConsole();
    clearIndexCacheForTests();
  });
  afterEach(() => log.restore());

  it('in a shipped language with no translations yet, lists the English articles marked, without a warning', async () => {
    const empty = await (await fetch(`${CONTENT}index.pt.json`)).json();
    expect(empty.articles).to.deep.equal([]);
    const el = await fixture<RelatedPosts>(
      html`<related-posts lang="pt" limit="4" href-template="/blog/{slug}" content-base=${CONTENT}></related-posts>`,
    );
    await ready(el);
    expect(titles(el)).to.have.length(4);
    expect($$(el, '[part~="item-language"]').map((p) => p.textContent)).to.deep.equal(Array(4).fill('Em inglês'));
    expect(ours(log.warn)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('names content-base and where it looked when the folder is not there', async () => {
    const base = '/test/fixtures/articles/nowhere/';
    const el = await fixture<RelatedPosts>(html`<related-posts content-base=${base}></related-posts>`);
    await ready(el);
    expect($(el, '[part~="status"]')!.textContent).to.equal('Related articles are not available right now.');
    const warnings = ours(log.warn);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('<related-posts>')
      .and.contain(`content-base="${base}"`)
      .and.contain(`it points to ${new URL(base, location.href).href}`)
      .and.contain('index.en.json');
  });

  it('without content-base, says that it is not set and names the folder beside the script', async () => {
    const el = await fixture<RelatedPosts>(html`<related-posts></related-posts>`);
    await ready(el);
    expect(ours(log.warn)[0])
      .to.contain('check content-base: it is not set')
      .and.contain('the content/ folder beside the script');
  });

  it('a read cut short by removing the element starts again when it is put back', async () => {
    const el = document.createElement('related-posts') as RelatedPosts;
    el.setAttribute('content-base', '/faults/slow-english/600/test/fixtures/content-index/');
    el.setAttribute('for', 'you-cant-do-recovery-alone');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    el.remove();
    await new Promise((r) => setTimeout(r, 100));
    host.append(el);
    await ready(el);
    expect(titles(el)).to.deep.equal([
      'What Is Peer Support?',
      'Supporting a Loved One in Recovery',
      'Choosing a Level of Care',
    ]);
    expect(ours(log.warn)).to.deep.equal([]);
  });
});
