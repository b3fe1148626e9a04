/**
 * Which records of a Meeting Guide feed a list shows first, chosen from the parsed JSON before
 * any record is read: the finder draws those while it reads the rest. Only a guess that is never
 * wrong counts, so anything that could change the order gives up (undefined).
 */
import { dayOf } from './meeting-guide.js';
import { LONGEST_MEETING } from './schedule.js';
import { parseClock, clockMinutes } from './text.js';

const WEEK = 7 * 1440;
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
    const items = Array.isArray(day) ? day : typeof day === 'string' ? day.split(/[\s,;[\]]+/) : [day];
    for (const item of items.slice(0, 50)) {
      const d = dayOf(item);
      if (d === undefined) continue;
      // Minutes from now to this day's start; a start in the last few hours may still be going on.
      let wait = (d * 1440 + clockMinutes(time) - nowInWeek + WEEK) % WEEK;
      if (wait >= WEEK - LONGEST_MEETING - MARGIN) wait -= WEEK;
      until[i] = Math.min(until[i], wait);
    }
  }
  const upcoming = until.filter((w) => w >= 0 && w < WEEK).sort((a, b) => a - b);
  if (upcoming.length <= count) return;
  const last = upcoming[count - 1] + MARGIN;
  const picks: number[] = [];
  for (let i = 0; i < until.length; i++) if (until[i] <= last) picks.push(i);
  return { picks, within: last };
}
