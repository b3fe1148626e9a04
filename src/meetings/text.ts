/**
 * Text helpers shared by the feed adapters and search. Framework-free (runs in Node for the bench).
 */

/** Letters NFD does not split into a base and a mark, and typographic quotes: each → its plain form. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
};

/** Lowercase, accent-free, one space between words: "Ñandú  Café" → "nandu cafe". */
export function fold(text: string): string {
  // Most feed text is printable ASCII, where NFD and the letter table change nothing.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđı‘’“”]/g, (c) => FOLD[c])
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * Feeds are plain text by spec, but WordPress-made feeds often carry tags and entities. Rendering
 * is always a text binding (so markup is harmless), but "&amp;" or "<br>" on screen looks broken.
 */
export function plainText(text: string): string {
  return /[<&]/.test(text)
    ? text
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/&(amp|quot|apos|#0?39|lt|gt|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "'")
    : text;
}

/**
 * A URL the parser would hand back unchanged: lowercase scheme and host (no IDN, port, user, or
 * numeric last label that could read as an IP address), an explicit path, and no character or dot
 * segment it would encode or resolve. Most feed links are like this and unique (a page per
 * meeting), so skipping `new URL()` for them is the saving; anything else takes the full parse.
 */
const isPlainHttpUrl = (text: string) =>
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[\w\-.~!$&()*+,;=:@/?%#]*$/.test(text) && !/\/\.|%2e|xn--/i.test(text);

/** Feeds repeat the same conference and website links across meetings: parse each string once. */
const checkedUrls = new Map<string, string | undefined>();

/**
 * An absolute http(s) URL, normalized, or undefined; never one with a user name or password (see
 * `hiddenHost`). No DOM: normalize runs in Node too. (A URL of a special scheme always has a host,
 * or it does not parse.)
 */
export function httpUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  // With no whitespace or control characters, the scheme is the string's start: anything else
  // cannot come out http(s), so skip building a URL for it.
  if (!text || !/^https?:/i.test(text) || /[\s\u0000-\u001f]/.test(text)) return;
  if (isPlainHttpUrl(text)) return text;
  if (checkedUrls.has(text)) return checkedUrls.get(text);
  let href: string | undefined;
  try {
    const url = new URL(text);
    if (/^https?:$/.test(url.protocol) && !url.username && !url.password) href = url.href;
  } catch {
    // not a URL
  }
  // Bounded so a huge feed of unique links cannot grow it without end.
  if (checkedUrls.size >= 5000) checkedUrls.clear();
  checkedUrls.set(text, href);
  return href;
}

/**
 * The host an http(s) link really goes to when it has a user name or password before it
 * (`https://aa.org@evil.example/` goes to evil.example), else undefined.
 */
export function hiddenHost(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return /^https?:$/.test(url.protocol) && (url.username || url.password) ? url.host : undefined;
  } catch {
    return undefined;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Two ASCII digits at `at`. */
const isDigits = (s: string, at: number) => {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9;
};

/**
 * "19:00", "7:00", "19:00:00", "7:00 PM", "7pm" → "19:00". Undefined when it is not a clock time
 * ("25:00", "noon"). Edmonton's real feed writes 12-hour times.
 */
export function parseClock(value: string): string | undefined {
  // Nearly every feed writes "HH:MM": already the answer, checked without a regular expression
  // (a large feed reads thousands of these before its first rows can show).
  if (value.length === 5 && isDigits(value, 0) && value.charCodeAt(2) === 58 && isDigits(value, 3)) {
    return value < '24' && value.charCodeAt(3) < 54 ? value : undefined;
  }
  const m = /^(\d{1,2})(?::([0-5]\d)(?::[0-5]\d)?)?\s*(?:([ap])\.?\s*m?\.?)?$/.exec(value.trim().toLowerCase());
  // A bare hour needs am/pm ("7pm"); "19" alone is not a time.
  if (!m || (m[2] === undefined && !m[3])) return;
  let hours = +m[1];
  if (m[3]) {
    if (hours < 1 || hours > 12) return;
    hours = (hours % 12) + (m[3] === 'p' ? 12 : 0);
  } else if (hours > 23) return;
  return `${pad(hours)}:${m[2] ?? '00'}`;
}

export const clockMinutes = (hhmm: string): number => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5);

export const minutesClock = (minutes: number): string => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
};
