import { safeHttpUrl } from '../util/validate.js';

/**
 * The library's own files (articles, language packs) live beside the script that defined the
 * widgets, so a partner can upload the release folder anywhere and it just works.
 */
let defaultBase: string | undefined;
/** Set by the drop-in entry: `currentScript`'s URL as it read while the script ran. */
let dropIn: { currentSrc: string | undefined } | undefined;

/**
 * Called once by the drop-in entry while it runs. The script's URL itself is worked out later,
 * when a widget first reads its settings (`scriptUrl()`): the stack of an Error made here would
 * include the whole script's top level, and V8 parses a frame's function again to place it,
 * which cost 5 ms of the evaluation on a fast laptop and four times that on a phone.
 */
export function rememberDropIn(): void {
  const current = document.currentScript as HTMLScriptElement | null;
  dropIn ??= { currentSrc: current?.src };
}

/**
 * The URL this script was fetched from. Not `currentScript.src` first: that getter resolves the
 * attribute against the page's base URL at the time it is read, and a deferred, async or module
 * script runs after the parser has met any `<base>` further down, so markup injected into a page
 * could choose where articles are read from. An Error's stack names the URL the code came from in
 * every current browser (`at URL:1:2`, `@URL:1:2`); a module has no currentScript.
 */
function scriptUrl(currentSrc: string | undefined): string | undefined {
  const fromStack = /(https?:\/\/\S+?)(?=:\d+:\d+\)?$)/m.exec(new Error().stack ?? '')?.[1];
  // A copy pasted inline names the page itself: not a script file, so not our folder.
  if (fromStack && /\.js$/.test(new URL(fromStack).pathname)) return fromStack;
  // A blob: or data: script has no folder to find articles in.
  return currentSrc && /^https?:/.test(currentSrc) ? currentSrc : undefined;
}

/**
 * The folder the library's own files are read from: the drop-in script's folder, or `dist/` for npm
 * users importing `dist/esm/` (this module sits at `dist/esm/internal/`). Articles are in
 * `content/` there and language packs in `i18n/`.
 */
export function libraryBase(): string {
  if (dropIn && !defaultBase) {
    const url = scriptUrl(dropIn.currentSrc);
    if (url) defaultBase = new URL('./', url).href;
  }
  return defaultBase ?? new URL('../../', import.meta.url).href;
}

export const defaultContentBase = (): string => `${libraryBase()}content/`;

/** A `content-base` value made absolute, with a trailing slash; `undefined` if it is not a URL. */
export function resolveContentBase(value: string): string | undefined {
  const url = safeHttpUrl(value, document.baseURI);
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}
