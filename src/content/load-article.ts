import type { ArticleDocument } from './document-types.js';
import { MAX_DOCUMENT, readDocument } from './read-document.js';
import { fetchJson } from '../net/fetch-json.js';
import { loadIndex } from './load-index.js';

/**
 * Why an article could not be shown; also the `reason` of `recovery-article-error`.
 * `misconfigured`: neither the article nor the content folder's list of articles could be read,
 * so the folder is not where the widget looks (`content-base`).
 */
export type ArticleFailure = 'not-found' | 'network' | 'invalid' | 'misconfigured';

export type LoadResult =
  | { ok: true; doc: ArticleDocument; problems: string[]; fallback: boolean }
  | { ok: false; reason: ArticleFailure; detail: string };

type Read =
  | { ok: true; doc: ArticleDocument; problems: string[]; url: string }
  | { ok: false; missing: boolean; reason: ArticleFailure; detail: string };

/**
 * The first of `urls` that exists, read and checked. A 404 or 410 tries the next. A body cut off
 * half way is the network's fault (Try again may help); a body that is too large or not an
 * article is the file's.
 */
async function readFirst(urls: string[], signal: AbortSignal, timeoutMs: number): Promise<Read> {
  let detail = '';
  for (const url of urls) {
    const got = await fetchJson(url, { signal, timeoutMs, maxBytes: MAX_DOCUMENT });
    if (got.ok) {
      const { doc, refused, problems } = readDocument(got.data, url);
      return doc
        ? { ok: true, doc, problems, url }
        : { ok: false, missing: false, reason: 'invalid', detail: `${url} is not an article document (${refused})` };
    }
    detail = got.message;
    if (got.status !== 404 && got.status !== 410) {
      const invalid = got.kind === 'too-large' || (got.kind === 'not-json' && !/incomplete/.test(detail));
      return { ok: false, missing: false, reason: invalid ? 'invalid' : 'network', detail };
    }
  }
  return { ok: false, missing: true, reason: 'not-found', detail };
}

/** A partner's own article file (`src`). */
export async function loadArticleFile(url: string, signal: AbortSignal, timeoutMs: number): Promise<LoadResult> {
  const read = await readFirst([url], signal, timeoutMs);
  return read.ok ? { ...read, fallback: false } : read;
}

/**
 * An article of the collection at `base`: its translation into `lang` when there is one, else the
 * English article (`fallback`). The language's index (`index.<lang>.json`, one request per page,
 * shared with `<related-posts>`) says which articles are translated, so a missing translation is
 * never requested (a 404 in the console); when that index cannot be read, the translation is
 * tried first as before. When no article is found, the English index gives the valid slugs, and if
 * it cannot be read either, the folder itself is missing: `misconfigured`.
 */
export async function loadCollectionArticle(
  base: string,
  lang: string,
  slug: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<LoadResult> {
  const own = lang === 'en' ? undefined : await loadIndex(`${base}index.${lang}.json`);
  const translated = !own?.ok || own.articles.some((a) => a.slug === slug);
  const english = `${base}en/${slug}.json`;
  const read = await readFirst(
    lang !== 'en' && translated ? [`${base}${lang}/${slug}.json`, english] : [english],
    signal,
    timeoutMs,
  );
  if (read.ok)
    return { ok: true, doc: read.doc, problems: read.problems, fallback: read.url === english && lang !== 'en' };
  if (!read.missing) return read;
  const indexUrl = `${base}index.en.json`;
  const list = await loadIndex(indexUrl);
  if (!list.ok) {
    return {
      ok: false,
      reason: 'misconfigured',
      detail: `${english} was not found, and the list of articles could not be read either: ${list.detail}`,
    };
  }
  const slugs = [...new Set([...(own?.ok ? own.articles : []), ...list.articles].map((a) => a.slug))];
  return {
    ok: false,
    reason: 'not-found',
    detail: slugs.length
      ? `no such article; valid slugs: ${slugs.join(', ')}`
      : `no such article; ${indexUrl} lists none`,
  };
}
