/**
 * Time-zone math on top of `Intl.DateTimeFormat` alone (no date library, no tz data of our own):
 * the browser's ICU already carries the IANA database, so offsets always match the visitor's
 * platform.
 *
 * Wall-clock → instant follows Temporal's `disambiguation: 'compatible'`:
 * - a wall time that does not exist (inside a spring-forward gap, e.g. 02:30 on 2026-03-08 in
 *   Los Angeles) is shifted forward by the length of the gap (→ 03:30 PDT), which is also how
 *   RFC 5545 clients read such a DTSTART;
 * - a wall time that exists twice (inside a fall-back overlap, e.g. 01:30 on 2026-11-01) is the
 *   first occurrence (01:30 PDT, not 01:30 PST).
 */

export interface WallDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface WallTime extends WallDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** One formatter per zone, by its canonical name ("America/New_York"). */
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Each spelling looked up (ASCII lowercase) → its canonical name, or null when Intl refuses it. */
const spellings = new Map<string, string | null>();

/**
 * The browser's own name for `zone`, whatever capitals it was written with ("aMeRica/new_YORK" →
 * "America/New_York"; links such as "US/Eastern" as the browser resolves them; UTC offsets as
 * "+05:30"), or undefined when Intl does not know it. Creating a formatter is the slow part of
 * Intl (about 100x a format call), so each spelling is tried once and each zone gets one formatter
 * and one set of tables, however many ways a feed spells it. The formatter prints the zone's
 * offset ("GMT-07:00"), which is all the arithmetic needs.
 */
export function canonicalZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string') return;
  if (formatters.has(zone)) return zone;
  // Zone names and offsets are printable ASCII; Intl matches them ignoring ASCII case only.
  if (!/^[!-~]{1,99}$/.test(zone)) return;
  const key = zone.toLowerCase();
  let name = spellings.get(key);
  if (name === undefined) {
    name = null;
    try {
      const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      name = f.resolvedOptions().timeZone;
      if (!formatters.has(name)) formatters.set(name, f);
    } catch {
      // not a zone
    }
    // Bounded: a feed tries at most MAX_ZONES spellings, but a page may load many feeds.
    if (spellings.size > 4999) spellings.clear();
    spellings.set(key, name);
  }
  return name ?? undefined;
}

/** True when the browser knows `zone` as an IANA time zone, `UTC` or a UTC offset. */
export function isValidTimeZone(zone: unknown): zone is string {
  return canonicalZone(zone) !== undefined;
}

/** A fixed UTC offset ("+05:30") rather than an IANA zone: no summer time, and no name for calendars. */
export const isOffsetZone = (zone: string): boolean => /^[+-]/.test(zone);

/** The canonical name, or a RangeError for an unknown zone. */
function requireZone(zone: string): string {
  const name = canonicalZone(zone);
  if (!name) throw new RangeError(`Unknown time zone: ${zone}`);
  return name;
}

/** The offset straight from Intl (one format call): the ground truth the tables are built from. */
function intlOffset(t: number, zone: string): number {
  const m = /GMT([+-])(\d+):(\d+)/.exec(formatters.get(zone)!.format(t));
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

/** Milliseconds of a UTC calendar time; setUTCFullYear keeps years 0-99 as written. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.setUTCHours(hour, minute, second);
}

const dateOf = (t: number): WallDate => {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** The wall clock in `zone` at `instant`. Throws RangeError for an unknown zone. */
export function wallTimeAt(instant: Date | number, zone: string): WallTime {
  const t = +instant;
  const d = new Date(t + offsetMinutes(t, zone) * MINUTE);
  return { ...dateOf(+d), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

interface ZoneYear {
  /** Offset at 00:00 UTC on 1 January. */
  start: number;
  transitions: Transition[];
}

const zoneYears = new Map<string, ZoneYear>();

/**
 * A zone's offsets for one UTC year, as the offset on 1 January plus that year's changes. Built
 * once (about 80 Intl calls), after which every offset lookup in that year is a short scan:
 * sorting a feed of thousands of meetings would otherwise cost seconds of Intl formatting, and a
 * feed of meetings around the world needs a table per zone in one step of the list.
 *
 * The offset is sampled every 7 days and each change bisected down to the minute. Changes closer
 * together than a week would be missed; no zone has had those in the years this is used for (the
 * shortest, Morocco's and Egypt's Ramadan breaks in summer time, lasted about a month).
 */
function zoneYear(zone: string, year: number): ZoneYear {
  const key = `${zone}|${year}`;
  let table = zoneYears.get(key);
  if (!table) {
    const end = Date.UTC(year + 1, 0, 1);
    let t = Date.UTC(year, 0, 1);
    let offset = intlOffset(t, zone);
    table = { start: offset, transitions: [] };
    while (t < end) {
      const next = Math.min(t + WEEK, end);
      const nextOffset = intlOffset(next, zone);
      if (nextOffset !== offset) {
        let lo = t;
        let hi = next;
        while (hi - lo > MINUTE) {
          const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
          if (intlOffset(mid, zone) === offset) lo = mid;
          else hi = mid;
        }
        if (hi < end)
          table.transitions.push({ at: new Date(hi), offsetBefore: offset, offsetAfter: intlOffset(hi, zone) });
      }
      t = next;
      offset = nextOffset;
    }
    zoneYears.set(key, table);
  }
  return table;
}

/** `zone`'s offset from UTC at `instant`, in minutes (Los Angeles in summer: -420). */
export function offsetMinutes(instant: Date | number, zone: string): number {
  const t = +instant;
  const table = zoneYear(requireZone(zone), new Date(t).getUTCFullYear());
  let offset = table.start;
  for (const tr of table.transitions) {
    if (+tr.at > t) break;
    offset = tr.offsetAfter;
  }
  return offset;
}

/**
 * The instant at which the wall clock in `zone` reads `wall` (see the module comment for gaps and
 * overlaps). Throws RangeError for an unknown zone.
 */
export function instantFromWallTime(wall: WallDate & Partial<WallTime>, zone: string): Date {
  const local = utc(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  // Real offsets lie within ±14 h, so a day either side brackets any single transition.
  const before = offsetMinutes(local - DAY, zone);
  const valid = [before, offsetMinutes(local + DAY, zone)]
    .map((o) => local - o * MINUTE)
    .filter((t) => offsetMinutes(t, zone) * MINUTE === local - t);
  // In a gap: reading the wall time with the offset in force before the gap moves it forward.
  return new Date(valid.length ? Math.min(...valid) : local - before * MINUTE);
}

/** Sunday = 0 ... Saturday = 6 for a calendar date. */
export function weekdayOf(date: WallDate): number {
  return new Date(utc(date.year, date.month, date.day)).getUTCDay();
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: WallDate, days: number): WallDate {
  return dateOf(utc(date.year, date.month, date.day + days));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` */
export function isoDate(date: WallDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The calendar date in `zone` at `instant`, as `YYYY-MM-DD`. */
export function isoDateIn(instant: Date | number, zone: string): string {
  return isoDate(wallTimeAt(instant, zone));
}

export interface Transition {
  /** The first instant with the new offset, to the minute. */
  at: Date;
  offsetBefore: number;
  offsetAfter: number;
}

/** Every offset change of `zone` in [from, to). Throws RangeError for an unknown zone. */
export function findTransitions(name: string, from: Date | number, to: Date | number): Transition[] {
  const zone = requireZone(name);
  const start = +from;
  const end = +to;
  const out: Transition[] = [];
  const keep = (tr: Transition) => +tr.at >= start && +tr.at < end && out.push(tr);
  const first = new Date(start).getUTCFullYear();
  for (let year = first; year <= new Date(end).getUTCFullYear(); year++) {
    const table = zoneYear(zone, year);
    if (year > first) {
      // A change at exactly 00:00 UTC on 1 January shows only as a different starting offset.
      const previous = zoneYear(zone, year - 1);
      const before = previous.transitions.at(-1)?.offsetAfter ?? previous.start;
      if (before !== table.start)
        keep({ at: new Date(Date.UTC(year, 0, 1)), offsetBefore: before, offsetAfter: table.start });
    }
    table.transitions.forEach(keep);
  }
  return out;
}
