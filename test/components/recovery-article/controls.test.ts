import { expect, html } from '@open-wc/testing';
import { recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $ } from '../../helpers/shadow.js';
import { article, BASE } from './article-helpers.js';

const size = (el: Element) => parseFloat(getComputedStyle($(el, '[part~="body"] p')!).fontSize);

/** Replaces a navigator member for one test (own property shadows the prototype's). */
function stubNavigator(name: 'share' | 'clipboard', value: unknown): () => void {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  return () => delete (navigator as unknown as Record<string, unknown>)[name];
}

describe('<recovery-article> tools', () => {
  let log: ConsoleRecord;
  const restore: (() => void)[] = [];
  beforeEach(() => (log = recordConsole()));
  afterEach(() => {
    log.restore();
    restore.splice(0).forEach((r) => r());
  });

  it('changes the text size in steps with A− and A+, announcing each step', async () => {
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    const smaller = $(el, '[part~="control-smaller"]')!;
    const larger = $(el, '[part~="control-larger"]')!;
    const status = $(el, '[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(smaller.textContent).to.contain('Smaller text');
    expect(larger.textContent).to.contain('Larger text');
    const normal = size(el);

    larger.click();
    await el.updateComplete;
    expect(size(el)).to.be.closeTo(normal * 1.125, 0.5);
    expect(status.textContent).to.equal('Text size 113%');
    larger.click();
    larger.click();
    await el.updateComplete;
    expect(size(el)).to.be.closeTo(normal * 1.5, 0.5);
    expect(status.textContent).to.equal('Text size 150%');
    expect(larger.getAttribute('aria-disabled')).to.equal('true');
    larger.click();
    await el.updateComplete;
    expect(size(el)).to.be.closeTo(normal * 1.5, 0.5);

    for (let i = 0; i < 4; i++) smaller.click();
    await el.updateComplete;
    expect(size(el)).to.be.closeTo(normal * 0.875, 0.5);
    expect(smaller.getAttribute('aria-disabled')).to.equal('true');
    expect(larger.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('announces the text size in Spanish', async () => {
    const el = await article(html`<recovery-article lang="es" slug="sample" content-base=${BASE}></recovery-article>`);
    $(el, '[part~="control-larger"]')!.click();
    await el.updateComplete;
    expect($(el, '[part~="status"]')!.textContent!.replace(/\s/g, ' ')).to.equal('Tamaño del texto 113 %');
  });

  it('uses the system share sheet when there is one', async () => {
    let shared: ShareData | undefined;
    restore.push(stubNavigator('share', async (data: ShareData) => void (shared = data)));
    const el = await article(
      html`<recovery-article slug="sample" content-base=${BASE} href-template="/blog/{slug}"></recovery-article>`,
    );
    $(el, '[part~="control-share"]')!.click();
    await until(() => shared);
    expect(shared).to.deep.equal({
      title: "You can't do recovery alone",
      text: 'Why people around you make recovery more likely to last.',
      url: new URL('/blog/sample', location.href).href,
    });
  });

  it('without navigator.share, copies the link and says "Link copied" politely', async () => {
    let copied = '';
    restore.push(stubNavigator('share', undefined));
    restore.push(stubNavigator('clipboard', { writeText: async (t: string) => void (copied = t) }));
    const el = await article(html`<recovery-article slug="sample" content-base=${BASE}></recovery-article>`);
    $(el, '[part~="control-share"]')!.click();
    await until(() => $(el, '[part~="status"]')!.textContent === 'Link copied');
    expect(copied).to.equal(location.href);
    expect($(el, '[part~="share-fallback"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the link in a selectable field when copying fails', async () => {
    restore.push(stubNavigator('share', undefined));
    restore.push(
      stubNavigator('clipboard', {
        writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      }),
    );
    const el = await article(
      html`<recovery-article slug="sample" content-base=${BASE} href-template="/blog/{slug}"></recovery-article>`,
    );
    $(el, '[part~="control-share"]')!.click();
    const input = await until(() => $(el, '[part~="share-fallback"] input') as HTMLInputElement | null);
    expect(input!.value).to.equal(new URL('/blog/sample', location.href).href);
    expect(input!.readOnly).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input!.selectionEnd! - input!.selectionStart!).to.equal(input!.value.length);
    expect($(el, '[part~="share-fallback"]')!.textContent).to.contain('Copy this link');
    await expect(el).to.be.accessible();
  });
});
