import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ContentIndex, IndexEntry } from '../../content/index-types.js';
import { below, heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { safeHttpUrl } from '../../internal/validate.js';
import { hint, warn } from '../../internal/warn.js';
import { loadIndex, wellFormed, type IndexResult } from './load-index.js';
import { pick, slugList, type Picked } from './pick.js';
import { relatedMessages } from './related-posts.i18n.js';
import { relatedStyles } from './related-posts.styles.js';

export type RelatedLayout = 'list' | 'grid' | 'compact';
const LAYOUTS: readonly RelatedLayout[] = ['list', 'grid', 'compact'];
export const DEFAULT_LIMIT = 3;
/** The query parameter that `history` writes and reads: `?article=<slug>`. */
export const HISTORY_PARAM = 'article';
/** Our key in `history.state`, merged into whatever the page keeps there. */
const STATE_KEY = 'recoveryArticle';

export interface RelatedSelectDetail {
  /** The slug of the article the visitor chose. */
  slug: string;
}

declare module '../../internal/recovery-element.js' {
  interface RecoveryEventMap {
    'recovery-related-select': RelatedSelectDetail;
  }
}

/** What `<related-posts>` needs of an article element: `<recovery-article>` or anything like it. */
type ArticleLike = HTMLElement & { slug?: string };

interface ArticleLoadEvent extends Event {
  detail?: { slug?: unknown };
}

type IndexState =
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; index: ContentIndex }
  | { status: 'error'; url: string };

/** How items link: to the partner's pages, into an article on this page, or not at all. */
type LinkMode = { kind: 'template'; template: string } | { kind: 'target'; article: ArticleLike } | { kind: 'none' };

const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}...` : value);
const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/**
 * More articles to read next: the related list the build computed for an article (curated picks
 * first, then by shared topics and words), from the same content index `<recovery-article>` uses.
 * Give it an article with `for`, or place it after a `<recovery-article>` and it follows whatever
 * that article shows. Items link through `href-template` to the partner's pages, or, with
 * `target`, open in a `<recovery-article>` on the same page without a reload (optionally with
 * browser history).
 *
 * @tagname related-posts
 * @summary A list of related articles, linked to the partner's pages or opened in place.
 *
 * @fires recovery-related-select - A visitor chose an article. `detail.slug` names it. Nothing personal is included.
 *
 * @csspart base - The block around everything.
 * @csspart heading - The heading.
 * @csspart list - The list of articles.
 * @csspart item - Each article.
 * @csspart item-title - Each article's title (a heading one level below the block's).
 * @csspart item-description - Each article's description (not in the compact layout).
 * @csspart item-date - Each article's publication date.
 * @csspart read-more - Each "Read more" link (in the compact layout, the title link).
 * @csspart status - The loading, empty or error message.
 *
 * @cssprop --recovery-color-primary - Links. Light #0b5394, dark #9ccaff.
 * @cssprop --recovery-color-text - Body text.
 * @cssprop --recovery-color-muted - Dates and messages.
 * @cssprop --recovery-color-surface - Background.
 * @cssprop --recovery-color-border - Borders between and around items.
 * @cssprop --recovery-color-focus - The focus ring.
 * @cssprop --recovery-radius - Corner radius of grid cards. Default 8px.
 * @cssprop --recovery-font-family - Font. Default: inherited from the page.
 * @cssprop --recovery-heading-font-family - Headings' font. Default: the body font.
 * @cssprop --recovery-related-posts-gap - Space between items. Default 1em.
 * @cssprop --recovery-related-posts-padding - The block's inner spacing. Default 0.
 * @cssprop --recovery-related-posts-heading-size - The heading's size. Default 1.375em.
 * @cssprop --recovery-related-posts-title-size - Each title's size. Default 1.0625em.
 * @cssprop --recovery-related-posts-card-width - The narrowest a grid card gets. Default 16em.
 * @cssprop --recovery-related-posts-card-background - Grid cards' background.
 */
export class RelatedPosts extends RecoveryElement {
  static override styles = [sharedStyles, relatedStyles];
  static override properties = {
    for: {},
    target: {},
    history: { type: Boolean },
    limit: {},
    layout: {},
    exclude: {},
    topics: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** The slug of the article to list related articles for. Without it, follows the `<recovery-article>` before it (or `target`). */
  for?: string;
  /** `#id` of a `<recovery-article>` on the page: items open in it without a page reload, and it is followed when `for` is not set. */
  target?: string;
  /** With `target`, each opened article gets a browser history entry (`?article=<slug>`), so Back returns to the previous one. */
  history = false;
  /** How many articles to show, 1 or more. Default 3. */
  limit?: string;
  /** `list` (the default), `grid` (cards), or `compact` (titles and dates only). */
  layout?: string;
  /** Slugs never to show, separated by spaces or commas. */
  exclude?: string;
  /** Only show articles with one of these topics (slugs from the topic list, separated by spaces or commas). */
  topics?: string;
  /** The heading's text. Default "Related articles" (localized). */
  heading?: string;
  /** The level of the block's heading (2-6), to fit the host page's outline; item titles are one level below. Default 2. */
  headingLevel?: string;

  // Internal state is kept out of `static properties` (even as `state: true`), because the manifest
  // analyzer would list it as attributes; setters ask for a render instead.
  private indexStateValue?: IndexState;
  private followedSlugValue?: string;

  private get indexState(): IndexState | undefined {
    return this.indexStateValue;
  }
  private set indexState(value: IndexState | undefined) {
    this.indexStateValue = value;
    this.requestUpdate();
  }

  /** The slug the followed article shows. */
  private get followedSlug(): string | undefined {
    return this.followedSlugValue;
  }
  private set followedSlug(value: string | undefined) {
    if (value === this.followedSlugValue) return;
    this.followedSlugValue = value;
    this.requestUpdate();
  }

  private readonly i18n = new LocalizeController(this, relatedMessages);
  private article?: ArticleLike;
  /** The element `target` names, when it names one. */
  private targetArticle?: ArticleLike;
  /** The slug shown before this widget first pushed history, for Back to the first entry. */
  private initialSlug?: string;
  private retried = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && this.isConnected && (changed.has('target') || changed.has('for'))) this.attach();
    const url = `${this.settings.contentBase}index.${this.i18n.lang}.json`;
    if (this.indexState?.url !== url) this.load(url);
  }

  private async load(url: string): Promise<void> {
    this.indexState = { status: 'loading', url };
    const result: IndexResult = await loadIndex(url, this.i18n.lang);
    // Another language or base was asked for while this one was on its way.
    if (this.indexState?.url !== url) return;
    if (result.ok) {
      this.indexState = { status: 'ready', url, index: result.index };
    } else {
      const where = this.contentBase ? `content-base="${clip(this.contentBase)}"` : 'content-base';
      warn(this.localName, `could not read the article index ${url} (${result.detail}); check ${where}. Showing a short message instead of the list.`);
      this.indexState = { status: 'error', url };
    }
  }

  // ---- Which article to relate to -------------------------------------------------------------

  /** Finds the article to follow and/or open items in, and listens to it. */
  private attach(): void {
    this.detach();
    const root = this.getRootNode() as Document | ShadowRoot;
    const id = this.target?.trim().replace(/^#/, '');
    if (id) {
      this.targetArticle = (root.querySelector?.(`#${CSS.escape(id)}`) as ArticleLike | null) ?? undefined;
      if (!this.targetArticle && !this.retried) {
        // The target may come later in the page than this widget: look again once the page is parsed.
        this.retried = true;
        const again = () => this.isConnected && (this.attach(), this.requestUpdate());
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', again, { once: true });
        else requestAnimationFrame(again);
        return;
      }
      if (!this.targetArticle) {
        warn(this.localName, `target="${clip(this.target!)}" names no element on this page; items cannot open in an article. Give your <recovery-article> that id.`);
      }
    }
    this.article = this.targetArticle ?? (this.for?.trim() ? undefined : this.precedingArticle(root));
    if (this.article) {
      this.article.addEventListener('recovery-article-load', this.onArticleLoad);
      this.followedSlug = this.article.slug ?? this.article.getAttribute('slug') ?? undefined;
      this.restoreFromUrl();
    }
  }

  private detach(): void {
    this.article?.removeEventListener('recovery-article-load', this.onArticleLoad);
    this.article = undefined;
    this.targetArticle = undefined;
  }

  /** The last `<recovery-article>` before this element in document order. */
  private precedingArticle(root: Document | ShadowRoot): ArticleLike | undefined {
    const all = Array.from(root.querySelectorAll<ArticleLike>('recovery-article'));
    return all.filter((a) => a.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
  }

  private readonly onArticleLoad = (e: Event) => {
    const slug = (e as ArticleLoadEvent).detail?.slug;
    if (typeof slug === 'string' && slug) this.followedSlug = slug;
  };

  /** The slug this widget relates to: `for`, else the followed article's. */
  private get sourceSlug(): string | undefined {
    return this.for?.trim() || this.followedSlug || undefined;
  }

  // ---- Links ----------------------------------------------------------------------------------

  private linkMode(): LinkMode {
    const template = this.settings.hrefTemplate;
    if (template) {
      if (!template.includes('{slug}')) {
        warn(this.localName, `href-template="${clip(template)}" has no {slug} placeholder, so it cannot link to an article; it is ignored. Example: href-template="/blog/{slug}".`);
      } else if (!safeHttpUrl(fillTemplate(template, 'slug', 'en'))) {
        warn(this.localName, `href-template="${clip(template)}" does not make http(s) links; it is ignored.`);
      } else {
        return { kind: 'template', template };
      }
    }
    if (this.targetArticle) return { kind: 'target', article: this.targetArticle };
    hint(
      this.localName,
      'neither href-template nor target is set, so the related articles are shown without links. Set ' +
        'href-template="/blog/{slug}" (here or on <recovery-provider>) to link to your pages, or ' +
        'target="#article-id" to open them in a <recovery-article> on this page.',
    );
    return { kind: 'none' };
  }

  private hrefFor(mode: LinkMode, slug: string): string | undefined {
    if (mode.kind === 'template') return safeHttpUrl(fillTemplate(mode.template, slug, this.i18n.lang));
    if (mode.kind === 'target') return pageUrlWith(slug);
    return undefined;
  }

  private choose(mode: LinkMode, slug: string) {
    return (e: MouseEvent) => {
      this.emit('recovery-related-select', { slug });
      // A middle or modified click keeps the browser's own behavior (a new tab at ?article=slug).
      if (mode.kind !== 'target' || e.defaultPrevented || !isPlainClick(e)) return;
      e.preventDefault();
      this.focusWhenLoaded(mode.article);
      this.open(mode.article, slug, true);
    };
  }

  /** Shows `slug` in the article, with a history entry when asked for. */
  private open(article: ArticleLike, slug: string, push: boolean): void {
    if (push && this.history) {
      const state = (history.state ?? {}) as Record<string, unknown>;
      const current = article.slug || article.getAttribute('slug') || undefined;
      if (state[STATE_KEY] === undefined && current) {
        // Mark the entry we leave, so Back to it shows the article it showed.
        this.initialSlug ??= current;
        history.replaceState({ ...state, [STATE_KEY]: current }, '');
      }
      history.pushState({ ...state, [STATE_KEY]: slug }, '', pageUrlWith(slug));
    }
    article.slug = slug;
    if (article === this.article) this.followedSlug = slug;
    article.scrollIntoView?.({ block: 'start' });
  }

  /**
   * After a visitor opens an article from the list, focus goes to that article once it is shown,
   * so keyboard and screen-reader users land on what they asked for instead of a list that changed
   * under them. An article element may offer `focusTitle()`; otherwise its host takes focus.
   */
  private focusWhenLoaded(article: ArticleLike): void {
    const focus = () => {
      const own = (article as ArticleLike & { focusTitle?: () => void }).focusTitle;
      if (typeof own === 'function') return own.call(article);
      if (!article.hasAttribute('tabindex')) article.setAttribute('tabindex', '-1');
      article.focus({ preventScroll: true });
    };
    const done = () => {
      article.removeEventListener('recovery-article-load', onLoad);
      article.removeEventListener('recovery-article-error', done);
    };
    const onLoad = () => (done(), focus());
    article.addEventListener('recovery-article-load', onLoad);
    // An article that fails shows its own message; focus must not jump there on some later load.
    article.addEventListener('recovery-article-error', done);
  }

  private readonly onPopState = (e: PopStateEvent) => {
    if (!this.history || !this.targetArticle) return;
    const fromState = (e.state as Record<string, unknown> | null)?.[STATE_KEY];
    const slug = typeof fromState === 'string' ? fromState : new URL(location.href).searchParams.get(HISTORY_PARAM) ?? this.initialSlug;
    if (slug && slug !== this.targetArticle.slug) this.open(this.targetArticle, slug, false);
  };

  /** With `history`, a page opened at `?article=<slug>` (a reload, a shared link) shows that article. */
  private restoreFromUrl(): void {
    if (!this.history || !this.targetArticle) return;
    const slug = new URL(location.href).searchParams.get(HISTORY_PARAM);
    if (slug && slug !== this.targetArticle.slug) {
      this.initialSlug ??= this.targetArticle.slug || this.targetArticle.getAttribute('slug') || undefined;
      this.open(this.targetArticle, slug, false);
    }
  }

  // ---- Options --------------------------------------------------------------------------------

  private limitValue(): number {
    if (this.limit === undefined || this.limit === null) return DEFAULT_LIMIT;
    const n = Number(String(this.limit).trim());
    if (String(this.limit).trim() !== '' && Number.isInteger(n) && n >= 1) return n;
    warn(this.localName, `limit="${clip(String(this.limit))}" must be a whole number of 1 or more; showing ${DEFAULT_LIMIT}.`);
    return DEFAULT_LIMIT;
  }

  private layoutValue(): RelatedLayout {
    if (!this.layout) return 'list';
    if ((LAYOUTS as readonly string[]).includes(this.layout)) return this.layout as RelatedLayout;
    warn(this.localName, `layout="${clip(this.layout)}" is not a layout (list, grid or compact); using list.`);
    return 'list';
  }

  private picked(index: ContentIndex): Picked {
    const slug = this.sourceSlug;
    const topics = slugList(this.topics);
    if (topics.size && index.articles.length) {
      const used = new Set(index.articles.flatMap((a) => a.topics));
      const unknown = [...topics].filter((t) => !used.has(t));
      if (unknown.length) {
        warn(
          this.localName,
          `topics="${clip(this.topics!)}": no article in index.${this.i18n.lang}.json has the topic ${unknown.slice(0, 3).map((t) => `"${clip(t)}"`).join(', ')}. ` +
            `Topics in use: ${[...used].sort().slice(0, 12).join(', ')}.`,
        );
      }
    }
    const result = pick(index, slug, { limit: this.limitValue(), exclude: slugList(this.exclude), topics });
    if (result.kind === 'latest' && slug) {
      if (this.for?.trim()) {
        const valid = index.articles.map((a) => a.slug).sort();
        const some = valid.slice(0, 5).join(', ') + (valid.length > 5 ? `, ... (${valid.length} in all)` : '');
        warn(
          this.localName,
          `for="${clip(slug)}" is not an article in index.${this.i18n.lang}.json; showing the newest articles instead. ` +
            (valid.length ? `Valid slugs include: ${some}.` : 'The index has no articles.'),
        );
      }
    } else if (result.kind === 'latest' && !this.article && !this.for?.trim()) {
      hint(
        this.localName,
        'has no article to relate to (no for="slug" and no <recovery-article> before it), so it shows the newest articles.',
      );
    }
    return result;
  }

  // ---- Rendering ------------------------------------------------------------------------------

  private renderItem(a: IndexEntry, mode: LinkMode, level: HeadingLevel, compact: boolean): TemplateResult {
    const t = this.i18n;
    const href = this.hrefFor(mode, a.slug);
    const link = (content: unknown) =>
      href
        ? html`<a part="read-more" class=${compact ? 'title-link' : nothing} href=${href} @click=${this.choose(mode, a.slug)}>${content}</a>`
        : nothing;
    const title = compact && href ? link(a.title) : a.title;
    return html`<li part="item">
      ${heading(below(level), title, 'item-title')}
      ${!compact && a.description ? html`<p part="item-description">${a.description}</p>` : nothing}
      ${a.published ? html`<p part="item-date"><time datetime=${a.published}>${t.date(a.published)}</time></p>` : nothing}
      ${compact ? nothing : link(html`${t.t('readMore')}<span class="visually-hidden">${t.t('about', a.title)}</span>`)}
    </li>`;
  }

  protected override render() {
    const t = this.i18n;
    const level = headingLevel(this.localName, this.headingLevel);
    const layout = this.layoutValue();
    const state = this.indexState;
    let title = t.t('heading');
    let body: unknown;
    if (!state || state.status === 'loading') {
      body = html`<p part="status" role="status">${t.t('loading')}</p>`;
    } else if (state.status === 'error') {
      body = html`<p part="status">${t.t('error')}</p>`;
    } else {
      const picked = this.picked(state.index);
      if (picked.kind === 'latest') title = t.t('latestHeading');
      if (!picked.items.length) {
        body = html`<p part="status">${t.t('empty')}</p>`;
      } else {
        const mode = this.linkMode();
        body = html`<ul part="list">
          ${picked.items.map((a) => this.renderItem(a, mode, level, layout === 'compact'))}
        </ul>`;
      }
    }
    const text = this.heading?.trim() ? this.heading : title;
    return html`<section part="base" class="${this.rootClass} layout-${layout}" lang=${t.lang}>
      ${heading(level, text, 'heading')} ${body}
    </section>`;
  }
}

/** `{slug}` URL-encoded (a hostile slug can never add a scheme, path or query of its own); `{lang}` too. */
export function fillTemplate(template: string, slug: string, lang: string): string {
  return template.split('{slug}').join(encodeURIComponent(wellFormed(slug))).split('{lang}').join(encodeURIComponent(wellFormed(lang)));
}

/** This page's URL with `?article=<slug>`, keeping the page's other parameters. */
function pageUrlWith(slug: string): string {
  const url = new URL(location.href);
  url.searchParams.set(HISTORY_PARAM, wellFormed(slug));
  url.hash = '';
  return url.href;
}
