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

const FLOWS: Flow[] = [
  {
    page: 'index.html',
    async play(win) {
      const cta = await upgraded(win, 'recovery-cta');
      // Switch language and theme as the demo's visitor can, then use a contact action.
      (win.document.querySelector('[data-lang="es"]') as HTMLElement).click();
      (win.document.querySelector('[data-theme="dark"]') as HTMLElement).click();
      await until(() => cta.shadowRoot!.textContent!.includes('Comience'));
      const call = cta.shadowRoot!.querySelector('a[href^="tel:"]') as HTMLAnchorElement;
      call.addEventListener('click', (e) => e.preventDefault(), { once: true });
      call.click();
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
            e.localName === 'a' && /^https?:/.test((e as HTMLAnchorElement).href) && new URL((e as HTMLAnchorElement).href).origin !== location.origin,
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
