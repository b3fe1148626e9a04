import { expect, fixture } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import '../../src/index.js';
import { TOKENS_END, TOKENS_START, tokenRows, tokenTable, type TokenRow } from '../../scripts/docs/tokens.mjs';
import { hex, readTokens } from '../../src/internal/contrast.js';
import { sharedStyles } from '../../src/internal/shared-styles.js';
import { $ } from '../helpers/shadow.js';

/**
 * The README's table of custom properties is generated from the components' `@cssprop` lines
 * (`npm run docs`). These tests hold the table to the code: every property a widget reads is in it,
 * under the widgets that read it, with the defaults the styles really have.
 */
const cssText = (styles: CSSResultOrNative[]) =>
  styles
    .map((s) => ('cssText' in s ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('')))
    .join('\n');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const publicNames = (css: string) => new Set(css.match(/--recovery-[a-z0-9-]+/g) ?? []);

describe('the README token table', () => {
  let manifest: unknown;
  let readme: string;
  let rows: TokenRow[];
  const styles: Record<string, { all: string; own: string }> = {};

  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
    readme = await (await fetch('/README.md')).text();
    rows = tokenRows(manifest);
    const shared = cssText(sharedStyles.flat());
    for (const tag of new Set(rows.flatMap((r) => r.readers))) {
      const all = cssText((customElements.get(tag) as unknown as typeof LitElement).elementStyles);
      styles[tag] = { all, own: all.replace(shared, '') };
    }
  });

  it('is the one generated from the manifest (run `npm run docs`)', () => {
    const a = readme.indexOf(TOKENS_START);
    const b = readme.indexOf(TOKENS_END);
    expect(a, 'tokens markers').to.be.greaterThan(0);
    const written = readme
      .slice(a + TOKENS_START.length, b)
      .trim()
      .split('\n');
    const generated = tokenTable(manifest).split('\n');
    expect({
      stale: written.filter((l) => !generated.includes(l)),
      missing: generated.filter((l) => !written.includes(l)),
    }).to.deep.equal({ stale: [], missing: [] });
    expect(written.join('\n') === generated.join('\n'), 'same order').to.equal(true);
  });

  it('lists every custom property the widgets read, and none they do not', () => {
    const documented = new Set(rows.flatMap((r) => r.names));
    const read = new Set(Object.values(styles).flatMap((s) => [...publicNames(s.all)]));
    expect(
      [...read].filter((n) => !documented.has(n)),
      'read but not documented',
    ).to.deep.equal([]);
    expect(
      [...documented].filter((n) => !read.has(n)),
      'documented but read by nothing',
    ).to.deep.equal([]);
  });

  it('names the widgets that read each property', () => {
    const wrong: string[] = [];
    for (const [tag, { all, own }] of Object.entries(styles)) {
      const mine = new Set(rows.filter((r) => r.readers.includes(tag)).flatMap((r) => r.names));
      for (const name of mine) if (!all.includes(name)) wrong.push(`<${tag}> does not read ${name}`);
      // Its own stylesheet's public properties, and the theme colors it uses (`--_danger`).
      const documented = (name: string) => rows.some((r) => r.names[0] === name);
      const used = [
        ...publicNames(own),
        ...(own.match(/--_[a-z0-9-]+/g) ?? [])
          .map((p) => [`--recovery-color-${p.slice(3)}`, `--recovery-${p.slice(3)}`].find(documented))
          .filter((n): n is string => !!n),
      ];
      for (const name of used) if (!mine.has(name)) wrong.push(`<${tag}> reads ${name} unlisted`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('gives each property its real default: literal ones as written in the styles', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      for (const [name, value] of [
        [r.names[0], r.light],
        [r.names[1], r.dark],
      ]) {
        if (!name || /\s/.test(value) || name.includes('-color-')) continue;
        for (const tag of r.readers) {
          if (!squeeze(styles[tag].all).includes(`var(${name},${value})`)) wrong.push(`<${tag}> ${name}: ${value}`);
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('gives each color its real default in light and in dark', async () => {
    const colors = rows.filter((r) => r.names.length === 2);
    expect(colors.length).to.equal(9);
    const names = colors.map((r) => r.names[0].replace('--recovery-color-', ''));
    const root = async (theme: string) =>
      $(await fixture(`<support-group-finder theme="${theme}"></support-group-finder>`), '.root')!;
    const light = readTokens(await root('light'), names)!;
    const dark = readTokens(await root('dark'), names)!;
    const full = (h: string) => (h.length === 4 ? `#${[...h.slice(1)].map((c) => c + c).join('')}` : h);
    for (const [i, r] of colors.entries()) {
      expect(hex(light[names[i]]), r.names[0]).to.equal(full(r.light));
      // A derived default ends with the built-in color used when there is nothing to derive from.
      expect(hex(dark[names[i]]), r.names[1]).to.equal(full(r.dark.match(/#[0-9a-f]+$/)![0]));
    }
  });
});
