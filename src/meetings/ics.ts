/**
 * "Add to calendar": one weekly meeting as an RFC 5545 iCalendar file.
 *
 * The event is written in the meeting's own zone (DTSTART;TZID=...) with a VTIMEZONE built from
 * the zone's real offsets as the browser's Intl data knows them, so calendar apps that do not
 * know the zone name still place the meeting right, before and after DST changes.
 *
 * By-appointment, inactive and unschedulable meetings have no event: `meetingToIcs` returns
 * undefined for them (callers hide the button).
 */
import { durationOf, nextOccurrenceDate, parseTime } from './schedule.js';
import type { Meeting } from './types.js';
import { findTransitions, offsetMinutes, weekdayOf, type Transition, type WallTime } from './zone.js';

export interface IcsOptions {
  /** DTSTAMP, and the point from which the first occurrence is chosen. */
  now: Date;
  /** The page to link when the meeting has no http(s) conference URL. */
  url?: string;
  language?: 'en' | 'es';
  prodId?: string;
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const LABELS = {
  en: { join: 'Join online', dial: 'Dial in', location: 'Location notes' },
  es: { join: 'Conectarse en línea', dial: 'Por teléfono', location: 'Indicaciones del lugar' },
} as const;
const DEFAULT_PRODID = '-//Recovery Widgets//Support group finder//EN';

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line to at most 75 octets per physical line (CRLF + space before each
 * continuation), never splitting a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** An absolute http(s) URL, normalized, or undefined. Plain URL parsing: no DOM needed here. */
function httpUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text || /[\s\u0000-\u001f"<>\\^`{|}]/.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localStamp(w: Pick<WallTime, 'year' | 'month' | 'day'> & Partial<WallTime>): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour ?? 0)}${pad(w.minute ?? 0)}${pad(w.second ?? 0)}`;
}

function utcStamp(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** cyrb53: a stable 53-bit hash, so the UID carries no feed URL or name in the clear. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

function zoneAbbreviation(zone: string, at: Date): string | undefined {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    // "GMT+10" is not a name; calendar apps show TZNAME, so only real abbreviations go in.
    return name && /^[A-Z]{2,5}$/.test(name) && name !== 'GMT' ? name : undefined;
  } catch {
    return undefined;
  }
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Local wall time of the change, read with the offset before it (RFC 5545 3.6.5). */
  start: WallTime;
  from: number;
  to: number;
  rrule?: string;
  name?: string;
}

function kindOf(t: Transition): Observance['kind'] {
  return t.offsetAfter > t.offsetBefore ? 'DAYLIGHT' : 'STANDARD';
}

function observanceOf(t: Transition, zone: string): Observance {
  // The onset is the wall time just before the change, read with the offset then in force.
  const local = new Date(t.at.getTime() + t.offsetBefore * 60_000);
  const o: Observance = {
    kind: kindOf(t),
    start: {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: 0,
    },
    from: t.offsetBefore,
    to: t.offsetAfter,
  };
  const name = zoneAbbreviation(zone, t.at);
  if (name) o.name = name;
  return o;
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A yearly rule for the transitions of one kind when every year in the sample agrees on month,
 * weekday, local time, offsets and week ("2nd Sunday", or "last Sunday" via -1).
 */
function yearlyRule(observances: Observance[]): string | undefined {
  const first = observances[0];
  const weekday = weekdayOf(first.start);
  const nth = observances.map((o) => Math.ceil(o.start.day / 7));
  const last = observances.map((o) => o.start.day + 7 > daysInMonth(o.start.year, o.start.month));
  const same = observances.every(
    (o, i) =>
      o.start.year === first.start.year + i &&
      o.start.month === first.start.month &&
      o.start.hour === first.start.hour &&
      o.start.minute === first.start.minute &&
      o.from === first.from &&
      o.to === first.to &&
      weekdayOf(o.start) === weekday,
  );
  if (!same) return undefined;
  let week: number | undefined;
  if (nth.every((n) => n === nth[0]) && nth[0] <= 4) week = nth[0];
  else if (last.every(Boolean)) week = -1;
  if (week === undefined) return undefined;
  return `FREQ=YEARLY;BYMONTH=${first.start.month};BYDAY=${week}${DAY_CODES[weekday]}`;
}

/**
 * The zone's observances around `year`: a yearly rule per kind when the last, this and the next
 * two years follow one; otherwise the dated changes from the last one before `year` through the
 * end of `year + 1`. A zone with no change gets one STANDARD.
 */
export function vtimezone(zone: string, year: number): string[] {
  const from = Date.UTC(year - 1, 0, 1);
  const to = Date.UTC(year + 3, 0, 1);
  const transitions = findTransitions(zone, from, to);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const emit = (o: Observance) => {
    lines.push(
      `BEGIN:${o.kind}`,
      `DTSTART:${localStamp(o.start)}`,
      `TZOFFSETFROM:${offsetText(o.from)}`,
      `TZOFFSETTO:${offsetText(o.to)}`,
    );
    if (o.rrule) lines.push(`RRULE:${o.rrule}`);
    if (o.name) lines.push(`TZNAME:${o.name}`);
    lines.push(`END:${o.kind}`);
  };
  if (transitions.length === 0) {
    const offset = offsetMinutes(Date.UTC(year, 0, 1), zone);
    const name = zoneAbbreviation(zone, new Date(Date.UTC(year, 0, 1)));
    emit({
      kind: 'STANDARD',
      start: { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
      from: offset,
      to: offset,
      ...(name ? { name } : {}),
    });
  } else {
    const all = transitions.map((t) => observanceOf(t, zone));
    const kinds = (['STANDARD', 'DAYLIGHT'] as const).map((k) => all.filter((o) => o.kind === k));
    const rules = kinds.map((list) => (list.length === 4 ? yearlyRule(list) : undefined));
    if (rules.every(Boolean)) {
      kinds.forEach((list, i) => emit({ ...list[0], rrule: rules[i] }));
    } else {
      const startOfYear = Date.UTC(year, 0, 1);
      const endOfNext = Date.UTC(year + 2, 0, 1);
      const before = transitions.filter((t) => t.at.getTime() < startOfYear);
      const keep = transitions.filter((t) => t.at.getTime() >= startOfYear && t.at.getTime() < endOfNext);
      if (before.length) keep.unshift(before[before.length - 1]);
      keep.forEach((t) => emit(observanceOf(t, zone)));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * The meeting as an iCalendar file (CRLF line endings, folded), or undefined when the meeting
 * has no weekly schedule (by appointment), is inactive, or its zone is unknown.
 */
export function meetingToIcs(m: Meeting, options: IcsOptions): string | undefined {
  const date = nextOccurrenceDate(m, options.now);
  const minutes = parseTime(m.time);
  if (!date || minutes === undefined) return undefined;
  const labels = LABELS[options.language === 'es' ? 'es' : 'en'];
  const start = { ...date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 };
  // "24:00" is the next day's midnight.
  if (start.hour === 24) {
    const next = new Date(Date.UTC(start.year, start.month - 1, start.day + 1));
    Object.assign(start, { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0 });
  }
  const days = [...new Set(m.days)].filter((d) => Number.isInteger(d) && d >= 0 && d <= 6).sort();
  const conference = httpUrl(m.conferenceUrl);
  const link = conference ?? httpUrl(options.url);

  const where = [m.location, m.address]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s)
    .filter((s, i, list) => list.indexOf(s) === i);
  const description = [
    m.notes,
    m.locationNotes && `${labels.location}: ${m.locationNotes}`,
    conference && `${labels.join}: ${conference}`,
    m.conferenceUrlNotes,
    m.conferencePhone && `${labels.dial}: ${m.conferencePhone}`,
    m.conferencePhoneNotes,
  ]
    .map((s) => (typeof s === 'string' ? s.trim() : ''))
    .filter(Boolean);

  const prodId = (options.prodId ?? DEFAULT_PRODID).replace(/[\u0000-\u001f\u007f]/g, '');
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${prodId}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezone(m.timezone, start.year),
    'BEGIN:VEVENT',
    `UID:${hash(`${m.source}\n${m.id}`)}@recovery-widgets`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART;TZID=${m.timezone}:${localStamp(start)}`,
    `DURATION:${isoDuration(durationOf(m))}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => DAY_CODES[d]).join(',')}`,
    `SUMMARY:${escapeText(m.name)}`,
  ];
  if (where.length) lines.push(`LOCATION:${escapeText(where.join(', '))}`);
  if (description.length) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  if (link) lines.push(`URL:${link}`);
  if (m.latitude !== undefined && m.longitude !== undefined && !m.approximate &&
      Number.isFinite(m.latitude) && Number.isFinite(m.longitude)) {
    lines.push(`GEO:${m.latitude.toFixed(6)};${m.longitude.toFixed(6)}`);
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A safe ASCII file name from the meeting's name ("Café Serenity" → "cafe-serenity.ics"). */
export function icsFileName(m: Meeting): string {
  const slug = m.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `${slug || 'meeting'}.ics`;
}
