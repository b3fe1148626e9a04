import { fetchJson } from '../../net/fetch-json.js';
import type { Fellowship, NormalizeResult } from '../../meetings/types.js';
import { hint, warn } from '../../internal/warn.js';
import { loadEngine } from './load-engine.js';

export type SourceProblem = 'unreachable' | 'not-json' | 'not-a-feed' | 'too-large' | 'empty' | 'engine';

/** One URL of `src` and how loading it went. */
export interface Source {
  url: string;
  host: string;
  index: number;
  status: 'loading' | 'ok' | 'error';
  problem?: SourceProblem;
  result?: NormalizeResult;
}

/** Feeds are JSON text; 20 MB covers the largest intergroup feeds we know with room to spare. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Fetches and normalizes one source, with the engine imported while the feed downloads. Never
 * throws: every failure becomes a `problem`.
 */
export async function loadSource(
  tag: string,
  source: Source,
  options: {
    timezone: () => string;
    fellowship: Fellowship;
    signal: AbortSignal;
    timeoutMs: number;
    ready?: Promise<void>;
  },
): Promise<Source | undefined> {
  const done = (patch: Partial<Source>): Source => ({ ...source, ...patch });
  const engine = loadEngine().catch(() => undefined);
  try {
    const res = await fetchJson(source.url, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxBytes: MAX_BYTES,
    });
    if (!res.ok) {
      if (res.kind === 'aborted') return undefined;
      const problem = res.kind === 'not-json' || res.kind === 'too-large' ? res.kind : 'unreachable';
      warn(
        tag,
        `src "${source.url}" could not be loaded (${res.kind}${res.status ? ` ${res.status}` : ''}): ${res.message}`,
      );
      return done({ status: 'error', problem });
    }
    // `ready`: the page's locale data is loaded (in short tasks), so reading zones doesn't load it.
    const [core] = await Promise.all([engine, options.ready]);
    if (!core) return done({ status: 'error', problem: 'engine' });
    const result = await core.normalizeFeedInSlices(res.data, source.url, {
      timezone: options.timezone(),
      fellowship: options.fellowship,
      sourceIndex: source.index,
    });
    // One console line per source: the error message already names the first bad record.
    if (!result.error) summarize(tag, result);
    if (result.error) {
      warn(tag, `src "${source.url}": ${result.error.message}`);
      const code = result.error.code;
      const problem = code === 'empty' || code === 'too-large' ? code : 'not-a-feed';
      return done({ status: 'error', problem, result });
    }
    return done({ status: 'ok', result });
  } catch (e) {
    // The data core promises not to throw; if it ever does, this source fails alone.
    warn(tag, `src "${source.url}" could not be read: ${(e as Error)?.message ?? e}`);
    return done({ status: 'error', problem: 'not-a-feed' });
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
  // A warning when it is one, so the console shows it even with info lines hidden.
  (first.hostile ? warn : hint)(
    tag,
    `src "${result.source}": ${parts.join(', ')}; ${first.hostile ? 'of note' : 'first'}: record ${first.record} field ${first.field}: ${first.reason}`,
  );
}
