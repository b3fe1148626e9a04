import { expect } from '@open-wc/testing';

/**
 * The README's element reference must say what the code does: every attribute, event, slot, part
 * and CSS property in custom-elements.json (built from the components' JSDoc) appears under its
 * element. Fix a failure with `npm run docs`.
 */
describe('README element reference', () => {
  it('documents every tag, attribute, event, slot, part and CSS property of the manifest', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const readme = await (await fetch('/README.md')).text();
    const decls = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as Array<
      Record<string, any>
    >;
    const tagged = decls.filter((d) => d.tagName);
    expect(tagged.length).to.be.greaterThan(1);
    const missing: string[] = [];
    for (const d of tagged) {
      const start = readme.indexOf(`### \`<${d.tagName}>\``);
      if (start < 0) {
        missing.push(`<${d.tagName}>`);
        continue;
      }
      const next = readme.indexOf('### `<', start + 5);
      const section = readme.slice(start, next < 0 ? readme.indexOf('<!-- api:end') : next);
      const names = [
        ...(d.attributes ?? []).map((a: { name: string }) => a.name),
        ...(d.events ?? []).map((e: { name: string }) => e.name),
        ...(d.slots ?? []).filter((s: { name: string }) => s.name).map((s: { name: string }) => s.name),
        ...(d.cssParts ?? []).map((p: { name: string }) => p.name),
        ...(d.cssProperties ?? []).map((p: { name: string }) => p.name),
      ];
      for (const name of names) if (!section.includes(`\`${name}\``)) missing.push(`<${d.tagName}> ${name}`);
    }
    expect(missing, 'run `npm run docs`').to.deep.equal([]);
  });
});
