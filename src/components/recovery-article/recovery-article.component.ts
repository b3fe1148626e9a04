import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ArticleDocument, Block, Inline, Reference } from '../../content/document-types.js';
import { countWords, SLUG } from '../../content/read-document.js';
import { below, heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { safeHttpUrl } from '../../internal/validate.js';
import { error, hint, warn } from '../../internal/warn.js';
import { articleJsonLd, placeJsonLd } from './json-ld.js';
import { loadSlug, loadSrc, type ArticleFailure, type LoadResult } from './load-article.js';
import { articleMessages } from './recovery-article.i18n.js';
import { articleStyles } from './recovery-article.styles.js';

export type { ArticleFailure } from './load-article.js';

export interface ArticleLoadDetail {
  slug: string;
  /** The language of the text shown (`en` when a translation was missing). */
  language: string;
  title: string;
}

export interface ArticleErrorDetail {
  slug: string;
  reason: ArticleFailure;
}

declare module '../../internal/recovery-element.js' {
  interface RecoveryEventMap {
    'recovery-article-load': ArticleLoadDetail;
    'recovery-article-error': ArticleErrorDetail;
  }
}

type View =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded'; doc: ArticleDocument; fallback: boolean }
  | { kind: 'failed'; reason: ArticleFailure };

/** Text sizes offered by the A−/A+ buttons, as multiples of the page's size. */
const SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;
const DEFAULT_SCALE = 1;

/**
 * An article from the Recovery Widgets collection (or the partner's own, in the same format), with
 * its dates, sections, citations and references, a table of contents, reading time, a text-size
 * control and sharing. Text is rendered through templates only: nothing in an article file can run
 * or become markup.
 *
 * The language comes from the element's own `lang` or the nearest ancestor's (`en` or `es`); an
 * article not yet translated is shown in English with a note. Article data is read from
 * `${content-base}${lang}/${slug}.json`; `src` reads a partner's own file in the same format.
 *
 * Search engines: the article is drawn in the shadow DOM. Googlebot renders pages and flattens
 * shadow DOM into the text it indexes, but other crawlers read only the page's own HTML. So the
 * element also puts schema.org JSON-LD (`Article`, or `MedicalWebPage` with `lastReviewed` and
 * `reviewedBy` for a reviewed article) in its LIGHT DOM as `<script type="application/ld+json">`,
 * carrying the headline, description, dates, language, author, publisher and citations. On pages
 * that enforce Trusted Types, that script is created through a policy named `recovery-widgets`,
 * which the page's CSP must allow (`trusted-types lit-html recovery-widgets`); without it the
 * article still renders, only the structured data is left out (with a console warning).
 *
 * @tagname recovery-article
 * @summary An article with dates, citations, references, contents, text size and sharing.
 *
 * @fires recovery-article-load - An article is shown. `detail`: `slug`, `language` (of the text shown), `title`.
 * @fires recovery-article-error - An article could not be shown. `detail`: `slug`, `reason` (`not-found`, `network` or `invalid`).
 *
 * @csspart base - The block around everything.
 * @csspart header - The title, description, meta line and tools.
 * @csspart title - The article's title.
 * @csspart description - The summary under the title.
 * @csspart meta - The author, dates, review and reading time line.
 * @csspart reading-time - The reading time.
 * @csspart note - The note shown when the article is not available in the reader's language.
 * @csspart controls - The text-size and share tools.
 * @csspart control - Each tool button (also `control-smaller`, `control-larger`, `control-share`).
 * @csspart status - The polite status line (text size, "Link copied").
 * @csspart share-fallback - The selectable link shown when copying is not possible.
 * @csspart toc - The table of contents.
 * @csspart toc-heading - The table of contents' heading.
 * @csspart body - The article text.
 * @csspart heading - Each section heading in the text.
 * @csspart link - Each outbound link in the text.
 * @csspart article-link - Each link to another article.
 * @csspart citation - Each `[n]` citation marker.
 * @csspart references - The references section.
 * @csspart references-heading - The references section's heading.
 * @csspart reference - Each reference.
 * @csspart back-link - The link from a reference back to its first citation.
 * @csspart footer - The source and attribution footer.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart message - The message shown when an article cannot be shown.
 * @csspart retry - The "Try again" button.
 *
 * @cssprop --recovery-color-primary - Links and buttons. Light #0b5394, dark #9ccaff.
 * @cssprop --recovery-color-text - Body text.
 * @cssprop --recovery-color-muted - Dates and secondary text.
 * @cssprop --recovery-color-surface - Background.
 * @cssprop --recovery-color-surface-alt - Quotes, the contents box and the loading placeholder.
 * @cssprop --recovery-color-border - Borders.
 * @cssprop --recovery-color-focus - The focus ring.
 * @cssprop --recovery-radius - Corner radius. Default 8px.
 * @cssprop --recovery-font-family - Font. Default: inherited from the page.
 * @cssprop --recovery-heading-font-family - Headings' font. Default: the body font.
 * @cssprop --recovery-article-max-width - The text column's width. Default 42rem.
 * @cssprop --recovery-article-min-height - Space kept while loading, so the page does not jump. Default 24rem.
 * @cssprop --recovery-article-title-size - The title's size. Default 2em.
 * @cssprop --recovery-article-padding - The block's inner spacing. Default 1em to 1.5em, by screen width.
 */
export class RecoveryArticle extends RecoveryElement {
  static override styles = [sharedStyles, articleStyles];
  static override properties = {
    slug: { reflect: true },
    src: {},
    headingLevel: { attribute: 'heading-level' },
    toc: { type: Boolean },
    readingTime: { type: Boolean, attribute: 'reading-time' },
    loadTimeout: { attribute: false },
    view: { state: true, attribute: false },
    scale: { state: true, attribute: false },
    status: { state: true, attribute: false },
    shareUrl: { state: true, attribute: false },
  };

  /** The article to show, e.g. `you-cant-do-recovery-alone`, read from `content-base`. */
  slug?: string;
  /** The URL of an article JSON file in the same format (your own content); wins over `slug`. */
  src?: string;
  /** The level of the article's title (2-6); sections are one level below. Default 2. */
  headingLevel?: string;
  /** Shows a table of contents of the sections. */
  toc = false;
  /** Shows the estimated reading time. */
  readingTime = false;

  private view: View = { kind: 'idle' };
  private scale = DEFAULT_SCALE;
  private status = '';
  /** The link to share, shown in a field when neither sharing nor copying is possible. */
  private shareUrl = '';

  private readonly i18n = new LocalizeController(this, articleMessages);
  /** What was last asked for; `undefined` until the first update, so an empty element hints once. */
  private requestKey?: string;
  private controller?: AbortController;
  private generation = 0;
  /** Milliseconds to wait for an article before offering Try again (a property, for slow hosts and tests). Default 15000. */
  loadTimeout = 15000;
  private focusTitleAfterLoad = false;
  private jsonLd?: unknown;
  /** The numbers already cited during this render: the first citation of each gets the anchor. */
  private cited = new Set<number>();

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    if (this.view.kind === 'loaded' && this.jsonLd) placeJsonLd(this, this.jsonLd);
    else {
      this.requestKey = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    placeJsonLd(this, undefined);
  }

  /**
   * Starts a load before rendering (not after), so the placeholder is part of this render rather
   * than a second update. The localizer already knows the language here: it re-reads it whenever a
   * `lang` attribute changes, before asking for the update.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = this.wanted();
    if (key !== this.requestKey) {
      this.requestKey = key;
      void this.load();
    }
  }

  /** What should be on screen, as a key: a change in slug, src, language or base means a new load. */
  private wanted(): string {
    if (this.src) return `src ${this.src} ${this.settings.contentBase}`;
    if (this.slug) return `slug ${this.settings.contentBase} ${this.i18n.lang} ${this.slug}`;
    return '';
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    this.setJsonLd(undefined);
    this.status = '';
    this.shareUrl = '';
    const slug = this.slug?.trim() ?? '';
    const src = this.src?.trim();

    let result: LoadResult;
    if (src) {
      const url = safeHttpUrl(src);
      if (!url) {
        warn(this.localName, `src="${clip(src)}" is not an http(s) URL; nothing is loaded.`);
        return this.fail(slug, 'invalid');
      }
      result = await this.attempt(() => loadSrc(url, controller.signal), url, controller);
    } else if (slug) {
      if (!SLUG.test(slug)) {
        error(this.localName, `slug="${clip(slug)}" is not a slug (lowercase letters, digits and hyphens).`);
        return this.fail(slug, 'not-found');
      }
      const base = this.settings.contentBase;
      result = await this.attempt(() => loadSlug(base, this.i18n.lang, slug, controller.signal), base, controller);
    } else {
      this.view = { kind: 'idle' };
      hint(this.localName, 'has no slug or src yet, so it shows a placeholder. Add slug="..." (an article of the collection) or src="..." (your own article JSON).');
      return;
    }
    // A newer request (another slug or language) started while this one was on its way.
    if (generation !== this.generation || !this.isConnected) return;

    if (!result.ok) {
      const what = src ? `src="${clip(src)}"` : `slug="${slug}"`;
      if (result.reason === 'not-found') error(this.localName, `${what} was not found: ${result.detail}.`);
      else if (result.reason === 'network') error(this.localName, `${what} could not be loaded (${result.detail}); the visitor can try again.`);
      else error(this.localName, `${what} could not be shown: ${result.detail}.`);
      return this.fail(slug, result.reason);
    }

    const { doc, problems, fallback } = result;
    if (problems.length) {
      const shown = problems.slice(0, 6).join('; ');
      warn(
        this.localName,
        `the article from ${src ? `src="${clip(src)}"` : `slug="${slug}"`} has parts that cannot be shown safely: ${shown}` +
          `${problems.length > 6 ? `; and ${problems.length - 6} more` : ''}.`,
      );
    }
    if (!doc.language) doc.language = fallback ? 'en' : src ? '' : this.i18n.lang;
    if (!doc.slug) doc.slug = slug;
    this.view = { kind: 'loaded', doc, fallback };
    this.setJsonLd(articleJsonLd(doc, this.articleUrl(doc.slug), this.settings.organization));
    await this.updateComplete;
    if (generation !== this.generation) return;
    if (this.focusTitleAfterLoad) {
      this.focusTitleAfterLoad = false;
      this.focusTarget('title');
    }
    this.emit('recovery-article-load', { slug: doc.slug, language: doc.language || this.i18n.lang, title: doc.title });
  }

  /**
   * Runs a load, turning a thrown network failure into a result (and an abort into silence). A
   * server that never answers is given up on after `loadTimeout`, so the visitor gets Try again
   * instead of a placeholder forever.
   */
  private async attempt(run: () => Promise<LoadResult>, where: string, controller: AbortController): Promise<LoadResult> {
    this.view = { kind: 'loading' };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.loadTimeout);
    try {
      return await run();
    } catch (e) {
      if (timedOut) return { ok: false, reason: 'network', detail: `${where} did not answer within ${this.loadTimeout / 1000} s` };
      return { ok: false, reason: 'network', detail: `${where}: ${e instanceof Error ? e.message : String(e)}` };
    } finally {
      clearTimeout(timer);
    }
  }

  private async fail(slug: string, reason: ArticleFailure): Promise<void> {
    const generation = this.generation;
    this.view = { kind: 'failed', reason };
    await this.updateComplete;
    if (generation !== this.generation) return;
    this.emit('recovery-article-error', { slug, reason });
  }

  private setJsonLd(data: unknown): void {
    this.jsonLd = data;
    if (this.isConnected) placeJsonLd(this, data);
  }

  private retry = () => {
    this.focusTitleAfterLoad = true;
    void this.load();
  };

  /** The partner's page for an article, from `href-template`, if there is one and it is http(s). */
  private articleUrl(slug: string): string | undefined {
    const template = this.settings.hrefTemplate;
    if (!template || !slug) return undefined;
    const url = safeHttpUrl(template.split('{slug}').join(encodeURIComponent(slug)));
    if (!url) warn(this.localName, `href-template="${clip(template)}" does not make an http(s) link; article links open here instead.`);
    return url;
  }

  /**
   * Fragment links cannot cross a shadow root, so in-article jumps (contents, citations,
   * back-links) move scroll and focus by hand; the target is focusable only by script.
   */
  private jump = (e: Event) => {
    const id = (e.currentTarget as HTMLElement).dataset.target;
    if (!id) return;
    e.preventDefault();
    this.focusTarget(id);
  };

  private focusTarget(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    if (!target.matches('a[href], button') && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  private openArticle(slug: string) {
    return () => {
      this.focusTitleAfterLoad = true;
      this.src = undefined;
      this.slug = slug;
    };
  }

  /** At either end the button stays focusable (aria-disabled, not disabled), so focus is not lost. */
  private resize(step: number) {
    return () => {
      if (!SCALES[this.scale + step]) return;
      this.scale = Math.max(0, Math.min(SCALES.length - 1, this.scale + step));
      this.status = this.i18n.t('textSize', this.i18n.number(SCALES[this.scale], { style: 'percent' }));
    };
  }

  private share = async () => {
    const doc = this.view.kind === 'loaded' ? this.view.doc : undefined;
    if (!doc) return;
    const url = this.articleUrl(doc.slug) ?? location.href;
    this.status = '';
    this.shareUrl = '';
    const nav = navigator as Navigator & { share?: (data: ShareData) => Promise<void> };
    if (typeof nav.share === 'function') {
      try {
        await nav.share({ title: doc.title, text: doc.description, url });
        return;
      } catch (e) {
        // The visitor closed the share sheet: nothing to do.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.status = this.i18n.t('copied');
    } catch {
      this.shareUrl = url;
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('[part~="share-fallback"] input');
      field?.focus();
      field?.select();
    }
  };

  // ---- rendering -------------------------------------------------------------------------------

  private inline(nodes: Inline[]): unknown[] {
    const t = this.i18n;
    return nodes.map((node) => {
      if (typeof node === 'string') return node;
      switch (node.type) {
        case 'em':
          return html`<em>${this.inline(node.children)}</em>`;
        case 'strong':
          return html`<strong>${this.inline(node.children)}</strong>`;
        case 'link':
          return html`<a part="link" href=${node.href} target="_blank" rel="noopener noreferrer"
            >${this.inline(node.children)}<span class="visually-hidden"> ${t.t('newTab')}</span></a
          >`;
        case 'article-link': {
          const href = this.articleUrl(node.slug);
          return href
            ? html`<a part="article-link" href=${href}>${this.inline(node.children)}</a>`
            : html`<button type="button" class="inline-link" part="article-link" @click=${this.openArticle(node.slug)}>
                ${this.inline(node.children)}
              </button>`;
        }
        case 'cite': {
          const first = !this.cited.has(node.n);
          this.cited.add(node.n);
          return html`<sup
            ><a part="citation" href="#ref-${node.n}" data-target="ref-${node.n}" id=${first ? `cite-${node.n}` : nothing} @click=${this.jump}
              >[<span class="visually-hidden">${t.t('citation')} </span>${node.n}]</a
            ></sup
          >`;
        }
        default:
          return nothing;
      }
    });
  }

  private block(block: Block, level: HeadingLevel): TemplateResult | typeof nothing {
    switch (block.type) {
      case 'heading': {
        const h = block.depth === 1 ? below(level) : below(below(level));
        return heading(h, this.inline(block.children), 'heading', `sec-${block.id}`);
      }
      case 'paragraph':
        return html`<p>${this.inline(block.children)}</p>`;
      case 'quote':
        return html`<blockquote><p>${this.inline(block.children)}</p></blockquote>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${this.inline(item)}</li>`);
        return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
      }
      default:
        return nothing;
    }
  }

  private renderToc(doc: ArticleDocument, level: HeadingLevel) {
    const sections: { id: string; children: Inline[]; sub: { id: string; children: Inline[] }[] }[] = [];
    for (const b of doc.body) {
      if (b.type !== 'heading') continue;
      if (b.depth === 1 || !sections.length) sections.push({ id: b.id, children: b.children, sub: [] });
      else sections[sections.length - 1].sub.push({ id: b.id, children: b.children });
    }
    if (!sections.length) return nothing;
    const link = (s: { id: string; children: Inline[] }) =>
      html`<a href="#sec-${s.id}" data-target="sec-${s.id}" @click=${this.jump}>${this.plain(s.children)}</a>`;
    return html`<nav part="toc" aria-labelledby="toc-heading">
      ${heading(below(level), this.i18n.t('contents'), 'toc-heading', 'toc-heading')}
      <ol>
        ${sections.map(
          (s) => html`<li>
            ${link(s)}${s.sub.length ? html`<ol>${s.sub.map((c) => html`<li>${link(c)}</li>`)}</ol>` : nothing}
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  /** Heading text without its links or citations, for the contents list. */
  private plain(nodes: Inline[]): string {
    return nodes.map((n) => (typeof n === 'string' ? n : 'children' in n ? this.plain(n.children) : '')).join('');
  }

  private renderMeta(doc: ArticleDocument) {
    const t = this.i18n;
    const time = (day: string, text: (d: string) => string) =>
      html`<time datetime=${day}>${text(t.date(day))}</time>`;
    const items = [
      doc.author ? html`<span>${t.t('by', doc.author)}</span>` : undefined,
      doc.published ? time(doc.published, (d) => t.t('published', d)) : undefined,
      doc.updated && doc.updated !== doc.published ? time(doc.updated, (d) => t.t('updated', d)) : undefined,
      doc.reviewed
        ? time(doc.reviewed, (d) => (doc.reviewer ? t.t('reviewedBy', d, doc.reviewer) : t.t('reviewed', d)))
        : undefined,
      this.readingTime
        ? html`<span part="reading-time">${t.t('readingTime', t.number(doc.readingMinutes || Math.max(1, Math.round(countWords(doc) / 200))))}</span>`
        : undefined,
    ].filter(Boolean);
    return items.length ? html`<p part="meta">${items.map((item) => html`<span class="meta-item">${item}</span>`)}</p>` : nothing;
  }

  private renderControls() {
    const t = this.i18n;
    return html`<div part="controls" role="group" aria-label=${t.t('controls')}>
      <button type="button" class="button secondary" part="control control-smaller" aria-disabled=${String(this.scale === 0)} @click=${this.resize(-1)}>
        <span aria-hidden="true">A−</span><span class="visually-hidden">${t.t('smaller')}</span>
      </button>
      <button type="button" class="button secondary" part="control control-larger" aria-disabled=${String(this.scale === SCALES.length - 1)} @click=${this.resize(1)}>
        <span aria-hidden="true">A+</span><span class="visually-hidden">${t.t('larger')}</span>
      </button>
      <button type="button" class="button secondary" part="control control-share" @click=${this.share}>${t.t('share')}</button>
      <span part="status" role="status">${this.status}</span>
      ${this.shareUrl
        ? html`<label part="share-fallback">${t.t('copyThisLink')}
            <input type="url" readonly .value=${this.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          </label>`
        : nothing}
    </div>`;
  }

  private renderReference(ref: Reference) {
    const t = this.i18n;
    const parts = [ref.authors, ref.year ? String(ref.year) : undefined].filter(Boolean).join(', ');
    return html`<li part="reference" id="ref-${ref.n}" value=${ref.n}>
      ${parts ? html`${parts}. ` : nothing}<cite>${ref.title}</cite>${ref.publisher ? html`. ${ref.publisher}` : nothing}.
      ${ref.url
        ? html`<a class="ref-url" href=${ref.url} target="_blank" rel="noopener noreferrer"
            >${ref.url}<span class="visually-hidden"> ${t.t('newTab')}</span></a
          >`
        : nothing}
      ${this.cited.has(ref.n)
        ? html`<a part="back-link" href="#cite-${ref.n}" data-target="cite-${ref.n}" @click=${this.jump}
            ><span aria-hidden="true">↩</span><span class="visually-hidden">${t.t('backToCitation', ref.n)}</span></a
          >`
        : nothing}
    </li>`;
  }

  private renderFooter(doc: ArticleDocument) {
    const t = this.i18n;
    const { name, url } = doc.source;
    if (!name && !url) return nothing;
    const label = name ? t.t('source', name) : t.t('sourceUnnamed');
    return html`<footer part="footer">
      ${url
        ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${t.t('newTab')}</span></a>`
        : label}
    </footer>`;
  }

  private renderArticle(doc: ArticleDocument, fallback: boolean) {
    const t = this.i18n;
    const level = headingLevel(this.localName, this.headingLevel);
    this.cited = new Set();
    const body = doc.body.map((b) => this.block(b, level));
    return html`<article part="base" class="${this.rootClass} scale-${this.scale}" lang=${t.lang} aria-labelledby="title">
      <header part="header">
        ${fallback ? html`<p part="note" class="note">${t.t('fallbackNote')}</p>` : nothing}
        <div lang=${doc.language || nothing}>
          ${heading(level, doc.title, 'title', 'title')}
          ${doc.description ? html`<p part="description">${doc.description}</p>` : nothing}
        </div>
        ${this.renderMeta(doc)} ${this.renderControls()}
      </header>
      ${this.toc ? this.renderToc(doc, level) : nothing}
      <div part="body" class="body" lang=${doc.language || nothing}>${body}</div>
      ${doc.references.length
        ? html`<section part="references" aria-labelledby="references-heading">
            ${heading(below(level), t.t('references'), 'references-heading', 'references-heading')}
            <ol lang=${doc.language || nothing}>
              ${doc.references.map((r) => this.renderReference(r))}
            </ol>
          </section>`
        : nothing}
      ${this.renderFooter(doc)}
    </article>`;
  }

  protected override render() {
    const t = this.i18n;
    const view = this.view;
    switch (view.kind) {
      case 'loaded':
        return this.renderArticle(view.doc, view.fallback);
      case 'failed':
        return html`<div part="base" class=${this.rootClass} lang=${t.lang}>
          <div part="message" class="message">
            <p>${view.reason === 'not-found' ? t.t('notFound') : view.reason === 'network' ? t.t('errorNetwork') : t.t('errorInvalid')}</p>
            ${view.reason === 'not-found' && !this.src
              ? nothing
              : html`<button type="button" class="button" part="retry" @click=${this.retry}>${t.t('retry')}</button>`}
          </div>
        </div>`;
      default:
        // Idle (no slug yet) looks like loading: a partner that sets the slug from script gets no jump.
        return html`<div part="base" class=${this.rootClass} lang=${t.lang}>
          <div part="skeleton" class="skeleton" aria-busy="true">
            <span class="visually-hidden" role="status">${view.kind === 'loading' ? t.t('loading') : ''}</span>
            <span class="bar title"></span><span class="bar"></span><span class="bar"></span><span class="bar short"></span>
          </div>
        </div>`;
    }
  }
}

function clip(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
