/**
 * Text helpers shared by the feed adapters and search. Framework-free (runs in Node for the bench).
 */

const MARKS = /[\u0300-\u036f]/g;
const FOLD_MAP: Record<string, string> = {
  'ß': 'ss',
  'æ': 'ae',
  'œ': 'oe',
  'ø': 'o',
  'ł': 'l',
  'đ': 'd',
  'ı': 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
};
const FOLD_CHARS = /[ßæœøłđı\u2018\u2019\u201c\u201d]/g;

/** Lowercase, accent-free, one space between words: "Ñandú  Café" → "nandu cafe". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLD_CHARS, (c) => FOLD_MAP[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  '#039': "'",
  '#39': "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/**
 * Feeds are plain text by spec, but WordPress-made feeds often carry tags and entities. Rendering
 * is always a text binding (so markup is harmless), but "&amp;" or "<br>" on screen looks broken.
 */
export function plainText(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(amp|quot|apos|#0?39|lt|gt|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** An absolute http(s) URL, or undefined. No DOM: normalize runs in Node too. */
export function httpUrl(value: string): string | undefined {
  const text = value.trim();
  if (!text || /[\s\u0000-\u001f]/.test(text)) return undefined;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const zoneCache = new Map<string, boolean>();

/** True for a zone Intl knows. Cached: constructing a DateTimeFormat per record is slow. */
export function isValidZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = zone.length > 0;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

/** The viewer's zone, the last fallback when neither the feed nor the widget names one. */
export function viewerZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * "19:00", "7:00", "19:00:00", "7:00 PM", "7pm" → "19:00". Undefined when it is not a clock time
 * ("25:00", "noon"). Edmonton's real feed writes 12-hour times.
 */
export function parseClock(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  let m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?$/.exec(text);
  let hours: number;
  let minutes: number;
  let meridiem: string | undefined;
  if (m) {
    hours = Number(m[1]);
    minutes = Number(m[2]);
    meridiem = m[4];
    if (m[3] !== undefined && Number(m[3]) > 59) return undefined;
  } else {
    m = /^(\d{1,2})\s*([ap])\.?\s*m\.?$/.exec(text);
    if (!m) return undefined;
    hours = Number(m[1]);
    minutes = 0;
    meridiem = m[2];
  }
  if (minutes > 59) return undefined;
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hours > 23) {
    return undefined;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export const clockMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const minutesClock = (minutes: number): string => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
