/**
 * STUB (the related-posts work replaces this file): the contract the content compiler calls.
 */
export interface RelatedInput {
  slug: string;
  language: string;
  title: string;
  headings: string[];
  /** Plain text of the body, without markup. */
  body: string;
  topics: string[];
  /** Curated slugs from front matter, in order. */
  related?: string[];
  /** `YYYY-MM-DD`, for the newest-first fallback. */
  published: string;
}

export interface RelatedReason {
  kind: 'curated' | 'topics' | 'terms' | 'fallback';
  topics?: string[];
  terms?: string[];
}

export interface RelatedEntry {
  slug: string;
  score: number;
  reasons: RelatedReason[];
}

export interface RankOptions {
  /** How many to keep per article. */
  limit?: number;
  minScore?: number;
}

/** Ranks, for every article, the others in its own language. Key: `${language}:${slug}`. */
export function rankRelated(articles: RelatedInput[], _options: RankOptions = {}): Map<string, RelatedEntry[]> {
  const out = new Map<string, RelatedEntry[]>();
  for (const a of articles) {
    out.set(
      `${a.language}:${a.slug}`,
      articles
        .filter((b) => b.language === a.language && b.slug !== a.slug)
        .map((b) => ({ slug: b.slug, score: 0, reasons: [{ kind: 'fallback' as const }] })),
    );
  }
  return out;
}
