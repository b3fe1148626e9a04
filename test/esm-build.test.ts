import { expect, fixture, html } from '@open-wc/testing';

/**
 * npm users import the unbundled ESM build (`dist/esm`), with `lit` resolved by their bundler
 * (here by the test server). Importing the index defines every tag of the manifest.
 */
describe('the ESM build', () => {
  it('defines every tag from dist/esm/index.js and renders', async () => {
    const mod = await import('/dist/esm/index.js' as string);
    expect(mod.VERSION).to.match(/^\d+\.\d+\.\d+/);
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
      (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
    );
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
    const el = await fixture(html`<recovery-cta organization="ESM Clinic"></recovery-cta>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Start your journey with ESM Clinic');
  });

  it('ships types and an entry per element, as package.json promises', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(Object.keys(pkg.exports['.'])[0]).to.equal('types');
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags: string[] = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
      (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
    );
    expect(tags.length).to.be.greaterThan(1);
    for (const tag of tags) {
      const js = await fetch(`/dist/esm/components/${tag}/${tag}.js`);
      const dts = await fetch(`/dist/types/components/${tag}/${tag}.d.ts`);
      expect(js.ok, `${tag}.js`).to.equal(true);
      expect(dts.ok, `${tag}.d.ts`).to.equal(true);
      expect(pkg.sideEffects, tag).to.include(`./dist/esm/components/${tag}/${tag}.js`);
    }
  });
});
