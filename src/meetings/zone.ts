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

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per zone: creating them is the slow part of Intl (about 100x a format call). */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

/** True when the browser knows `zone` as an IANA time zone (or `UTC`). */
export function isValidTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && zone.length > 0 && zone.length < 100 && formatterFor(zone) !== null;
}

function requireFormatter(zone: string): Intl.DateTimeFormat {
  const f = formatterFor(zone);
  if (!f) throw new RangeError(`Unknown time zone: ${zone}`);
  return f;
}

/** The wall clock in `zone` at `instant`, straight from Intl. Throws RangeError for an unknown zone. */
function intlWallTime(t: number, zone: string): WallTime {
  const parts = requireFormatter(zone).formatToParts(t);
  const out: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year': out.year = Number(p.value); break;
      case 'month': out.month = Number(p.value); break;
      case 'day': out.day = Number(p.value); break;
      // Some engines still print midnight as 24 even with h23.
      case 'hour': out.hour = Number(p.value) % 24; break;
      case 'minute': out.minute = Number(p.value); break;
      case 'second': out.second = Number(p.value); break;
      case 'era': bc = /^B/i.test(p.value); break;
    }
  }
  if (bc) out.year = 1 - out.year;
  return out;
}

/** The wall clock in `zone` at `instant`. Throws RangeError for an unknown zone. */
export function wallTimeAt(instant: Date | number, zone: string): WallTime {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const d = new Date(t + offsetMinutes(t, zone) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall clock read as if it were UTC, in ms: the arithmetic basis for offsets. */
function wallAsUtc(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** The offset straight from Intl (one format call): the ground truth the tables are built from. */
function intlOffset(t: number, zone: string): number {
  const whole = Math.floor(t / 1000) * 1000;
  return Math.round((wallAsUtc(intlWallTime(whole, zone)) - whole) / MINUTE);
}

interface ZoneYear {
  /** Offset at 00:00 UTC on 1 January. */
  start: number;
  transitions: Transition[];
}

const zoneYears = new Map<string, ZoneYear>();

/**
 * A zone's offsets for one UTC year, as the offset on 1 January plus that year's changes. Built
 * once (about 400 Intl calls), after which every offset lookup in that year is a binary search:
 * sorting a feed of thousands of meetings would otherwise cost seconds of formatToParts.
 */
function zoneYear(zone: string, year: number): ZoneYear {
  const key = `${zone}|${year}`;
  let table = zoneYears.get(key);
  if (!table) {
    const from = Date.UTC(year, 0, 1);
    table = { start: intlOffset(from, zone), transitions: scanTransitions(zone, from, Date.UTC(year + 1, 0, 1)) };
    zoneYears.set(key, table);
  }
  return table;
}

/** `zone`'s offset from UTC at `instant`, in minutes (Los Angeles in summer: -420). */
export function offsetMinutes(instant: Date | number, zone: string): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  requireFormatter(zone);
  const table = zoneYear(zone, new Date(t).getUTCFullYear());
  let offset = table.start;
  for (const tr of table.transitions) {
    if (tr.at.getTime() > t) break;
    offset = tr.offsetAfter;
  }
  return offset;
}

/**
 * The instant at which the wall clock in `zone` reads `wall` (see the module comment for gaps and
 * overlaps). Throws RangeError for an unknown zone.
 */
export function instantFromWallTime(wall: WallDate & Partial<WallTime>, zone: string): Date {
  const local = wallAsUtc({ hour: 0, minute: 0, second: 0, ...wall });
  // Real offsets lie within ±14 h, so a day either side brackets any single transition.
  const before = offsetMinutes(local - DAY, zone);
  const after = offsetMinutes(local + DAY, zone);
  const candidates = before === after ? [before] : [before, after];
  const valid = candidates
    .map((o) => local - o * MINUTE)
    .filter((t) => offsetMinutes(t, zone) * MINUTE === local - t)
    .sort((a, b) => a - b);
  if (valid.length > 0) return new Date(valid[0]);
  // In a gap: reading the wall time with the offset in force before the gap moves it forward.
  return new Date(local - before * MINUTE);
}

/** Sunday = 0 ... Saturday = 6 for a calendar date. */
export function weekdayOf(date: WallDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getUTCDay();
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: WallDate, days: number): WallDate {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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

/**
 * Offset changes in [from, to): the offset is sampled every 24 hours and each change bisected
 * down to the minute. Changes closer together than a day would be missed; no zone has had those
 * in the years this is used for.
 */
function scanTransitions(zone: string, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  let t = start;
  let offset = intlOffset(t, zone);
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const nextOffset = intlOffset(next, zone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
        if (intlOffset(mid, zone) === offset) lo = mid;
        else hi = mid;
      }
      if (hi < end) out.push({ at: new Date(hi), offsetBefore: offset, offsetAfter: intlOffset(hi, zone) });
    }
    t = next;
    offset = nextOffset;
  }
  return out;
}

/** Every offset change of `zone` in [from, to). Throws RangeError for an unknown zone. */
export function findTransitions(zone: string, from: Date | number, to: Date | number): Transition[] {
  requireFormatter(zone);
  const start = typeof from === 'number' ? from : from.getTime();
  const end = typeof to === 'number' ? to : to.getTime();
  const out: Transition[] = [];
  const keep = (tr: Transition) => tr.at.getTime() >= start && tr.at.getTime() < end && out.push(tr);
  const first = new Date(start).getUTCFullYear();
  for (let year = first; year <= new Date(end).getUTCFullYear(); year++) {
    const table = zoneYear(zone, year);
    if (year > first) {
      // A change at exactly 00:00 UTC on 1 January shows only as a different starting offset.
      const previous = zoneYear(zone, year - 1);
      const before = previous.transitions.at(-1)?.offsetAfter ?? previous.start;
      if (before !== table.start) keep({ at: new Date(Date.UTC(year, 0, 1)), offsetBefore: before, offsetAfter: table.start });
    }
    table.transitions.forEach(keep);
  }
  return out;
}
