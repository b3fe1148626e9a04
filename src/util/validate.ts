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

/**
 * A plain address (`name@example.org`) and nothing else: it goes into a `mailto:` link, where a
 * `?`, `&`, `%` or `#` could add headers (`?bcc=`), a body or a second recipient that the visitor
 * never sees. A host name of letters, digits and hyphens (an international one in its `xn--` form).
 * The feed reader keeps the same (src/meetings/fields.ts).
 */
export function cleanEmail(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text && text.length < 255 && /^[\w.'+-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i.test(text) ? text : undefined;
}

/**
 * Resolves a link against `base` and keeps it only if it is http(s) with no user name or password,
 * so attribute or file text can never become a `javascript:` or `data:` link, or one whose text
 * names a host it does not go to. The base is always given: widgets pass the page's
 * (`document.baseURI`), the article reader the file's URL, and the content build runs in Node.
 */
export function safeHttpUrl(value: string | undefined, base: string): string | undefined {
  const text = value?.trim();
  if (!text || /[\s\u0000-\u001f]/.test(text)) return undefined;
  try {
    const url = new URL(text, base);
    // http(s) with no user name or password, which can make a link read as another host:
    // https://aa.org@evil.example/ goes to evil.example.
    return /^https?:$/.test(url.protocol + url.username + url.password) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
