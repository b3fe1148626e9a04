import { html, nothing, type PropertyValues } from 'lit';
import { clip } from '../../content/read-document.js';
import { below, heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { safeHttpUrl } from '../../util/validate.js';
import { relFor } from '../../internal/link-rel.js';
import { hint, warn } from '../../internal/warn.js';
import { loadIndex, type Entry } from '../../content/load-index.js';
import { pick, slugList, withEnglish } from './pick.js';
import { relatedMessages } from './related-posts.i18n.js';
import { relatedStyles } from './related-posts.styles.js';

export type RelatedLayout = 'list' | 'grid' | 'compact';
const DEFAULT_LIMIT = 3;
const MAX_LIMIT = 100;
/** How long the list waits for the English index (the fallback) once its own language's has come. */
const ENGLISH_GRACE_MS = 1500;
/** The query parameter that `history` writes and reads: `?article=<slug>`. */
const PARAM = 'article';
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
type ArticleLike = HTMLElement & { slug?: string; focusTitle?: () => void };

/** How items link: to the partner's pages (`template`), into an article on this page, or not at all. */
type LinkMode = { template?: string; article?: ArticleLike };

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
  // analyzer would list it as attributes; whoever changes it asks for a render.
  /** The index asked for, and once read, its articles (or `failed`). */
  private index?: { url: string; articles?: Entry[]; failed?: boolean };
  /** The slug the followed article shows. */
  private followed?: string;
  private readonly i18n = new LocalizeController(this, 'related', relatedMessages);
  private article?: ArticleLike;
  /** The element `target` names, when it names one. */
  private targetArticle?: ArticleLike;
  /** The slug shown before this widget first pushed history, for Back to the first entry. */
  private initialSlug?: string;
  private retried = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
    addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
    removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && this.isConnected && (changed.has('target') || changed.has('for'))) this.attach();
    const url = `${this.settings.contentBase}index.${this.i18n.lang}.json`;
    if (this.index?.url !== url) void this.load(url);
  }

  private async load(url: string): Promise<void> {
    this.index = { url };
    const ready = this.i18n.warm();
    // Another language lists its translations, and the English articles not translated yet.
    const englishUrl = url.replace(/index\.[a-z]+\.json$/, 'index.en.json');
    const english = englishUrl === url ? undefined : loadIndex(englishUrl);
    const result = await loadIndex(url);
    // A slow English index must not hold back the list: show what there is, and add to it later.
    const late = Symbol();
    const more =
      english &&
      (await Promise.race([english, new Promise<symbol>((r) => setTimeout(() => r(late), ENGLISH_GRACE_MS))]));
    await ready;
    // Another language or base was asked for while this one was on its way.
    if (this.index.url !== url) return;
    const show = (extra: Entry[]) => {
      if (result.ok)
        this.index = { url, articles: extra.length ? withEnglish(result.articles, extra) : result.articles };
      else this.index = extra.length ? { url, articles: withEnglish([], extra) } : { url, failed: true };
      this.requestUpdate();
    };
    if (!result.ok) {
      const where = this.contentBase ? `content-base="${clip(this.contentBase)}"` : 'content-base';
      warn(this.localName, `could not read the article index ${url} (${result.detail}); check ${where}.`);
    }
    if (more === late) {
      show([]);
      void english!.then((r) => this.index?.url === url && r.ok && show(r.articles));
    } else show(more && typeof more === 'object' && more.ok ? more.articles : []);
  }

  // ---- Which article to relate to -------------------------------------------------------------

  /** Finds the article to follow and/or open items in, and listens to it. */
  private attach(): void {
    this.detach();
    const root = this.getRootNode() as Document | ShadowRoot;
    const id = this.target?.trim().replace(/^#/, '');
    if (id) {
      this.targetArticle = root.querySelector?.<ArticleLike>(`#${CSS.escape(id)}`) ?? undefined;
      if (!this.targetArticle) {
        if (!this.retried) {
          // The target may come later in the page than this widget: look again once the page is parsed.
          this.retried = true;
          const again = () => this.isConnected && (this.attach(), this.requestUpdate());
          if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', again, { once: true });
          else requestAnimationFrame(again);
          return;
        }
        warn(
          this.localName,
          `target="${clip(this.target!)}" names no element on this page: give your <recovery-article> that id.`,
        );
      }
    }
    // Without `for`, follow the last <recovery-article> before this element in document order.
    const article = (this.article =
      this.targetArticle ??
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
      if (this.history && this.targetArticle && slug && slug !== this.targetArticle.slug) {
        this.initialSlug ??= slugOf(this.targetArticle);
        this.open(this.targetArticle, slug, false);
      }
    }
  }

  private detach(): void {
    this.article?.removeEventListener('recovery-article-load', this.onArticleLoad);
    this.article = this.targetArticle = undefined;
  }

  private follow(slug: string | undefined): void {
    this.followed = slug;
    this.requestUpdate();
  }

  private readonly onArticleLoad = (e: Event) => {
    const slug = (e as CustomEvent<{ slug?: unknown } | undefined>).detail?.slug;
    if (typeof slug === 'string' && slug) this.follow(slug);
  };

  // ---- Links ----------------------------------------------------------------------------------

  private linkMode(): LinkMode {
    const template = this.settings.hrefTemplate;
    if (template) {
      const problem = !template.includes('{slug}')
        ? 'has no {slug} placeholder; it is ignored. Example: href-template="/blog/{slug}".'
        : !safeHttpUrl(fillTemplate(template, 'slug', 'en'), document.baseURI)
          ? 'does not make http(s) links; it is ignored.'
          : '';
      if (!problem) return { template };
      warn(this.localName, `href-template="${clip(template)}" ${problem}`);
    }
    if (!this.targetArticle) {
      hint(
        this.localName,
        'shows titles without links: set href-template="/blog/{slug}" (here or on <recovery-provider>) to link ' +
          'to your pages, or target="#article-id" to open them in a <recovery-article> on this page.',
      );
    }
    return { article: this.targetArticle };
  }

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

  // ---- Options --------------------------------------------------------------------------------

  private limitValue(): number {
    const n = Number(this.limit ?? DEFAULT_LIMIT);
    if (Number.isInteger(n) && n > 0 && n <= MAX_LIMIT) return n;
    // No more than a page can use: limit="2000000" drew that many placeholders in one task.
    const shown = n > MAX_LIMIT ? MAX_LIMIT : DEFAULT_LIMIT;
    warn(
      this.localName,
      `limit="${clip(String(this.limit))}" must be a whole number from 1 to ${MAX_LIMIT}; showing ${shown}.`,
    );
    return shown;
  }

  private layoutValue(): RelatedLayout {
    const layout = this.layout;
    if (!layout || layout === 'list' || layout === 'grid' || layout === 'compact')
      return (layout || 'list') as RelatedLayout;
    warn(this.localName, `layout="${clip(layout)}" is not a layout (list, grid or compact); using list.`);
    return 'list';
  }

  private picked(articles: Entry[]) {
    const tag = this.localName;
    const own = this.for?.trim();
    const slug = own || this.followed || undefined;
    // Another language's list includes the English articles not translated yet.
    const lang = this.i18n.lang;
    const index = lang === 'en' ? 'index.en.json' : `index.${lang}.json or index.en.json`;
    const topics = slugList(this.topics);
    const used = new Set(articles.flatMap((a) => a.topics));
    const unknown = [...topics].filter((t) => !used.has(t));
    if (unknown.length && articles.length) {
      warn(
        tag,
        `topics="${clip(this.topics!)}": no article in ${index} has the topic ${unknown
          .slice(0, 3)
          .map((t) => `"${clip(t)}"`)
          .join(', ')}. ` + `Topics in use: ${[...used].sort().slice(0, 12).join(', ')}.`,
      );
    }
    const result = pick(articles, slug, this.limitValue(), slugList(this.exclude), topics);
    if (result.latest && own) {
      const valid = articles.map((a) => a.slug).sort();
      warn(
        tag,
        `for="${clip(own)}" is not an article in ${index}; showing the newest articles instead. ` +
          (valid.length
            ? `Valid slugs include: ${valid.slice(0, 5).join(', ')}${valid.length > 5 ? `, ... (${valid.length} in all)` : ''}.`
            : 'The index has no articles.'),
      );
    } else if (result.latest && !slug && !this.article) {
      hint(
        tag,
        'has no article to relate to (no for="slug" and no <recovery-article> before it), so it shows the newest articles.',
      );
    }
    return result;
  }

  // ---- Rendering ------------------------------------------------------------------------------

  private renderItem(a: Entry, mode: LinkMode, level: HeadingLevel, compact: boolean) {
    const t = this.i18n;
    // An untranslated article: its title and summary are English text, and the list says so. Its
    // `{lang}` link stays in the page's language: <recovery-article> there shows the English text
    // with a note, and the visitor keeps the site in their language.
    const lang = a.fallback && a.fallback !== t.lang ? a.fallback : undefined;
    const href = mode.template
      ? safeHttpUrl(fillTemplate(mode.template, a.slug, t.lang), document.baseURI)
      : mode.article && pageUrlWith(a.slug);
    const link = (content: unknown) =>
      href
        ? html`<a part="read-more" href=${href} rel=${relFor(href)} hreflang=${lang ?? nothing} @click=${this.choose(mode.article, a.slug)}>${content}</a>`
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
  private renderPlaceholder() {
    const item = html`<li part="item"><span class="bar title"></span><span class="bar"></span><span class="bar short"></span></li>`;
    return html`<p part="status" role="status" class="visually-hidden">${this.i18n.t('loading')}</p><ul part="list placeholder" aria-hidden="true">${Array.from(
      { length: this.limitValue() },
      () => item,
    )}</ul>`;
  }

  protected override render() {
    const t = this.i18n;
    const level = headingLevel(this.localName, this.headingLevel);
    const layout = this.layoutValue();
    const { articles, failed } = this.index ?? {};
    let title = t.t('heading');
    let body: unknown = this.renderPlaceholder();
    if (failed) body = html`<p part="status">${t.t('error')}</p>`;
    else if (articles) {
      const { latest, items } = this.picked(articles);
      if (latest) title = t.t('latestHeading');
      if (items.length) {
        const mode = this.linkMode();
        body = html`<ul part="list">${items.map((a) => this.renderItem(a, mode, level, layout === 'compact'))}</ul>`;
      } else body = html`<p part="status">${t.t('empty')}</p>`;
    }
    return html`<section part="base" class="${this.rootClass} layout-${layout}" lang=${t.lang}>${heading(
      level,
      this.heading?.trim() ? this.heading : title,
      'heading',
    )}${body}</section>`;
  }
}

/**
 * `{slug}` URL-encoded, so a hostile slug can never add a scheme, path or query of its own (slugs
 * from the index are well-formed text, which `encodeURIComponent` never throws on); `{lang}` is
 * `en` or `es`.
 */
const fillTemplate = (template: string, slug: string, lang: string): string =>
  template.split('{slug}').join(encodeURIComponent(slug)).split('{lang}').join(lang);

/** This page's URL with `?article=<slug>`, keeping the page's other parameters (URLSearchParams encodes any text). */
function pageUrlWith(slug: string): string {
  const url = new URL(location.href);
  url.searchParams.set(PARAM, slug);
  url.hash = '';
  return url.href;
}
