import type { ContentIndex, IndexEntry } from '../../content/index-types.js';

export interface PickOptions {
  limit: number;
  exclude: ReadonlySet<string>;
  /** Empty: any topic. */
  topics: ReadonlySet<string>;
}

export type Picked =
  /** The article's own related list. */
  | { kind: 'related'; items: IndexEntry[] }
  /** No article to relate to (unknown or no slug): the newest articles instead. */
  | { kind: 'latest'; items: IndexEntry[] };

/** Newest first, then slug, as the build orders its fallback. */
export const newestFirst = (a: IndexEntry, b: IndexEntry): number =>
  a.published !== b.published ? (a.published < b.published ? 1 : -1) : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

/** Splits `a, b c` into slugs: webmasters write lists with commas, spaces or both. */
export function slugList(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean));
}

/** What to show for `slug` (or, without a known slug, the newest articles), after exclusions and topics. */
export function pick(index: ContentIndex, slug: string | undefined, options: PickOptions): Picked {
  const bySlug = new Map(index.articles.map((a) => [a.slug, a]));
  const wanted = (a: IndexEntry | undefined): a is IndexEntry =>
    !!a && a.slug !== slug && !options.exclude.has(a.slug) && (!options.topics.size || a.topics.some((t) => options.topics.has(t)));
  const source = slug ? bySlug.get(slug) : undefined;
  if (source) {
    const items = source.related.map((r) => bySlug.get(r.slug)).filter(wanted);
    return { kind: 'related', items: unique(items).slice(0, options.limit) };
  }
  return { kind: 'latest', items: index.articles.filter(wanted).sort(newestFirst).slice(0, options.limit) };
}

function unique(items: IndexEntry[]): IndexEntry[] {
  const seen = new Set<string>();
  return items.filter((a) => !seen.has(a.slug) && !!seen.add(a.slug));
}
