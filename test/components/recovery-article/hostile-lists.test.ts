import { expect, html } from '@open-wc/testing';
import { MAX_NODES, MAX_REFERENCES, readDocument } from '../../../src/content/read-document.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { longestTask } from '../../helpers/long-tasks.js';
import type { RecoveryArticle } from '../../../src/components/recovery-article/recovery-article.js';
import { $, $$ } from '../../helpers/shadow.js';
import { article } from './article-helpers.js';

/**
 * An article `src` with thousands of references: before the fix, 5,000 froze the page for seconds
 * (a `value` on each list item made the browser renumber every later item, quadratic) and 15,000
 * for most of a minute. The test server writes the file (scripts/wtr/middleware.mjs).
 */
describe('<recovery-article> with a file of thousands of references', function () {
  this.timeout(120000);
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it(`keeps the first ${MAX_REFERENCES}, says so, numbers them right, and never blocks the page for long`, async () => {
    let el!: RecoveryArticle;
    let refs: HTMLElement[] = [];
    const longest = await longestTask(async () => {
      el = await article(html`<recovery-article src="/faults/generated/references?n=5000&cited=1"></recovery-article>`);
      refs = (await until(() => {
        const items = $$(el, '[part~="reference"]');
        return items.length ? items : undefined;
      }, 30000))!;
      await new Promise((r) => setTimeout(r, 200));
    }, 200);
    expect($(el, '[part~="title"]')!.textContent).to.equal('An article with many references');
    expect(refs).to.have.length(MAX_REFERENCES);
    // Numbered by their place, with the numbers the citations show.
    expect(refs.every((li) => !li.hasAttribute('value'))).to.equal(true);
    expect(refs.at(-1)!.id).to.equal(`ref-${MAX_REFERENCES}`);
    expect($$(el, '[part~="citation"]')).to.have.length(MAX_REFERENCES);
    const warnings = ours(log.warn);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('<recovery-article>')
      .and.contain('/faults/generated/references')
      .and.contain(`there are more than ${MAX_REFERENCES} references; the rest is left out`);
    expect(longest, `longest task ${longest} ms`).to.be.below(200);
  });

  it('renumbers references with gaps, and their citations with them', async () => {
    const { doc, problems } = readDocument(
      {
        title: 'Gaps',
        body: [{ type: 'paragraph', children: ['a', { type: 'cite', n: 7 }, { type: 'cite', n: 3 }] }],
        references: [
          { n: 7, title: 'Seventh' },
          { n: 3, title: 'Third' },
        ],
      },
      location.href,
    );
    expect(doc!.references.map((r) => [r.n, r.title])).to.deep.equal([
      [1, 'Third'],
      [2, 'Seventh'],
    ]);
    expect(doc!.body[0]).to.deep.equal({
      type: 'paragraph',
      children: ['a', { type: 'cite', n: 2 }, { type: 'cite', n: 1 }],
    });
    expect(problems.join()).to.contain('renumbered 1 to N');
  });

  it('bounds everything else it draws: blocks, list items and inline nodes together', () => {
    const read = (body: unknown[]) => readDocument({ title: 'Long lists', body }, location.href);
    const paragraphs = read(Array.from({ length: MAX_NODES + 5 }, () => ({ type: 'paragraph', children: [] })));
    expect(paragraphs.doc!.body).to.have.length(MAX_NODES);
    expect(paragraphs.problems.join()).to.contain(`more than ${MAX_NODES} nodes`);
    // Empty list items cost nothing in bytes but a drawn <li> each: 700 lists of 500 fit in 2 MB.
    const lists = read(Array.from({ length: 700 }, () => ({ type: 'list', items: Array(500).fill([]) })));
    const items = lists.doc!.body.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0);
    expect(lists.doc!.body.length + items).to.equal(MAX_NODES);
    expect(lists.problems.join()).to.contain(`more than ${MAX_NODES} nodes`);
    const { doc } = readDocument(
      { title: 'Names', body: [], topics: Array(80).fill('t'), translations: Array(80).fill('es') },
      location.href,
    );
    expect(doc!.topics).to.have.length(50);
    expect(doc!.translations).to.have.length(50);
  });

  it('a paragraph of thousands of inline nodes does not block the page for long either', async () => {
    let el!: RecoveryArticle;
    const longest = await longestTask(async () => {
      el = await article(
        html`<recovery-article src="/faults/generated/references?n=1&nodes=20000"></recovery-article>`,
      );
      await new Promise((r) => setTimeout(r, 300));
    }, 200);
    // The paragraph and its opening text, then each <em> and its word: two nodes each.
    expect($$(el, '[part~="body"] em').length).to.equal(Math.floor((MAX_NODES - 2) / 2));
    expect(ours(log.warn)[0]).to.contain(`more than ${MAX_NODES} nodes`);
    expect(longest, `longest task ${longest} ms`).to.be.below(200);
  });
});
