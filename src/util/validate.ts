/**
 * Checks for settings that arrive as attribute text from webmasters. Each returns the clean value,
 * or `undefined` when the value is unusable, so callers fall back and warn.
 */

/** Vanity letters on a phone keypad: ABC = 2 ... WXYZ = 9. */
const KEYPAD = '22233344455566677778889999';

/**
 * A number's dialing digits: letters in capitals by the keypad (1-800-RECOVERY), then `keep`. A
 * vanity word may run past the number's end; a North American number ends after its ten digits
 * (1-800-RECOVERY dials 1-800-732-6837, as the companies that own such numbers link them).
 */
export function keypad(text: string, keep = /[^\d+]/g): string {
  const digits = text.replace(/[A-Z]/g, (c) => KEYPAD[c.charCodeAt(0) - 65]).replace(keep, '');
  return (/[A-Z]/.test(text) && /^(\+?1)?[2-9]\d{9}/.exec(digits)?.[0]) || digits;
}

/** An extension at the end of a number: `ext. 12`, `ext 12`, `extension 12`, `x12`, `#12`. */
export const EXTENSION = /^(.*?)\s*(?:ext(?:ension)?\.?|x|#)\s*(\d+)$/i;

/**
 * A phone number as people write it, as `tel:` wants it: digits and a leading +, vanity letters
 * written in capitals dialed by the keypad (`1-800-RECOVERY` → 18007326837; capitals only, so a
 * note such as "(Bob)" is never dialed), and an extension as a pause: `ext. 12` → `,12`. A pause,
 * not RFC 3966's `;ext=12`: Android's dialer turns `ext=` into keypad digits and iOS shows it as a
 * separate "Dial ext=" step, while both dial the digits after a comma once the call connects.
 * The number must start with a digit (after `+` or `(`) and hold at least three digits of its own.
 */
export function cleanPhone(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  const [, number = text, ext] = EXTENSION.exec(text) ?? [];
  if (!/^\+?[\s(]*\d[\dA-Z\s().-]*$/.test(number) || number.replace(/\D/g, '').length < 3) return undefined;
  return keypad(number) + (ext ? `,${ext}` : '');
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
