/**
 * Meeting Guide / 12 Step Meeting List JSON (code4recovery/spec): an array of meeting records.
 * Tolerant of what real feeds do: `day` as a string or an array, 12-hour times, numeric strings
 * for coordinates, `types` as a comma-separated string, missing or empty fields.
 */
import type { Attendance, Meeting } from './types.js';
import {
  type AdapterContext,
  deriveAttendance,
  describe,
  joined,
  readRecords,
  type RecordReader,
  SkipRecord,
} from './fields.js';
import { clockMinutes } from './text.js';
import { typeCode } from './type-codes.js';

const DAY_NAMES = 'sun mon tue wed thu fri sat'.split(' ');

/** Where a Meeting Guide record keeps its own id, in order. */
export const MEETING_GUIDE_IDS = ['slug', 'id'] as const;

/** 0-6 from a number, a numeric string or an English day name ("Tuesday", "tue"). */
export function dayOf(value: unknown): number | undefined {
  // The spec's own shape, and nearly every feed's: no string work.
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < 7 ? value | 0 : undefined;
  const text = String(value).trim().toLowerCase();
  const day = /^\d+$/.test(text) ? +text : /^[a-z]{3,}$/.test(text) ? DAY_NAMES.indexOf(text.slice(0, 3)) : -1;
  return (typeof value === 'number' || typeof value === 'string') && day >= 0 && day < 7 ? day : undefined;
}

/** Days 0-6. A `day` that is present but has no usable value skips the record. */
export function readDays(r: RecordReader, field = 'day'): number[] {
  const value = r.rec[field];
  if (value == null || value === '') return [];
  // A string: "1", "Monday", "1,3", or an array written as text ("[1, 3]").
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/[\s,;[\]]+/).filter(Boolean)
      : [value];
  const days = new Set<number>();
  const bad: unknown[] = [];
  for (const item of items.slice(0, 50)) {
    const day = dayOf(item);
    if (day === undefined) bad.push(item);
    else days.add(day);
  }
  if (!days.size) {
    if (!items.length) return [];
    throw new SkipRecord(field, `no day of the week 0-6 (Sunday = 0) in ${describe(value)}`);
  }
  if (bad.length) r.warn(field, `${bad.map(describe).join(', ')} not a day 0-6; dropped`);
  return [...days].sort();
}

const US_CITY = /,\s*([^,]+),\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?,\s*(?:USA|US|United States)$/;
const CA_CITY = /,\s*([^,]+),\s*(?:[A-Z]{2}\s+|[A-Za-z ]+,\s*)[A-Z]\d[A-Z]\s?\d[A-Z]\d,\s*Canada$/;

/** The city of a Google-style US or Canadian address; undefined when it cannot be told. */
export function cityOf(address: string): string | undefined {
  return (US_CITY.exec(address) ?? CA_CITY.exec(address))?.[1].trim();
}

/**
 * Feeds without an `approximate` field: an address whose first part has no house number and that
 * has at most three parts ("Philadelphia, PA, USA") names an area, not a door.
 */
export function looksApproximate(address: string): boolean {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length < 4 && !/\d/.test(parts[0] ?? '');
}

function readMeeting(r: RecordReader): Meeting {
  const name = r.required('name', 300);
  const days = readDays(r);
  const time = r.clock('time', true);
  if (days.length && !time) r.warn('time', 'missing; listed as by appointment');
  if (time && !days.length) r.warn('day', 'missing; listed as by appointment');
  let endTime = r.clock('end_time', false);
  let durationMinutes = 60;
  if (time && endTime) {
    const span = (clockMinutes(endTime) - clockMinutes(time) + 1440) % 1440;
    const length = span && r.duration('end_time', span, endTime);
    if (length) durationMinutes = length;
    else {
      if (!span) r.warn('end_time', 'same as the start time; using one hour');
      endTime = undefined;
    }
  }

  // A string: "O,D", or an array written as text ('["O","D"]', "[open]"); a label spelled out is its code.
  let types = r.list('types', /[,;[\]"]/).map((t) => typeCode(t, r.ctx.fellowship));
  if (types.some((t) => t.length > 20)) {
    r.warn('types', 'codes longer than 20 characters are not type codes; dropped');
    types = types.filter((t) => t.length <= 20);
  }
  const city = r.text('city', 200);
  const address =
    r.text('formatted_address') ??
    joined([
      r.text('address', 200),
      city,
      joined([r.text('state', 200), r.text('postal_code', 200)], ' '),
      r.text('country', 200),
    ]);
  const location = r.text('location', 500, true);
  const regions = r.list('regions', />/);
  const region = r.text('region', 200, true);
  const subRegion = r.text('sub_region', 200, true);
  if (!regions.length) {
    if (region) regions.push(region);
    if (subRegion && subRegion !== region) regions.push(subRegion);
  }
  const approximate = r.flag('approximate') ?? (address ? looksApproximate(address) : !location);

  const conferenceUrl = r.url('conference_url');
  const conferencePhone = r.phone('conference_phone');
  let attendance: Attendance | undefined;
  const option = r.text('attendance_option', 40);
  if (option !== undefined) {
    const key = option.toLowerCase().replace(/[\s-]+/g, '_');
    if (/^(in_person|hybrid|online|inactive)$/.test(key)) attendance = key as Attendance;
    else r.warn('attendance_option', `unknown value ${describe(option)}; worked out from the other fields`);
  }

  const entity = {
    name: r.text('entity', 200, true),
    url: r.url('entity_url') ?? r.url('entity_website_url'),
    email: r.email('entity_email'),
    phone: r.phone('entity_phone'),
  };

  return r.meeting(
    'meeting-guide',
    {
      name,
      days,
      time,
      endTime,
      durationMinutes,
      timezone: r.zone('timezone'),
      types,
      attendance:
        attendance ??
        deriveAttendance(
          !!(conferenceUrl || conferencePhone) || types.includes('ONL'),
          !!(address || location) && !approximate,
          types.includes('TC'),
        ),
      location,
      address,
      city: city ?? (address && cityOf(address)),
      regions,
      approximate,
      conferenceUrl,
      conferenceUrlNotes: r.long('conference_url_notes'),
      conferencePhone,
      conferencePhoneNotes: r.long('conference_phone_notes'),
      notes: r.long('notes'),
      locationNotes: r.long('location_notes'),
      group: r.text('group', 500, true),
      groupNotes: r.long('group_notes'),
      website: r.url('website') ?? r.url('url'),
      email: r.email('email'),
      phone: r.phone('phone'),
      entity: Object.values(entity).some(Boolean) ? entity : undefined,
      updated: r.text('updated', 40),
      feedbackUrl: r.url('feedback_url'),
      feedbackEmails: r.emails('feedback_emails'),
    },
    'formatted_address',
  );
}

export function readMeetingGuide(records: readonly unknown[], ctx: AdapterContext): Meeting[] {
  return readRecords(records, ctx, readMeeting, MEETING_GUIDE_IDS);
}
