/**
 * An element may keep its documented surface in a base class of its own, `<tag>.api.ts` (the
 * finder does, the way Material Web's elements extend an internal class), so its element file is
 * behaviour only. The analyzer gives the element that class's attributes, members, events, parts
 * and CSS properties through inheritance, but not its description, which the README and editors
 * show for the tag: this copies it onto an element that has none of its own.
 */
const descriptionFromApiClass = {
  name: 'recovery-widgets: description from the <tag>.api.ts class',
  packageLinkPhase({ customElementsManifest }) {
    const apiClasses = new Map();
    for (const mod of customElementsManifest.modules)
      if (mod.path.endsWith('.api.ts'))
        for (const d of mod.declarations ?? []) if (d.kind === 'class') apiClasses.set(d.name, d);
    for (const mod of customElementsManifest.modules)
      for (const d of mod.declarations ?? []) {
        const api = d.tagName && !d.description && apiClasses.get(d.superclass?.name);
        if (api?.description) d.description = api.description;
      }
  },
};

export default {
  globs: [
    'src/**/*.component.ts',
    'src/**/*.api.ts',
    'src/internal/recovery-element.ts',
    'src/internal/settings-element.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [descriptionFromApiClass],
};
