import type { Entry } from './load-index.js';

/** Splits `a, b c` into slugs: webmasters write lists with commas, spaces or both. */
export const slugList = (value: string | undefined): Set<string> => new Set((value ?? '').split(/[\s,]+/).filter(Boolean));

/**
 * What to show for `slug`: its own related list (`latest` false), or, without a known slug, the
 * newest articles (newest first, then by slug, as the build orders its fallback); after exclusions
 * and topics (empty: any topic).
 */
export function pick(articles: Entry[], slug: string | undefined, limit: number, exclude: Set<string>, topics: Set<string>) {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const wanted = (a: Entry | undefined): a is Entry =>
    !!a && a.slug !== slug && !exclude.has(a.slug) && (!topics.size || a.topics.some((t) => topics.has(t)));
  const source = slug ? bySlug.get(slug) : undefined;
  const items = source
    ? [...new Set(source.related)].map((s) => bySlug.get(s)).filter(wanted)
    : articles.filter(wanted).sort((a, b) => (a.published != b.published ? (a.published < b.published ? 1 : -1) : a.slug < b.slug ? -1 : 1));
  return { latest: !source, items: items.slice(0, limit) };
}
