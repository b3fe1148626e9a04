/**
 * When meetings happen: the next (or current) occurrence of a weekly meeting in its own zone,
 * its status relative to "now", ordering, and presentation in the visitor's zone.
 *
 * Every function takes `now` as an argument, never reads the clock, so the finder and the tests
 * decide what "now" is. Zone rules (DST gaps and overlaps) are those of ./zone.ts: a 02:30 meeting
 * on a spring-forward day starts at 03:30, a 01:30 meeting on a fall-back day at the first 01:30.
 */
import type { Meeting, MeetingStatus } from './types.js';
import {
  findTransitions,
  instantFromWallTime,
  isValidTimeZone,
  isoDate,
  offsetMinutes,
  wallTimeAt,
  weekdayOf,
  type WallDate,
} from './zone.js';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

export interface Occurrence {
  start: Date;
  end: Date;
}

interface DatedOccurrence extends Occurrence {
  /** The calendar date of the occurrence in the meeting's zone (before any DST shift). */
  date: WallDate;
}

const parsedTimes = new Map<string, number | undefined>();

/** `HH:MM` (24 h) → minutes after midnight, or undefined when malformed. */
export function parseTime(value: string | undefined): number | undefined {
  // A feed has a few dozen distinct times across thousands of meetings: each is read once.
  if (value === undefined) return undefined;
  let minutes = parsedTimes.get(value);
  if (minutes === undefined && !parsedTimes.has(value)) {
    if (parsedTimes.size > 999) parsedTimes.clear();
    parsedTimes.set(value, (minutes = readTime(value)));
  }
  return minutes;
}

function readTime(value: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const h = Number(match[1]);
  const m = Number(match[2]);
  // 24:00 is what some feeds write for midnight at the end of the day; treat it as 00:00 next day.
  if (h > 24 || m > 59 || (h === 24 && m !== 0)) return undefined;
  return h * 60 + m;
}

/**
 * The longest a meeting may run, in minutes: past it, an end time is taken for a typo (01:30
 * typed for 13:30 makes 13 hours, "in progress" all night). Meetings run one to two hours; four
 * leaves room for a long speaker meeting or workshop, and the rare all-day event is not a weekly
 * meeting. The feed readers warn, naming the meeting, and use the default hour instead.
 */
export const LONGEST_MEETING = 240;

/** A length in minutes as a meeting's: itself when it is one (up to LONGEST_MEETING), else an hour. */
export const usualLength = (minutes: number): number => (minutes > 0 && minutes <= LONGEST_MEETING ? minutes : 60);

/** The meeting's length: `durationMinutes`, else from `endTime`; 60 when neither or past LONGEST_MEETING. */
export function durationOf(m: Meeting): number {
  const start = parseTime(m.time);
  const end = parseTime(m.endTime);
  const length =
    m.durationMinutes > 0
      ? m.durationMinutes
      : start !== undefined && end !== undefined
        ? (end - start + 1440) % 1440
        : 0;
  return usualLength(length);
}

/** True when the meeting has no weekly schedule (no days or no time): "by appointment". */
export function isByAppointment(m: Meeting): boolean {
  return m.days.length === 0 || parseTime(m.time) === undefined;
}

/**
 * A zone's clock at one "now": its offset and local midnight, and whether that offset holds for
 * the whole window occurrence() looks at (two days back, a week ahead, a day either side for the
 * gap and overlap checks). Then every meeting in the zone is plain day-and-minute arithmetic.
 */
interface ZoneClock {
  /** Offset in minutes, when steady over the window; undefined when it changes. */
  offset?: number;
  /** Today's local midnight, as milliseconds of a UTC calendar time. */
  midnight: number;
}

/** Per "now", per zone: meetings sharing a zone share its clock. */
let clocks: { now: number; byZone: Map<string, ZoneClock> } | undefined;

function clockFor(zone: string, now: number): ZoneClock {
  if (clocks?.now !== now) clocks = { now, byZone: new Map() };
  let c = clocks.byZone.get(zone);
  if (!c) {
    const offset = offsetMinutes(now, zone);
    const steady = !findTransitions(zone, now - 5 * DAY, now + 11 * DAY).length;
    clocks.byZone.set(
      zone,
      (c = { offset: steady ? offset : undefined, midnight: Math.floor((now + offset * MINUTE) / DAY) * DAY }),
    );
  }
  return c;
}

function occurrence(m: Meeting, now: Date, minutes = parseTime(m.time)): DatedOccurrence | undefined {
  // isByAppointment(), with the time read once.
  if (m.attendance === 'inactive' || !m.days.length || minutes === undefined || !isValidTimeZone(m.timezone))
    return undefined;
  let days = 0;
  for (const d of m.days) if (Number.isInteger(d) && d >= 0 && d <= 6) days |= 1 << d;
  if (!days) return undefined;
  const duration = durationOf(m);
  const at = now.getTime();
  const { offset, midnight } = clockFor(m.timezone, at);
  // Look back far enough to catch an occurrence that started on an earlier day and is still on
  // (a 23:30 meeting at 00:15); look ahead a full week so today's weekday, if already over, comes
  // round again.
  const lookBack = Math.ceil(duration / 1440) + 1;
  for (let k = -lookBack; k <= 7; k++) {
    // The local calendar day, as a UTC time.
    const day = new Date(midnight + k * DAY);
    if (!(days & (1 << day.getUTCDay()))) continue;
    const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    // No offset change near: the wall clock minus the offset. Else the exact zone rules.
    const start =
      offset !== undefined && lookBack < 3
        ? new Date(+day + (minutes - offset) * MINUTE)
        : instantFromWallTime({ ...date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 }, m.timezone);
    const end = new Date(+start + duration * MINUTE);
    if (+end > at) return { start, end, date };
  }
  return undefined;
}

/**
 * The occurrence in progress at `now` (start ≤ now < end), else the next one to start, computed in
 * the meeting's own zone. Undefined for by-appointment and inactive meetings and unknown zones.
 */
export function nextOccurrence(m: Meeting, now: Date): Occurrence | undefined {
  const o = occurrence(m, now);
  return o && { start: o.start, end: o.end };
}

/** The occurrence's calendar date in the meeting's zone, as `calendar export` needs it. */
export function nextOccurrenceDate(m: Meeting, now: Date): WallDate | undefined {
  return occurrence(m, now)?.date;
}

/**
 * 'in-progress' from the start minute until (not including) the end; 'soon' when the start is at
 * most `soonMinutes` away; 'later' otherwise.
 */
export function meetingStatus(m: Meeting, now: Date, soonMinutes = 30): MeetingStatus {
  if (m.attendance === 'inactive') return 'inactive';
  const o = nextOccurrence(m, now);
  if (!o) return 'by-appointment';
  const until = o.start.getTime() - now.getTime();
  if (until <= 0) return 'in-progress';
  return until <= soonMinutes * MINUTE ? 'soon' : 'later';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * By next occurrence (meetings in progress first, then wrapping round the week); equal instants by
 * local time then name; meetings with no occurrence (by appointment, inactive) last, by name.
 */
export function sortByNext(meetings: readonly Meeting[], now: Date): Meeting[] {
  return keyedByNext(meetings, now).map((k) => k.m);
}

interface Keyed {
  m: Meeting;
  o: DatedOccurrence | undefined;
  start: number;
  time: number;
}

/** sortByNext's order, with each meeting's occurrence; every sort key is computed once. */
function keyedByNext(meetings: readonly Meeting[], now: Date): Keyed[] {
  // Meetings share schedules (Mondays 19:00 for an hour, in one zone): each is worked out once.
  const bySchedule = new Map<string, DatedOccurrence | undefined>();
  const keyed: Keyed[] = meetings.map((m) => {
    const time = parseTime(m.time);
    const key = `${m.attendance === 'inactive'}|${m.timezone}|${m.days}|${time}|${durationOf(m)}`;
    let o = bySchedule.get(key);
    if (!o && !bySchedule.has(key)) bySchedule.set(key, (o = occurrence(m, now, time)));
    return { m, o, start: o ? +o.start : Infinity, time: time ?? 0 };
  });
  keyed.sort(
    (a, b) =>
      a.start - b.start ||
      a.time - b.time ||
      collator.compare(a.m.name, b.m.name) ||
      (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0),
  );
  return keyed;
}

export interface ViewerTimes {
  /** Start time in the viewer's zone, formatted for `locale` ("7:00 PM", "19:00"). */
  viewer: string;
  /** Start to end in the viewer's zone ("7:00 – 8:00 PM"). */
  viewerRange: string;
  /** The meeting's own local start time, only when its zone's offset differs from the viewer's. */
  local?: string;
  /** The meeting zone's short name for `local` ("PDT", "GMT-7"), with `local` only. */
  localZoneName?: string;
  /** Weekday of the occurrence in the viewer's zone (Sunday = 0). */
  viewerDay: number;
  /** `YYYY-MM-DD` of the occurrence in the viewer's zone. */
  viewerDate: string;
  /** Weekday of the occurrence in the meeting's own zone. */
  localDay: number;
  start: Date;
  end: Date;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(locale: string, zone: string, zoneName: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${zoneName}`;
  let f = timeFormats.get(key);
  if (!f) {
    // The locale's own short time: `hour: 'numeric'` writes 5:00 where the same locale's ranges
    // and clocks write 05:00 (Chinese, French, Portuguese), two styles on one row.
    const options: Intl.DateTimeFormatOptions = zoneName
      ? { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: zone }
      : { timeStyle: 'short', timeZone: zone };
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unusable locale tag must not break the list: English is the project's fallback.
      f = new Intl.DateTimeFormat('en', options);
    }
    timeFormats.set(key, f);
  }
  return f;
}

/**
 * The next (or current) occurrence as the visitor should read it. An unknown `viewerZone` falls
 * back to the meeting's own zone. Undefined when the meeting has no occurrence.
 * Intl output is kept as is: English times use U+202F before AM/PM in current Chromium.
 */
export function timesForViewer(m: Meeting, now: Date, viewerZone: string, locale: string): ViewerTimes | undefined {
  const o = nextOccurrence(m, now);
  if (!o) return undefined;
  const zone = isValidTimeZone(viewerZone) ? viewerZone : m.timezone;
  // Many meetings share a start and an end (every Monday 19:00-20:00), and Intl formatting is the
  // slow part of a list row: each distinct one is formatted once.
  const key = `${locale}|${zone}|${m.timezone}|${+o.start}|${+o.end}`;
  let out = viewerTimes.get(key);
  if (!out) {
    const fmt = timeFormat(locale, zone, false);
    const viewerWall = wallTimeAt(o.start, zone);
    out = {
      viewer: fmt.format(o.start),
      viewerRange: fmt.formatRange(o.start, o.end),
      viewerDay: weekdayOf(viewerWall),
      viewerDate: isoDate(viewerWall),
      localDay: weekdayOf(wallTimeAt(o.start, m.timezone)),
      start: o.start,
      end: o.end,
    };
    if (offsetMinutes(o.start, zone) !== offsetMinutes(o.start, m.timezone)) {
      out.local = timeFormat(locale, m.timezone, false).format(o.start);
      const name = zoneName(o.start, m.timezone, locale);
      if (name) out.localZoneName = name;
    }
    if (viewerTimes.size > 4999) viewerTimes.clear();
    viewerTimes.set(key, out);
  }
  return { ...out, start: o.start, end: o.end };
}

const viewerTimes = new Map<string, ViewerTimes>();

/** The zone's short name at `at` ("PDT", "GMT-7"), as `locale` writes it. */
export function zoneName(at: Date | number, zone: string, locale: string): string | undefined {
  return timeFormat(locale, zone, true)
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
}

export interface DayGroup {
  /** Weekday in the viewer's zone (Sunday = 0). */
  day: number;
  /** `YYYY-MM-DD` in the viewer's zone. */
  date: string;
  meetings: Meeting[];
}

export interface ListGroups {
  inProgress: Meeting[];
  soon: Meeting[];
  /**
   * Later meetings by the viewer-zone date of their next start, from today on. Only days with
   * meetings appear. Usually at most 7; an eighth (today's weekday next week) appears only when
   * today has both meetings still to come and meetings already over.
   */
  days: DayGroup[];
  byAppointment: Meeting[];
  /** Meetings the feed marks inactive (temporarily closed), by name. */
  inactive: Meeting[];
}

/** The finder's list sections; every meeting lands in exactly one. */
export function groupForList(
  meetings: readonly Meeting[],
  now: Date,
  viewerZone: string,
  soonMinutes = 30,
): ListGroups {
  const groups: ListGroups = { inProgress: [], soon: [], days: [], byAppointment: [], inactive: [] };
  const byDate = new Map<string, DayGroup>();
  const zone = isValidTimeZone(viewerZone) && viewerZone;
  // Meetings share start instants (every Monday 19:00 in one zone), so each is placed once.
  const dayOf = new Map<number, DayGroup>();
  const at = now.getTime();
  for (const { m, o } of keyedByNext(meetings, now)) {
    // The same sections as meetingStatus(), from one occurrence.
    const until = o ? +o.start - at : 0;
    if (m.attendance === 'inactive') groups.inactive.push(m);
    else if (!o) groups.byAppointment.push(m);
    else if (until <= 0) groups.inProgress.push(m);
    else if (until <= soonMinutes * MINUTE) groups.soon.push(m);
    else {
      let group = zone ? dayOf.get(+o.start) : undefined;
      if (!group) {
        const wall = wallTimeAt(o.start, zone || m.timezone);
        const date = isoDate(wall);
        group = byDate.get(date);
        if (!group) byDate.set(date, (group = { day: weekdayOf(wall), date, meetings: [] }));
        if (zone) dayOf.set(+o.start, group);
      }
      group.meetings.push(m);
    }
  }
  groups.days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return groups;
}
