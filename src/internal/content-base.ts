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
 * The script's URL while it runs. `document.currentScript` covers classic scripts (plain, defer,
 * async); a bundle loaded with `type="module"` has none, so look for our file name instead.
 */
export function findScriptUrl(): string | undefined {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'));
  return scripts.reverse().find((s) => /recovery-widgets(\.min)?\.js(\?|#|$)/.test(s.src))?.src;
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
