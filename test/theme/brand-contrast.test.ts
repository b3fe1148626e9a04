import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/recovery-article/recovery-article.js';
import '../../src/components/recovery-cta/recovery-cta.js';
import '../../src/components/related-posts/related-posts.js';
import '../../src/components/support-group-finder/support-group-finder.js';
import type { SupportGroupFinder } from '../../src/components/support-group-finder/support-group-finder.js';
import { checkContrast } from '../../src/internal/contrast-check.js';
import { ours, recordConsole, type ConsoleRecord } from '../helpers/console.js';
import { until } from '../helpers/frame.js';
import { $, $$ } from '../helpers/shadow.js';
import { MONDAY_EVENING } from '../components/support-group-finder/helpers.js';

/**
 * A partner's designer sets a brand primary, a serif font and square corners on `:root`, for the
 * light theme only. Every widget, in every state, must stay readable in light, dark and auto (on a
 * dark system): axe finds no contrast problem and the contrast check finds nothing to say.
 */
const BRAND = '--recovery-color-primary: #7a1f5c; --recovery-font-family: Georgia, serif; --recovery-radius: 0';
const ARTICLES = '/test/fixtures/articles/content/';
const INDEX = '/test/fixtures/content-index/';
const EDGE = '/test/fixtures/feeds/edge-cases.json';

const finderIn = (theme: string, src?: string) => {
  const el = document.createElement('support-group-finder') as SupportGroupFinder;
  el.now = MONDAY_EVENING;
  el.setAttribute('theme', theme);
  if (src) el.setAttribute('src', src);
  return el;
};

/** Every widget in its loaded, detail, empty and error states, in one theme. */
async function everyState(theme: string): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div>
    <recovery-cta theme=${theme} organization="Harbor" phone="(206) 555-0142" sms="206-555-0143"
      email="help@harbor.example" contact-url="/contact" hours="Mon–Fri, 9–5"></recovery-cta>
    <recovery-article theme=${theme} slug="sample" toc reading-time content-base=${ARTICLES}></recovery-article>
    <recovery-article theme=${theme} slug="no-such-article" content-base=${ARTICLES}></recovery-article>
    <recovery-article theme=${theme} slug="sample" content-base="/faults/500/"></recovery-article>
    <related-posts theme=${theme} for="you-cant-do-recovery-alone" layout="grid" content-base=${INDEX}></related-posts>
    <related-posts theme=${theme} for="you-cant-do-recovery-alone" layout="list" content-base=${INDEX}></related-posts>
    <related-posts theme=${theme} for="alcohol-and-sleep" content-base=${INDEX}></related-posts>
    <related-posts theme=${theme} content-base="/faults/404/"></related-posts>
  </div>`);
  const [directory, list, detail, empty, broken] = [
    finderIn(theme),
    finderIn(theme, EDGE),
    finderIn(theme, EDGE),
    finderIn(theme, EDGE),
    finderIn(theme, '/faults/404'),
  ];
  page.append(directory, list, detail, empty, broken);

  const articles = page.querySelectorAll('recovery-article');
  await until(() => [...articles].every((a) => $(a, '[part~="title"], [part~="message"]')), 8000);
  await until(() => [...page.querySelectorAll('related-posts')].every((r) => !$(r, '[role="status"]')), 8000);
  await until(() => $(directory, '[part~="directory"]'));
  await until(() => [list, detail, empty].every((f) => $$(f, '[part~="meeting-name"]').length), 8000);
  await until(() => $(broken, '[part~="error"]'), 8000);

  $$(detail, '[part~="meeting-name"]')[0].click();
  await until(() => $(detail, '[part~="detail"]'));
  const search = $(empty, 'input[type="search"]') as HTMLInputElement;
  search.value = 'no meeting is called this';
  search.dispatchEvent(new Event('input'));
  await until(() => $(empty, '[part~="empty"]'));
  // The directory's chosen path is drawn in the primary color.
  $$(directory, '[part~="path-tab"] input')[1].click();
  for (const el of page.children) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return page;
}

describe('a brand primary set on :root for light only', function () {
  this.timeout(60000);
  let log: ConsoleRecord;
  beforeEach(() => {
    log = recordConsole();
    document.documentElement.setAttribute('style', BRAND);
  });
  afterEach(async () => {
    document.documentElement.removeAttribute('style');
    await emulateMedia({ colorScheme: 'light' });
    log.restore();
  });

  for (const [theme, system] of [
    ['light', 'light'],
    ['dark', 'light'],
    ['auto', 'dark'],
  ] as const) {
    it(`stays readable in theme="${theme}" on a ${system} system, in every state of every widget`, async () => {
      await emulateMedia({ colorScheme: system });
      const page = await everyState(theme);
      const roots = [...page.children].map((el) => $(el, '.root')!);
      const scheme = theme === 'light' ? 'light' : 'dark';
      expect(roots.map((r) => getComputedStyle(r).colorScheme)).to.deep.equal(roots.map(() => scheme));
      // The brand is in effect: the light theme draws links in it, dark in a lightened version.
      const link = $(page.querySelector('recovery-cta')!, '[part~="action-email"]')!;
      const primary = getComputedStyle(link).color;
      if (theme === 'light') expect(primary).to.equal('rgb(122, 31, 92)');
      else expect(primary).to.match(/^oklch\(0\.78 /);
      expect(getComputedStyle(roots[0]).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(link).borderTopLeftRadius).to.equal('0px');

      await expect(page).to.be.accessible();

      for (const el of page.children) checkContrast(el.localName, $(el, '.root')!);
      expect(ours(log.warn).filter((m) => m.includes('contrast'))).to.deep.equal([]);
    });
  }
});
