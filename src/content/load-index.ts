import { fetchJson } from '../net/fetch-json.js';

/** What the widgets use of an index entry (`src/content/index-types.ts`); `related` holds slugs, best first. */
export interface Entry {
  slug: string;
  title: string;
  description: string;
  topics: string[];
  published: string;
  related: string[];
  /** Set on an English article shown in another language's list (see `withEnglish`). */
  fallback?: 'en';
}

/** `cut`: how many entries past MAX_INDEX_ARTICLES were left out. */
export type IndexResult = { ok: true; articles: Entry[]; cut?: number } | { ok: false; detail: string };

/**
 * The most articles an index may list, and the most topics and related slugs per article: far more
 * than a collection has (ours: 10 articles). A 4.7 MB index of 38,000 entries froze the page for
 * over a second while it was read and its list picked, on every render.
 */
export const MAX_INDEX_ARTICLES = 2000;
const MAX_LIST = 100;

/**
 * Lone surrogate halves become U+FFFD: they are not text, and `encodeURIComponent` throws on them,
 * which would turn one bad slug into a widget that cannot render.
 */
export const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const str = (v: unknown, max = 2000): string => (typeof v === 'string' ? wellFormed(v.slice(0, max)) : '');

/**
 * Keeps only well-formed entries, with every field of the type it claims. The file comes from a
 * partner's server: a hand-edited or half-written index must degrade, never throw while rendering.
 */
export function readIndex(raw: unknown): Entry[] | undefined {
  const list = (raw as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(list)) return undefined;
  const articles: Entry[] = [];
  const seen = new Set<string>();
  for (const e of list) {
    if (articles.length === MAX_INDEX_ARTICLES) break;
    const slug = str(e?.slug, 200);
    const title = str(e?.title);
    if (!slug || !title || seen.has(slug)) continue;
    seen.add(slug);
    articles.push({
      slug,
      title,
      description: str(e.description),
      topics: Array.isArray(e.topics)
        ? e.topics
            .slice(0, MAX_LIST)
            .filter((t: unknown) => typeof t === 'string')
            .map(wellFormed)
        : [],
      published: /^\d{4}-\d\d-\d\d$/.test(str(e.published)) ? e.published : '',
      related: Array.isArray(e.related)
        ? e.related
            .slice(0, MAX_LIST)
            .map((r: { slug?: unknown } | null) => str(r?.slug, 200))
            .filter(Boolean)
        : [],
    });
  }
  return articles;
}

/** One request per index URL per page, shared by every widget; failures are not kept, so a retry can heal. */
const cache = new Map<string, Promise<IndexResult>>();

/** `${content-base}index.<lang>.json`: small (titles and descriptions), so 5 MB is plenty. */
export function loadIndex(url: string): Promise<IndexResult> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchJson(url, { timeoutMs: 1e4, maxBytes: 5 << 20 }).then((got) => {
      const articles = got.ok && readIndex(got.data);
      if (articles) {
        const listed = (got.data as { articles: unknown[] }).articles.length;
        // Entries past the limit (some of the listed ones may have been malformed, so this says "at most").
        return articles.length === MAX_INDEX_ARTICLES && listed > articles.length
          ? { ok: true, articles, cut: listed - articles.length }
          : { ok: true, articles };
      }
      cache.delete(url);
      return { ok: false, detail: got.ok ? `${url} is not a content index (no "articles" list).` : got.message };
    });
    cache.set(url, pending);
  }
  return pending;
}

/**
 * The end of a console message about a content folder that could not be read: it names
 * `content-base` and where the widget looked (`base`), whether the element's own attribute
 * (`own`), the provider's, or the default folder beside the script pointed there.
 */
export function checkContentBase(base: string, own: string | undefined, isDefault: boolean): string {
  const where = own?.trim()
    ? `check content-base="${own.trim().slice(0, 80)}": it points to ${base}`
    : isDefault
      ? `check content-base: it is not set, so the widgets look in the content/ folder beside the script, ${base}`
      : `check content-base on <recovery-provider>: it points to ${base}`;
  return `${where}, which must hold the release's content/ folder (index.en.json, en/, ...). Upload that folder there, or set content-base to where it is.`;
}

/** Tests load the same URL in different states (a fault that heals). */
export const clearIndexCacheForTests = (): void => cache.clear();
