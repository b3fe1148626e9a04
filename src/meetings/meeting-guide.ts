/**
 * Meeting Guide / 12 Step Meeting List JSON (code4recovery/spec): an array of meeting records.
 * Tolerant of what real feeds do: `day` as a string or an array, 12-hour times, numeric strings
 * for coordinates, `types` as a comma-separated string, missing or empty fields.
 */
import type { Attendance, Meeting } from './types.js';
import {
  ATTENDANCE,
  type AdapterContext,
  deriveAttendance,
  describe,
  LIMITS,
  nothingToShow,
  readRecords,
  type RecordReader,
  refFrom,
  SkipRecord,
} from './fields.js';
import { clockMinutes } from './text.js';

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function dayOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 6 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (/^\d+$/.test(text)) return dayOf(Number(text));
  const i = DAY_NAMES.indexOf(text.slice(0, 3));
  return i >= 0 && DAY_NAMES[i].startsWith(text.slice(0, 3)) && /^[a-z]+$/.test(text) ? i : undefined;
}

/** Days 0-6. A `day` that is present but has no usable value skips the record. */
export function readDays(r: RecordReader, field = 'day'): number[] {
  const value = r.rec[field];
  if (value === undefined || value === null || value === '') return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value];
  const days = new Set<number>();
  const bad: unknown[] = [];
  for (const item of items.slice(0, 50)) {
    const day = dayOf(item);
    if (day === undefined) bad.push(item);
    else days.add(day);
  }
  if (!days.size) {
    if (Array.isArray(value) && !value.length) return [];
    throw new SkipRecord(field, `no day of the week 0-6 (Sunday = 0) in ${describe(value)}`);
  }
  if (bad.length) r.warn(field, `${bad.map(describe).join(', ')} not a day 0-6; dropped`);
  return [...days].sort((a, b) => a - b);
}

/** One line of address from `formatted_address`, else from its parts. */
function readAddress(r: RecordReader): string | undefined {
  const formatted = r.text('formatted_address', LIMITS.short);
  if (formatted) return formatted;
  const parts = ['address', 'city', 'state', 'postal_code', 'country'].map((f) => r.text(f, 200));
  const [street, city, state, postal, country] = parts;
  const region = [state, postal].filter(Boolean).join(' ');
  const line = [street, city, region, country].filter(Boolean).join(', ');
  return line || undefined;
}

const US_CITY = /,\s*([^,]+),\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?,\s*(?:USA|US|United States)$/;
const CA_CITY = /,\s*([^,]+),\s*(?:[A-Z]{2}\s+|[A-Za-z ]+,\s*)[A-Z]\d[A-Z]\s?\d[A-Z]\d,\s*Canada$/;

/** The city of a Google-style US or Canadian address; undefined when it cannot be told. */
export function cityOf(address: string): string | undefined {
  return (US_CITY.exec(address) ?? CA_CITY.exec(address))?.[1]?.trim();
}

/**
 * Feeds without an `approximate` field: an address whose first part has no house number and that
 * has at most three parts ("Philadelphia, PA, USA") names an area, not a door.
 */
export function looksApproximate(address: string): boolean {
  const parts = address.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length <= 3 && !/\d/.test(parts[0] ?? '');
}

function readMeeting(r: RecordReader): Meeting {
  const ctx = r.ctx;
  const name = r.required('name', LIMITS.name);
  const days = readDays(r);
  const time = r.clock('time', true);
  if (days.length && !time) r.warn('time', 'missing; listed as by appointment');
  if (time && !days.length) r.warn('day', 'missing; listed as by appointment');
  let endTime = r.clock('end_time', false);
  let durationMinutes = 60;
  if (time && endTime) {
    const span = (clockMinutes(endTime) - clockMinutes(time) + 1440) % 1440;
    if (span === 0) {
      r.warn('end_time', 'same as the start time; using one hour');
      endTime = undefined;
    } else durationMinutes = span;
  }

  const types = r.list('types', /[,;]/);
  if (types.some((t) => t.length > 20)) {
    r.warn('types', 'codes longer than 20 characters are not type codes; dropped');
    types.splice(0, types.length, ...types.filter((t) => t.length <= 20));
  }
  const address = readAddress(r);
  const location = r.text('location', LIMITS.short, true);
  const regions = r.list('regions', />/);
  const region = r.text('region', 200, true);
  const subRegion = r.text('sub_region', 200, true);
  if (!regions.length) {
    if (region) regions.push(region);
    if (subRegion && subRegion !== region) regions.push(subRegion);
  }
  const explicitApprox = r.flag('approximate');
  const approximate = explicitApprox ?? (address ? looksApproximate(address) : !location);

  const conferenceUrl = r.url('conference_url');
  const conferencePhone = r.phone('conference_phone');
  let attendance: Attendance | undefined;
  const option = r.text('attendance_option', 40);
  if (option !== undefined) {
    const key = option.toLowerCase().replace(/[\s-]+/g, '_');
    if (ATTENDANCE.has(key)) attendance = key as Attendance;
    else r.warn('attendance_option', `unknown value ${describe(option)}; worked out from the other fields`);
  }
  attendance ??= deriveAttendance({
    online: !!(conferenceUrl || conferencePhone) || types.includes('ONL'),
    physical: !!(address || location) && !approximate,
    closed: types.includes('TC'),
  });

  const entityName = r.text('entity', 200, true);
  const entityUrl = r.url('entity_url') ?? r.url('entity_website_url');
  const entityEmail = r.email('entity_email');
  const entityPhone = r.phone('entity_phone');
  const entity =
    entityName || entityUrl || entityEmail || entityPhone
      ? { name: entityName, url: entityUrl, email: entityEmail, phone: entityPhone }
      : undefined;

  const meeting: Meeting = {
    id: '',
    source: ctx.source,
    format: 'meeting-guide',
    fellowship: ctx.fellowship,
    name,
    days,
    time,
    endTime,
    durationMinutes,
    timezone: r.zone('timezone'),
    types,
    attendance,
    location,
    address,
    city: r.text('city', 200) ?? (address ? cityOf(address) : undefined),
    region: regions[regions.length - 1],
    regions,
    ...r.point('latitude', 'longitude'),
    approximate,
    conferenceUrl,
    conferenceUrlNotes: r.text('conference_url_notes', LIMITS.long, true),
    conferencePhone,
    conferencePhoneNotes: r.text('conference_phone_notes', LIMITS.long, true),
    notes: r.text('notes', LIMITS.long, true),
    locationNotes: r.text('location_notes', LIMITS.long, true),
    group: r.text('group', LIMITS.short, true),
    groupNotes: r.text('group_notes', LIMITS.long, true),
    website: r.url('website') ?? r.url('url'),
    email: r.email('email'),
    phone: r.phone('phone'),
    entity,
    updated: r.text('updated', 40),
    feedId: typeof r.ref === 'string' ? r.ref : `#${r.ref}`,
    feedbackUrl: r.url('feedback_url'),
  };
  if (nothingToShow(meeting)) {
    throw new SkipRecord('formatted_address', 'no address, location, conference link, phone or contact to show');
  }
  return meeting;
}

export function readMeetingGuide(records: readonly unknown[], ctx: AdapterContext): Meeting[] {
  return readRecords(records, ctx, readMeeting, (rec, i) => refFrom(rec, ['slug', 'id'], i));
}
