/** Languages with a complete dictionary. English is the fallback of last resort. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const WELL_FORMED = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Picks the supported language for a BCP 47 tag: region → language → English
 * (`es-MX` → `es`, `pt-BR` → `en`). Returns `undefined` for a tag that is not a language tag.
 */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  const value = (tag ?? '').trim();
  if (!value || !WELL_FORMED.test(value)) return undefined;
  const base = value.toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** Whether a tag names a language we have (not just one that falls back to English). */
export function isSupported(tag: string | null | undefined): boolean {
  const base = (tag ?? '').trim().toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base);
}
