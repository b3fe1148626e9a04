import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { checkContentBase, type Entry, loadIndex, MAX_INDEX_ARTICLES } from '../../content/load-index.js';
import { clip } from '../../content/read-document.js';
import { defaultContentBase } from '../../internal/content-base.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { warn } from '../../internal/warn.js';
import { withEnglish } from './pick.js';
import { type ArticleLike, PARAM, pageUrlWith, relatedItem, relatedPlaceholder } from './related-item.js';
import { layoutValue, limitValue, linkMode, picked } from './related-options.js';
import { relatedMessages } from './related-posts.i18n.js';
import { relatedStyles } from './related-posts.styles.js';

export type { RelatedLayout } from './related-options.js';
/** How long the list waits for the English index (the fallback) once its own language's has come. */
const ENGLISH_GRACE_MS = 1500;
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

/** An index as read: its own language's articles (none when it could not be read), and the English ones. */
interface Listing {
  url: string;
  own?: Entry[];
  english: Entry[];
}

const slugOf = (a: ArticleLike) => a.slug || a.getAttribute('slug') || undefined;
const urlSlug = () => new URL(location.href).searchParams.get(PARAM);

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
 * @csspart item-language - "In English", beside an article that has no translation in the page's language yet.
 * @csspart read-more - Each "Read more" link (in the compact layout, the title link).
 * @csspart status - The loading, empty or error message (the loading one is for screen readers only).
 * @csspart placeholder - The list's shapes while the index loads (also `list`, with `item`s).
 *
 * @cssprop [--recovery-color-primary=#0b5394] - Links, buttons and the chosen option.
 * @cssprop [--recovery-color-text=#1d2327] - Text and headings.
 * @cssprop [--recovery-color-muted=#50575e] - Secondary text: dates, hours, notes.
 * @cssprop [--recovery-color-surface=#fff] - The background.
 * @cssprop [--recovery-color-surface-alt=#f3f5f7] - Cards, boxes and loading placeholders.
 * @cssprop [--recovery-color-border=#8c8f94] - Borders, and the edges of form fields.
 * @cssprop [--recovery-color-focus=#0b57d0] - The keyboard focus ring.
 * @cssprop [--recovery-dark-color-primary=the light color, lightened; else #9ccaff] - Dark theme: links, buttons and the chosen option.
 * @cssprop [--recovery-dark-color-text=#e8eaed] - Dark theme: text and headings.
 * @cssprop [--recovery-dark-color-muted=#b6bcc3] - Dark theme: secondary text: dates, hours, notes.
 * @cssprop [--recovery-dark-color-surface=#1b1f24] - Dark theme: the background.
 * @cssprop [--recovery-dark-color-surface-alt=#262b31] - Dark theme: cards, boxes and loading placeholders.
 * @cssprop [--recovery-dark-color-border=#7d848c] - Dark theme: borders, and the edges of form fields.
 * @cssprop [--recovery-dark-color-focus=the light color, lightened; else #a8c7fa] - Dark theme: the keyboard focus ring.
 * @cssprop [--recovery-radius=8px] - Corner radius.
 * @cssprop [--recovery-space-1=0.25em] - Spacing step 1, the smallest: gaps inside a line.
 * @cssprop [--recovery-space-2=0.5em] - Spacing step 2: inside controls and between close items.
 * @cssprop [--recovery-space-3=1em] - Spacing step 3: between blocks and around cards.
 * @cssprop [--recovery-space-4=1.5em] - Spacing step 4: between sections.
 * @cssprop [--recovery-font-family=inherit] - The font. Default: the page's.
 * @cssprop [--recovery-heading-font-family=the body font] - The headings' font.
 * @cssprop [--recovery-related-posts-gap=1em (spacing step 3)] - Space between items.
 * @cssprop [--recovery-related-posts-padding=0] - The block's inner spacing.
 * @cssprop [--recovery-related-posts-heading-size=1.375em] - The heading's size.
 * @cssprop [--recovery-related-posts-title-size=1.0625em] - Each title's size.
 * @cssprop [--recovery-related-posts-card-width=16em] - The narrowest a grid card gets.
 * @cssprop [--recovery-related-posts-card-background=the surface-alt color] - Grid cards' background, in both themes (use `light-dark()` for a dark one).
 * @cssprop [--recovery-related-posts-placeholder-height=7em; 11em in the grid, 1.5em compact] - Each placeholder item's height while the index loads.
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
    followed: { state: true },
    article: { state: true },
    targetArticle: { state: true },
    lateEnglish: { state: true },
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

  /** The slug the followed article shows. */
  private followed?: string;
  /** The article followed (the one `target` names, or the one before this element). */
  private article?: ArticleLike;
  /** The element `target` names, when it names one. */
  private targetArticle?: ArticleLike;
  /** The English articles that arrived after the list was shown, for the index they complete. */
  private lateEnglish?: { url: string; articles: Entry[] };
  private readonly i18n = new LocalizeController(this, 'related', relatedMessages);
  /** The index of the page's language, read again when the language or content-base changes. */
  private readonly index = new Task<[string], Listing>(this, {
    task: ([url], { signal }) => this.load(url, signal),
    args: () => [`${this.settings.contentBase}index.${this.i18n.lang}.json`],
  });
  /** The slug shown before this widget first pushed history, for Back to the first entry. */
  private initialSlug?: string;
  private retried = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
    addEventListener('popstate', this.onPopState);
    // Put back after a read was cut short (removing the element aborts it): read again.
    if (this.hasUpdated && this.index.status !== TaskStatus.COMPLETE) void this.index.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
    removeEventListener('popstate', this.onPopState);
    this.index.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && this.isConnected && (changed.has('target') || changed.has('for'))) this.attach();
  }

  /**
   * Another language lists its translations, and the English articles not translated yet: both
   * indexes are read at once, and a slow English one does not hold the list back (its articles
   * join the list when they come).
   */
  private async load(url: string, signal: AbortSignal): Promise<Listing> {
    const ready = this.i18n.warm();
    const englishUrl = url.replace(/index\.[a-z]+\.json$/, 'index.en.json');
    const english = englishUrl === url ? undefined : loadIndex(englishUrl);
    const result = await loadIndex(url);
    const late = Symbol();
    const more =
      english &&
      (await Promise.race([english, new Promise<symbol>((r) => setTimeout(() => r(late), ENGLISH_GRACE_MS))]));
    await ready;
    signal.throwIfAborted();
    if (!result.ok) {
      const base = this.settings.contentBase;
      warn(
        this.localName,
        `could not read the list of articles: ${result.detail.replace(/\.$/, '')}; ${checkContentBase(base, this.contentBase, base === defaultContentBase())}`,
      );
    }
    for (const [file, r] of [
      [url, result],
      [englishUrl, more],
    ] as const)
      if (r && typeof r === 'object' && r.ok && r.cut)
        warn(
          this.localName,
          `${file} lists more than ${MAX_INDEX_ARTICLES} articles; the other ${r.cut} are left out.`,
        );
    if (more === late) void english!.then((r) => r.ok && (this.lateEnglish = { url, articles: r.articles }));
    const extra = more && typeof more === 'object' && more.ok ? more.articles : [];
    return { url, own: result.ok ? result.articles : undefined, english: extra };
  }

  /** The articles to choose from; `undefined` when there are none to show because nothing could be read. */
  private articlesOf({ url, own, english }: Listing): Entry[] | undefined {
    const extra = english.length ? english : this.lateEnglish?.url === url ? this.lateEnglish.articles : [];
    if (!extra.length) return own;
    return withEnglish(own ?? [], extra);
  }

  // ---- Which article to relate to -------------------------------------------------------------

  /** Finds the article to follow and/or open items in, and listens to it. */
  private attach(): void {
    this.detach();
    const root = this.getRootNode() as Document | ShadowRoot;
    const id = this.target?.trim().replace(/^#/, '');
    const target = id ? (root.querySelector?.<ArticleLike>(`#${CSS.escape(id)}`) ?? undefined) : undefined;
    if (id && !target) {
      if (!this.retried) {
        // The target may come later in the page than this widget: look again once the page is parsed.
        this.retried = true;
        const again = () => this.isConnected && this.attach();
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', again, { once: true });
        else requestAnimationFrame(again);
        return;
      }
      warn(
        this.localName,
        `target="${clip(this.target!)}" names no element on this page: give your <recovery-article> that id.`,
      );
    }
    this.targetArticle = target;
    // Without `for`, follow the last <recovery-article> before this element in document order.
    const article = (this.article =
      target ??
      (this.for?.trim()
        ? undefined
        : Array.from(root.querySelectorAll<ArticleLike>('recovery-article'))
            .filter((a) => a.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING)
            .pop()));
    if (article) {
      article.addEventListener('recovery-article-load', this.onArticleLoad);
      this.follow(slugOf(article));
      // With `history`, a page opened at `?article=<slug>` (a reload, a shared link) shows that article.
      const slug = urlSlug();
      if (this.history && target && slug && slug !== target.slug) {
        this.initialSlug ??= slugOf(target);
        this.open(target, slug, false);
      }
    }
  }

  /** Stops listening; the elements found are kept (no render while away), and found again on return. */
  private detach(): void {
    this.article?.removeEventListener('recovery-article-load', this.onArticleLoad);
  }

  private follow(slug: string | undefined): void {
    this.followed = slug;
  }

  private readonly onArticleLoad = (e: Event) => {
    const slug = (e as CustomEvent<{ slug?: unknown } | undefined>).detail?.slug;
    if (typeof slug === 'string' && slug) this.follow(slug);
  };

  // ---- Links ----------------------------------------------------------------------------------

  private choose(article: ArticleLike | undefined, slug: string) {
    return (e: MouseEvent) => {
      this.emit('recovery-related-select', { slug });
      // A middle or modified click keeps the browser's own behavior (a new tab at ?article=slug).
      if (!article || e.defaultPrevented || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      this.focusWhenLoaded(article);
      this.open(article, slug, true);
    };
  }

  /** Shows `slug` in the article, with a history entry when asked for. */
  private open(article: ArticleLike, slug: string, push: boolean): void {
    if (push && this.history) {
      const state = (history.state ?? {}) as Record<string, unknown>;
      const current = slugOf(article);
      if (state[STATE_KEY] === undefined && current) {
        // Mark the entry we leave, so Back to it shows the article it showed.
        this.initialSlug ??= current;
        history.replaceState({ ...state, [STATE_KEY]: current }, '');
      }
      history.pushState({ ...state, [STATE_KEY]: slug }, '', pageUrlWith(slug));
    }
    article.slug = slug;
    if (article === this.article) this.follow(slug);
    article.scrollIntoView?.({ block: 'start' });
  }

  /**
   * After a visitor opens an article from the list, focus goes to that article once it is shown,
   * so keyboard and screen-reader users land on what they asked for instead of a list that changed
   * under them. An article element may offer `focusTitle()`; otherwise its host takes focus. An
   * article that fails shows its own message; focus must not jump there on some later load.
   */
  private focusWhenLoaded(article: ArticleLike): void {
    const listening = new AbortController();
    const options = { signal: listening.signal };
    article.addEventListener(
      'recovery-article-load',
      () => {
        listening.abort();
        if (typeof article.focusTitle === 'function') return article.focusTitle();
        if (!article.hasAttribute('tabindex')) article.setAttribute('tabindex', '-1');
        article.focus({ preventScroll: true });
      },
      options,
    );
    article.addEventListener('recovery-article-error', () => listening.abort(), options);
  }

  private readonly onPopState = (e: PopStateEvent) => {
    const article = this.targetArticle;
    if (!this.history || !article) return;
    const fromState = (e.state as Record<string, unknown> | null)?.[STATE_KEY];
    const slug = typeof fromState === 'string' ? fromState : (urlSlug() ?? this.initialSlug);
    if (slug && slug !== article.slug) this.open(article, slug, false);
  };

  // ---- Rendering ------------------------------------------------------------------------------

  protected override render() {
    const t = this.i18n;
    const tag = this.localName;
    const level = headingLevel(tag, this.headingLevel);
    const layout = layoutValue(tag, this.layout);
    const listing = this.index.status === TaskStatus.COMPLETE ? this.index.value : undefined;
    const articles = listing && this.articlesOf(listing);
    // A read cut short (the element was removed) is read again when it is back: keep the placeholder.
    const error = this.index.error as Error | undefined;
    const failed = (listing && !articles) || (this.index.status === TaskStatus.ERROR && error?.name !== 'AbortError');
    let title = t.t('heading');
    let body: unknown = relatedPlaceholder(t, limitValue(tag, this.limit));
    if (failed) body = html`<p part="status">${t.t('error')}</p>`;
    else if (articles) {
      const { latest, items } = picked(tag, articles, {
        own: this.for,
        followed: this.followed,
        following: !!this.article,
        topics: this.topics,
        exclude: this.exclude,
        limit: this.limit,
        lang: t.lang,
      });
      if (latest) title = t.t('latestHeading');
      if (items.length) {
        const mode = linkMode(tag, this.settings.hrefTemplate, this.targetArticle);
        const compact = layout === 'compact';
        body = html`<ul part="list">${items.map((a) => relatedItem(t, a, mode, level, compact, this.choose(mode.article, a.slug)))}</ul>`;
      } else body = html`<p part="status">${t.t('empty')}</p>`;
    }
    return html`<section part="base" class="${this.rootClass} layout-${layout}" lang=${t.lang}>${heading(
      level,
      this.heading?.trim() ? this.heading : title,
      'heading',
    )}${body}</section>`;
  }
}
