import { expect } from '@open-wc/testing';
import { closePages, openPage, until, type PageWindow } from '../helpers/frame.js';

/**
 * A host page with the aggressive global CSS of old themes (test/pages/hostile.css). The widgets
 * must stay usable, and must not change the host's own elements.
 */
const WIDGETS = ['recovery-cta'];
const HOST_ELEMENTS = ['#host-h2', '#host-p', '#host-ul', '#host-a', '#host-button', '#host-input'];
const PROPS = [
  'color',
  'font-size',
  'font-family',
  'line-height',
  'display',
  'margin-left',
  'border-bottom-width',
  'background-color',
  'text-transform',
  'box-sizing',
  'width',
  'height',
];

function controls(win: PageWindow, tag: string): HTMLElement[] {
  const el = win.document.querySelector(tag)!;
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary'));
}

function snapshot(win: PageWindow) {
  return HOST_ELEMENTS.map((sel) => {
    const cs = win.getComputedStyle(win.document.querySelector(sel)!);
    return [sel, PROPS.map((p) => `${p}=${cs.getPropertyValue(p)}`).join(';')];
  });
}

describe('a hostile host page', () => {
  afterEach(closePages);

  it('leaves every widget control visible, sized and clickable', async () => {
    const win = await openPage('/test/pages/hostile.html', { width: 1024, height: 4000 });
    for (const tag of WIDGETS) {
      await until(() => controls(win, tag).length > 0);
      for (const control of controls(win, tag)) {
        control.scrollIntoView();
        const box = control.getBoundingClientRect();
        const cs = win.getComputedStyle(control);
        const label = `${tag} ${control.outerHTML.slice(0, 80)}`;
        expect(cs.visibility, label).to.equal('visible');
        expect(Number(cs.opacity), label).to.be.greaterThan(0.5);
        expect(box.width, label).to.be.at.least(24);
        expect(box.height, label).to.be.at.least(24);
        // Nothing of the host's covers it: a click at its center lands on it.
        const hit = win.document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        const root = win.document.querySelector(tag)!;
        const inner = root.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        expect(hit, label).to.equal(root);
        expect(control.contains(inner), label).to.equal(true);
      }
    }
    // The theme's !important rules do not reach inside: our buttons keep their own colors.
    const call = win.document.querySelector('recovery-cta')!.shadowRoot!.querySelector('[part~="action-call"]')!;
    expect(win.getComputedStyle(call).backgroundColor).to.not.equal('rgb(255, 0, 0)');
    expect(win.getComputedStyle(call).color).to.not.equal('rgb(255, 165, 0)');
    const heading = win.document.querySelector('recovery-cta')!.shadowRoot!.querySelector('h2')!;
    expect(win.getComputedStyle(heading).textTransform).to.equal('none');
    expect(parseFloat(win.getComputedStyle(heading).lineHeight)).to.be.below(
      parseFloat(win.getComputedStyle(heading).fontSize) * 2,
    );
  });

  it('does not change the host page’s own elements', async () => {
    const control = await openPage('/test/pages/hostile-control.html');
    const before = snapshot(control);
    closePages();
    const win = await openPage('/test/pages/hostile.html');
    await until(() => win.document.querySelector('recovery-cta')?.shadowRoot?.querySelector('h2'));
    expect(snapshot(win)).to.deep.equal(before);
    expect(win.__record.errors).to.deep.equal([]);
  });
});
