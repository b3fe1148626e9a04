/**
 * Puts several feeds' meetings in one list. Ids are `${sourceIndex}:${feed id}` so two feeds can
 * use the same slug. Duplicates are removed only within a feed: two feeds listing "the same"
 * meeting may disagree about it, and a visitor should see both sources rather than a silent pick.
 */
import type { Meeting, NormalizeResult } from './types.js';
import { fold } from './text.js';

/** A group meets at one place on several days: fold each distinct name and address once. */
function keyer() {
  const folded = new Map<string, string>();
  const f = (text: string) => {
    let out = folded.get(text);
    if (out === undefined) folded.set(text, (out = fold(text)));
    return out;
  };
  return (m: Meeting) => `${f(m.name)}|${m.days.join(',')}|${m.time ?? ''}|${f(m.address ?? m.location ?? '')}`;
}

/**
 * The prefix normalize gave this feed (its `sourceIndex`), so ids stay stable when another feed
 * fails to load; the feed's position (or the next free number) when that prefix is taken.
 */
function prefixFor(result: NormalizeResult, position: number, used: Set<number>): number {
  const stated = /^(\d+):/.exec(result.meetings[0]?.id ?? '')?.[1];
  let prefix = stated !== undefined && !used.has(Number(stated)) ? Number(stated) : position;
  while (used.has(prefix)) prefix++;
  used.add(prefix);
  return prefix;
}

export function mergeFeeds(results: readonly NormalizeResult[]): Meeting[] {
  const out: Meeting[] = [];
  const used = new Set<number>();
  results.forEach((result, position) => {
    if (!result || !Array.isArray(result.meetings) || !result.meetings.length) return;
    const prefix = prefixFor(result, position, used);
    const seen = new Set<string>();
    const keyOf = keyer();
    for (const m of result.meetings) {
      const key = keyOf(m);
      if (seen.has(key)) continue;
      seen.add(key);
      const feedId = m.feedId ?? m.id.slice(m.id.indexOf(':') + 1);
      const id = `${prefix}:${feedId}`;
      out.push(id === m.id && m.source === result.source ? m : { ...m, id, source: result.source ?? m.source });
    }
  });
  return out;
}
