/**
 * Checks for settings that arrive as attribute text from webmasters. Each returns the clean value,
 * or `undefined` when the value is unusable, so callers fall back and warn.
 */

/** Digits plus the punctuation people write in numbers; letters (vanity numbers) are refused. */
export function cleanPhone(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return undefined;
  const digits = text.replace(/[^\d+]/g, '');
  return digits.replace(/\+/g, '').length >= 3 ? digits : undefined;
}

export function cleanEmail(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text && /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(text) ? text : undefined;
}

/**
 * Resolves a link against `base` and keeps it only if it is http(s), so attribute or file text can
 * never become a `javascript:` or `data:` link. The base is always given: widgets pass the page's
 * (`document.baseURI`), the article reader the file's URL, and the content build runs in Node.
 */
export function safeHttpUrl(value: string | undefined, base: string): string | undefined {
  const text = value?.trim();
  if (!text || /[\s\u0000-\u001f]/.test(text)) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
