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
