/**
 * Reading one untrusted feed record field by field. Every value that is present but unusable is
 * dropped with a warning that names the record, the field and the reason, so a webmaster can fix
 * the feed; nothing here throws on bad input.
 */
import type { Attendance, FeedFormat, FeedWarning, Fellowship, Meeting } from './types.js';
import { hiddenHost, httpUrl, parseClock, plainText } from './text.js';
import { cleanEmail, EXTENSION } from '../util/validate.js';
import { isPoint } from './distance.js';
import { canonicalZone, isOffsetZone } from './zone.js';
import { LONGEST_MEETING } from './schedule.js';

export interface AdapterContext {
  source: string;
  fellowship: Fellowship;
  /** The zone for records that name none (already checked). */
  timezone: string;
  warnings: FeedWarning[];
  /** Where `records` starts in the whole feed, when it is read in slices: a record's fallback reference is its index in the feed. */
  offset?: number;
  /** The zone texts the feed has used so far (ASCII lowercase), for the MAX_ZONES cap. */
  zones?: Set<string>;
}

/**
 * Distinct time-zone texts one feed may use. Every new one costs an Intl formatter and a table of
 * the year's offsets; a feed of online meetings around the world uses dozens, and more than this
 * is either broken or hostile (16,000 spellings of one zone froze a page for seconds).
 */
export const MAX_ZONES = 100;

/** Thrown to skip a whole record; caught by the adapter loop, which records the warning. */
export class SkipRecord extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly hostile?: boolean,
  ) {
    super(reason);
  }
}

/** Text in quotes for messages, cut at 40 characters. */
const quoted = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** What a value is, for messages: "null", "an array of 2", "the number 7", "the text \"25:00\"". */
export function describe(value: unknown): string {
  const type = typeof value;
  return value === null
    ? 'null'
    : value === undefined
      ? 'nothing'
      : Array.isArray(value)
        ? `an array of ${value.length}`
        : type === 'string'
          ? `the text ${quoted(value as string)}`
          : type === 'number' || type === 'boolean'
            ? `the ${type} ${value}`
            : `a value of type ${type}`;
}

const blank = (v: unknown) => v == null || (typeof v === 'string' && !v.trim());
const textual = (v: unknown): v is string | number => typeof v === 'string' || Number.isFinite(v);

const isPhone = (text: string) => {
  // After the first pause (`,`) come meeting ids and passcodes, which may hold letters. Before it,
  // capitals after the first digit are a vanity number (1-800-RECOVERY), and an extension may end it.
  const head = text.split(/[,;]/)[0];
  return (head.match(/\d/g)?.length ?? 0) > 2 &&
    /^\+?[\s().*#/-]*\d[\dA-Z\s().*#/-]*$/.test(EXTENSION.exec(head)?.[1] ?? head)
    ? text
    : undefined;
};

export class RecordReader {
  constructor(
    readonly ctx: AdapterContext,
    readonly rec: Record<string, unknown>,
    public ref: number | string,
  ) {}

  /** `hostile`: a value made to mislead, which the finder's one console line names first. */
  warn(field: string, reason: string, hostile?: boolean, named?: boolean): void {
    this.ctx.warnings.push({
      source: this.ctx.source,
      record: this.ref,
      field,
      reason,
      skipped: false,
      ...(hostile && { hostile }),
      ...(named && { named }),
    });
  }

  /** The meeting as a webmaster finds it in the feed: its name as written (Meeting Guide, BMLT). */
  get who(): string {
    const name = this.rec.name ?? this.rec.meeting_name;
    return `the meeting ${typeof name === 'string' && name.trim() ? quoted(name.trim()) : `of record ${this.ref}`}`;
  }

  /** The one message shape for a dropped value: what it should have been and what it was. */
  private drop(field: string, expected: string, value: unknown): undefined {
    this.warn(field, `not ${expected} (${describe(value)}); dropped`);
    return undefined;
  }

  /** Plain text, trimmed and capped; numbers become text; anything else is dropped. */
  text(field: string, max = 500, markup = false): string | undefined {
    const value = this.rec[field];
    if (blank(value)) return;
    if (!textual(value)) return this.drop(field, 'text', value);
    let text = String(value);
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
    const text = textual(value) ? this.text(field, max, true) : undefined;
    if (!text) throw new SkipRecord(field, blank(value) ? 'missing or empty' : `no usable text in ${describe(value)}`);
    return text;
  }

  /** Text that must pass `check` (which returns the value to keep), else dropped with a warning. */
  private checked(field: string, max: number, check: (text: string) => string | undefined, expected: string) {
    const text = this.text(field, max);
    return text && (check(text) ?? this.drop(field, expected, text));
  }

  url(field: string): string | undefined {
    const text = this.text(field, 2048);
    const href = text && httpUrl(text);
    const host = text && !href && hiddenHost(text);
    // A user name makes a link read as another site: https://aa.org@evil.example/ goes to evil.example.
    if (host)
      this.warn(
        field,
        `${describe(text)} of ${this.who} hides its real host, ${host}, behind a user name; dropped`,
        true,
      );
    return href || (text && !host ? this.drop(field, 'an http(s) link', text) : undefined);
  }

  /** Phone numbers keep the one-tap punctuation the spec allows (`+`, `,`, `*`, `#`). */
  phone(field: string): string | undefined {
    return this.checked(field, 100, isPhone, 'a phone number');
  }

  /** A plain address only: anything after it (`?bcc=`, `&body=`) would add to the visitor's email. */
  email(field: string, text = this.text(field, 254)): string | undefined {
    if (text && /@[^?&#]*[?&#]/.test(text))
      this.warn(field, `${describe(text)} of ${this.who} adds headers after the address; dropped`, true);
    else if (text && !cleanEmail(text)) this.drop(field, 'a plain email address', text);
    return cleanEmail(text);
  }

  /**
   * A meeting's length that is past LONGEST_MEETING is a typo (an end time of 01:30 typed for
   * 13:30): said once, naming the meeting, and undefined, so the meeting gets the default hour.
   */
  duration(field: string, minutes: number, value: string): number | undefined {
    if (minutes <= LONGEST_MEETING) return minutes;
    this.warn(
      field,
      `${value} makes ${this.who} longer than ${LONGEST_MEETING / 60} hours, likely a typo; using one hour`,
      false,
      true,
    );
  }

  /** Plain addresses: an array, or text separated by commas; each unusable one dropped as email() does. */
  emails(field: string): string[] | undefined {
    const out = this.list(field, /[\s,;]+/, 10)
      .map((text) => this.email(field, text))
      .filter((e): e is string => !!e);
    return out.length ? out : undefined;
  }

  /** A clock time; a present but unreadable time skips the record when required (a wrong time misleads). */
  clock(field: string, required: boolean, expected = 'HH:MM'): string | undefined {
    const value = this.rec[field];
    if (blank(value)) return;
    const clock = typeof value === 'string' ? parseClock(value) : undefined;
    if (clock) return clock;
    if (required) throw new SkipRecord(field, `not a time of day ${expected} (${describe(value)})`);
    return this.drop(field, `a time of day ${expected}`, value);
  }

  /** The canonical name of the record's zone; the feed's zone when it names none or an unknown one. */
  zone(field: string): string {
    const text = this.text(field, 64);
    const fallback = this.ctx.timezone;
    if (text === undefined) return fallback;
    const seen = (this.ctx.zones ??= new Set());
    const key = text.toLowerCase();
    if (!seen.has(key)) {
      // Its meeting at the feed's zone would be at the wrong time: better not listed.
      if (seen.size >= MAX_ZONES)
        throw new SkipRecord(
          field,
          `${describe(text)} is a zone beyond the ${MAX_ZONES} a feed may use; left out`,
          true,
        );
      seen.add(key);
    }
    const zone = canonicalZone(text);
    if (!zone) this.warn(field, `${describe(text)} is not an IANA time zone; using ${fallback}`);
    else if (isOffsetZone(zone))
      this.warn(
        field,
        `${describe(text)} is a UTC offset, not a zone like America/Chicago (calendar files get UTC times)`,
      );
    return zone ?? fallback;
  }

  number(field: string): number | undefined {
    const value = this.rec[field];
    if (blank(value)) return;
    const n = typeof value === 'string' ? Number(value.trim()) : typeof value === 'number' ? value : NaN;
    return Number.isFinite(n) ? n : this.drop(field, 'a number', value);
  }

  /** Latitude and longitude together: both usable or neither. */
  point(): { latitude?: number; longitude?: number } {
    const latitude = this.number('latitude');
    const longitude = this.number('longitude');
    if (isPoint(latitude, longitude)) return { latitude, longitude };
    if (latitude !== undefined || longitude !== undefined) {
      this.warn('latitude/longitude', `(${latitude}, ${longitude}) is not a usable place; dropped`);
    }
    return {};
  }

  /** `"yes"`, `"no"`, booleans, `1`/`0`; undefined when absent or unreadable (with a warning). */
  flag(field: string): boolean | undefined {
    const value = this.rec[field];
    if (blank(value)) return;
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    return /^(yes|true|1|y)$/.test(text)
      ? true
      : /^(no|false|0|n)$/.test(text)
        ? false
        : this.drop(field, 'yes or no', value);
  }

  /** A list of short strings: an array, or a string separated by `sep` (spreadsheets do that). */
  list(field: string, sep: RegExp, max = 100): string[] {
    const value = this.rec[field];
    const out: string[] = [];
    if (blank(value)) return out;
    if (!Array.isArray(value) && typeof value !== 'string') return this.drop(field, 'a list', value) ?? out;
    const items: unknown[] = Array.isArray(value) ? value : value.split(sep);
    let bad = 0;
    for (const item of items.slice(0, max)) {
      if (textual(item)) {
        const text = String(item).trim().slice(0, 100);
        if (text && !out.includes(text)) out.push(text);
      } else if (item != null) bad++;
    }
    if (bad) this.warn(field, `${bad} item(s) that are not text; dropped`);
    if (items.length > max) this.warn(field, `more than ${max} items; the rest dropped`);
    return out;
  }

  /** Long free text (notes): markup removed, up to 5,000 characters. */
  long(field: string): string | undefined {
    return this.text(field, 5000, true);
  }

  /**
   * Completes a meeting with what both formats share, and refuses a record with nothing a visitor
   * could act on: no place, no way to join, no contact.
   */
  meeting(
    format: FeedFormat,
    fields: Omit<Meeting, 'id' | 'source' | 'format' | 'fellowship' | 'region' | 'feedId'>,
    placeField: string,
  ): Meeting {
    const m: Meeting = {
      id: '',
      source: this.ctx.source,
      format,
      fellowship: this.ctx.fellowship,
      feedId: typeof this.ref === 'string' ? this.ref : `#${this.ref}`,
      region: fields.regions.at(-1),
      ...fields,
      ...this.point(),
    };
    if (!m.address && !m.location && !m.conferenceUrl && !m.conferencePhone && !m.phone && !m.email) {
      throw new SkipRecord(placeField, 'no address, location, online link, phone or contact to show');
    }
    return m;
  }
}

/** Non-empty parts joined, or undefined: the address lines of both formats. */
export const joined = (parts: (string | undefined)[], sep = ', ') => parts.filter(Boolean).join(sep) || undefined;

/**
 * The spec's rules when a feed does not say: a conference link or phone (or legacy `ONL`) means
 * online; with a real (not approximate) address it is hybrid; `TC` (location temporarily closed)
 * turns the in-person part off, leaving online or nothing. An approximate address alone ("Anytown,
 * OK, USA") is not a place to go, so with no way to join online the meeting is inactive.
 */
export function deriveAttendance(online: boolean, physical: boolean, closed: boolean): Attendance {
  return online ? (physical && !closed ? 'hybrid' : 'online') : physical && !closed ? 'in_person' : 'inactive';
}

/** A record's own id: the first of `idKeys` that is a short string or a number, trimmed. */
export function recordId(rec: unknown, idKeys: readonly string[]): string | undefined {
  if (!rec || typeof rec !== 'object') return undefined;
  for (const key of idKeys) {
    const v = (rec as Record<string, unknown>)[key];
    if ((typeof v === 'string' && v.trim() && v.length <= 200) || Number.isFinite(v)) return String(v).trim();
  }
  return undefined;
}

/**
 * Runs each record through `read`, turning throws into "skipped" warnings. A record's reference
 * is its own id (the first of `idKeys` that is a short string or a number), else its index.
 */
export function readRecords(
  records: readonly unknown[],
  ctx: AdapterContext,
  read: (r: RecordReader) => Meeting,
  idKeys: readonly string[],
): Meeting[] {
  const out: Meeting[] = [];
  records.forEach((rec, i) => {
    let ref: number | string = i + (ctx.offset ?? 0);
    try {
      if (!rec || typeof rec !== 'object' || Array.isArray(rec))
        throw new SkipRecord('(record)', `not a meeting object (${describe(rec)})`);
      ref = recordId(rec, idKeys) ?? ref;
      out.push(read(new RecordReader(ctx, rec as Record<string, unknown>, ref)));
    } catch (e) {
      const skip = e instanceof SkipRecord;
      ctx.warnings.push({
        source: ctx.source,
        record: ref,
        field: skip ? e.field : '(record)',
        reason: skip ? e.reason : `could not be read (${(e as Error)?.message ?? e})`,
        skipped: true,
        ...(skip && e.hostile && { hostile: true }),
      });
    }
  });
  return out;
}
