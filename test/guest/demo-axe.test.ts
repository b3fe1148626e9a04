import { expect } from '@open-wc/testing';
import { widgetStates } from '../../scripts/lib/widget-state.mjs';
import { closePages, openPage, until, type PageWindow } from '../helpers/frame.js';

/**
 * The demo pages are what partners copy from, so each must pass axe as a whole page, as the widgets
 * do on their own: after every widget has loaded, in light and dark, English and Spanish (switched
 * with the demo's own buttons, as a visitor would).
 */
interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}
type AxeWindow = PageWindow & { axe?: { run(context: Document): Promise<AxeResult> } };

/** Loads axe-core into the page itself (the one @open-wc/testing uses) and runs it on the page. */
async function axeViolations(win: AxeWindow): Promise<string[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    win.document.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(win.document);
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every widget on the page defined, drawn, and done loading (no skeleton, no error). */
async function widgetsLoaded(win: PageWindow) {
  await until(() => {
    const states = widgetStates(win);
    const waiting = states.filter((s) => s.state !== 'ready');
    if (states.length === 0 || waiting.length) throw new Error(JSON.stringify(waiting));
    return true;
  }, 20000);
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
}

const click = (win: PageWindow, selector: string) => (win.document.querySelector(selector) as HTMLElement).click();
/** The demo's language menu, as a visitor uses it. */
function chooseLanguage(win: PageWindow, lang: string): void {
  const select = win.document.querySelector<HTMLSelectElement>('[data-lang-select]')!;
  select.value = lang;
  select.dispatchEvent(new Event('change'));
}

describe('demo pages pass axe after their widgets load', function () {
  this.timeout(90000);
  afterEach(closePages);

  for (const page of ['index', 'article', 'finder', 'directory']) {
    it(`${page}.html: light and dark, in every language`, async () => {
      const win = (await openPage(`/demo/${page}.html`, { width: 1024, height: 900 })) as AxeWindow;
      const results: Record<string, string[]> = {};
      const states = [
        ['en', 'light'],
        ['en', 'dark'],
        ['es', 'dark'],
        ['es', 'light'],
        ['fr', 'light'],
        ['pt', 'dark'],
        ['zh', 'light'],
        ['ar', 'dark'],
      ];
      for (const [lang, theme] of states) {
        chooseLanguage(win, lang);
        click(win, `button[data-theme="${theme}"]`);
        await until(() =>
          [...win.document.querySelectorAll('recovery-cta, recovery-article, support-group-finder')].every(
            (w) => w.getAttribute('lang') === lang,
          ),
        );
        await widgetsLoaded(win);
        results[`${lang} ${theme}`] = await axeViolations(win);
      }
      expect(results).to.deep.equal(Object.fromEntries(states.map(([l, t]) => [`${l} ${t}`, []])));
    });
  }

  it('marks only the demo buttons as pressed, never <html data-theme>', async () => {
    const win = await openPage('/demo/index.html?theme=dark&lang=es');
    const root = win.document.documentElement;
    expect(root.dataset.theme).to.equal('dark');
    expect(root.hasAttribute('aria-pressed')).to.equal(false);
    const pressed = [...win.document.querySelectorAll('[aria-pressed="true"]')].map((b) => b.textContent);
    expect(pressed).to.deep.equal(['Dark']);
    expect(win.document.querySelector<HTMLSelectElement>('[data-lang-select]')!.value).to.equal('es');
    // The widgets are in Spanish; the demo's own text around them stays English, and says so.
    expect(win.document.querySelector('recovery-cta')!.getAttribute('lang')).to.equal('es');
    expect(root.lang).to.equal('en');
  });

  it('lets a keyboard reach the code to paste', async () => {
    const win = await openPage('/demo/finder.html');
    const snippet = win.document.querySelector<HTMLElement>('pre.snippet')!;
    expect(snippet.tabIndex).to.equal(0);
    snippet.focus();
    expect(win.document.activeElement).to.equal(snippet);
  });
});
