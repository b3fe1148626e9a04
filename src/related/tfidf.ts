import type { RelatedInput } from './rank.js';
import { tokenize } from './tokenize.js';

/** A sparse vector: term → weight. */
export type Vector = Map<string, number>;

export interface Model {
  /** Per slug: topics weighted by rarity. */
  topics: Map<string, Vector>;
  /** Per slug: TF-IDF of the words. */
  terms: Map<string, Vector>;
}

/** A title says more about an article than a heading, a heading more than a body sentence. */
export const FIELD_WEIGHTS = { title: 3, heading: 2, body: 1 } as const;

/** `ln(N / df)`: 0 for something every article has, growing as it gets rarer. */
const idf = (n: number, df: number) => (df > 0 ? Math.log(n / df) : 0);

function documentFrequencies(bags: Iterable<Iterable<string>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of new Set(bag)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** Vectors for one language's articles; IDF is computed within that language only. */
export function buildModel(group: RelatedInput[], language: string): Model {
  const n = group.length;
  const counts = new Map<string, Map<string, number>>();
  for (const a of group) {
    const c = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const t of tokenize(text, language)) c.set(t, (c.get(t) ?? 0) + weight);
    };
    add(a.title, FIELD_WEIGHTS.title);
    for (const h of a.headings) add(h, FIELD_WEIGHTS.heading);
    add(a.body, FIELD_WEIGHTS.body);
    counts.set(a.slug, c);
  }
  const termDf = documentFrequencies([...counts.values()].map((c) => c.keys()));
  const topicDf = documentFrequencies(group.map((a) => a.topics));

  const terms = new Map<string, Vector>();
  for (const [slug, c] of counts) {
    const v: Vector = new Map();
    for (const [t, count] of c) {
      const w = (1 + Math.log(count)) * idf(n, termDf.get(t)!);
      if (w > 0) v.set(t, w);
    }
    terms.set(slug, v);
  }
  const topics = new Map<string, Vector>();
  for (const a of group) {
    const v: Vector = new Map();
    for (const t of new Set(a.topics)) {
      const w = idf(n, topicDf.get(t)!);
      if (w > 0) v.set(t, w);
    }
    topics.set(a.slug, v);
  }
  return { topics, terms };
}

const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));

export function cosine(a: Vector, b: Vector): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot ? dot / (norm(a) * norm(b)) : 0;
}

/** The shared keys that contribute most to the dot product, strongest first (then alphabetical). */
export function topTerms(a: Vector, b: Vector, count: number): string[] {
  return [...a]
    .filter(([t]) => b.has(t))
    .map(([t, w]) => [t, w * b.get(t)!] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, count)
    .map(([t]) => t);
}
