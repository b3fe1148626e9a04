import type { Entry } from '../../content/load-index.js';
import { clip } from '../../content/read-document.js';
import { hint, warn } from '../../internal/warn.js';
import { safeHttpUrl } from '../../util/validate.js';
import { pick, slugList } from './pick.js';
import { type ArticleLike, fillTemplate, type LinkMode } from './related-item.js';

/**
 * The webmaster's options, read at render time: a bad value falls back with one console message
 * that names the element and the attribute.
 */

export type RelatedLayout = 'list' | 'grid' | 'compact';
const DEFAULT_LIMIT = 3;
const MAX_LIMIT = 100;

export function limitValue(tag: string, limit: string | undefined): number {
  const n = Number(limit ?? DEFAULT_LIMIT);
  if (Number.isInteger(n) && n > 0 && n <= MAX_LIMIT) return n;
  // No more than a page can use: limit="2000000" drew that many placeholders in one task.
  const shown = n > MAX_LIMIT ? MAX_LIMIT : DEFAULT_LIMIT;
  warn(tag, `limit="${clip(String(limit))}" must be a whole number from 1 to ${MAX_LIMIT}; showing ${shown}.`);
  return shown;
}

export function layoutValue(tag: string, layout: string | undefined): RelatedLayout {
  if (!layout || layout === 'list' || layout === 'grid' || layout === 'compact')
    return (layout || 'list') as RelatedLayout;
  warn(tag, `layout="${clip(layout)}" is not a layout (list, grid or compact); using list.`);
  return 'list';
}

/** Links to the partner's pages when `href-template` makes them, else into the `target` article, else none. */
export function linkMode(tag: string, template: string | undefined, target: ArticleLike | undefined): LinkMode {
  if (template) {
    const problem = !template.includes('{slug}')
      ? 'has no {slug} placeholder; it is ignored. Example: href-template="/blog/{slug}".'
      : !safeHttpUrl(fillTemplate(template, 'slug', 'en'), document.baseURI)
        ? 'does not make http(s) links; it is ignored.'
        : '';
    if (!problem) return { template };
    warn(tag, `href-template="${clip(template)}" ${problem}`);
  }
  if (!target) {
    hint(
      tag,
      'shows titles without links: set href-template="/blog/{slug}" (here or on <recovery-provider>) to link ' +
        'to your pages, or target="#article-id" to open them in a <recovery-article> on this page.',
    );
  }
  return { article: target };
}

export interface PickOptions {
  /** The `for` attribute. */
  own?: string;
  /** The slug the followed article shows. */
  followed?: string;
  /** Whether there is an article element to follow. */
  following: boolean;
  topics?: string;
  exclude?: string;
  limit?: string;
  lang: string;
}

/** The articles to show, from the index's articles, with a message for each option that finds nothing. */
export function picked(tag: string, articles: Entry[], o: PickOptions) {
  const own = o.own?.trim();
  const slug = own || o.followed || undefined;
  // Another language's list includes the English articles not translated yet.
  const index = o.lang === 'en' ? 'index.en.json' : `index.${o.lang}.json or index.en.json`;
  const topics = slugList(o.topics);
  const used = new Set(articles.flatMap((a) => a.topics));
  const unknown = [...topics].filter((t) => !used.has(t));
  if (unknown.length && articles.length) {
    warn(
      tag,
      `topics="${clip(o.topics!)}": no article in ${index} has the topic ${unknown
        .slice(0, 3)
        .map((t) => `"${clip(t)}"`)
        .join(', ')}. ` + `Topics in use: ${[...used].sort().slice(0, 12).join(', ')}.`,
    );
  }
  const result = pick(articles, slug, limitValue(tag, o.limit), slugList(o.exclude), topics);
  if (result.latest && own) {
    const valid = articles.map((a) => a.slug).sort();
    warn(
      tag,
      `for="${clip(own)}" is not an article in ${index}; showing the newest articles instead. ` +
        (valid.length
          ? `Valid slugs include: ${valid.slice(0, 5).join(', ')}${valid.length > 5 ? `, ... (${valid.length} in all)` : ''}.`
          : 'The index has no articles.'),
    );
  } else if (result.latest && !slug && !o.following) {
    hint(
      tag,
      'has no article to relate to (no for="slug" and no <recovery-article> before it), so it shows the newest articles.',
    );
  }
  return result;
}
