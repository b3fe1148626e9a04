import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/recovery-cta/recovery-cta.js';
import { ours, recordConsole } from '../helpers/console.js';
import { closePages, openPage, openSrcdoc, until, type PageWindow } from '../helpers/frame.js';
import { ratioOfHex } from './wcag.js';

/**
 * The configurator page (demo/configure.html), as a partner uses it: fill in details, pick a look,
 * read the contrast, copy the code. It must say what the widgets say, show what the code gives,
 * pass axe, work from the keyboard and ask nothing of anyone but its own folder.
 */
/** The README's strictest policy, the one the widgets are tested under. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html recovery-widgets";

type Win = PageWindow & {
  axe?: { run: (ctx: unknown, options?: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
};

async function openConfigurator(): Promise<Win> {
  const win = (await openPage('/demo/configure.html?record', { width: 1400, height: 900 })) as Win;
  await until(() => win.document.body.dataset.ready === 'true', 10000);
  return win;
}

/** A partner types into a field. */
function fill(win: Win, id: string, value: string): void {
  const field = win.document.getElementById(id) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new win.Event('input', { bubbles: true }));
}

function choose(win: Win, id: string): void {
  (win.document.getElementById(id) as HTMLInputElement).click();
}

/** Waits for the page to redraw after a change (it updates once per frame). */
async function redrawn(win: Win): Promise<void> {
  delete win.document.body.dataset.ready;
  await until(() => win.document.body.dataset.ready === 'true');
}

const code = (win: Win, which: 'html' | 'css' | 'csp') => win.document.getElementById(`code-${which}`)!.textContent!;
const problem = (win: Win, id: string) => win.document.getElementById(`${id}-problem`)!.textContent!;
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const previewCta = (win: Win, theme: string) => win.document.querySelector(`#preview-${theme} recovery-cta`)!;

/** The readout's row for a pair: [ratio, needs, result]. */
function row(win: Win, theme: string, label: string): string[] {
  const tr = [...win.document.querySelectorAll(`#contrast-${theme} tbody tr`)].find(
    (r) => r.querySelector('th')!.textContent === label,
  );
  return [...tr!.querySelectorAll('td')].map((td) => td.textContent!);
}

async function axe(win: Win) {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r));
    win.document.head.append(script);
    await loaded;
  }
  // The preview shows each widget twice (light and dark) on purpose, so the article's "Contents"
  // and "References" landmarks each appear twice: axe's best-practice landmark-unique rule (not a
  // WCAG criterion) is the one rule left out.
  const { violations } = await win.axe!.run(win.document, { rules: { 'landmark-unique': { enabled: false } } });
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`);
}

describe('the configurator page', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('passes axe and says nothing to the console, as it opens and with a brand set', async () => {
    const win = await openConfigurator();
    expect(await axe(win)).to.deep.equal([]);
    fill(win, 'primary', '#7a1f5c');
    fill(win, 'font', 'Georgia, serif');
    fill(win, 'phone', '(206) 555-0142');
    choose(win, 'lang-es');
    await redrawn(win);
    expect(await axe(win)).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.error).to.deep.equal([]);
    expect(win.__record.warn).to.deep.equal([]);
  });

  it('asks nothing of anyone: every request stays in its own folders', async () => {
    const win = await openConfigurator();
    fill(win, 'contactUrl', 'https://harbor.example/contact');
    await redrawn(win);
    await new Promise((r) => setTimeout(r, 500));
    const requests = (win.__record as unknown as { requests: string[] }).requests.map((u) => new URL(u));
    expect(requests.length).to.be.greaterThan(2);
    expect(requests.filter((u) => u.origin !== location.origin)).to.deep.equal([]);
    expect(
      requests.filter((u) => !/^\/(demo|dist)\/|^\/test\/pages\/record\.js$|^\/__web-dev-server/.test(u.pathname)),
    ).to.deep.equal([]);
  });

  it('updates the preview and the CSS when the brand color changes; dark gets a readable variant', async () => {
    const win = await openConfigurator();
    expect(code(win, 'css')).to.contain('nothing to add');
    fill(win, 'primary', '#7a1f5c');
    await redrawn(win);
    expect(code(win, 'css')).to.equal(':root {\n  --recovery-color-primary: #7a1f5c;\n}');
    const link = (theme: string) => shadow(previewCta(win, theme), '[part~="helpline-link"]');
    expect(win.getComputedStyle(link('light')).color).to.equal('rgb(122, 31, 92)');
    expect(win.getComputedStyle(link('dark')).color).to.match(/^oklch\(0\.78 /);
    // The picker beside the field follows it, and the field follows the picker.
    const picker = win.document.querySelector<HTMLInputElement>('input[data-for="primary"]')!;
    expect(picker.value).to.equal('#7a1f5c');
    picker.value = '#1b6f5c';
    picker.dispatchEvent(new win.Event('input', { bubbles: true }));
    await redrawn(win);
    expect((win.document.getElementById('primary') as HTMLInputElement).value).to.equal('#1b6f5c');
    expect(code(win, 'css')).to.contain('--recovery-color-primary: #1b6f5c;');
  });

  it('reads out each pair’s contrast as computed, with a clear pass or fail', async () => {
    const win = await openConfigurator();
    fill(win, 'primary', '#7a1f5c');
    fill(win, 'text', '#777777');
    fill(win, 'surface', '#888888');
    await redrawn(win);
    const floor2 = (n: number) => (Math.floor(n * 100) / 100).toFixed(2);
    expect(row(win, 'light', 'Text on the background')).to.deep.equal([
      `${floor2(ratioOfHex('#777777', '#888888'))}:1`,
      '4.5:1',
      'Fail',
    ]);
    expect(row(win, 'light', 'Button text on buttons')).to.deep.equal([
      `${floor2(ratioOfHex('#ffffff', '#7a1f5c'))}:1`,
      '4.5:1',
      'Pass',
    ]);
    expect(win.document.getElementById('contrast-summary')!.textContent).to.match(/^\d+ pairs fail/);
    // The dark theme keeps its own text and surfaces, so it still passes.
    expect(row(win, 'dark', 'Text on the background')[2]).to.equal('Pass');
    expect(row(win, 'dark', 'Links on the background')[2]).to.equal('Pass');
  });

  it('gives bad details the messages the widgets give, and leaves them out of the code', async () => {
    // What a widget prints for the same attributes.
    const log = recordConsole();
    const bad = {
      phone: '()-',
      email: 'help@harbor.example?bcc=everyone@evil.example',
      'contact-url': 'javascript:alert(1)',
    };
    await fixture(
      html`<recovery-cta phone=${bad.phone} email=${bad.email} contact-url=${bad['contact-url']}></recovery-cta>`,
    );
    const widget = ours(log.warn).map((m) => m.replace('[recovery-widgets] <recovery-cta>: ', ''));
    log.restore();
    expect(widget).to.have.length(3);

    const win = await openConfigurator();
    fill(win, 'phone', bad.phone);
    fill(win, 'email', bad.email);
    fill(win, 'contactUrl', bad['contact-url']);
    fill(win, 'primary', 'not-a-color');
    await redrawn(win);
    expect([problem(win, 'phone'), problem(win, 'email'), problem(win, 'contactUrl')]).to.deep.equal(widget);
    expect(problem(win, 'primary')).to.contain('"not-a-color" is not a CSS color');
    for (const id of ['phone', 'email', 'contactUrl', 'primary']) {
      expect(win.document.getElementById(id)!.getAttribute('aria-invalid'), id).to.equal('true');
    }
    const snippet = code(win, 'html');
    expect(snippet).not.to.contain('phone=').and.not.to.contain('javascript').and.not.to.contain('evil');
    expect(code(win, 'css')).not.to.contain('not-a-color');
    expect(previewCta(win, 'light').hasAttribute('phone')).to.equal(false);
    expect(win.document.querySelector('#preview-light')!.hasAttribute('contact-url')).to.equal(false);
    // Fixing a field clears its message.
    fill(win, 'phone', '(206) 555-0142');
    await redrawn(win);
    expect(problem(win, 'phone')).to.equal('');
    expect(win.document.getElementById('phone')!.hasAttribute('aria-invalid')).to.equal(false);
    expect(code(win, 'html')).to.contain('phone="(206) 555-0142"');
  });

  it('escapes what a partner types into the snippet', async () => {
    const win = await openConfigurator();
    fill(win, 'organization', 'Harbor "Recovery" <b>&</b>');
    await redrawn(win);
    expect(code(win, 'html')).to.contain('organization="Harbor &quot;Recovery&quot; &lt;b&gt;&amp;&lt;/b&gt;"');
  });

  it('works from the keyboard: type a color, move on, copy the code', async () => {
    const win = await openConfigurator();
    const field = win.document.getElementById('primary') as HTMLInputElement;
    field.focus();
    field.select();
    await sendKeys({ type: '#1b6f5c' });
    await sendKeys({ press: 'Tab' });
    expect(win.document.activeElement).to.equal(win.document.querySelector('input[data-for="primary"]'));
    await redrawn(win).catch(() => undefined);
    await until(() => code(win, 'css').includes('#1b6f5c'));
    const copy = win.document.querySelector<HTMLButtonElement>('[data-copy="code-css"]')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    // Copied, or (where the clipboard is refused) selected with the keys to press.
    await until(() => /^CSS (copied|selected)/.test(win.document.getElementById('copy-status')!.textContent!));
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`writes code that gives a blank page the look of the ${theme} preview`, async () => {
      const win = await openConfigurator();
      fill(win, 'organization', 'Harbor Recovery Center');
      fill(win, 'phone', '(206) 555-0142');
      fill(win, 'primary', '#7a1f5c');
      fill(win, 'onPrimary', '#fffaf0');
      fill(win, 'font', 'Georgia, serif');
      fill(win, 'radius', '0');
      choose(win, `theme-${theme}`);
      await redrawn(win);
      const snippet = code(win, 'html').replace('/recovery-widgets/recovery-widgets.js', '/dist/recovery-widgets.js');
      const blank = await openSrcdoc(`<style>${code(win, 'css')}</style>`, snippet, { width: 1400, height: 900 });
      const pasted = blank.document.querySelector('recovery-cta')!;
      await until(() => pasted.shadowRoot?.querySelector('[part~="action-call"]'), 8000);
      const look = (w: Window, cta: Element) =>
        ['[part~="base"]', '[part~="heading"]', '[part~="action-call"]', '[part~="helpline-link"]'].map((s) => {
          const style = w.getComputedStyle(shadow(cta, s));
          return [s, style.color, style.backgroundColor, style.fontFamily, style.borderTopLeftRadius].join(' ');
        });
      expect(look(blank, pasted)).to.deep.equal(look(win, previewCta(win, theme)));
      expect(shadow(pasted, '[part~="heading"]').textContent).to.contain('Harbor Recovery Center');
    });
  }

  it('works under the strict Content-Security-Policy with Trusted Types', async () => {
    const page = await (await fetch('/demo/configure.html')).text();
    const frame = document.createElement('iframe');
    frame.style.width = '1400px';
    frame.style.height = '900px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.srcdoc = page.replace(
      '<head>',
      `<head><base href="/demo/"><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}"><script src="/test/pages/record.js"></script>`,
    );
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Win;
    await until(() => win.document.body.dataset.ready === 'true', 10000);
    fill(win, 'primary', '#7a1f5c');
    await redrawn(win);
    expect(code(win, 'css')).to.contain('#7a1f5c');
    expect(win.getComputedStyle(shadow(previewCta(win, 'light'), '[part~="helpline-link"]')).color).to.equal(
      'rgb(122, 31, 92)',
    );
    expect(win.__record.violations).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
  });
});
