/**
 * "Add to calendar": one weekly meeting as an RFC 5545 iCalendar file.
 *
 * The event is written in the meeting's own zone (DTSTART;TZID=...) with a VTIMEZONE built from
 * the zone's real offsets as the browser's Intl data knows them, so calendar apps that do not
 * know the zone name still place the meeting right, before and after DST changes.
 *
 * A meeting whose zone is a UTC offset ("+05:30", which browsers accept) has no IANA name for
 * TZID, and calendar apps misread `TZID=+05:30`: its event is written in UTC instead, which a fixed
 * offset makes exact every week.
 *
 * By-appointment, inactive and unschedulable meetings have no event: `meetingToIcs` returns
 * undefined for them (callers hide the button).
 */
import { durationOf, nextOccurrenceDate, parseTime, zoneName } from './schedule.js';
import { httpUrl } from './text.js';
import type { Meeting } from './types.js';
import { canonicalZone, findTransitions, isOffsetZone, offsetMinutes } from './zone.js';

export interface IcsOptions {
  /** DTSTAMP, and the point from which the first occurrence is chosen. */
  now: Date;
  /** The page to link when the meeting has no http(s) conference URL. */
  url?: string;
  language?: 'en' | 'es';
  prodId?: string;
}

const DAY_CODES = 'SU MO TU WE TH FR SA'.split(' ');
/** Join, dial-in and location-notes labels in the description, English then Spanish. */
const LABELS = 'Join online|Dial in|Location notes|Conectarse en línea|Por teléfono|Indicaciones del lugar'.split('|');
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line to at most 75 octets per physical line (CRLF + space before each
 * continuation), never splitting a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out;
}

/** A URL a calendar app can take as is: http(s), and none of the characters URIs must escape. */
const icsUrl = (value?: string) => (value && !/["<>\\^`{|}]/.test(value) ? httpUrl(value) : undefined);

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDDTHHMMSS` of a UTC instant (or a wall time stored as one), with `Z` only when `utc`. */
const stamp = (t: number | Date, utc?: boolean) =>
  new Date(t)
    .toISOString()
    .replace(/[-:]|\.\d+/g, '')
    .slice(0, utc ? 16 : 15);

const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad((Math.abs(minutes) / 60) | 0)}${pad(Math.abs(minutes) % 60)}`;

function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
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

/** "GMT+10" is not a name; calendar apps show TZNAME, so only real abbreviations go in. */
function zoneAbbreviation(zone: string, at: number): string | undefined {
  const name = zoneName(at, zone, 'en-US');
  return name && /^[A-Z]{2,5}$/.test(name) && name !== 'GMT' ? name : undefined;
}

interface Observance {
  kind: string;
  /** Local wall time of the change, read with the offset before it (RFC 5545 3.6.5), as a UTC date. */
  local: Date;
  from: number;
  to: number;
  at: number;
}

/**
 * A yearly rule for the four changes of one kind when every year agrees on month, weekday, local
 * time, offsets and week ("2nd Sunday", or "last Sunday" via -1).
 */
function yearlyRule(list: Observance[]): string | undefined {
  const [first] = list;
  if (list.length !== 4) return;
  const d = first.local;
  const shape = (o: Observance, i: number) => {
    const l = o.local;
    return [
      o.from,
      o.to,
      l.getUTCFullYear() - i,
      l.getUTCMonth(),
      l.getUTCDay(),
      l.getUTCHours(),
      l.getUTCMinutes(),
    ].join();
  };
  const nth = (o: Observance) => Math.ceil(o.local.getUTCDate() / 7);
  const last = (o: Observance) =>
    o.local.getUTCDate() + 7 > new Date(Date.UTC(o.local.getUTCFullYear(), o.local.getUTCMonth() + 1, 0)).getUTCDate();
  if (!list.every((o, i) => shape(o, i) === shape(first, 0))) return;
  const week = list.every((o) => nth(o) === nth(first)) && nth(first) < 5 ? nth(first) : list.every(last) ? -1 : 0;
  return week ? `FREQ=YEARLY;BYMONTH=${d.getUTCMonth() + 1};BYDAY=${week}${DAY_CODES[d.getUTCDay()]}` : undefined;
}

/**
 * The zone's observances around `year`: a yearly rule per kind when the last, this and the next
 * two years follow one; otherwise the dated changes from the last one before `year` through the
 * end of `year + 1`. A zone with no change gets one STANDARD.
 */
export function vtimezone(zone: string, year: number): string[] {
  const startOfYear = Date.UTC(year, 0, 1);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const emit = (o: Observance, rrule?: string) => {
    const name = zoneAbbreviation(zone, o.at);
    lines.push(
      `BEGIN:${o.kind}`,
      `DTSTART:${stamp(o.local)}`,
      `TZOFFSETFROM:${offsetText(o.from)}`,
      `TZOFFSETTO:${offsetText(o.to)}`,
      ...(rrule ? [`RRULE:${rrule}`] : []),
      ...(name ? [`TZNAME:${name}`] : []),
      `END:${o.kind}`,
    );
  };
  const all: Observance[] = findTransitions(zone, Date.UTC(year - 1, 0, 1), Date.UTC(year + 3, 0, 1)).map((t) => ({
    kind: t.offsetAfter > t.offsetBefore ? 'DAYLIGHT' : 'STANDARD',
    local: new Date(t.at.getTime() + t.offsetBefore * 60_000),
    from: t.offsetBefore,
    to: t.offsetAfter,
    at: t.at.getTime(),
  }));
  const kinds = ['STANDARD', 'DAYLIGHT'].map((k) => all.filter((o) => o.kind === k));
  const rules = kinds.map(yearlyRule);
  if (!all.length) {
    const offset = offsetMinutes(startOfYear, zone);
    emit({ kind: 'STANDARD', local: new Date(0), from: offset, to: offset, at: startOfYear });
  } else if (rules.every(Boolean)) kinds.forEach((list, i) => emit(list[0], rules[i]));
  else {
    const endOfNext = Date.UTC(year + 2, 0, 1);
    // The change in force on 1 January, then every change through next year.
    all.filter((o, i) => o.at < endOfNext && !(all[i + 1]?.at < startOfYear)).forEach((o) => emit(o));
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
  const zone = canonicalZone(m.timezone);
  if (!date || minutes === undefined || !zone) return undefined;
  const [join, dial, place] = LABELS.slice(options.language === 'es' ? 3 : 0);
  // The nominal wall time (a "24:00" start rolls over to the next day's midnight).
  const start = new Date(Date.UTC(date.year, date.month - 1, date.day, 0, minutes));
  // A fixed offset: the same UTC time every week, on weekdays moved by the day it crosses into.
  const fixed = isOffsetZone(zone);
  const utcStart = +start - offsetMinutes(start, zone) * 60_000;
  const shift = fixed ? Math.floor(utcStart / 86_400_000) - Math.floor(+start / 86_400_000) : 0;
  const days = [...new Set(m.days)]
    .filter((d) => Number.isInteger(d) && d >= 0 && d <= 6)
    .map((d) => (d + shift + 7) % 7)
    .sort();
  const conference = icsUrl(m.conferenceUrl);
  const link = conference ?? icsUrl(options.url);
  const where = [...new Set([m.location?.trim(), m.address?.trim()].filter(Boolean))];
  const description = [
    m.notes,
    m.locationNotes && `${place}: ${m.locationNotes}`,
    conference && `${join}: ${conference}`,
    m.conferenceUrlNotes,
    m.conferencePhone && `${dial}: ${m.conferencePhone}`,
    m.conferencePhoneNotes,
  ]
    .map((s) => (typeof s === 'string' ? s.trim() : ''))
    .filter(Boolean);

  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${(options.prodId ?? '-//Recovery Widgets//Support group finder//EN').replace(/[\u0000-\u001f\u007f]/g, '')}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(fixed ? [] : vtimezone(zone, start.getUTCFullYear())),
    'BEGIN:VEVENT',
    `UID:${hash(`${m.source}\n${m.id}`)}@recovery-widgets`,
    `DTSTAMP:${stamp(options.now, true)}`,
    fixed ? `DTSTART:${stamp(utcStart, true)}` : `DTSTART;TZID=${zone}:${stamp(start)}`,
    `DURATION:${isoDuration(durationOf(m))}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => DAY_CODES[d])}`,
    `SUMMARY:${escapeText(m.name)}`,
  ];
  if (where.length) lines.push(`LOCATION:${escapeText(where.join(', '))}`);
  if (description.length) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  if (link) lines.push(`URL:${link}`);
  if (!m.approximate && Number.isFinite(m.latitude) && Number.isFinite(m.longitude)) {
    lines.push(`GEO:${m.latitude!.toFixed(6)};${m.longitude!.toFixed(6)}`);
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
