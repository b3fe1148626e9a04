/**
 * The article JSON format: `dist/content/<language>/<slug>.json`, written by the content compiler
 * and read by `<recovery-article>` (also the format a partner's own `src` JSON must follow).
 * A structured document, never HTML: the widget renders each node through Lit templates, so text
 * from a file can only ever become text.
 */

/** Inline content: plain text, or a node. */
export type Inline =
  | string
  | { type: 'em' | 'strong'; children: Inline[] }
  /** An outbound link; `href` is always http(s). */
  | { type: 'link'; href: string; children: Inline[] }
  /** A link to another article of the collection (`[text](article:slug)` in Markdown). */
  | { type: 'article-link'; slug: string; children: Inline[] }
  /** A numbered citation (`[3]` in Markdown): `n` is the 1-based index into `references`. */
  | { type: 'cite'; n: number };

export type Block =
  /** `##` is depth 1 (a section), `###` depth 2. The widget shifts them below its title's level. */
  | { type: 'heading'; depth: 1 | 2; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; children: Inline[] };

export interface Reference {
  /** 1-based; matches the `[n]` markers. */
  n: number;
  title: string;
  /** Publisher or journal. */
  publisher: string;
  authors?: string;
  year?: number;
  url?: string;
}

export interface ArticleDocument {
  version: 1;
  slug: string;
  language: string;
  title: string;
  description: string;
  /** Calendar days, `YYYY-MM-DD`. */
  published: string;
  updated: string;
  reviewed?: string;
  reviewer?: string;
  /** A person or an organization. */
  author: string;
  topics: string[];
  readingMinutes: number;
  /** Where the article comes from, for the attribution footer. */
  source: { name: string; url?: string };
  /** The same article in other languages (same slug). */
  translations: string[];
  body: Block[];
  references: Reference[];
}
