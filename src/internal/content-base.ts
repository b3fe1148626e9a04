import { safeHttpUrl } from './validate.js';

/**
 * Where the library's own data (articles) lives when no `content-base` is given: `content/` beside
 * the script that defined the widgets, so a partner can copy `dist/` anywhere and it just works.
 */
let defaultBase: string | undefined;

/** Called once by the drop-in entry with the script's own URL. */
export function setScriptUrl(scriptUrl: string): void {
  defaultBase ??= new URL('content/', scriptUrl).href;
}

/**
 * The URL this script was fetched from, while it runs. Not `currentScript.src` first: that getter
 * resolves the attribute against the page's base URL at the time it is read, and a deferred, async
 * or module script runs after the parser has met any `<base>` further down, so markup injected
 * into a page could choose where articles are read from. An Error's stack names the URL the code
 * came from in every current browser (`at URL:1:2`, `@URL:1:2`); a module has no currentScript.
 */
export function findScriptUrl(): string | undefined {
  const fromStack = /(https?:\/\/\S+?)(?=:\d+:\d+\)?$)/m.exec(new Error().stack ?? '')?.[1];
  // A copy pasted inline names the page itself: not a script file, so not our folder.
  if (fromStack && /\.js$/.test(new URL(fromStack).pathname)) return fromStack;
  const current = document.currentScript as HTMLScriptElement | null;
  // A blob: or data: script has no folder to find articles in.
  return current?.src && /^https?:/.test(current.src) ? current.src : undefined;
}

/**
 * Without the drop-in script (npm users importing `dist/esm/`), this module sits at
 * `dist/esm/internal/`, two folders below `dist/content/`.
 */
export function defaultContentBase(): string {
  return defaultBase ?? new URL('../../content/', import.meta.url).href;
}

/** A `content-base` value made absolute, with a trailing slash; `undefined` if it is not a URL. */
export function resolveContentBase(value: string): string | undefined {
  const url = safeHttpUrl(value);
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}
