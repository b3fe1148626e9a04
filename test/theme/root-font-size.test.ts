import { expect } from '@open-wc/testing';
import { closePages, openSrcdoc, until, type PageWindow } from '../helpers/frame.js';
import { $ } from '../helpers/shadow.js';

/**
 * Many WordPress themes set `html { font-size: 62.5% }` (so 1rem is 10px) and size their own text
 * back up on `body`. The widgets size themselves in `em` of their own text, so on such a page they
 * look as they do on a page that leaves the root alone.
 */
const ARTICLES = '/test/fixtures/articles/content/';

async function page(style: string): Promise<PageWindow> {
  const win = await openSrcdoc(
    `<style>${style}</style><script src="/dist/recovery-widgets.js" defer></script>`,
    `<recovery-article slug="sample" toc content-base="${ARTICLES}"></recovery-article>
     <recovery-cta organization="Harbor" phone="555-0100"></recovery-cta>
     <support-group-finder></support-group-finder>`,
    { width: 1200, height: 800 },
  );
  const article = win.document.querySelector('recovery-article')!;
  await until(() => article.shadowRoot && $(article, '[part~="title"]'), 8000);
  const finder = win.document.querySelector('support-group-finder')!;
  await until(() => finder.shadowRoot && $(finder, '[part~="directory"]'), 8000);
  return win;
}

const measure = (win: PageWindow) => {
  const box = (tag: string, selector: string) => $(win.document.querySelector(tag)!, selector)!.getBoundingClientRect();
  return {
    article: box('recovery-article', '[part~="base"]').width,
    articleText: parseFloat(win.getComputedStyle($(win.document.querySelector('recovery-article')!, 'p')!).fontSize),
    ctaPadding: parseFloat(
      win.getComputedStyle($(win.document.querySelector('recovery-cta')!, '[part~="base"]')!).paddingTop,
    ),
    finderHeading: box('support-group-finder', '[part~="heading"]').height,
  };
};

describe('a host page with html { font-size: 62.5% }', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('shows the article column, spacing and headings at the same size as a normal page', async () => {
    const normal = measure(await page('body { margin: 0; font-size: 16px }'));
    const squeezed = measure(await page('html { font-size: 62.5% } body { margin: 0; font-size: 1.6rem }'));
    // The article's column is its own 42em, not 42 of the page's 10px rems (420px).
    expect(normal.article).to.be.closeTo(672, 2);
    expect(squeezed.article).to.be.closeTo(normal.article, 2);
    expect(squeezed.articleText).to.equal(normal.articleText);
    expect(squeezed.ctaPadding).to.be.closeTo(normal.ctaPadding, 0.5);
    expect(squeezed.finderHeading).to.be.closeTo(normal.finderHeading, 0.5);
  });
});
