import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import type { ArticleDocument } from '../../content/document-types.js';
import type { ArticleFailure } from '../../content/load-article.js';
import { clip } from '../../content/read-document.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { warn } from '../../internal/warn.js';
import { afterPageLoad, nextTask } from '../../util/scheduling.js';
import { safeHttpUrl } from '../../util/validate.js';
import { ArticleText, type ArticleTextHost, chunks, FIRST_PARTS, MORE_PARTS } from './article-body.js';
import { type ArticleRequest, loadOutcome, type Outcome } from './article-loader.js';
import { articleMessage, articlePlaceholder } from './article-states.js';
import { articleTools, SCALES, shareLink } from './article-tools.js';
import { crisisLine } from './crisis-line.js';
import { articleJsonLd, placeJsonLd } from './json-ld.js';
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

/**
 * An article from the Recovery Widgets collection (or the partner's own, in the same format), with
 * its dates, sections, citations and references, a table of contents, reading time, a text-size
 * control and sharing. Text is rendered through templates only: nothing in an article file can run
 * or become markup.
 *
 * Every article opens with one short line for a reader in danger right now: 988 (call or text)
 * and 911 for an emergency, as real `tel:` and `sms:` links (part `crisis`).
 *
 * The language comes from the element's own `lang` or the nearest ancestor's (`en`, `es`, `fr`,
 * `pt`, `zh`, `ar`, or one a language pack adds); an article not yet translated is shown in English
 * with a note. Article data is read from `${content-base}${lang}/${slug}.json` when the language's
 * list, `index.${lang}.json`, names the article, else from `${content-base}en/${slug}.json`; `src`
 * reads a partner's own file in the same format.
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
 * @fires recovery-article-error - An article could not be shown. `detail`: `slug`, `reason`: `not-found`, `network`, `invalid`, or `misconfigured` (neither the article nor the list of articles could be read at `content-base`: the content folder is missing).
 *
 * @csspart base - The block around everything.
 * @csspart header - The title, description, meta line and tools.
 * @csspart title - The article's title.
 * @csspart description - The summary under the title.
 * @csspart meta - The author, dates, review and reading time line.
 * @csspart reading-time - The reading time.
 * @csspart note - The note shown when the article is not available in the reader's language.
 * @csspart crisis - The line after the header, before the text, for a reader in danger right now: 988 (call or text) and 911, as `tel:` and `sms:` links, in the reader's language (also above an article not yet translated). Restyle it freely; hiding it is not supported (its `display`, `visibility` and `opacity` are kept).
 * @csspart crisis-link - Each of its three links.
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
    pageLoaded: { state: true },
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

  /** Set once the page has loaded: an element still without slug or src then takes no space. */
  private pageLoaded = false;
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
  /**
   * The load, run before each render whose request changed (so its placeholder is part of that
   * render): a newer request, or removing the element, aborts the one on its way.
   */
  private readonly task = new Task<ArticleRequest, Outcome>(this, {
    task: (request, { signal }) => this.load(request, signal),
    args: (): ArticleRequest => {
      const src = this.src?.trim();
      const base = this.settings.contentBase;
      return src ? [src, '', base, ''] : ['', this.slug?.trim() ?? '', base, this.i18n.lang];
    },
  });
  /** The outcome whose events were sent (or are being sent, a body drawn a few parts per task). */
  private announced?: Outcome;
  private focusTitleAfterLoad = false;
  private jsonLd?: unknown;
  private readonly textHost: ArticleTextHost = {
    i18n: this.i18n,
    articleUrl: (slug) => this.articleUrl(slug),
    open: (slug) => this.open(slug),
    jump: (e) => this.jump(e),
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    if (this.outcome?.kind === 'loaded') placeJsonLd(this, this.jsonLd);
    // Put back after the load was cut short (or had failed): load again.
    else void this.task.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.task.abort();
    placeJsonLd(this);
  }

  /** The settled outcome of the latest request (none while it is on its way). */
  private get outcome(): Outcome | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  private async load(
    [src, slug, base, lang]: ArticleRequest,
    signal: AbortSignal,
  ): Promise<Outcome | typeof initialState> {
    this.setJsonLd(undefined);
    this.status = this.shareUrl = '';
    // With `src`, a `slug` only names the article in events (changing it loads nothing).
    const request: ArticleRequest = [src, src ? (this.slug?.trim() ?? '') : slug, base, lang];
    const outcome = await loadOutcome(request, signal, {
      tag: this.localName,
      contentBase: this.contentBase,
      timeoutMs: this.loadTimeout,
      ready: () => this.i18n.warm(),
    });
    if (!outcome) {
      // A placeholder that nothing will fill would look broken to a visitor.
      afterPageLoad(() => (this.pageLoaded = true));
      return initialState;
    }
    if (outcome.kind === 'loaded') {
      this.shownParts = FIRST_PARTS;
      this.setJsonLd(articleJsonLd(outcome.doc, this.articleUrl(outcome.doc.slug), this.settings.organization));
    }
    return outcome;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const outcome = this.outcome;
    if (outcome && outcome !== this.announced) void this.announce((this.announced = outcome));
  }

  /**
   * Once an outcome is on screen: a failure is announced; an article is drawn to its end, a few
   * sections per task, then announced (after focus moves to its title, if a visitor opened it).
   */
  private async announce(outcome: Outcome): Promise<void> {
    const current = () => this.outcome === outcome;
    await this.updateComplete;
    if (outcome.kind === 'failed') {
      if (current()) this.emit('recovery-article-error', { slug: outcome.slug, reason: outcome.reason });
      return;
    }
    const { doc } = outcome;
    for (const total = chunks(doc.body).length; this.shownParts < total; ) {
      await nextTask();
      if (!current()) return;
      this.shownParts += MORE_PARTS;
      await this.updateComplete;
    }
    if (!current()) return;
    if (this.focusTitleAfterLoad) {
      this.focusTitleAfterLoad = false;
      this.focusTarget('title');
    }
    this.emit('recovery-article-load', { slug: doc.slug, language: doc.language || this.i18n.lang, title: doc.title });
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
  private jump(e: Event): void {
    e.preventDefault();
    this.focusTarget((e.currentTarget as HTMLElement).dataset.target!);
  }

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
      if (!slug) return void this.task.run();
      this.src = undefined;
      this.slug = slug;
    };
  }

  private resize(step: number) {
    return () => {
      if (!SCALES[this.scale + step]) return;
      this.scale += step;
      this.status = this.i18n.t('textSize', { percent: this.i18n.number(SCALES[this.scale], { style: 'percent' }) });
    };
  }

  private share = async () => {
    const outcome = this.outcome;
    if (outcome?.kind !== 'loaded') return;
    const { title, description: text, slug } = outcome.doc;
    const url = this.articleUrl(slug) ?? location.href;
    this.status = this.shareUrl = '';
    const done = await shareLink({ title, text, url });
    if (done === 'copied') this.status = this.i18n.t('copied');
    if (done !== 'failed') return;
    this.shareUrl = url;
    await this.updateComplete;
    const field = this.renderRoot.querySelector('input');
    field?.focus();
    field?.select();
  };

  // ---- rendering -------------------------------------------------------------------------------

  private renderTools() {
    const { scale, status, shareUrl } = this;
    return articleTools(
      this.i18n,
      { scale, status, shareUrl },
      { resize: (step) => this.resize(step), share: this.share },
    );
  }

  private renderArticle(doc: ArticleDocument, fallback: boolean) {
    const t = this.i18n;
    const text = new ArticleText(this.textHost);
    const level = headingLevel(this.localName, this.headingLevel);
    const lang = doc.language || nothing;
    const parts = chunks(doc.body);
    const all = this.shownParts >= parts.length;
    return html`<article part="base" class="${this.rootClass} scale-${this.scale}" lang=${t.lang} aria-labelledby="title"><header part="header">${
      fallback ? html`<p part="note" class="note">${t.t('fallbackNote')}</p>` : nothing
    }<div lang=${lang}>${heading(level, doc.title, 'title', 'title')}${
      doc.description ? html`<p part="description">${doc.description}</p>` : nothing
    }</div>${text.meta(doc, this.readingTime)}${this.renderTools()}</header>${crisisLine(t)}${
      this.toc ? text.contents(doc, level) : nothing
    }<div part="body" class="body" lang=${lang}>${text.body(parts, this.shownParts, level)}</div>${
      // After the whole body, which marks the citations they link back to.
      all ? text.references(doc, level) : nothing
    }${all ? text.footer(doc) : nothing}</article>`;
  }

  private renderMessage(reason: ArticleFailure) {
    // Try again cannot find an article the collection lacks, nor fix a site's setup.
    const final = (reason === 'not-found' || reason === 'misconfigured') && !this.src;
    return articleMessage(this.i18n, reason, final ? undefined : this.open());
  }

  protected override render() {
    const outcome = this.outcome;
    if (outcome?.kind === 'loaded') return this.renderArticle(outcome.doc, outcome.fallback);
    const unset = !this.src?.trim() && !this.slug?.trim();
    if (unset && this.pageLoaded) return nothing;
    const aborted = this.task.status === TaskStatus.ERROR && (this.task.error as Error)?.name === 'AbortError';
    const body = outcome
      ? this.renderMessage(outcome.reason)
      : this.task.status === TaskStatus.ERROR && !aborted
        ? this.renderMessage('network')
        : articlePlaceholder(this.i18n, !unset);
    return html`<div part="base" class=${this.rootClass} lang=${this.i18n.lang}>${body}</div>`;
  }
}
