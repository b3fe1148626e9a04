import { html, nothing } from 'lit';
import type { ArticleDocument, Block, Inline, Reference } from '../../content/document-types.js';
import { countWords } from '../../content/read-document.js';
import { below, heading, type HeadingLevel } from '../../internal/heading.js';
import { relFor } from '../../internal/link-rel.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { articleMessages } from './recovery-article.i18n.js';

export type ArticleLocalizer = LocalizeController<typeof articleMessages>;

/** Text for screen readers only. */
export const sr = (text: unknown) => html`<span class="visually-hidden">${text}</span>`;
/** A symbol that screen readers skip, with its meaning for them. */
export const icon = (symbol: string, label: string) => html`<span aria-hidden="true">${symbol}</span>${sr(label)}`;

/** Top-level sections drawn in the task the article arrives in, then per task after it. */
export const FIRST_PARTS = 2;
export const MORE_PARTS = 3;

/**
 * The body in parts, one per top-level section: each is laid out only when near the screen
 * (`content-visibility: auto`), so a long article doesn't cost a phone one long layout.
 */
export function chunks(body: ArticleDocument['body']): Array<ArticleDocument['body']> {
  const parts: Array<ArticleDocument['body']> = [];
  for (const block of body) {
    if (!parts.length || (block.type === 'heading' && block.depth === 1)) parts.push([]);
    parts[parts.length - 1].push(block);
  }
  return parts;
}

/** What the article's text needs from its element. */
export interface ArticleTextHost {
  readonly i18n: ArticleLocalizer;
  /** The partner's page for an article, if `href-template` makes one. */
  articleUrl(slug: string): string | undefined;
  /** A click handler that opens another article in this element (no page to link to). */
  open(slug: string): () => void;
  /** Moves focus to the element a jump link names (fragment links cannot cross a shadow root). */
  readonly jump: (e: Event) => void;
}

/**
 * An article's text as templates, for one render: the body, the contents, the meta line and the
 * references. Every node goes through a Lit template, so nothing in a file can become markup.
 * The first citation of each number gets the anchor its reference links back to.
 */
export class ArticleText {
  /** The numbers already cited in this render. */
  private readonly cited = new Set<number>();

  constructor(private readonly host: ArticleTextHost) {}

  /**
   * A link from the article's data: one that leaves the site opens in a new tab, said so to screen
   * readers, with the `rel` every widget gives such links (`relFor`: no opener, no referrer); one
   * within the site opens here, as the site's own links do.
   */
  out(href: string, content: unknown, part?: string) {
    const rel = relFor(href);
    return rel === nothing
      ? html`<a part=${part ?? nothing} href=${href}>${content}</a>`
      : html`<a part=${part ?? nothing} href=${href} target="_blank" rel=${rel}>${content}${sr(` ${this.host.i18n.t('newTab')}`)}</a>`;
  }

  /** A jump to an element of this article (see `jump`). */
  private to(id: string, content: unknown, part?: string, ownId?: string) {
    return html`<a part=${part ?? nothing} id=${ownId ?? nothing} href="#${id}" data-target=${id} @click=${this.host.jump}>${content}</a>`;
  }

  private inline(nodes: Inline[]): unknown[] {
    return nodes.map((node) => {
      if (typeof node === 'string') return node;
      if (node.type === 'cite') {
        const { n } = node;
        const first = !this.cited.has(n);
        this.cited.add(n);
        const marker = html`[${sr(`${this.host.i18n.t('citation')} `)}${n}]`;
        return html`<sup>${this.to(`ref-${n}`, marker, 'citation', first ? `cite-${n}` : undefined)}</sup>`;
      }
      const children = this.inline(node.children);
      if (node.type === 'link') return this.out(node.href, children, 'link');
      if (node.type === 'article-link') {
        const href = this.host.articleUrl(node.slug);
        return href
          ? html`<a part="article-link" href=${href} rel=${relFor(href)}>${children}</a>`
          : html`<button type="button" class="inline-link" part="article-link" @click=${this.host.open(node.slug)}>${children}</button>`;
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

  /** The first `shown` top-level sections, each in a part laid out only near the screen. */
  body(parts: Array<ArticleDocument['body']>, shown: number, level: HeadingLevel) {
    return parts
      .slice(0, shown)
      .map((blocks) => html`<div class="chunk">${blocks.map((b) => this.block(b, level))}</div>`);
  }

  contents(doc: ArticleDocument, level: HeadingLevel) {
    type Section = { id: string; children: Inline[]; sub: Section[] };
    const sections: Section[] = [];
    for (const b of doc.body) {
      if (b.type !== 'heading') continue;
      const section = { id: b.id, children: b.children, sub: [] };
      if (b.depth === 1 || !sections.length) sections.push(section);
      else sections[sections.length - 1].sub.push(section);
    }
    const list = (items: Section[]): unknown =>
      html`<ol>${items.map((s) => html`<li>${this.to(`sec-${s.id}`, plain(s.children))}${s.sub.length ? list(s.sub) : nothing}</li>`)}</ol>`;
    return sections.length
      ? html`<nav part="toc" aria-labelledby="toc-heading">${heading(below(level), this.host.i18n.t('contents'), 'toc-heading', 'toc-heading')} ${list(sections)}</nav>`
      : nothing;
  }

  meta(doc: ArticleDocument, readingTime: boolean) {
    const t = this.host.i18n;
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
      readingTime &&
        html`<span part="reading-time">${t.t('readingTime', { minutes: doc.readingMinutes || Math.max(1, Math.round(countWords(doc) / 200)) })}</span>`,
    ].filter(Boolean);
    return items.length ? html`<p part="meta">${items}</p>` : nothing;
  }

  /** After the whole body, which marks the citations the references link back to. */
  references(doc: ArticleDocument, level: HeadingLevel) {
    if (!doc.references.length) return nothing;
    return html`<section part="references" aria-labelledby="references-heading">${heading(
      below(level),
      this.host.i18n.t('references'),
      'references-heading',
      'references-heading',
    )}<ol lang=${doc.language || nothing}>${doc.references.map((r) => this.reference(r))}</ol></section>`;
  }

  /**
   * Numbered by its place in the list (the reader numbers references 1 to N): a `value` on each
   * item made the browser renumber every later item, quadratic in a file with thousands.
   */
  private reference(ref: Reference) {
    const { n, url } = ref;
    const parts = [ref.authors, ref.year].filter(Boolean).join(', ');
    return html`<li part="reference" id="ref-${n}">${parts && `${parts}. `}<cite>${ref.title}</cite>${ref.publisher && `. ${ref.publisher}`}. ${
      url ? this.out(url, url) : nothing
    } ${this.cited.has(n) ? this.to(`cite-${n}`, icon('↩', this.host.i18n.t('backToCitation', { n })), 'back-link') : nothing}</li>`;
  }

  footer(doc: ArticleDocument) {
    const { name, url } = doc.source;
    if (!name && !url) return nothing;
    const t = this.host.i18n;
    const source = name ? t.t('sourceNamed', { name }) : t.t('source');
    return html`<footer part="footer">${url ? this.out(url, source) : source}</footer>`;
  }
}

/** Heading text without its links or citations, for the contents list. */
function plain(nodes: Inline[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : 'children' in n ? plain(n.children) : '')).join('');
}
