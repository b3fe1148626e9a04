/**
 * Build-time related-article scoring: for every article, the other articles of its own language,
 * best first. Plain TypeScript (no DOM), called by the content compiler and by
 * `npm run related -- <slug>`.
 *
 * How an article B is scored as related to article A (both in the same language):
 *
 *   1. Curated: slugs in A's front-matter `related`, in that order, always first. The i-th of k
 *      curated slugs (0-based) scores `1 + (k - i) / k`, above any computed score (those are <= 1).
 *   2. Topics: cosine similarity of A's and B's topic sets, each topic weighted by its rarity
 *      `idf(t) = ln(N / df(t))` (N articles in the language, df(t) of them carry t). A topic on
 *      every article weighs 0; sharing a rare topic says much more than sharing a common one.
 *   3. Terms: TF-IDF cosine similarity of the words. A word's count is weighted by where it is
 *      (title x3, heading x2, body x1), damped `tf = 1 + ln(count)`, times `idf = ln(N / df)`.
 *   4. score = 0.6 x topics + 0.4 x terms (both in [0, 1]), rounded to 4 decimals so float noise
 *      never decides an order. B is kept when score >= minScore (default 0.05).
 *   5. Order: score desc, then newer `published` first, then slug asc (a fixed, total order, so
 *      builds are reproducible).
 *   6. Fallback: when fewer than `limit` qualify, the newest remaining articles fill the list
 *      (score 0, reason `fallback`), newest first, then slug asc.
 */
import { buildModel, cosine, topTerms, type Model } from './tfidf.js';

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
  /** Shared topics, rarest (most telling) first. */
  topics?: string[];
  /** The words that contributed most to the similarity, strongest first (accent-folded stems). */
  terms?: string[];
  /** This part's contribution to the score, for explanation. */
  weight?: number;
}

export interface RelatedEntry {
  slug: string;
  score: number;
  reasons: RelatedReason[];
}

export interface RankOptions {
  /** How many to keep per article. Default 6. */
  limit?: number;
  /** Computed scores below this are not "related" (the fallback may still list the article). Default 0.05. */
  minScore?: number;
  /** Weight of the topic similarity; the term similarity gets `1 - topicWeight`. Default 0.6. */
  topicWeight?: number;
  /** How many top terms to keep in a `terms` reason. Default 5. */
  reasonTerms?: number;
  /** Called for problems the compiler should report (a curated slug that is not in the language). */
  onWarning?: (message: string) => void;
}

export const DEFAULT_LIMIT = 6;
export const DEFAULT_MIN_SCORE = 0.05;
export const DEFAULT_TOPIC_WEIGHT = 0.6;

/** The key of an article in the result map. */
export const relatedKey = (language: string, slug: string): string => `${language}:${slug}`;

const round = (n: number) => Math.round(n * 10000) / 10000;

/** Newer first, then slug: the fixed order after score. `YYYY-MM-DD` compares as text. */
function byNewestThenSlug(a: RelatedInput, b: RelatedInput): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** Ranks, for every article, the others in its own language. Key: `${language}:${slug}`. */
export function rankRelated(articles: RelatedInput[], options: RankOptions = {}): Map<string, RelatedEntry[]> {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const out = new Map<string, RelatedEntry[]>();
  const byLanguage = new Map<string, RelatedInput[]>();
  for (const a of articles) {
    const group = byLanguage.get(a.language) ?? [];
    group.push(a);
    byLanguage.set(a.language, group);
  }
  for (const [language, group] of byLanguage) {
    const model = buildModel(group, language);
    for (const a of group) out.set(relatedKey(language, a.slug), rankOne(a, group, model, limit, options));
  }
  return out;
}

function rankOne(
  a: RelatedInput,
  group: RelatedInput[],
  model: Model,
  limit: number,
  options: RankOptions,
): RelatedEntry[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const topicWeight = options.topicWeight ?? DEFAULT_TOPIC_WEIGHT;
  const chosen: RelatedEntry[] = [];
  const taken = new Set<string>([a.slug]);
  const bySlug = new Map(group.map((b) => [b.slug, b]));

  const curated = (a.related ?? []).filter((slug, i, all) => all.indexOf(slug) === i && slug !== a.slug);
  curated.forEach((slug, i) => {
    if (!bySlug.has(slug)) {
      options.onWarning?.(
        `${a.language}/${a.slug}: related "${slug}" is not an article in ${a.language}; it is left out.`,
      );
      return;
    }
    chosen.push({ slug, score: round(1 + (curated.length - i) / curated.length), reasons: [{ kind: 'curated' }] });
    taken.add(slug);
  });

  const scored: { b: RelatedInput; entry: RelatedEntry }[] = [];
  for (const b of group) {
    if (taken.has(b.slug)) continue;
    const topics = cosine(model.topics.get(a.slug)!, model.topics.get(b.slug)!);
    const terms = cosine(model.terms.get(a.slug)!, model.terms.get(b.slug)!);
    const score = round(topicWeight * topics + (1 - topicWeight) * terms);
    if (score < minScore || score <= 0) continue;
    const reasons: RelatedReason[] = [];
    if (topics > 0) {
      const shared = topTerms(model.topics.get(a.slug)!, model.topics.get(b.slug)!, Infinity);
      reasons.push({ kind: 'topics', topics: shared, weight: round(topicWeight * topics) });
    }
    if (terms > 0) {
      const top = topTerms(model.terms.get(a.slug)!, model.terms.get(b.slug)!, options.reasonTerms ?? 5);
      reasons.push({ kind: 'terms', terms: top, weight: round((1 - topicWeight) * terms) });
    }
    scored.push({ b, entry: { slug: b.slug, score, reasons } });
  }
  scored.sort((x, y) => y.entry.score - x.entry.score || byNewestThenSlug(x.b, y.b));
  for (const { entry } of scored) {
    if (chosen.length >= limit) break;
    chosen.push(entry);
    taken.add(entry.slug);
  }

  if (chosen.length < limit) {
    const newest = group.filter((b) => !taken.has(b.slug)).sort(byNewestThenSlug);
    for (const b of newest.slice(0, limit - chosen.length)) {
      chosen.push({ slug: b.slug, score: 0, reasons: [{ kind: 'fallback' }] });
    }
  }
  return chosen.slice(0, limit);
}
