import type { ArticleDocument } from '../../content/document-types.js';
import { type ArticleFailure, loadArticleFile, loadCollectionArticle } from '../../content/load-article.js';
import { checkContentBase } from '../../content/load-index.js';
import { clip, SLUG } from '../../content/read-document.js';
import { defaultContentBase } from '../../internal/content-base.js';
import { error, hint, warn } from '../../internal/warn.js';
import { nextTask } from '../../util/scheduling.js';
import { safeHttpUrl } from '../../util/validate.js';

/** What is asked for: a partner's file (whatever the page's language), or a slug in a language. */
export type ArticleRequest = [src: string, slug: string, base: string, lang: string];

/** What a load ends with. */
export type Outcome =
  | { kind: 'loaded'; doc: ArticleDocument; fallback: boolean }
  | { kind: 'failed'; slug: string; reason: ArticleFailure };

export interface LoadOptions {
  /** The element's tag, for console messages. */
  tag: string;
  /** The element's own `content-base` attribute, named in the message about a missing folder. */
  contentBase?: string;
  timeoutMs: number;
  /** The locale data and language pack, loaded meanwhile, awaited before the article is drawn. */
  ready: () => Promise<void>;
}

/**
 * Loads what the element asks for and says what went wrong in the console, naming the attribute.
 * `undefined` when nothing is asked for yet (a hint). Resolves in a task after the one that
 * parsed and checked the document: together they were one of the longest tasks of an article
 * page on a slow phone. Throws when `signal` aborts (a newer request, or the element removed).
 */
export async function loadOutcome(
  [src, slug, base, lang]: ArticleRequest,
  signal: AbortSignal,
  { tag, contentBase, timeoutMs, ready }: LoadOptions,
): Promise<Outcome | undefined> {
  const what = src ? `src="${clip(src, 80)}"` : `slug="${clip(slug, 80)}"`;
  const url = src && safeHttpUrl(src, document.baseURI);
  if (src && !url) {
    warn(tag, `${what} is not an http(s) URL; nothing is loaded.`);
    return { kind: 'failed', slug, reason: 'invalid' };
  }
  if (!src && !slug) {
    hint(
      tag,
      'has no slug or src yet: add slug="..." (an article of the collection) or src="..." (your own article JSON).',
    );
    return undefined;
  }
  if (!url && !SLUG.test(slug)) {
    error(tag, `${what} is not a slug (lowercase letters, digits and hyphens).`);
    return { kind: 'failed', slug, reason: 'not-found' };
  }
  const warming = ready();
  const result = url
    ? await loadArticleFile(url, signal, timeoutMs)
    : await loadCollectionArticle(base, lang, slug, signal, timeoutMs);
  await warming;
  await nextTask();
  signal.throwIfAborted();

  if (!result.ok) {
    const advice =
      result.reason === 'misconfigured'
        ? ` The content folder is not where this element looks; ${checkContentBase(base, contentBase, base === defaultContentBase())}`
        : '';
    error(tag, `${what} could not be shown: ${result.detail}${advice}`);
    return { kind: 'failed', slug, reason: result.reason };
  }
  const { doc, problems, fallback } = result;
  if (problems.length) {
    warn(
      tag,
      `the article from ${what} has parts that cannot be shown safely: ${problems.slice(0, 6).join('; ')}` +
        `${problems.length > 6 ? `; and ${problems.length - 6} more` : ''}.`,
    );
  }
  doc.language ||= fallback ? 'en' : src ? '' : lang;
  doc.slug ||= slug;
  return { kind: 'loaded', doc, fallback };
}
