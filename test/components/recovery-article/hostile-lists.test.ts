import { expect, html } from '@open-wc/testing';
import { MAX_BLOCKS, MAX_ITEMS, MAX_REFERENCES, readDocument } from '../../../src/content/read-document.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { watchLongTasks } from '../../helpers/long-tasks.js';
import { $, $$ } from '../../helpers/shadow.js';
import { article } from './article-helpers.js';

/**
 * An article `src` with thousands of references: before the fix, 5,000 froze the page for seconds
 * (a `value` on each list item made the browser renumber every later item, quadratic) and 15,000
 * for most of a minute. The test server writes the file (scripts/wtr/middleware.mjs).
 */
describe('<recovery-article> with a file of thousands of references', function () {
  this.timeout(60000);
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('keeps the first 500, says so, numbers them right, and never blocks the page for long', async () => {
    const watch = watchLongTasks();
    const el = await article(
      html`<recovery-article src="/faults/generated/references?n=5000&cited=1"></recovery-article>`,
    );
    const refs = (await until(() => {
      const items = $$(el, '[part~="reference"]');
      return items.length ? items : undefined;
    }, 30000))!;
    await new Promise((r) => setTimeout(r, 200));
    const longest = watch.stop();
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
      .and.contain(`"references" has more than ${MAX_REFERENCES} entries; the first ${MAX_REFERENCES} are kept`);
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
    expect(problems.join()).to.contain('renumbered');
  });

  it('caps the other lists of the format: body blocks, list items, topics and translations', () => {
    const { doc, problems } = readDocument(
      {
        title: 'Long lists',
        body: [
          { type: 'list', items: Array.from({ length: MAX_ITEMS + 5 }, () => ['item']) },
          ...Array.from({ length: MAX_BLOCKS + 5 }, () => ({ type: 'paragraph', children: ['p'] })),
        ],
        topics: Array.from({ length: 80 }, (_, i) => `t${i}`),
        translations: Array.from({ length: 80 }, () => 'es'),
      },
      location.href,
    );
    expect(doc!.body).to.have.length(MAX_BLOCKS);
    expect((doc!.body[0] as { items: unknown[] }).items).to.have.length(MAX_ITEMS);
    expect(doc!.topics).to.have.length(50);
    expect(doc!.translations).to.have.length(50);
    for (const what of ['"body"', 'a list', '"topics"', '"translations"'])
      expect(problems.join('\n')).to.contain(`${what} has more than`);
  });
});
