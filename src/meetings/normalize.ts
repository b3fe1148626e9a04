/**
 * One entry point for any feed: detects Meeting Guide or BMLT, reads every record it can, and
 * explains the rest. Never throws.
 */
import type { FeedErrorCode, FeedFormat, FeedWarning, Fellowship, Meeting, NormalizeResult } from './types.js';
import { type AdapterContext, describe, recordId } from './fields.js';
import { MEETING_GUIDE_IDS, readMeetingGuide } from './meeting-guide.js';
import { looksLikeBmlt, readBmlt } from './bmlt.js';
import { canonicalZone, wallTimeAt, weekdayOf } from './zone.js';
import { nextOccurrence } from './schedule.js';
import { soonestRecords } from './soonest.js';
import { pauseEvery } from '../util/scheduling.js';

export interface NormalizeOptions {
  /** The zone for records that name none; the viewer's zone when absent or invalid. */
  timezone?: string;
  /** Which type-code vocabulary; 'aa' for Meeting Guide and 'na' for BMLT by default. */
  fellowship?: Fellowship;
  /** This feed's position among the widget's feeds; prefixes ids (`0:slug`). */
  sourceIndex?: number;
  /** Stops between slices (the widget was removed, or its feeds changed): rejects with an AbortError. */
  signal?: AbortSignal;
}

function shapeOf(json: unknown): string {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return describe(json);
  const keys = Object.keys(json).slice(0, 5);
  return keys.length ? `an object with ${keys.map((k) => JSON.stringify(k)).join(', ')}` : 'an empty object';
}

/** Finds the records and the format: an array, or an object wrapping one in `meetings` or `data`. */
function locate(json: unknown): { records: unknown[]; format: FeedFormat; formats?: unknown } | undefined {
  const obj = json as Record<string, unknown> | null;
  const records = Array.isArray(json) ? json : [obj?.meetings, obj?.data].find(Array.isArray);
  if (!records) return;
  const wrapped = records !== json && 'formats' in obj!;
  const bmlt = wrapped || looksLikeBmlt(records.find((r) => r && typeof r === 'object'));
  return { records, format: bmlt ? 'bmlt' : 'meeting-guide', formats: wrapped ? obj!.formats : undefined };
}

/** The viewer's zone, the last fallback when neither the feed nor the widget names one. */
function viewerZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Keeps ids unique within a feed: a repeated slug is a different meeting, so it gets `~2`. */
function assignIds(meetings: Meeting[], sourceIndex: number, warn: (w: Omit<FeedWarning, 'source'>) => void): void {
  const seen = new Map<string, number>();
  for (const m of meetings) {
    const base = m.feedId!;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count > 1) {
      let feedId = `${base}~${count}`;
      while (seen.has(feedId)) feedId += '~';
      seen.set(feedId, 1);
      warn({ record: base, field: 'slug', reason: `repeated id; this one is ${feedId}`, skipped: false });
      m.feedId = feedId;
    }
    m.id = `${sourceIndex}:${m.feedId}`;
  }
}

/**
 * The meetings a list shows first, read from a parsed feed in one short step before the rest: every
 * one that may be in progress and the next `count` to start. Undefined for a feed where that cannot
 * be told safely (BMLT, records in other zones, a repeated or missing id, a small feed): the caller
 * then waits for the whole feed. Its warnings are left out; the whole read reports them.
 */
export async function previewFeed(
  json: unknown,
  source: string,
  opts: NormalizeOptions & { now: Date; count: number },
  pause: () => Promise<void> = pauseEvery(),
): Promise<NormalizeResult | undefined> {
  // A step per task: the zone's first formatter, the records' first read and their times each
  // cost milliseconds on a phone, on top of the task that parsed the feed.
  await pause();
  const found = locate(json);
  if (found?.format !== 'meeting-guide') return;
  const { records } = found;
  const zone = canonicalZone(opts.timezone) ?? viewerZone();
  const wall = wallTimeAt(opts.now, zone);
  const soonest = soonestRecords(records, weekdayOf(wall) * 1440 + wall.hour * 60 + wall.minute, opts.count, zone);
  if (!soonest) return;
  const { picks, within } = soonest;
  // Ids must come out as the whole read makes them: a slug used twice in the feed gets `~2` by
  // its place in the whole feed, and a record with none is named by its index.
  const id = (r: unknown) => recordId(r, MEETING_GUIDE_IDS);
  const ids = new Set<string>();
  for (const i of picks) {
    const v = id(records[i]);
    if (!v || ids.has(v)) return;
    ids.add(v);
  }
  let seen = 0;
  for (const r of records) if (ids.has(id(r) as string) && ++seen > ids.size) return;
  await pause();
  const result = normalizeFeed(
    picks.map((i) => records[i]),
    source,
    { ...opts, timezone: zone },
  );
  if (result.error) return;
  await pause();
  // A meeting that ended a moment ago starts again next week: it is not among the first.
  const until = +opts.now + within * 60_000;
  // (An inactive one is listed at the very end.)
  const meetings = result.meetings.filter(
    (m) => m.attendance !== 'inactive' && +(nextOccurrence(m, opts.now)?.start ?? Infinity) <= until,
  );
  return { ...result, meetings, warnings: [] };
}

/**
 * Records read between two chances to pause: two or three milliseconds of work. The default pause
 * runs slices back to back until the task's budget is used, so a fast device reads a large feed
 * in a few tasks and a slow phone in many short ones. (100 made so many tasks that a busy machine
 * stretched one of a 16,000-record feed's past 200 ms now and then: hostile-zones.test.ts.)
 */
export const SLICE = 250;

/** Reads a whole feed without stopping. Never throws. */
export function normalizeFeed(json: unknown, source: string, opts?: NormalizeOptions): NormalizeResult {
  const steps = normalizeSteps(json, source, opts);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same result as `normalizeFeed`, read a slice of records at a time with `pause()` between
 * slices, so a 2,000-meeting feed never blocks the page for one long task. Never rejects.
 */
export async function normalizeFeedInSlices(
  json: unknown,
  source: string,
  opts?: NormalizeOptions,
  pause: () => Promise<void> = pauseEvery(),
): Promise<NormalizeResult> {
  const steps = normalizeSteps(json, source, opts);
  let step = steps.next();
  while (!step.done) {
    await pause().catch(() => undefined);
    // Nothing more for a widget that is gone: 16,000 records are not read for nobody.
    opts?.signal?.throwIfAborted();
    step = steps.next();
  }
  return step.value;
}

function* normalizeSteps(json: unknown, source: string, opts?: NormalizeOptions): Generator<void, NormalizeResult> {
  const warnings: FeedWarning[] = [];
  const options: NormalizeOptions = (opts && typeof opts === 'object' && opts) || {};
  let format: FeedFormat | undefined;
  let meetings: Meeting[] = [];
  const result = (code?: FeedErrorCode, message?: string): NormalizeResult => ({
    source,
    format,
    meetings,
    warnings,
    ...(code && { error: { code, message: `${source}${message}` } }),
  });
  try {
    const found = locate(json);
    if (!found)
      return result('not-a-feed', ` is not a meeting feed: expected an array of meetings, found ${shapeOf(json)}.`);
    const { records } = found;
    format = found.format;
    if (!records.length) return result('empty', ' lists no meetings.');
    const zone = options.timezone;
    // Resolving the viewer's zone costs an Intl formatter: only when the widget names none.
    const named = canonicalZone(zone);
    const timezone = named ?? viewerZone();
    if (!named && zone !== undefined) {
      warnings.push({
        source,
        record: '(feed)',
        field: 'timezone',
        reason: `${describe(zone)} is not an IANA time zone; using ${timezone}`,
        skipped: false,
      });
    }
    const fellowship = ['aa', 'al-anon', 'na', 'other'].includes(options.fellowship!)
      ? options.fellowship!
      : format === 'bmlt'
        ? 'na'
        : 'aa';
    const ctx: AdapterContext = { source, fellowship, timezone, warnings };
    for (let from = 0; from < records.length; from += SLICE) {
      // The first slice too: the caller's task has just parsed the feed's JSON.
      yield;
      const part = records.slice(from, from + SLICE);
      ctx.offset = from;
      for (const m of format === 'bmlt' ? readBmlt(part, ctx, found.formats) : readMeetingGuide(part, ctx))
        meetings.push(m);
    }
    assignIds(meetings, Number.isInteger(options.sourceIndex) ? options.sourceIndex! : 0, (w) =>
      warnings.push({ source, ...w }),
    );
    const first = warnings.find((w) => w.skipped);
    return meetings.length
      ? result()
      : result(
          'not-a-feed',
          `: none of its ${records.length} records is a usable meeting${first ? ` (record ${first.record}: ${first.field} ${first.reason})` : ''}.`,
        );
  } catch (e) {
    // Only a bug can land here; the webmaster still gets a message instead of a broken widget.
    meetings = [];
    return result('not-a-feed', ` could not be read: ${(e as Error)?.message ?? e}`);
  }
}
