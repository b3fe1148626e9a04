import type { ArticleDocument } from './document-types.js';
import { MAX_DOCUMENT, readDocument } from './read-document.js';
import { fetchJson } from '../net/fetch-json.js';
import { loadIndex } from './load-index.js';

/** Why an article could not be shown; also the `reason` of `recovery-article-error`. */
export type ArticleFailure = 'not-found' | 'network' | 'invalid';

export type LoadResult =
  | { ok: true; doc: ArticleDocument; problems: string[]; fallback: boolean }
  | { ok: false; reason: ArticleFailure; detail: string };

/**
 * The first of `urls` that exists (a later one is a fallback: the English article), read and
 * checked. A 404 or 410 tries the next; when none exists and `index` is given, the "not found"
 * detail lists the valid slugs from it. A body cut off half way is the network's fault (Try
 * again may help); a body that is too large or not an article is the file's.
 */
export async function loadArticle(
  urls: string[],
  signal: AbortSignal,
  timeoutMs: number,
  index?: string,
): Promise<LoadResult> {
  let detail = '';
  for (const [i, url] of urls.entries()) {
    const got = await fetchJson(url, { signal, timeoutMs, maxBytes: MAX_DOCUMENT });
    if (got.ok) {
      const { doc, refused, problems } = readDocument(got.data, url);
      return doc
        ? { ok: true, doc, problems, fallback: i > 0 }
        : { ok: false, reason: 'invalid', detail: `${url} is not an article document (${refused})` };
    }
    detail = got.message;
    if (got.status !== 404 && got.status !== 410) {
      const invalid = got.kind === 'too-large' || (got.kind === 'not-json' && !/incomplete/.test(detail));
      return { ok: false, reason: invalid ? 'invalid' : 'network', detail };
    }
  }
  if (index) {
    const got = await loadIndex(index);
    detail =
      got.ok && got.articles.length
        ? `no such article; valid slugs: ${got.articles.map((a) => a.slug).join(', ')}`
        : `no such article, and the list of valid slugs (${index}) could not be read either; check content-base`;
  }
  return { ok: false, reason: 'not-found', detail };
}
