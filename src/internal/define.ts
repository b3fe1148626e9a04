import { VERSION } from './version.js';
import { warn, warnPage } from './warn.js';

/** Where every copy of the script records which version defined which tag. */
const REGISTRY_KEY = Symbol.for('recovery-widgets.versions');

type VersionRegistry = Map<string, string>;

function registry(): VersionRegistry {
  const g = globalThis as unknown as Record<symbol, VersionRegistry | undefined>;
  return (g[REGISTRY_KEY] ??= new Map());
}

/**
 * Registers a custom element, never throwing.
 *
 * Partners paste the script twice, or a CMS plugin adds a second copy of another version: the
 * first definition wins. The same version again is silent; a different version gets one warning
 * that names both, because the page will be running the older or newer code without knowing it.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const versions = registry();
  const existing = customElements.get(tag);
  if (existing) {
    const defined = versions.get(tag) ?? 'unknown';
    if (existing !== ctor && defined !== VERSION) {
      // One message for the whole copy, not one per tag: the fix is the same.
      warnPage(
        `version ${VERSION} was loaded on a page that already runs version ${defined}; ` +
          `the widgets keep using ${defined}. Load the script once per page.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
    versions.set(tag, VERSION);
  } catch (e) {
    // Another library took the name between our check and define, or the registry refused it.
    warn(tag, `could not be defined: ${(e as Error).message}`);
  }
}
