/**
 * Reading one untrusted feed record field by field. Every value that is present but unusable is
 * dropped with a warning that names the record, the field and the reason, so a webmaster can fix
 * the feed; nothing here throws on bad input.
 */
import type { Attendance, FeedWarning, Fellowship, Meeting } from './types.js';
import { httpUrl, isValidZone, parseClock, plainText } from './text.js';
import { isPoint } from './distance.js';

export interface AdapterContext {
  source: string;
  fellowship: Fellowship;
  /** The zone for records that name none (already checked). */
  timezone: string;
  warnings: FeedWarning[];
}

/** Thrown to skip a whole record; caught by the adapter loop, which records the warning. */
export class SkipRecord extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const LIMITS = { name: 300, short: 500, long: 5000, url: 2048 } as const;

/** What a value is, for messages: "null", "an array", "the number 7", "the text \"25:00\"". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return `a value of type ${typeof value}`;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export class RecordReader {
  constructor(
    readonly ctx: AdapterContext,
    readonly rec: Record<string, unknown>,
    public ref: number | string,
  ) {}

  warn(field: string, reason: string): void {
    this.ctx.warnings.push({ source: this.ctx.source, record: this.ref, field, reason, skipped: false });
  }

  has(field: string): boolean {
    return !blank(this.rec[field]);
  }

  /** Plain text, trimmed and capped; numbers become text; anything else is dropped. */
  text(field: string, max: number = LIMITS.short, markup = false): string | undefined {
    const value = this.rec[field];
    if (blank(value)) return undefined;
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
    else {
      this.warn(field, `expected text, found ${describe(value)}`);
      return undefined;
    }
    if (markup) text = plainText(text);
    text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
    if (text.length > max) {
      this.warn(field, `longer than ${max} characters; cut`);
      text = `${text.slice(0, max - 1).trimEnd()}…`;
    }
    return text || undefined;
  }

  /** Text the record cannot do without (the name): missing or unusable skips the record. */
  required(field: string, max: number): string {
    const value = this.rec[field];
    if (blank(value)) throw new SkipRecord(field, 'missing or empty');
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      throw new SkipRecord(field, `expected text, found ${describe(value)}`);
    }
    const text = this.text(field, max, true);
    if (!text) throw new SkipRecord(field, `nothing left after removing markup from ${describe(value)}`);
    return text;
  }

  url(field: string): string | undefined {
    const text = this.text(field, LIMITS.url);
    if (text === undefined) return undefined;
    const url = httpUrl(text);
    if (!url) this.warn(field, `not an http(s) link (${describe(text)}); dropped`);
    return url;
  }

  /** Phone numbers keep the one-tap punctuation the spec allows (`+`, `,`, `*`, `#`). */
  phone(field: string): string | undefined {
    const text = this.text(field, 100);
    if (text === undefined) return undefined;
    // After the first pause (`,`) come meeting ids and passcodes, which may hold letters.
    const head = text.split(/[,;]/)[0];
    if ((head.match(/\d/g)?.length ?? 0) < 3 || !/^\+?[\d\s().*#/-]+(?:(?:ext|x)\.?\s*\d+)?$/i.test(head)) {
      this.warn(field, `not a phone number (${describe(text)}); dropped`);
      return undefined;
    }
    return text;
  }

  email(field: string): string | undefined {
    const text = this.text(field, 254);
    if (text === undefined) return undefined;
    if (!/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(text)) {
      this.warn(field, `not an email address (${describe(text)}); dropped`);
      return undefined;
    }
    return text;
  }

  /** A clock time; a present but unreadable time skips the record (a wrong time misleads). */
  clock(field: string, required: boolean): string | undefined {
    const value = this.rec[field];
    if (blank(value)) return undefined;
    const clock = typeof value === 'string' ? parseClock(value) : undefined;
    if (clock) return clock;
    const reason = `not a time of day (${describe(value)}); expected HH:MM`;
    if (required) throw new SkipRecord(field, reason);
    this.warn(field, `${reason}; dropped`);
    return undefined;
  }

  zone(field: string): string {
    const text = this.text(field, 64);
    if (text === undefined) return this.ctx.timezone;
    if (isValidZone(text)) return text;
    this.warn(field, `${describe(text)} is not an IANA time zone; using ${this.ctx.timezone}`);
    return this.ctx.timezone;
  }

  number(field: string): number | undefined {
    const value = this.rec[field];
    if (blank(value)) return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
    if (Number.isFinite(n)) return n;
    this.warn(field, `not a number (${describe(value)}); dropped`);
    return undefined;
  }

  /** Latitude and longitude together: both usable or neither. */
  point(latField: string, lonField: string): { latitude?: number; longitude?: number } {
    const latitude = this.number(latField);
    const longitude = this.number(lonField);
    if (latitude === undefined && longitude === undefined) return {};
    if (isPoint(latitude, longitude)) return { latitude, longitude };
    this.warn(
      `${latField}/${lonField}`,
      latitude === 0 && longitude === 0
        ? 'coordinates 0,0 are not a place; dropped'
        : `not a usable coordinate pair (${latitude ?? 'missing'}, ${longitude ?? 'missing'}); dropped`,
    );
    return {};
  }

  /** `"yes"`, `"no"`, booleans, `1`/`0`; undefined when absent or unreadable (with a warning). */
  flag(field: string): boolean | undefined {
    const value = this.rec[field];
    if (blank(value)) return undefined;
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (['yes', 'true', '1', 'y'].includes(text)) return true;
    if (['no', 'false', '0', 'n'].includes(text)) return false;
    this.warn(field, `expected yes or no, found ${describe(value)}; ignored`);
    return undefined;
  }

  /** A list of short strings: an array, or a string separated by `sep` (spreadsheets do that). */
  list(field: string, sep: RegExp, max = 100): string[] {
    const value = this.rec[field];
    if (blank(value)) return [];
    let items: unknown[];
    if (Array.isArray(value)) items = value;
    else if (typeof value === 'string') items = value.split(sep);
    else {
      this.warn(field, `expected a list, found ${describe(value)}; dropped`);
      return [];
    }
    const out: string[] = [];
    let bad = 0;
    for (const item of items.slice(0, max)) {
      if (typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item))) {
        const text = String(item).trim().slice(0, 100);
        if (text && !out.includes(text)) out.push(text);
      } else if (item !== null && item !== undefined) bad++;
    }
    if (bad) this.warn(field, `${bad} item(s) that are not text; dropped`);
    if (items.length > max) this.warn(field, `more than ${max} items; the rest dropped`);
    return out;
  }
}

/** A record with nothing a visitor could act on: no place, no way to join, no contact. */
export function nothingToShow(m: Partial<Meeting>): boolean {
  return !m.address && !m.location && !m.conferenceUrl && !m.conferencePhone && !m.phone && !m.email;
}

export const ATTENDANCE: ReadonlySet<string> = new Set<Attendance>(['in_person', 'hybrid', 'online', 'inactive']);

/**
 * The spec's rules when a feed does not say: a conference link or phone (or legacy `ONL`) means
 * online; with a real (not approximate) address it is hybrid; `TC` (location temporarily closed)
 * turns the in-person part off, leaving online or nothing. An approximate address alone ("Anytown,
 * OK, USA") is not a place to go, so with no way to join online the meeting is inactive.
 */
export function deriveAttendance(opts: { online: boolean; physical: boolean; closed: boolean }): Attendance {
  if (opts.closed) return opts.online ? 'online' : 'inactive';
  if (opts.online) return opts.physical ? 'hybrid' : 'online';
  return opts.physical ? 'in_person' : 'inactive';
}

/** Runs each record through `read`, turning throws into "skipped" warnings. */
export function readRecords(
  records: readonly unknown[],
  ctx: AdapterContext,
  read: (r: RecordReader) => Meeting,
  refOf: (rec: Record<string, unknown>, index: number) => number | string,
): Meeting[] {
  const out: Meeting[] = [];
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    let ref: number | string = i;
    try {
      if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
        throw new SkipRecord('(record)', `not a meeting object (found ${describe(rec)})`);
      }
      ref = refOf(rec as Record<string, unknown>, i);
      out.push(read(new RecordReader(ctx, rec as Record<string, unknown>, ref)));
    } catch (e) {
      const skip = e instanceof SkipRecord;
      ctx.warnings.push({
        source: ctx.source,
        record: ref,
        field: skip ? e.field : '(record)',
        reason: skip ? e.reason : `could not be read (${e instanceof Error ? e.message : String(e)})`,
        skipped: true,
      });
    }
  }
  return out;
}

/** The record's own id, for warnings and `feedId`: a short string or number, else its index. */
export function refFrom(rec: Record<string, unknown>, keys: readonly string[], index: number): number | string {
  for (const key of keys) {
    const v = rec[key];
    if (typeof v === 'string' && v.trim() && v.length <= 200) return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return index;
}
