import { expect } from '@open-wc/testing';
import { deepElements } from '../helpers/deep.js';
import { closePages, openPage, until, type PageWindow } from '../helpers/frame.js';

/**
 * The privacy audit and the clean-console check, on the demo pages as a partner publishes them.
 * Each page is opened with `?record` (the test server runs test/pages/record.js first), a visitor's
 * flow is played, and then everything the page did is checked: requests only to its own origin
 * (where the demo's feeds and articles live), no cookies, no storage, no geolocation without a
 * click, outbound links without referrer, and a console with no warning or error.
 */
type Recorder = PageWindow['__record'] & {
  requests: string[];
  storage: string[];
  cookies: string[];
  geolocation: string[];
};

interface Flow {
  page: string;
  /** What a visitor does; resolves when the page has settled. */
  play(win: PageWindow): Promise<void>;
}

const upgraded = async (win: PageWindow, tag: string) => {
  await win.customElements.whenDefined(tag);
  type Lit = HTMLElement & { updateComplete: Promise<unknown> };
  const el = (await until(() => win.document.querySelector(tag))) as Lit;
  await el.updateComplete;
  return el;
};

/** The demo's language menu, as a visitor uses it. */
function chooseLanguage(win: PageWindow, lang: string): void {
  const select = win.document.querySelector<HTMLSelectElement>('[data-lang-select]')!;
  select.value = lang;
  select.dispatchEvent(new Event('change'));
}

const shadowOf = (win: PageWindow, selector: string) => win.document.querySelector(selector)!.shadowRoot!;
const settle = () => new Promise((r) => setTimeout(r, 150));

const FLOWS: Flow[] = [
  {
    page: 'index.html',
    async play(win) {
      const cta = await upgraded(win, 'recovery-cta');
      // Switch language and theme as the demo's visitor can, then use a contact action.
      chooseLanguage(win, 'es');
      (win.document.querySelector('[data-theme="dark"]') as HTMLElement).click();
      await until(() => cta.shadowRoot!.textContent!.includes('Comience'));
      const call = cta.shadowRoot!.querySelector('a[href^="tel:"]') as HTMLAnchorElement;
      call.addEventListener('click', (e) => e.preventDefault(), { once: true });
      call.click();
    },
  },
  {
    page: 'article.html',
    async play(win) {
      const article = await upgraded(win, 'recovery-article');
      const root = shadowOf(win, 'recovery-article');
      await until(() => root.querySelector('[part~="title"]'), 8000);
      await until(() => shadowOf(win, 'related-posts').querySelectorAll('a[href]').length > 0, 8000);
      // Read: contents, a citation and its back-link, a larger font.
      root.querySelector<HTMLElement>('[part~="toc"] a')!.click();
      root.querySelector<HTMLElement>('[part~="citation"]')!.click();
      root.querySelector<HTMLElement>('[part~="back-link"]')!.click();
      root.querySelector<HTMLElement>('[part~="control-larger"]')!.click();
      // Switch language, then switch article in place.
      chooseLanguage(win, 'es');
      await until(() => root.querySelector('[part~="title"]')?.textContent === 'Nadie se recupera solo', 8000);
      chooseLanguage(win, 'en');
      article.setAttribute('slug', 'four-main-triggers-for-relapse');
      await until(
        () => root.querySelector('[part~="title"]')?.textContent === 'Four Main Triggers for Relapse in Recovery',
        8000,
      );
      await settle();
    },
  },
  {
    page: 'finder.html',
    async play(win) {
      await upgraded(win, 'support-group-finder');
      const root = shadowOf(win, 'support-group-finder');
      await until(() => root.querySelector('[part~="meeting-name"]'), 15000);
      const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'grateful';
      input.dispatchEvent(new Event('input'));
      const day = [...root.querySelectorAll<HTMLElement>('[part~="filter-days"] label')].find(
        (l) => l.textContent!.trim() === 'Sunday',
      );
      day?.querySelector('input')?.click();
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await settle();
      root.querySelector<HTMLElement>('[part~="meeting-name"]')!.click();
      const calendar = await until(() => root.querySelector<HTMLElement>('[part~="calendar"]'), 5000);
      calendar!.click();
      // Stay on the detail: its directions and join links are the outbound links to check.
      await settle();
    },
  },
  {
    page: 'directory.html',
    async play(win) {
      await upgraded(win, 'support-group-finder');
      const root = shadowOf(win, 'support-group-finder');
      await until(() => root.querySelectorAll('a[href^="https://"]').length > 3, 5000);
      root.querySelector<HTMLInputElement>('input[type="radio"][value="family"]')?.click();
      await settle();
      root.querySelector<HTMLInputElement>('input[type="radio"][value="pro"]')?.click();
      await settle();
    },
  },
];

describe('privacy audit and clean console on the demo pages', function () {
  this.timeout(30000);

  for (const flow of FLOWS) {
    describe(flow.page, () => {
      let win: PageWindow;
      let rec: Recorder;
      before(async () => {
        win = await openPage(`/demo/${flow.page}?record`, { width: 1024, height: 900 });
        rec = win.__record as Recorder;
        await flow.play(win);
        await new Promise((r) => setTimeout(r, 300));
      });
      after(closePages);

      it('requests only its own origin', () => {
        const foreign = rec.requests.filter((u) => new URL(u).origin !== location.origin);
        expect(foreign).to.deep.equal([]);
        expect(rec.requests.length).to.be.greaterThan(0);
      });

      it('sets no cookie and writes no storage', () => {
        expect(rec.cookies).to.deep.equal([]);
        expect(win.document.cookie).to.equal('');
        expect(rec.storage).to.deep.equal([]);
      });

      it('never asks for the location by itself', () => {
        expect(rec.geolocation).to.deep.equal([]);
      });

      it('gives outbound links no referrer and no opener', () => {
        const outbound = deepElements(win.document).filter(
          (e): e is HTMLAnchorElement =>
            e.localName === 'a' &&
            /^https?:/.test((e as HTMLAnchorElement).href) &&
            new URL((e as HTMLAnchorElement).href).origin !== location.origin,
        );
        for (const a of outbound) {
          const rel = a.rel.split(/\s+/);
          expect(rel, a.href).to.include.members(['noopener', 'noreferrer']);
        }
        expect(outbound.length, 'outbound links checked').to.be.greaterThan(0);
      });

      it('prints no error and no warning', () => {
        expect(rec.errors, 'uncaught').to.deep.equal([]);
        expect(rec.error, 'console.error').to.deep.equal([]);
        expect(rec.warn, 'console.warn').to.deep.equal([]);
        expect(rec.violations).to.deep.equal([]);
      });
    });
  }
});
