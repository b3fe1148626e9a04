/**
 * The normalized meeting model shared by the feed adapters (Meeting Guide / TSML JSON and the BMLT
 * semantic API), the schedule math, search, calendar export and `<support-group-finder>`.
 * Framework-free: no Lit, no DOM.
 *
 * Module map (each a plain TypeScript file under src/meetings/ or src/net/):
 * - normalize.ts    normalizeFeed(json, source, { timezone, fellowship }) → NormalizeResult (auto-detects the format)
 * - meeting-guide.ts / bmlt.ts   the two adapters
 * - merge.ts        mergeFeeds(results) → Meeting[] (keeps each meeting's source, de-duplicates within a source)
 * - type-codes.ts   typeLabel(code, fellowship, language), knownTypes(fellowship)
 * - schedule.ts     nextOccurrence, meetingStatus, sortByNext, viewer-zone formatting parts
 * - search.ts       buildIndex(meetings) → MeetingIndex; filterMeetings(index, filters) → Meeting[]
 * - distance.ts     haversineKm(a, b)
 * - ics.ts          meetingToIcs(meeting, options) → string
 * - ../net/fetch-json.ts   fetchJson(url, options) → FetchResult (bounded, timed out, never throws)
 */

/** `attendance_option` of the Meeting Guide spec; BMLT `venue_type` 1/2/3 map to in_person/online/hybrid. */
export type Attendance = 'in_person' | 'hybrid' | 'online' | 'inactive';

/** Which type-code vocabulary a feed uses. AA's and Al-Anon's differ (`Y`, `POA`, ...). */
export type Fellowship = 'aa' | 'al-anon' | 'na' | 'other';

export type FeedFormat = 'meeting-guide' | 'bmlt';

export interface Meeting {
  /** Unique across all merged sources: `${sourceIndex}:${feed id or slug}`. */
  id: string;
  /** The feed URL this meeting came from. */
  source: string;
  format: FeedFormat;
  fellowship: Fellowship;
  name: string;
  /** Sunday = 0 ... Saturday = 6, sorted, no repeats. Empty: "by appointment". */
  days: number[];
  /** `HH:MM`, 24 h, in `timezone`. Undefined: "by appointment". */
  time?: string;
  endTime?: string;
  /** From `end_time` or BMLT `duration_time`; 60 when unknown. */
  durationMinutes: number;
  /** IANA zone: the record's own, else the feed's default, else the widget's `timezone`. */
  timezone: string;
  /** Type codes as the feed wrote them (legacy `ONL` and `TC` kept, but they also set `attendance`). */
  types: string[];
  attendance: Attendance;
  /** The place's name ("St. Mark's Church"). */
  location?: string;
  /** One line: `formatted_address`, or built from address, city, state, postal code, country. */
  address?: string;
  city?: string;
  /** The most specific region first: `sub_region` or the last of `regions`, else `region`. */
  region?: string;
  /** Every region level, broadest first (`regions`, or `region` + `sub_region`). */
  regions: string[];
  latitude?: number;
  longitude?: number;
  /** The feed says the coordinates are approximate (no street address: online-only, say). */
  approximate: boolean;
  /** http(s) only; anything else is dropped with a warning. */
  conferenceUrl?: string;
  conferenceUrlNotes?: string;
  conferencePhone?: string;
  conferencePhoneNotes?: string;
  notes?: string;
  locationNotes?: string;
  group?: string;
  groupNotes?: string;
  /** The meeting's or group's web page, email and phone (http(s) / plain text). */
  website?: string;
  email?: string;
  phone?: string;
  /** The service entity publishing the feed (intergroup, area), when the record names it. */
  entity?: { name?: string; url?: string; email?: string; phone?: string };
  /** `YYYY-MM-DD` or a timestamp string, as the feed gives it. */
  updated?: string;
  /** The record's own id or slug as the feed wrote it (`id` is this, prefixed with the source index). */
  feedId?: string;
  /** Where to report a problem with the listing (Meeting Guide `feedback_url`, http(s) only). */
  feedbackUrl?: string;
  /** Where to email a problem with the listing (Meeting Guide `feedback_emails`): plain addresses only. */
  feedbackEmails?: string[];
  /** The feed's own names for its type codes (a BMLT `formats` table), shared by its meetings. */
  typeNames?: ReadonlyMap<string, string>;
  /** BMLT `service_body_bigint`: which service body (area, region) lists the meeting. */
  serviceBodyId?: string;
}

/** Why a record was skipped or a field dropped, for the webmaster. */
export interface FeedWarning {
  source: string;
  /** The record's position in the feed (0-based), or its id/slug when it has one. */
  record: number | string;
  field: string;
  reason: string;
  /** True when the whole record was skipped, false when only the field was dropped. */
  skipped: boolean;
  /** A value that looks made to mislead a visitor (a disguised link, extra email headers, too many zones). */
  hostile?: boolean;
  /** A slip that would mislead a visitor about when to go (an end time of 01:30 for 13:30): named on its own. */
  named?: boolean;
}

export type FeedErrorCode = 'not-a-feed' | 'too-large' | 'empty';

export interface NormalizeResult {
  source: string;
  format?: FeedFormat;
  meetings: Meeting[];
  warnings: FeedWarning[];
  /** Set when nothing usable came out; `message` is for the webmaster (English). */
  error?: { code: FeedErrorCode; message: string };
}

export type TimeBucket = 'morning' | 'midday' | 'evening' | 'night';

export interface MeetingFilters {
  /** Free text; case- and accent-insensitive; `"quoted phrases"` match as a whole. */
  query?: string;
  /** Any of these days (Sunday = 0). */
  days?: number[];
  /** Any of these buckets: morning 04:00-11:59, midday 12:00-16:59, evening 17:00-20:59, night 21:00-03:59. */
  times?: TimeBucket[];
  /** Any of these modes (`hybrid` matches both in-person and online searches). */
  attendance?: Attendance[];
  /** All of these type codes. */
  types?: string[];
  /** Any of these regions (matched against every level of `regions`). */
  regions?: string[];
  fellowships?: Fellowship[];
  /** Only meetings within `km` of the point; meetings without coordinates are excluded. */
  near?: { latitude: number; longitude: number; km?: number };
}

export type MeetingStatus = 'in-progress' | 'soon' | 'later' | 'by-appointment' | 'inactive';
