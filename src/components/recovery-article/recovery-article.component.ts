import { html, nothing, type PropertyValues } from 'lit';
import type { ArticleDocument, Block, Inline, Reference } from '../../content/document-types.js';
import { clip, countWords, SLUG } from '../../content/read-document.js';
import { below, heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { afterPageLoad, nextTask } from '../../util/scheduling.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { safeHttpUrl } from '../../util/validate.js';
import { relFor } from '../../internal/link-rel.js';
import { error, hint, warn } from '../../internal/warn.js';
import { articleJsonLd, placeJsonLd } from './json-ld.js';
import { loadArticle, type ArticleFailure } from '../../content/load-article.js';
import { articleMessages } from './recovery-article.i18n.js';
import { articleStyles } from './recovery-article.styles.js';

export type { ArticleFailure } from '../../content/load-article.js';

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
  /** No slug or src yet: a placeholder, so a slug set from script causes no jump. */
  | { kind: 'idle' }
  /** Still none once the page has loaded: nothing is shown. */
  | { kind: 'unset' }
  | { kind: 'loading' }
  | { kind: 'loaded'; doc: ArticleDocument; fallback: boolean }
  | { kind: 'failed'; reason: ArticleFailure };

/** Text sizes offered by the A−/A+ buttons, as multiples of the page's size (classes `scale-0`..`scale-4`). */
const SCALES = [0.875, 1, 1.125, 1.25, 1.5];

/** Text for screen readers only. */
const sr = (text: unknown) => html`<span class="visually-hidden">${text}</span>`;
/** A symbol that screen readers skip, with its meaning for them. */
const icon = (symbol: string, label: string) => html`<span aria-hidden="true">${symbol}</span>${sr(label)}`;

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
 * @cssprop [--recovery-color-primary=#0b5394] - Links, buttons and the chosen option.
 * @cssprop [--recovery-color-on-primary=#fff] - Text on primary buttons.
 * @cssprop [--recovery-color-text=#1d2327] - Text and headings.
 * @cssprop [--recovery-color-muted=#50575e] - Secondary text: dates, hours, notes.
 * @cssprop [--recovery-color-surface=#fff] - The background.
 * @cssprop [--recovery-color-surface-alt=#f3f5f7] - Cards, boxes and loading placeholders.
 * @cssprop [--recovery-color-border=#8c8f94] - Borders, and the edges of form fields.
 * @cssprop [--recovery-color-focus=#0b57d0] - The keyboard focus ring.
 * @cssprop [--recovery-dark-color-primary=the light color, lightened; else #9ccaff] - Dark theme: links, buttons and the chosen option.
 * @cssprop [--recovery-dark-color-on-primary=#0b1a2a] - Dark theme: text on primary buttons.
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
 * @cssprop [--recovery-article-max-width=42em] - The text column's widest (about 75 characters a line, at any text size).
 * @cssprop [--recovery-article-min-height=24em] - Space kept while loading, so the page does not jump.
 * @cssprop [--recovery-article-title-size=2em] - The title's size.
 * @cssprop [--recovery-article-padding=1em to 1.5em, by screen width] - The block's inner spacing.
 */
export class RecoveryArticle extends RecoveryElement {
  static override styles = [sharedStyles, articleStyles];
  static override properties = {
    slug: { reflect: true },
    src: {},
    headingLevel: { attribute: 'heading-level' },
    toc: { type: Boolean },
    readingTime: { type: Boolean, attribute: 'reading-time' },
    view: { state: true },
    scale: { state: true },
    status: { state: true },
    shareUrl: { state: true },
    shownParts: { state: true },
  };

  /** The article to show, e.g. `you-cant-do-recovery-alone`, read from `content-base`. With neither `slug` nor `src`, the element keeps its space until the page has loaded (for a slug set from script), then shows nothing. */
  slug?: string;
  /** The URL of an article JSON file in the same format (your own content); wins over `slug`. */
  src?: string;
  /** The level of the article's title (2-6); sections are one level below. Default 2. */
  headingLevel?: string;
  /** Shows a table of contents of the sections. */
  toc = false;
  /** Shows the estimated reading time. */
  readingTime = false;
  /** Milliseconds to wait for an article before offering Try again (a property, for slow hosts and tests). Default 15000. */
  loadTimeout = 15000;

  private view: View = { kind: 'idle' };
  /**
   * How many top-level sections are drawn: the first ones in the task the article arrives in,
   * the rest a few per task after it, so a long article is never one long task on a phone.
   */
  private shownParts = Infinity;
  /** Index into SCALES. */
  private scale = 1;
  private status = '';
  /** The link to share, shown in a field when neither sharing nor copying is possible. */
  private shareUrl = '';

  private readonly i18n = new LocalizeController(this, 'article', articleMessages);
  /** What was last asked for; `undefined` until the first update, so an empty element hints once. */
  private requestKey?: string;
  private controller?: AbortController;
  private generation = 0;
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
    placeJsonLd(this);
  }

  /**
   * Starts a load before rendering (not after), so the placeholder is part of this render rather
   * than a second update. The localizer already knows the language here: it re-reads it whenever a
   * `lang` attribute changes, before asking for the update. A change in slug, src, language or
   * base means a new load.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const base = this.settings.contentBase;
    const key = this.src ? `src ${this.src} ${base}` : this.slug ? `slug ${base} ${this.i18n.lang} ${this.slug}` : '';
    if (key !== this.requestKey) {
      this.requestKey = key;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const { signal } = (this.controller = new AbortController());
    const generation = ++this.generation;
    this.setJsonLd(undefined);
    this.status = this.shareUrl = '';
    const tag = this.localName;
    const lang = this.i18n.lang;
    const base = this.settings.contentBase;
    const slug = this.slug?.trim() ?? '';
    const src = this.src?.trim();
    const what = src ? `src="${clip(src, 80)}"` : `slug="${clip(slug, 80)}"`;
    const url = src && safeHttpUrl(src, document.baseURI);

    if (src && !url) {
      warn(tag, `${what} is not an http(s) URL; nothing is loaded.`);
      return this.fail(slug, 'invalid');
    }
    if (!src && !slug) {
      this.view = { kind: 'idle' };
      afterPageLoad(() => {
        // A placeholder that nothing will fill would look broken to a visitor.
        if (this.view.kind === 'idle' && generation === this.generation) this.view = { kind: 'unset' };
      });
      return hint(
        tag,
        'has no slug or src yet: add slug="..." (an article of the collection) or src="..." (your own article JSON).',
      );
    }
    if (!url && !SLUG.test(slug)) {
      error(tag, `${what} is not a slug (lowercase letters, digits and hyphens).`);
      return this.fail(slug, 'not-found');
    }
    this.view = { kind: 'loading' };
    const ready = this.i18n.warm();
    // A missing translation falls back to the English article (shown with a note).
    const result = url
      ? await loadArticle([url], signal, this.loadTimeout)
      : await loadArticle(
          [...new Set([lang, 'en'])].map((l) => `${base}${l}/${slug}.json`),
          signal,
          this.loadTimeout,
          `${base}index.${lang}.json`,
        );
    await ready;
    // Drawn in a task after the one that parsed and checked the document: together they were one
    // of the longest tasks of an article page on a slow phone.
    await nextTask();
    // A newer request (another slug or language) started while this one was on its way.
    if (generation !== this.generation || !this.isConnected) return;

    if (!result.ok) {
      error(tag, `${what} could not be shown: ${result.detail}`);
      return this.fail(slug, result.reason);
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
    this.shownParts = FIRST_PARTS;
    this.view = { kind: 'loaded', doc, fallback };
    this.setJsonLd(articleJsonLd(doc, this.articleUrl(doc.slug), this.settings.organization));
    await this.updateComplete;
    for (const total = chunks(doc.body).length; this.shownParts < total; ) {
      await nextTask();
      if (generation !== this.generation) return;
      this.shownParts += MORE_PARTS;
      await this.updateComplete;
    }
    if (generation !== this.generation) return;
    if (this.focusTitleAfterLoad) {
      this.focusTitleAfterLoad = false;
      this.focusTarget('title');
    }
    this.emit('recovery-article-load', { slug: doc.slug, language: doc.language || lang, title: doc.title });
  }

  private async fail(slug: string, reason: ArticleFailure): Promise<void> {
    const generation = this.generation;
    this.view = { kind: 'failed', reason };
    await this.updateComplete;
    if (generation === this.generation) this.emit('recovery-article-error', { slug, reason });
  }

  private setJsonLd(data: unknown): void {
    this.jsonLd = data;
    if (this.isConnected) placeJsonLd(this, data);
  }

  /** The partner's page for an article, from `href-template`, if there is one and it is http(s). */
  private articleUrl(slug: string): string | undefined {
    const template = this.settings.hrefTemplate;
    if (!template || !slug) return undefined;
    const url = safeHttpUrl(
      template.split('{slug}').join(encodeURIComponent(slug)).split('{lang}').join(this.i18n.lang),
      document.baseURI,
    );
    if (!url)
      warn(
        this.localName,
        `href-template="${clip(template, 80)}" does not make an http(s) link; article links open here instead.`,
      );
    return url;
  }

  /**
   * Fragment links cannot cross a shadow root, so in-article jumps (contents, citations,
   * back-links) move scroll and focus by hand; the target is focusable only by script.
   */
  private jump = (e: Event) => {
    e.preventDefault();
    this.focusTarget((e.currentTarget as HTMLElement).dataset.target!);
  };

  private focusTarget(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) return;
    if (!target.matches('a[href], button') && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  /** Opens an article from this one (with focus on its title), or loads the same one again. */
  private open(slug?: string) {
    return () => {
      this.focusTitleAfterLoad = true;
      if (!slug) return void this.load();
      this.src = undefined;
      this.slug = slug;
    };
  }

  /** At either end the button stays focusable (aria-disabled, not disabled), so focus is not lost. */
  private resize(step: number) {
    return () => {
      if (!SCALES[this.scale + step]) return;
      this.scale += step;
      this.status = this.i18n.t('textSize', { percent: this.i18n.number(SCALES[this.scale], { style: 'percent' }) });
    };
  }

  private share = async () => {
    if (this.view.kind !== 'loaded') return;
    const { title, description: text, slug } = this.view.doc;
    const url = this.articleUrl(slug) ?? location.href;
    this.status = this.shareUrl = '';
    try {
      await navigator.share({ title, text, url });
      return;
    } catch (e) {
      // The visitor closed the share sheet: nothing to do. (No share sheet: copy instead.)
      if ((e as Error).name === 'AbortError') return;
    }
    try {
      await navigator.clipboard.writeText(url);
      this.status = this.i18n.t('copied');
    } catch {
      this.shareUrl = url;
      await this.updateComplete;
      const field = this.renderRoot.querySelector('input');
      field?.focus();
      field?.select();
    }
  };

  // ---- rendering -------------------------------------------------------------------------------

  /** An outbound link: a new tab, said so to screen readers, with no opener or referrer. */
  private out(href: string, content: unknown, part?: string) {
    return html`<a part=${part ?? nothing} href=${href} target="_blank" rel="noopener noreferrer">${content}${sr(` ${this.i18n.t('newTab')}`)}</a>`;
  }

  /** A jump to an element of this article (see `jump`). */
  private to(id: string, content: unknown, part?: string, ownId?: string) {
    return html`<a part=${part ?? nothing} id=${ownId ?? nothing} href="#${id}" data-target=${id} @click=${this.jump}>${content}</a>`;
  }

  private inline(nodes: Inline[]): unknown[] {
    return nodes.map((node) => {
      if (typeof node === 'string') return node;
      if (node.type === 'cite') {
        const { n } = node;
        const first = !this.cited.has(n);
        this.cited.add(n);
        const marker = html`[${sr(`${this.i18n.t('citation')} `)}${n}]`;
        return html`<sup>${this.to(`ref-${n}`, marker, 'citation', first ? `cite-${n}` : undefined)}</sup>`;
      }
      const children = this.inline(node.children);
      if (node.type === 'link') return this.out(node.href, children, 'link');
      if (node.type === 'article-link') {
        const href = this.articleUrl(node.slug);
        return href
          ? html`<a part="article-link" href=${href} rel=${relFor(href)}>${children}</a>`
          : html`<button type="button" class="inline-link" part="article-link" @click=${this.open(node.slug)}>${children}</button>`;
      }
      return node.type === 'em' ? html`<em>${children}</em>` : html`<strong>${children}</strong>`;
    });
  }

  private block(block: Block, level: HeadingLevel) {
    if (block.type === 'list') {
      const items = block.items.map((item) => html`<li>${this.inline(item)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    const content = this.inline(block.children);
    if (block.type === 'heading')
      return heading(block.depth === 1 ? below(level) : below(below(level)), content, 'heading', `sec-${block.id}`);
    return block.type === 'quote' ? html`<blockquote><p>${content}</p></blockquote>` : html`<p>${content}</p>`;
  }

  private renderToc(doc: ArticleDocument, level: HeadingLevel) {
    type Section = { id: string; children: Inline[]; sub: Section[] };
    const sections: Section[] = [];
    for (const b of doc.body) {
      if (b.type !== 'heading') continue;
      const section = { id: b.id, children: b.children, sub: [] };
      if (b.depth === 1 || !sections.length) sections.push(section);
      else sections[sections.length - 1].sub.push(section);
    }
    const list = (items: Section[]): unknown =>
      html`<ol>${items.map((s) => html`<li>${this.to(`sec-${s.id}`, this.plain(s.children))}${s.sub.length ? list(s.sub) : nothing}</li>`)}</ol>`;
    return sections.length
      ? html`<nav part="toc" aria-labelledby="toc-heading">${heading(below(level), this.i18n.t('contents'), 'toc-heading', 'toc-heading')} ${list(sections)}</nav>`
      : nothing;
  }

  /** Heading text without its links or citations, for the contents list. */
  private plain(nodes: Inline[]): string {
    return nodes.map((n) => (typeof n === 'string' ? n : 'children' in n ? this.plain(n.children) : '')).join('');
  }

  private renderMeta(doc: ArticleDocument) {
    const t = this.i18n;
    const time = (day: string, text: string) => html`<time datetime=${day}>${text}</time>`;
    const items = [
      doc.author && html`<span>${t.t('by', { author: doc.author })}</span>`,
      doc.published && time(doc.published, t.t('published', { date: t.date(doc.published) })),
      doc.updated && doc.updated !== doc.published && time(doc.updated, t.t('updated', { date: t.date(doc.updated) })),
      doc.reviewed &&
        time(
          doc.reviewed,
          doc.reviewer
            ? t.t('reviewedBy', { date: t.date(doc.reviewed), reviewer: doc.reviewer })
            : t.t('reviewed', { date: t.date(doc.reviewed) }),
        ),
      this.readingTime &&
        html`<span part="reading-time">${t.t('readingTime', { minutes: doc.readingMinutes || Math.max(1, Math.round(countWords(doc) / 200)) })}</span>`,
    ].filter(Boolean);
    return items.length ? html`<p part="meta">${items}</p>` : nothing;
  }

  private renderControls() {
    const t = this.i18n;
    const button = (part: string, label: unknown, click: () => void, disabled?: boolean) =>
      html`<button type="button" class="button secondary" part="control ${part}" aria-disabled=${disabled ?? nothing} @click=${click}>${label}</button>`;
    const size = (sign: string, key: 'smaller' | 'larger', step: number) =>
      button(`control-${key}`, icon(`A${sign}`, t.t(key)), this.resize(step), !SCALES[this.scale + step]);
    const field = html`<label part="share-fallback"
      >${t.t('copyThisLink')} <input type="url" readonly .value=${this.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
    /></label>`;
    return html`<div part="controls" role="group" aria-label=${t.t('controls')}>${size('−', 'smaller', -1)} ${size('+', 'larger', 1)} ${button(
      'control-share',
      t.t('share'),
      this.share,
    )} <span part="status" role="status">${this.status}</span>${this.shareUrl ? field : nothing}</div>`;
  }

  /**
   * Numbered by its place in the list (the reader numbers references 1 to N): a `value` on each
   * item made the browser renumber every later item, quadratic in a file with thousands.
   */
  private renderReference(ref: Reference) {
    const { n, url } = ref;
    const parts = [ref.authors, ref.year].filter(Boolean).join(', ');
    return html`<li part="reference" id="ref-${n}">${parts && `${parts}. `}<cite>${ref.title}</cite>${ref.publisher && `. ${ref.publisher}`}. ${
      url ? this.out(url, url) : nothing
    } ${this.cited.has(n) ? this.to(`cite-${n}`, icon('↩', this.i18n.t('backToCitation', { n })), 'back-link') : nothing}</li>`;
  }

  private renderArticle(doc: ArticleDocument, fallback: boolean) {
    const t = this.i18n;
    const level = headingLevel(this.localName, this.headingLevel);
    const lang = doc.language || nothing;
    const { name, url } = doc.source;
    this.cited = new Set();
    const parts = chunks(doc.body);
    const all = this.shownParts >= parts.length;
    const body = parts
      .slice(0, this.shownParts)
      .map((blocks) => html`<div class="chunk">${blocks.map((b) => this.block(b, level))}</div>`);
    const references = html`<section part="references" aria-labelledby="references-heading">${heading(
      below(level),
      t.t('references'),
      'references-heading',
      'references-heading',
    )}<ol lang=${lang}>${doc.references.map((r) => this.renderReference(r))}</ol></section>`;
    const source = name ? t.t('sourceNamed', { name }) : t.t('source');
    return html`<article part="base" class="${this.rootClass} scale-${this.scale}" lang=${t.lang} aria-labelledby="title"><header part="header">${
      fallback ? html`<p part="note" class="note">${t.t('fallbackNote')}</p>` : nothing
    }<div lang=${lang}>${heading(level, doc.title, 'title', 'title')}${
      doc.description ? html`<p part="description">${doc.description}</p>` : nothing
    }</div>${this.renderMeta(doc)}${this.renderControls()}</header>${this.toc ? this.renderToc(doc, level) : nothing}<div part="body" class="body" lang=${lang}>${body}</div>${
      // After the whole body, which marks the citations they link back to.
      all && doc.references.length ? references : nothing
    }${all && (name || url) ? html`<footer part="footer">${url ? this.out(url, source) : source}</footer>` : nothing}</article>`;
  }

  protected override render() {
    const t = this.i18n;
    const view = this.view;
    if (view.kind === 'loaded') return this.renderArticle(view.doc, view.fallback);
    if (view.kind === 'unset') return nothing;
    // Idle (no slug yet) looks like loading: a partner that sets the slug from script gets no jump.
    const retry = html`<button type="button" class="button" part="retry" @click=${this.open()}>${t.t('retry')}</button>`;
    return html`<div part="base" class=${this.rootClass} lang=${t.lang}>${
      view.kind === 'failed'
        ? html`<div part="message" class="message"><p>${t.t(view.reason)}</p>${view.reason === 'not-found' && !this.src ? nothing : retry}</div>`
        : html`<div part="skeleton" class="skeleton" aria-busy="true"><span class="visually-hidden" role="status">${
            view.kind === 'loading' ? t.t('loading') : ''
          }</span><span class="bar title"></span><span class="bar"></span><span class="bar"></span><span class="bar short"></span></div>`
    }</div>`;
  }
}

const FIRST_PARTS = 2;
const MORE_PARTS = 3;

/**
 * The body in parts, one per top-level section: each is laid out only when near the screen
 * (`content-visibility: auto`), so a long article doesn't cost a phone one long layout.
 */
function chunks(body: ArticleDocument['body']): Array<ArticleDocument['body']> {
  const parts: Array<ArticleDocument['body']> = [];
  for (const block of body) {
    if (!parts.length || (block.type === 'heading' && block.depth === 1)) parts.push([]);
    parts[parts.length - 1].push(block);
  }
  return parts;
}
