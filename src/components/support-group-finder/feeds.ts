import { hint, warn } from '../../internal/warn.js';
import type { FeedWarning, Fellowship, NormalizeResult } from '../../meetings/types.js';
import { type FetchFailureKind, fetchJson } from '../../net/fetch-json.js';
import { type Engine, loadEngine } from './load-engine.js';

/** Why a feed could not be shown, in the words the visitor reads (`problem_*` in the dictionary). */
export type SourceProblem =
  | 'not-found'
  | 'server'
  | 'timeout'
  | 'blocked'
  | 'unreachable'
  | 'not-json'
  | 'not-a-feed'
  | 'too-large'
  | 'empty'
  | 'engine';

/** One URL of `src`: where it is and its place among the widget's feeds. */
export interface SourceConfig {
  url: string;
  host: string;
  index: number;
}

/** How loading one source ended. */
export type SourceOutcome =
  | { status: 'ok'; result: NormalizeResult }
  | { status: 'error'; problem: SourceProblem; result?: NormalizeResult };

/** Feeds are JSON text: 20 MB covers the largest intergroup feeds we know with room to spare. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;
/** All of a finder's feeds together: ten large feeds must not take the visitor's page down. */
export const MAX_TOTAL_BYTES = 30 * 1024 * 1024;

const FETCH_PROBLEMS: Partial<Record<FetchFailureKind, SourceProblem>> = {
  timeout: 'timeout',
  cors: 'blocked',
  network: 'unreachable',
  'too-large': 'too-large',
  'not-json': 'not-json',
};

export interface LoadOptions {
  timezone: (engine: Engine) => string;
  fellowship?: Fellowship;
  signal: AbortSignal;
  timeoutMs: number;
  budget: { left: number; total: number };
  /** Settles when the page's locale data is loaded (in short tasks): reading zones then loads none. */
  ready?: Promise<void>;
  /** Given the parsed feed before it is read: may show its first meetings, and settles once they are painted. */
  preview?: (data: unknown, engine: Engine) => Promise<void>;
}

/**
 * Fetches and normalizes one source, with the engine imported while the feed downloads. Never
 * throws: every failure becomes a `problem`, with one console line that says what to fix.
 * Undefined when cancelled (the widget was removed, or its feeds changed).
 */
export async function loadSource(
  tag: string,
  source: SourceConfig,
  options: LoadOptions,
): Promise<SourceOutcome | undefined> {
  const engine = loadEngine().catch(() => undefined);
  const { signal } = options;
  try {
    const res = await fetchJson(source.url, {
      signal,
      timeoutMs: options.timeoutMs,
      maxBytes: MAX_FEED_BYTES,
      budget: options.budget,
    });
    if (!res.ok) {
      if (res.kind === 'aborted') return undefined;
      const problem =
        res.kind === 'http'
          ? res.status === 404 || res.status === 410
            ? 'not-found'
            : 'server'
          : (FETCH_PROBLEMS[res.kind] ?? 'unreachable');
      warn(tag, `src "${source.url}" ${res.message.replace(`${source.url} `, '')}${fixFor(problem)}`);
      return { status: 'error', problem };
    }
    const [core] = await Promise.all([engine, options.ready]);
    if (!core) return { status: 'error', problem: 'engine' };
    if (signal.aborted) return undefined;
    await options.preview?.(res.data, core);
    if (signal.aborted) return undefined;
    const result = await core.normalizeFeedInSlices(res.data, source.url, {
      timezone: options.timezone(core),
      fellowship: options.fellowship,
      sourceIndex: source.index,
      signal,
    });
    if (result.error) {
      warn(tag, `src "${source.url}": ${result.error.message}`);
      const code = result.error.code;
      return { status: 'error', problem: code === 'empty' || code === 'too-large' ? code : 'not-a-feed', result };
    }
    // One console line per source: the error message already names the first bad record.
    summarize(tag, result);
    return { status: 'ok', result };
  } catch (e) {
    if (signal.aborted) return undefined;
    // The data core promises not to throw; if it ever does, this source fails alone.
    warn(tag, `src "${source.url}" could not be read: ${(e as Error)?.message ?? e}`);
    return { status: 'error', problem: 'not-a-feed' };
  }
}

/** What the webmaster can do, after the fetch's own explanation. */
function fixFor(problem: SourceProblem): string {
  switch (problem) {
    case 'not-found':
      return ' Check the address in src: open it in the browser; it should show the feed.';
    case 'server':
      return " The feed's server had a problem; the visitor can try again, and its webmaster can check the server's logs.";
    case 'not-json':
      return ' A Meeting Guide feed or a BMLT GetSearchResults URL answers with JSON; check that src is the feed, not a page.';
    default:
      return '';
  }
}

/**
 * One console line per source, so a webmaster sees what the feed lost without a flood. An info
 * line, not a warning: the intergroup owns its feed, and the webmaster usually cannot fix it;
 * unless the feed holds something made to mislead visitors, which they should hear about.
 */
function summarize(tag: string, result: NormalizeResult): void {
  const skipped = result.warnings.filter((w) => w.skipped);
  const dropped = result.warnings.length - skipped.length;
  if (!result.warnings.length) return;
  // A value made to mislead visitors (a disguised link, extra email headers) is the one to name.
  const first = result.warnings.find((w) => w.hostile) ?? skipped[0] ?? result.warnings[0];
  const parts = [
    skipped.length ? `${skipped.length} record${skipped.length === 1 ? '' : 's'} skipped` : '',
    dropped ? `${dropped} field${dropped === 1 ? '' : 's'} dropped` : '',
  ].filter(Boolean);
  const line = (w: FeedWarning) => `record ${w.record} field ${w.field}: ${w.reason}`;
  // A warning when it is one, so the console shows it even with info lines hidden.
  (first.hostile ? warn : hint)(
    tag,
    `src "${result.source}": ${parts.join(', ')}; ${first.hostile ? 'of note' : 'first'}: ${line(first)}`,
  );
  // A meeting whose times mislead a visitor about when to go is named on its own (a few at most).
  const named = result.warnings.filter((w) => w.named && w !== first);
  for (const w of named.slice(0, 5)) hint(tag, `src "${result.source}": ${line(w)}`);
  if (named.length > 5) hint(tag, `src "${result.source}": ${named.length - 5} more meetings with such times.`);
}
