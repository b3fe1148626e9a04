/**
 * One entry point for any feed: detects Meeting Guide or BMLT, reads every record it can, and
 * explains the rest. Never throws.
 */
import type { FeedFormat, FeedWarning, Fellowship, Meeting, NormalizeResult } from './types.js';
import type { AdapterContext } from './fields.js';
import { describe } from './fields.js';
import { readMeetingGuide } from './meeting-guide.js';
import { looksLikeBmlt, readBmlt } from './bmlt.js';
import { isValidZone, viewerZone } from './text.js';

export interface NormalizeOptions {
  /** The zone for records that name none; the viewer's zone when absent or invalid. */
  timezone?: string;
  /** Which type-code vocabulary; 'aa' for Meeting Guide and 'na' for BMLT by default. */
  fellowship?: Fellowship;
  /** This feed's position among the widget's feeds; prefixes ids (`0:slug`). */
  sourceIndex?: number;
}

const FELLOWSHIPS: ReadonlySet<string> = new Set(['aa', 'al-anon', 'na', 'other']);

function shapeOf(json: unknown): string {
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const keys = Object.keys(json).slice(0, 5);
    return keys.length ? `an object with ${keys.map((k) => JSON.stringify(k)).join(', ')}` : 'an empty object';
  }
  return describe(json);
}

/** Finds the records and the format: an array, or an object wrapping one. */
function locate(json: unknown): { records: unknown[]; format: FeedFormat; formats?: unknown } | undefined {
  if (Array.isArray(json)) {
    const sample = json.find((r) => r && typeof r === 'object');
    return { records: json, format: sample && looksLikeBmlt(sample) ? 'bmlt' : 'meeting-guide' };
  }
  if (!json || typeof json !== 'object') return undefined;
  const obj = json as Record<string, unknown>;
  for (const key of ['meetings', 'data']) {
    if (Array.isArray(obj[key])) {
      const records = obj[key] as unknown[];
      const sample = records.find((r) => r && typeof r === 'object');
      const bmlt = 'formats' in obj || (!!sample && looksLikeBmlt(sample));
      return { records, format: bmlt ? 'bmlt' : 'meeting-guide', formats: bmlt ? obj.formats : undefined };
    }
  }
  return undefined;
}

/** Keeps ids unique within a feed: a repeated slug is a different meeting, so it gets `~2`. */
function assignIds(meetings: Meeting[], sourceIndex: number, warnings: FeedWarning[], source: string): void {
  const seen = new Map<string, number>();
  for (const m of meetings) {
    const base = m.feedId ?? '';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count > 1) {
      let feedId = `${base}~${count}`;
      while (seen.has(feedId)) feedId += '~';
      seen.set(feedId, 1);
      warnings.push({ source, record: base, field: 'slug', reason: `repeated id; this one is ${feedId}`, skipped: false });
      m.feedId = feedId;
    }
    m.id = `${sourceIndex}:${m.feedId}`;
  }
}

export function normalizeFeed(json: unknown, source: string, opts?: NormalizeOptions): NormalizeResult {
  const warnings: FeedWarning[] = [];
  const options: NormalizeOptions = opts && typeof opts === 'object' ? opts : {};
  try {
    const found = locate(json);
    if (!found) {
      return {
        source,
        meetings: [],
        warnings,
        error: { code: 'not-a-feed', message: `${source} is not a meeting feed: expected an array of meetings, found ${shapeOf(json)}.` },
      };
    }
    const { records, format } = found;
    if (!records.length) {
      return { source, format, meetings: [], warnings, error: { code: 'empty', message: `${source} lists no meetings.` } };
    }
    let timezone = viewerZone();
    if (options.timezone !== undefined) {
      if (typeof options.timezone === 'string' && isValidZone(options.timezone)) timezone = options.timezone;
      else {
        warnings.push({
          source,
          record: '(feed)',
          field: 'timezone',
          reason: `${describe(options.timezone)} is not an IANA time zone; using ${timezone}`,
          skipped: false,
        });
      }
    }
    const fellowship =
      options.fellowship && FELLOWSHIPS.has(options.fellowship) ? options.fellowship : format === 'bmlt' ? 'na' : 'aa';
    const ctx: AdapterContext = { source, fellowship, timezone, warnings };
    const meetings = format === 'bmlt' ? readBmlt(records, ctx, found.formats) : readMeetingGuide(records, ctx);
    const sourceIndex = Number.isInteger(options.sourceIndex) ? (options.sourceIndex as number) : 0;
    assignIds(meetings, sourceIndex, warnings, source);
    const result: NormalizeResult = { source, format, meetings, warnings };
    if (!meetings.length) {
      const first = warnings.find((w) => w.skipped);
      result.error = {
        code: 'not-a-feed',
        message: `${source}: none of its ${records.length} records is a usable meeting${first ? ` (record ${first.record}: ${first.field} ${first.reason})` : ''}.`,
      };
    }
    return result;
  } catch (e) {
    // Only a bug can land here; the webmaster still gets a message instead of a broken widget.
    return {
      source,
      meetings: [],
      warnings,
      error: { code: 'not-a-feed', message: `${source} could not be read: ${e instanceof Error ? e.message : String(e)}` },
    };
  }
}
