/**
 * BMLT semantic API, `client_interface/json/?switcher=GetSearchResults`: every value is a string.
 * Either a plain array of meetings, or `{ meetings, formats }` with `get_used_formats=1`.
 * Format keys are local to each server ("O" on one, "OP" on another), so when the format table is
 * there we map each meeting's formats to the shared NAWS `world_id` ("OPEN", "VM", "TC").
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
import { minutesClock, clockMinutes } from './text.js';
import { NA_KEY_TO_WORLD } from './type-codes.js';

export interface BmltFormatTable {
  /** Format id (`id`) → code. */
  byId: Map<string, string>;
  /** Local key string → code. */
  byKey: Map<string, string>;
  /** Code → the server's own name for it (`name_string`), which the finder shows before ours. */
  names: Map<string, string>;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * Builds the code maps from a `formats` array; a format without `world_id` keeps its key. The
 * server's standard hybrid format is `HYBR`, which feeds and our tables also write `HY`.
 */
export function formatTable(formats: unknown): BmltFormatTable {
  const table: BmltFormatTable = { byId: new Map(), byKey: new Map(), names: new Map() };
  if (!Array.isArray(formats)) return table;
  for (const f of formats) {
    if (!f || typeof f !== 'object') continue;
    const rec = f as Record<string, unknown>;
    const key = str(rec.key_string);
    const world = str(rec.world_id).toUpperCase();
    const code = (world === 'HYBR' ? 'HY' : world) || key;
    const name = str(rec.name_string).slice(0, 100);
    if (!code) continue;
    if (str(rec.id)) table.byId.set(str(rec.id), code);
    if (key && !table.byKey.has(key)) table.byKey.set(key, code);
    if (name && !table.names.has(code)) table.names.set(code, name);
  }
  return table;
}

function readCodes(r: RecordReader, table: BmltFormatTable | undefined): string[] {
  const codes: string[] = [];
  const add = (code: string) => {
    if (code && code.length <= 20 && !codes.includes(code)) codes.push(code);
  };
  // Ids are exact; keys also catch formats a server lists on the meeting but not in its table.
  if (table?.byId.size) for (const id of r.list('format_shared_id_list', /,/)) add(table.byId.get(id) ?? '');
  for (const key of r.list('formats', /,/)) {
    add(table ? (table.byKey.get(key) ?? key) : (NA_KEY_TO_WORLD.get(key) ?? key));
  }
  return codes;
}

/** "01:30:00" → 90; undefined for empty, zero or unreadable. */
function durationOf(r: RecordReader): number | undefined {
  const text = r.text('duration_time', 20);
  if (text === undefined) return;
  const m = /^(\d{1,2}):([0-5]\d)(?::\d\d)?$/.exec(text);
  const minutes = m ? +m[1] * 60 + +m[2] : NaN;
  if (minutes > 0) return r.duration('duration_time', minutes, text);
  if (minutes !== 0) r.warn('duration_time', `not a length of time (${describe(text)}); using one hour`);
}

const VENUE: Record<string, Attendance> = { '1': 'in_person', '2': 'online', '3': 'hybrid' };

function readMeeting(r: RecordReader, table: BmltFormatTable | undefined): Meeting {
  const name = r.required('meeting_name', 300);
  let days: number[] = [];
  const weekday = r.rec.weekday_tinyint;
  if (weekday != null && weekday !== '') {
    const n = typeof weekday === 'boolean' ? NaN : Number(typeof weekday === 'string' ? weekday.trim() : weekday);
    if (!(n >= 1 && n <= 7 && Number.isInteger(n))) {
      throw new SkipRecord('weekday_tinyint', `not a weekday 1-7 (Sunday = 1): ${describe(weekday)}`);
    }
    days = [n - 1];
  }
  const time = r.clock('start_time', true, 'HH:MM:SS');
  if (days.length && !time) r.warn('start_time', 'missing; listed as by appointment');
  const duration = durationOf(r);

  const types = readCodes(r, table);
  const street = r.text('location_street', 300);
  const city = r.text('location_municipality', 200);
  const regions = [r.text('location_sub_province', 200), city, r.text('location_neighborhood', 200)].filter(
    (v, i, all): v is string => !!v && all.indexOf(v) === i,
  );

  const conferenceUrl = r.url('virtual_meeting_link');
  const conferencePhone = r.phone('phone_meeting_number');
  const closed = types.includes('TC') || r.flag('temporarily_virtual') === true;
  const venue = r.text('venue_type', 10);
  let attendance: Attendance = VENUE[venue!];
  if (!Object.hasOwn(VENUE, venue!)) {
    if (venue !== undefined)
      r.warn('venue_type', `expected 1, 2 or 3, found ${describe(venue)}; worked out from the formats`);
    attendance = deriveAttendance(
      !!(conferenceUrl || conferencePhone) || types.includes('VM') || types.includes('HY'),
      !!street && !types.includes('VM'),
      closed,
    );
  } else if (closed) attendance = attendance === 'in_person' ? 'inactive' : 'online';

  return r.meeting(
    'bmlt',
    {
      name,
      days,
      time,
      endTime: time && duration ? minutesClock(clockMinutes(time) + duration) : undefined,
      durationMinutes: duration ?? 60,
      timezone: r.zone('time_zone'),
      types,
      attendance,
      location: r.text('location_text', 500, true),
      address:
        street &&
        joined([
          street,
          city,
          joined([r.text('location_province', 100), r.text('location_postal_code_1', 20)], ' '),
          r.text('location_nation', 100),
        ]),
      city,
      regions,
      approximate: !street,
      conferenceUrl,
      conferenceUrlNotes: r.long('virtual_meeting_additional_info'),
      conferencePhone,
      notes: r.long('comments'),
      locationNotes: r.long('location_info'),
      serviceBodyId: r.text('service_body_bigint', 20),
      typeNames: table?.names.size ? table.names : undefined,
    },
    'location_street',
  );
}

export function readBmlt(records: readonly unknown[], ctx: AdapterContext, formats?: unknown): Meeting[] {
  const table = formats === undefined ? undefined : formatTable(formats);
  return readRecords(records, ctx, (r) => readMeeting(r, table), ['id_bigint']);
}

/** A record that looks like BMLT: its telltale field names. */
export function looksLikeBmlt(rec: unknown): boolean {
  return !!rec && typeof rec === 'object' && ('meeting_name' in rec || 'id_bigint' in rec || 'weekday_tinyint' in rec);
}
