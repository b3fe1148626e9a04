import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/recovery-cta/recovery-cta.js';
import { contrast, hex, readTokens, type Rgba } from '../../src/internal/contrast.js';
import { $ } from '../helpers/shadow.js';

/**
 * The dark theme derives its brand colors from the light ones a partner sets. Whatever the light
 * color, the derived one reads on both dark surfaces; a partner's own dark color is used as given.
 */
async function darkTokens(style: string): Promise<Record<string, Rgba>> {
  const el = await fixture<HTMLElement>(html`<div style=${style}><recovery-cta theme="dark"></recovery-cta></div>`);
  return readTokens($(el.firstElementChild!, '.root')!, ['primary', 'focus', 'danger', 'surface', 'surface-alt'])!;
}

describe('the dark theme derived from light colors', () => {
  it('keeps the built-in dark colors exactly when the partner sets none', async () => {
    const t = await darkTokens('');
    expect([hex(t.primary), hex(t.focus), hex(t.danger)]).to.deep.equal(['#9ccaff', '#a8c7fa', '#ffb4ab']);
  });

  it('reads at 6.2:1 or more on both dark surfaces for any light color, dark, vivid or pale', async () => {
    const colors: string[] = [];
    for (let hue = 0; hue < 360; hue += 15) {
      for (const [l, c] of [
        [0.2, 0.05],
        [0.35, 0.15],
        [0.5, 0.3],
        [0.6, 0.37],
        [0.9, 0.1],
      ]) {
        colors.push(`oklch(${l} ${c} ${hue})`);
      }
    }
    colors.push('#000', '#7a1f5c', '#0000ff', '#ff0000', '#ffff00', '#00ff00');
    const el = await fixture<HTMLElement>(html`<div><recovery-cta theme="dark"></recovery-cta></div>`);
    const root = $(el.firstElementChild!, '.root')!;
    const worst = { ratio: 21, color: '' };
    for (const color of colors) {
      for (const token of ['primary', 'focus', 'danger']) el.style.setProperty(`--recovery-color-${token}`, color);
      const t = readTokens(root, ['primary', 'focus', 'danger', 'surface', 'surface-alt'])!;
      for (const token of ['primary', 'focus', 'danger']) {
        for (const surface of [t.surface, t['surface-alt']]) {
          const ratio = contrast(t[token], surface);
          if (ratio < worst.ratio) Object.assign(worst, { ratio, color });
        }
      }
    }
    expect(worst.ratio, `worst: ${worst.color}`).to.be.at.least(6.2);
  });

  it('keeps the hue: a plum stays a plum', async () => {
    const t = await darkTokens('--recovery-color-primary: #7a1f5c');
    const [r, g, b] = t.primary;
    expect(r).to.be.greaterThan(g);
    expect(b).to.be.greaterThan(g);
    expect(contrast(t.primary, t.surface)).to.be.at.least(6.2);
  });

  it('uses the partner’s own dark color as given', async () => {
    const t = await darkTokens('--recovery-color-primary: #7a1f5c; --recovery-dark-color-primary: #f2b8dc');
    expect(hex(t.primary)).to.equal('#f2b8dc');
  });

  it('takes the dark half of light-dark(), lightened if it is too dark', async () => {
    const chosen = await darkTokens('--recovery-color-primary: light-dark(#7a1f5c, #f2b8dc)');
    expect(hex(chosen.primary)).to.equal('#f2b8dc');
    const tooDark = await darkTokens('--recovery-color-primary: light-dark(#7a1f5c, #3a0f2c)');
    expect(contrast(tooDark.primary, tooDark.surface)).to.be.at.least(6.2);
  });

  it('lets a ::part rule use light-dark(), which follows the widget’s theme, not the page’s', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('recovery-cta::part(heading) { color: light-dark(rgb(122, 31, 92), rgb(242, 184, 220)) }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <recovery-cta theme="light"></recovery-cta><recovery-cta theme="dark"></recovery-cta>
      </div>`);
      const [light, dark] = [...page.children].map((el) => getComputedStyle($(el, '[part~="heading"]')!).color);
      expect([light, dark]).to.deep.equal(['rgb(122, 31, 92)', 'rgb(242, 184, 220)']);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
