/** Lookups over the fellowship directory, for the finder's default view. */
import { FELLOWSHIPS } from './fellowships.js';
import type { Approach, Audience, FellowshipEntry } from './types.js';

/** Fellowships for people with the problem ('self') or for the people around them ('family'). */
export function byAudience(serves: Audience, entries: readonly FellowshipEntry[] = FELLOWSHIPS): FellowshipEntry[] {
  return entries.filter((e) => e.serves === serves);
}

export function byApproach(approach: Approach, entries: readonly FellowshipEntry[] = FELLOWSHIPS): FellowshipEntry[] {
  return entries.filter((e) => e.approach === approach);
}

export function fellowshipById(id: string): FellowshipEntry | undefined {
  return FELLOWSHIPS.find((e) => e.id === id);
}
