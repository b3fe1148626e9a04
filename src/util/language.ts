/**
 * Languages the library ships. English is built into the script; every other one is a language
 * pack (`i18n/<lang>.json` beside the script) loaded when a widget first needs it.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'pt', 'zh', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages written right to left (the base subtag). */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)$/;

/**
 * A BCP 47 tag's shape: a 2-3 letter language, then subtags of 2-8 letters or digits, where a
 * one-letter subtag (`x`, `u`) must be followed by another. `en-`, `es-MX-` and `en-x` are not tags:
 * `Intl` throws on them, so they must never reach it.
 */
export function isLanguageTag(tag: string | null | undefined): tag is string {
  if (!tag || tag.length > 63) return false;
  const [language, ...rest] = tag.split('-');
  if (!/^[a-z]{2,3}$/i.test(language)) return false;
  return rest.every((part, i) => /^[a-z0-9]{2,8}$/i.test(part) || (/^[a-z0-9]$/i.test(part) && i + 1 < rest.length));
}

/** The language subtag of a well-formed tag, lowercased (`es-MX` → `es`); `undefined` otherwise. */
export function baseLanguage(tag: string | null | undefined): string | undefined {
  const value = tag?.trim();
  return isLanguageTag(value) ? value.split('-')[0].toLowerCase() : undefined;
}

/** Whether the library ships a dictionary for the tag's language. */
export function isShipped(tag: string | null | undefined): boolean {
  return (LANGUAGES as readonly string[]).includes(baseLanguage(tag) ?? '');
}

export const isRightToLeft = (language: string): boolean => RTL.test(language);

/** The direction a tag's language is written in (`ar-EG` → `rtl`); `ltr` for anything else. */
export const directionOf = (tag: string): 'ltr' | 'rtl' => (isRightToLeft(baseLanguage(tag) ?? '') ? 'rtl' : 'ltr');

/**
 * The `dir` for text in `language` (an article, a title from an index) shown by a widget that
 * speaks `widgetLang` in `widgetDir`: set only when that text is in another language written the
 * other way, so an English article on an Arabic page keeps its punctuation, lists and numbers in
 * place while the interface around it runs right to left. `undefined`: the text follows the widget
 * (and so the page's own `dir`, when it sets one).
 */
export function textDirection(
  language: string | undefined,
  widgetLang: string,
  widgetDir: 'ltr' | 'rtl',
): 'ltr' | 'rtl' | undefined {
  const base = baseLanguage(language);
  if (!base || base === baseLanguage(widgetLang)) return undefined;
  const dir = directionOf(base);
  return dir === widgetDir ? undefined : dir;
}
