import { html, nothing } from 'lit';
import type { Entry } from '../../content/load-index.js';
import { below, heading, type HeadingLevel } from '../../internal/heading.js';
import { relFor } from '../../internal/link-rel.js';
import type { LocalizeController } from '../../internal/localize.js';
import { safeHttpUrl } from '../../util/validate.js';
import type { relatedMessages } from './related-posts.i18n.js';

/** The query parameter that `history` writes and reads: `?article=<slug>`. */
export const PARAM = 'article';

/** What `<related-posts>` needs of an article element: `<recovery-article>` or anything like it. */
export type ArticleLike = HTMLElement & { slug?: string; focusTitle?: () => void };

/** How items link: to the partner's pages (`template`), into an article on this page, or not at all. */
export type LinkMode = { template?: string; article?: ArticleLike };

type RelatedLocalizer = LocalizeController<typeof relatedMessages>;

/**
 * `{slug}` URL-encoded, so a hostile slug can never add a scheme, path or query of its own (slugs
 * from the index are well-formed text, which `encodeURIComponent` never throws on); `{lang}` is the
 * page's language.
 */
export const fillTemplate = (template: string, slug: string, lang: string): string =>
  template.split('{slug}').join(encodeURIComponent(slug)).split('{lang}').join(lang);

/** This page's URL with `?article=<slug>`, keeping the page's other parameters (URLSearchParams encodes any text). */
export function pageUrlWith(slug: string): string {
  const url = new URL(location.href);
  url.searchParams.set(PARAM, slug);
  url.hash = '';
  return url.href;
}

/**
 * One article of the list: its title (a heading one level below the block's), description, date
 * and "Read more" link (in the compact layout, the title is the link). `choose` handles a click.
 */
export function relatedItem(
  t: RelatedLocalizer,
  a: Entry,
  mode: LinkMode,
  level: HeadingLevel,
  compact: boolean,
  choose: (e: MouseEvent) => void,
) {
  // An untranslated article: its title and summary are English text, and the list says so. Its
  // `{lang}` link stays in the page's language: <recovery-article> there shows the English text
  // with a note, and the visitor keeps the site in their language.
  const lang = a.fallback && a.fallback !== t.lang ? a.fallback : undefined;
  const href = mode.template
    ? safeHttpUrl(fillTemplate(mode.template, a.slug, t.lang), document.baseURI)
    : mode.article && pageUrlWith(a.slug);
  const link = (content: unknown) =>
    href
      ? html`<a part="read-more" href=${href} rel=${relFor(href)} hreflang=${lang ?? nothing} @click=${choose}>${content}</a>`
      : nothing;
  const title = lang ? html`<span lang=${lang}>${a.title}</span>` : a.title;
  return html`<li part="item">${heading(below(level), compact && href ? link(title) : title, 'item-title')}${
    lang ? html`<p part="item-language">${t.t('inEnglish')}</p>` : nothing
  }${!compact && a.description ? html`<p part="item-description" lang=${lang ?? nothing}>${a.description}</p>` : nothing}${a.published ? html`<p part="item-date"><time datetime=${a.published}>${t.date(a.published)}</time></p>` : nothing}${
    compact
      ? nothing
      : link(
          html`${t.t('readMore')}<span class="visually-hidden">${t.t('aboutBefore')}${title}${t.t('aboutAfter')}</span>`,
        )
  }</li>`;
}

/**
 * While the index loads: the list's shapes, so the page doesn't move when the articles arrive,
 * and the message for screen readers.
 */
export function relatedPlaceholder(t: RelatedLocalizer, limit: number) {
  const item = html`<li part="item"><span class="bar title"></span><span class="bar"></span><span class="bar short"></span></li>`;
  return html`<p part="status" role="status" class="visually-hidden">${t.t('loading')}</p><ul part="list placeholder" aria-hidden="true">${Array.from(
    { length: limit },
    () => item,
  )}</ul>`;
}
