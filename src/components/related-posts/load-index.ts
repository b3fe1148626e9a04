import type { ContentIndex, IndexEntry, RelatedRef } from '../../content/index-types.js';

/** Why an index could not be used; the widget shows a calm message and names the cause in the console. */
export type IndexFailure = 'http' | 'network' | 'invalid';

export type IndexResult = { ok: true; index: ContentIndex } | { ok: false; reason: IndexFailure; detail: string };

/** The index is small (titles and descriptions); anything bigger than this is not ours. */
const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 10_000;

/**
 * Lone surrogate halves become U+FFFD: they are not text, and `encodeURIComponent` throws on them,
 * which would turn one bad slug into a widget that cannot render.
 */
export const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const str = (v: unknown, max = 2000): string => (typeof v === 'string' ? wellFormed(v.slice(0, max)) : '');
const day = (v: unknown): string => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');

/**
 * Keeps only well-formed entries, with every field of the type it claims. The file comes from a
 * partner's server: a hand-edited or half-written index must degrade, never throw while rendering.
 */
export function readIndex(raw: unknown, language: string): ContentIndex | undefined {
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { articles?: unknown }).articles)) return undefined;
  const articles: IndexEntry[] = [];
  const seen = new Set<string>();
  for (const a of (raw as { articles: unknown[] }).articles) {
    if (!a || typeof a !== 'object') continue;
    const e = a as Record<string, unknown>;
    const slug = str(e.slug, 200);
    const title = str(e.title);
    if (!slug || !title || seen.has(slug)) continue;
    seen.add(slug);
    const related: RelatedRef[] = Array.isArray(e.related)
      ? e.related
          .filter((r): r is { slug: string; score?: unknown } => !!r && typeof (r as { slug?: unknown }).slug === 'string')
          .map((r) => ({ slug: wellFormed(r.slug.slice(0, 200)), score: typeof r.score === 'number' ? r.score : 0 }))
      : [];
    articles.push({
      slug,
      language: str(e.language, 20) || language,
      title,
      description: str(e.description),
      topics: Array.isArray(e.topics) ? e.topics.filter((t): t is string => typeof t === 'string').map(wellFormed) : [],
      published: day(e.published),
      updated: day(e.updated),
      reviewed: day(e.reviewed) || undefined,
      readingMinutes: typeof e.readingMinutes === 'number' ? e.readingMinutes : 0,
      related,
    });
  }
  return { version: 1, language, articles };
}

/** One request per index URL per page, shared by every widget; failures are not kept, so a retry can heal. */
const cache = new Map<string, Promise<IndexResult>>();

export function loadIndex(url: string, language: string): Promise<IndexResult> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchIndex(url, language).then((result) => {
      if (!result.ok) cache.delete(url);
      return result;
    });
    cache.set(url, pending);
  }
  return pending;
}

/** Tests load the same URL in different states (a fault that heals). */
export function clearIndexCacheForTests(): void {
  cache.clear();
}

async function fetchIndex(url: string, language: string): Promise<IndexResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!res.ok) return { ok: false, reason: 'http', detail: `HTTP ${res.status}` };
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) return { ok: false, reason: 'invalid', detail: `it is ${length} bytes, more than an index can be` };
    const text = await res.text();
    if (text.length > MAX_BYTES) return { ok: false, reason: 'invalid', detail: 'it is larger than an index can be' };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'invalid', detail: 'it is not JSON' };
    }
    const index = readIndex(raw, language);
    return index ? { ok: true, index } : { ok: false, reason: 'invalid', detail: 'it is not a content index (no "articles" list)' };
  } catch (e) {
    const aborted = (e as Error).name === 'AbortError';
    return { ok: false, reason: 'network', detail: aborted ? `no answer within ${TIMEOUT_MS / 1000} s` : 'the request failed' };
  } finally {
    clearTimeout(timer);
  }
}
