/** Where road distances are in miles: the United States, the United Kingdom, Liberia, Myanmar. */
const MILES = /^(US|GB|LR|MM)$/;

/**
 * Whether a visitor reading in `locale` counts distance in miles. The region comes from the tag
 * (`en-GB`, `es-US`); a bare language reads as its most likely region, which for our two
 * languages is known (en: US, es: ES). Not `Intl.Locale#maximize()`: on a page's first render
 * it would load the browser's locale data, tens of milliseconds on a phone.
 */
export function usesMiles(locale: string): boolean {
  const region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/i.exec(locale)?.[1];
  return MILES.test(region?.toUpperCase() ?? (/^en\b/i.test(locale) ? 'US' : 'ES'));
}
