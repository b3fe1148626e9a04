/**
 * The shape of `dist/content/index.<lang>.json`, written by the content compiler and read by
 * `<recovery-article>` (valid slugs) and `<related-posts>` (titles, descriptions, related lists).
 */
export interface RelatedRef {
  slug: string;
  /** The build-time score, kept for explanation and tie-breaking. */
  score: number;
}

export interface IndexEntry {
  slug: string;
  language: string;
  title: string;
  description: string;
  topics: string[];
  /** Calendar days, `YYYY-MM-DD`. */
  published: string;
  updated: string;
  reviewed?: string;
  readingMinutes: number;
  /** Other articles in the same language, best first, computed at build time. */
  related: RelatedRef[];
}

export interface ContentIndex {
  version: 1;
  language: string;
  articles: IndexEntry[];
}
