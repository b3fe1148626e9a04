/**
 * Which records of a Meeting Guide feed a list shows first, chosen from the parsed JSON before
 * any record is read: the finder draws those while it reads the rest. Only a guess that is never
 * wrong counts, so anything that could change the order gives up (undefined).
 */
import { dayOf } from './meeting-guide.js';
import { usualLength } from './schedule.js';
import { parseClock, clockMinutes } from './text.js';

const WEEK = 7 * 1440;

/** A meeting's length as the whole read gives it (`durationOf`): its end time's, else an hour. */
const lengthOf = (start: number, end: string | undefined): number =>
  usualLength(end === undefined ? 0 : (clockMinutes(end) - start + 1440) % 1440);
/** Slack for what the wall-clock guess cannot see (a daylight-saving change within the week). */
const MARGIN = 60;

/**
 * The indices of every record that may be in progress at `nowInWeek` (minutes since Sunday 00:00
 * in `zone`) and of the next `count` to start, with every record starting as soon as the last of
 * them (so ties, and duplicates the merge removes, come together); `within`: the minutes from now
 * that the picks cover. Undefined when a record names another zone, or the feed is small.
 */
export function soonestRecords(
  records: readonly unknown[],
  nowInWeek: number,
  count: number,
  zone: string,
): { picks: number[]; within: number } | undefined {
  const own = zone.toLowerCase();
  const until: number[] = [];
  for (let i = 0; i < records.length; i++) {
    until.push(WEEK);
    const rec = records[i] as Record<string, unknown> | null;
    if (!rec || typeof rec !== 'object') continue;
    const tz = rec.timezone;
    if (tz != null && tz !== '' && (typeof tz !== 'string' || tz.trim().toLowerCase() !== own)) return;
    if (rec.attendance_option === 'inactive') continue;
    const time = typeof rec.time === 'string' ? parseClock(rec.time) : undefined;
    const day = rec.day;
    if (!time || day == null || day === '') continue;
    const start = clockMinutes(time);
    const length = lengthOf(start, typeof rec.end_time === 'string' ? parseClock(rec.end_time) : undefined);
    // One number is the usual day: no list to make.
    const items = Array.isArray(day) ? day : typeof day === 'string' ? day.split(/[\s,;[\]]+/) : undefined;
    until[i] = items
      ? Math.min(WEEK, ...items.slice(0, 50).map((item) => wait(dayOf(item), start, length)))
      : wait(dayOf(day), start, length);
  }
  // Minutes from now to a day's start. One that started less than its length ago may still be going
  // on (a negative wait); one that has ended starts again next week, and is not among the first.
  function wait(day: number | undefined, start: number, length: number): number {
    if (day === undefined) return WEEK;
    const w = (day * 1440 + start - nowInWeek + WEEK) % WEEK;
    return w >= WEEK - length - MARGIN ? w - WEEK : w;
  }
  // A typed array sorts numbers without a compare callback.
  const upcoming = Float64Array.from(until.filter((w) => w >= 0 && w < WEEK)).sort();
  if (upcoming.length <= count) return;
  const last = upcoming[count - 1] + MARGIN;
  const picks: number[] = [];
  for (let i = 0; i < until.length; i++) if (until[i] <= last) picks.push(i);
  return { picks, within: last };
}
