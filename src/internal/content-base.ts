import { safeHttpUrl } from '../util/validate.js';

/**
 * The library's own files (articles, language packs) live beside the script that defined the
 * widgets, so a partner can upload the release folder anywhere and it just works.
 */
let defaultBase: string | undefined;
/**
 * Set by the drop-in entry while it runs: the `src` of the script element running it (empty for an
 * inline copy, none for a module), and whether it was fetched without CORS (no `crossorigin`).
 */
let dropIn: { src?: string; noCors?: boolean } | undefined;

/**
 * Called once by the drop-in entry while it runs. The script's URL itself is worked out later,
 * when a widget first reads its settings (`scriptUrl()`): the stack of an Error made here would
 * include the whole script's top level, and V8 parses a frame's function again to place it,
 * which cost 5 ms of the evaluation on a fast laptop and four times that on a phone.
 */
export function rememberDropIn(): void {
  // The browser's own getter, and only a real script element: `document.currentScript` itself can
  // be an element the page's markup names so (<img name="currentScript" src="...">).
  const s = Reflect.get(Document.prototype, 'currentScript', document);
  dropIn ??= s instanceof HTMLScriptElement ? { src: s.src, noCors: !s.crossOrigin } : {};
}

let ownUrl: string | null | undefined;

/**
 * The URL this script was fetched from. An Error's stack names it in every current browser (`at
 * URL:1:2`, `@URL:1:2`), whatever the page does to `<base>`. Not `currentScript.src` first: that
 * getter resolves the attribute against the page's base URL when read, and a deferred, async or
 * module script runs after the parser has met any `<base>` further down, so markup injected into
 * a page could choose where articles are read from.
 */
function scriptUrl(): string | undefined {
  if (ownUrl === undefined) {
    const src = dropIn?.src;
    const fromStack = /(https?:\/\/\S+?)(?=:\d+:\d+\)?$)/m.exec(new Error().stack ?? '')?.[1];
    ownUrl =
      // The stack of a script element with a src names that file (widgets.php?ver=1 too); with no
      // such element (a module, or a copy pasted inline, whose stack names the page) only a .js file.
      fromStack && (src || /\.js$/.test(new URL(fromStack).pathname))
        ? fromStack
        : // The stack hidden (Error.stackTraceLimit = 0): the element's URL, if the browser really
          // loaded a script from there (a <base> injected later moves what `src` reads).
          src &&
            performance.getEntriesByName(src).some((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
          ? src
          : null;
  }
  return ownUrl ?? undefined;
}

/**
 * The folder the library's own files are read from: the drop-in script's folder, or `dist/` for npm
 * users importing `dist/esm/` (this module sits at `dist/esm/internal/`). Articles are in
 * `content/` there and language packs in `i18n/`.
 */
export function libraryBase(): string {
  if (dropIn && !defaultBase) {
    const url = scriptUrl();
    // Unknown (a copy pasted inline, or a hidden stack and a `src` the browser never loaded a
    // script from): the page's own site, never wherever a <base> points.
    defaultBase = url ? new URL('./', url).href : `${self.origin}/`;
  }
  return defaultBase ?? new URL('../../', import.meta.url).href;
}

export const defaultContentBase = (): string => `${libraryBase()}content/`;

/**
 * What the drop-in imports a file beside it by (the meeting engine). Usually `spec` itself: a
 * relative specifier resolves against the script's own URL. But Chromium refuses a relative
 * `import()` from a script fetched from another origin without CORS (a CDN `<script>` with no
 * `crossorigin`: "the base URL is about:blank"), so that script imports the absolute URL beside
 * the one it was fetched from, which only its own stack names.
 */
export function besideScript(spec: string): string {
  const url = dropIn?.noCors && scriptUrl();
  return url && !url.startsWith(`${self.origin}/`) ? new URL(spec, url).href : spec;
}

/** A `content-base` value made absolute, with a trailing slash; `undefined` if it is not a URL. */
export function resolveContentBase(value: string): string | undefined {
  const url = safeHttpUrl(value, document.baseURI);
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}
