import { nextTask } from '../util/scheduling.js';
import { VERSION } from '../util/version.js';
import { warn, warnPage } from './warn.js';

/** Where every copy of the script records which version defined which tag. */
const REGISTRY_KEY = Symbol.for('recovery-widgets.versions');

type VersionRegistry = Map<string, string>;

function registry(): VersionRegistry {
  const g = globalThis as unknown as Record<symbol, VersionRegistry | undefined>;
  return (g[REGISTRY_KEY] ??= new Map());
}

/**
 * Takes a tag for this copy of the script, or says why not. The claim is recorded before the tag
 * is defined, so a second copy that loads while our definitions wait for their turn (see
 * `defineInTurns`) still finds the tag taken.
 *
 * Partners paste the script twice, or a CMS plugin adds a second copy of another version: the
 * first copy wins. The same version again is silent; a different version gets one warning that
 * names both, because the page will be running the older or newer code without knowing it.
 */
function claim(tag: string): boolean {
  const versions = registry();
  const holder = versions.get(tag) ?? (customElements.get(tag) ? 'unknown' : undefined);
  if (holder === undefined) {
    versions.set(tag, VERSION);
    return true;
  }
  if (holder !== VERSION) {
    // One message for the whole copy, not one per tag: the fix is the same.
    warnPage(
      `version ${VERSION} was loaded on a page that already runs version ${holder}; ` +
        `the widgets keep using ${holder}. Load the script once per page.`,
    );
  }
  return false;
}

function register(tag: string, ctor: CustomElementConstructor): void {
  try {
    customElements.define(tag, ctor);
  } catch (e) {
    // Another library took the name after our claim, or the registry refused it.
    registry().delete(tag);
    warn(tag, `could not be defined: ${(e as Error).message}`);
  }
}

/** Registers a custom element now, never throwing. */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (claim(tag)) register(tag, ctor);
}

const hasPainted = () => performance.getEntriesByType('paint').length > 0;

/**
 * Registers each element in a task of its own, never throwing; resolves when all are defined.
 *
 * Defining a tag upgrades every copy on the page and draws its first render in the same task. All
 * of them at once, with the script's own evaluation, made one task long enough to block a phone's
 * main thread (Lighthouse's Total Blocking Time). Tags on the page come first, in page order, so
 * the page fills from the top. Until its turn an element is `:not(:defined)`, which is the state
 * a partner's CSS can reserve space for.
 *
 * Before the page's first paint, its first frame must not come between two turns: the widgets
 * drawn after it would push the page down (Lighthouse measured a shift of 0.39).
 * `scheduler.yield()` continuations usually all run ahead of rendering, but a busy machine lets a
 * frame in; so until the turns are done, a frame that comes defines every remaining tag in its
 * animation-frame callback, before it paints. Once the page has painted (on a real network it
 * usually has, before the script arrives), the turns stay short tasks: the widgets appearing move
 * the page either way, and only the partner's own CSS can reserve their space.
 */
export async function defineInTurns(
  elements: ReadonlyArray<[string, CustomElementConstructor]>,
  { painted = hasPainted }: { painted?: () => boolean } = {},
): Promise<void> {
  const mine = new Map(elements.filter(([tag]) => claim(tag)));
  const onPage = mine.size ? document.querySelectorAll([...mine.keys()].join(',')) : [];
  const queue = [...new Set([...Array.from(onPage, (el) => el.localName), ...mine.keys()])];
  const take = (tag: string) => register(tag, mine.get(tag)!);
  const beforeFirstPaint = queue.length > 0 && !painted();
  const frame = beforeFirstPaint ? requestAnimationFrame(() => queue.splice(0).forEach(take)) : 0;
  while (queue.length) {
    await nextTask();
    const tag = queue.shift();
    if (tag) take(tag);
  }
  if (frame) cancelAnimationFrame(frame);
}
