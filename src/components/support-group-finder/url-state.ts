import type { Attendance, TimeBucket } from '../../meetings/types.js';

/** What the visitor chose; the same shape drives the list, the URL and the filter-change event. */
export interface FinderFilters {
  query: string;
  days: number[];
  times: TimeBucket[];
  modes: Attendance[];
  types: string[];
  /** Language type codes (`EN`, `S`, `FR`...): the meeting is held in all of them. */
  languages: string[];
  regions: string[];
  /** Radius in km once the visitor shared a location; 0 = any distance. */
  km: number;
}

export const TIME_BUCKETS: readonly TimeBucket[] = ['morning', 'midday', 'evening', 'night'];
export const MODES: readonly Attendance[] = ['in_person', 'online', 'hybrid'];

export const emptyFilters = (): FinderFilters => ({
  query: '',
  days: [],
  times: [],
  modes: [],
  types: [],
  languages: [],
  regions: [],
  km: 0,
});

/**
 * The query-string keys. Prefixed so the host page's own parameters (`q`, `day`, ...) are never
 * read or overwritten.
 */
const KEYS = {
  query: 'rw-q',
  days: 'rw-day',
  times: 'rw-time',
  modes: 'rw-mode',
  types: 'rw-type',
  languages: 'rw-lang',
  regions: 'rw-region',
  meeting: 'rw-meeting',
} as const;

export interface UrlState {
  filters: FinderFilters;
  meeting?: string;
}

const list = (p: URLSearchParams, key: string): string[] =>
  p
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** Reads the widget's state from a URL, ignoring anything it does not recognise. */
export function readUrl(href: string): UrlState {
  const p = new URL(href).searchParams;
  const filters = emptyFilters();
  filters.query = (p.get(KEYS.query) ?? '').slice(0, 200);
  filters.days = [
    ...new Set(
      list(p, KEYS.days)
        .map(Number)
        .filter((d) => Number.isInteger(d) && d >= 0 && d <= 6),
    ),
  ].sort();
  filters.times = list(p, KEYS.times).filter((t): t is TimeBucket => TIME_BUCKETS.includes(t as TimeBucket));
  filters.modes = list(p, KEYS.modes).filter((m): m is Attendance => MODES.includes(m as Attendance));
  filters.types = list(p, KEYS.types).slice(0, 20);
  filters.languages = list(p, KEYS.languages).slice(0, 20);
  filters.regions = p.getAll(KEYS.regions).filter(Boolean).slice(0, 20);
  const meeting = p.get(KEYS.meeting) ?? undefined;
  return { filters, meeting };
}

/**
 * The same URL with the widget's keys replaced. The host page's own parameters are kept byte for
 * byte (URLSearchParams would re-encode them: `a%20b` → `a+b`, `?flag` → `?flag=`), and so is the hash.
 */
export function writeUrl(href: string, state: UrlState): string {
  const url = new URL(href);
  const mine = new Set<string>(Object.values(KEYS));
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !mine.has(decodeKey(pair)));
  const p = new URLSearchParams();
  const f = state.filters;
  // The search text is never written: what a visitor types must not reach the host page's
  // analytics or a Referer header. A crafted link may still carry `rw-q` (readUrl reads it).
  for (const k of ['days', 'times', 'modes', 'types', 'languages'] as const)
    if (f[k].length) p.set(KEYS[k], f[k].join(','));
  // Region names can contain commas, so each one is its own parameter.
  for (const r of f.regions) p.append(KEYS.regions, r);
  if (state.meeting) p.set(KEYS.meeting, state.meeting);
  const ours = p.toString();
  const search = [...kept, ...(ours ? [ours] : [])].join('&');
  url.search = search ? `?${search}` : '';
  return url.href;
}

function decodeKey(pair: string): string {
  const key = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}
