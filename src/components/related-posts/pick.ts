import type { Entry } from '../../content/load-index.js';

/** Splits `a, b c` into slugs: webmasters write lists with commas, spaces or both. */
export const slugList = (value: string | undefined): Set<string> =>
  new Set((value ?? '').split(/[\s,]+/).filter(Boolean));

/**
 * What to show for `slug`: its own related list (`latest` false), or, without a known slug, the
 * newest articles (newest first, then by slug, as the build orders its fallback); after exclusions
 * and topics (empty: any topic).
 */
export function pick(
  articles: Entry[],
  slug: string | undefined,
  limit: number,
  exclude: Set<string>,
  topics: Set<string>,
) {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const wanted = (a: Entry | undefined): a is Entry =>
    !!a && a.slug !== slug && !exclude.has(a.slug) && (!topics.size || a.topics.some((t) => topics.has(t)));
  const source = slug ? bySlug.get(slug) : undefined;
  const items = source
    ? [...new Set(source.related)].map((s) => bySlug.get(s)).filter(wanted)
    : articles
        .filter(wanted)
        // The page's language first, newest first; untranslated English articles after them.
        .sort(
          (a, b) =>
            +!!a.fallback - +!!b.fallback ||
            (a.published !== b.published ? (a.published < b.published ? 1 : -1) : a.slug < b.slug ? -1 : 1),
        );
  return { latest: !source, items: items.slice(0, limit) };
}

/**
 * A translation's index with the English articles it lacks, so a language with few translations
 * still has something to relate: those keep `fallback: 'en'` (the list says they are in English),
 * and a translated article with no related ones of its own borrows its English original's.
 */
export function withEnglish(own: Entry[], english: Entry[]): Entry[] {
  const have = new Set(own.map((a) => a.slug));
  const original = new Map(english.map((a) => [a.slug, a]));
  return [
    ...own.map((a) => (a.related.length ? a : { ...a, related: original.get(a.slug)?.related ?? [] })),
    ...english.filter((a) => !have.has(a.slug)).map((a): Entry => ({ ...a, fallback: 'en' })),
  ];
}
