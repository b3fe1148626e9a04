/**
 * The inline part of the Markdown subset: `*em*`, `**strong**`, `[text](https://...)`,
 * `[text](article:slug)`, `[n]` citations and backslash escapes. Everything else that Markdown
 * would treat as syntax (images, code spans, autolinks, HTML) is an error, so an author never
 * gets a silently different rendering from the one they expected.
 */
import type { Inline } from './document-types.js';

/** Thrown at the first problem in a block; the block parser turns it into an issue with a line. */
export class InlineError extends Error {
  constructor(
    message: string,
    /** Offset into the text being parsed. */
    readonly offset: number,
  ) {
    super(message);
  }
}

export interface InlineRefs {
  cites: { n: number; offset: number }[];
  articleLinks: { slug: string; offset: number }[];
}

const ARTICLE_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;
/** `![alt](...)`; a `!` right before a citation (`Great![1]`) is just text. */
const IMAGE = /!\[[^\]]*\]\(/y;
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

/** Checks a link target: http(s) only, or `article:slug`. */
function linkTarget(raw: string, offset: number): { href: string } | { slug: string } {
  if (raw.startsWith('article:')) {
    const slug = raw.slice('article:'.length);
    if (!ARTICLE_SLUG.test(slug)) {
      throw new InlineError(`"${raw}" is not a valid article link: use article:<slug> with a-z, 0-9 and -`, offset);
    }
    return { slug };
  }
  if (/[\s\u0000-\u001f\u007f]/.test(raw) || raw === '') {
    throw new InlineError(
      `link target "${raw}" must be one URL without spaces (titles in links are not supported)`,
      offset,
    );
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !/^https?:\/\//i.test(raw)) {
    throw new InlineError(
      `link target "${raw.slice(0, 80)}" is not allowed: links must be absolute http(s) URLs or article:<slug>`,
      offset,
    );
  }
  return { href: url.href };
}

class InlineParser {
  pos = 0;
  constructor(
    readonly src: string,
    readonly refs: InlineRefs,
  ) {}

  /** Reads inlines until `end` closes them (`end` null: until the text ends). */
  seq(end: '*' | '**' | ']' | null, inLink: boolean, openAt: number): Inline[] {
    const out: Inline[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    const { src } = this;
    while (this.pos < src.length) {
      const c = src[this.pos];
      // A short window is enough for every token test below; the whole rest would be quadratic.
      const rest = src.slice(this.pos, this.pos + 32);
      if (c === '\\') {
        const next = src[this.pos + 1];
        if (next !== undefined && ESCAPABLE.test(next)) {
          text += next;
          this.pos += 2;
        } else {
          text += c;
          this.pos += 1;
        }
        continue;
      }
      if (c === '*') {
        const run = /^\*+/.exec(rest)![0].length;
        if (end === '**' && run >= 2) {
          this.pos += 2;
          flush();
          return this.closed(out, openAt, '**');
        }
        if (end === '*' && (run === 1 || run >= 3)) {
          this.pos += 1;
          flush();
          return this.closed(out, openAt, '*');
        }
        const marker = run >= 2 ? '**' : '*';
        const after = src[this.pos + marker.length];
        if (after === undefined || /\s/.test(after)) {
          throw new InlineError(
            `a lone "${marker}" is not emphasis: write *text* or **text**, or escape it as \\*`,
            this.pos,
          );
        }
        flush();
        const start = this.pos;
        this.pos += marker.length;
        const children = this.seq(marker, inLink, start);
        out.push({ type: marker === '**' ? 'strong' : 'em', children });
        continue;
      }
      if (c === ']' && end === ']') {
        this.pos += 1;
        flush();
        return this.closed(out, openAt, ']');
      }
      IMAGE.lastIndex = this.pos;
      if (c === '!' && IMAGE.test(src)) {
        throw new InlineError('images are not allowed', this.pos);
      }
      if (c === '_' && /^_+[^\s_]/.test(rest) && (this.pos === 0 || /[\s(]/.test(src[this.pos - 1]))) {
        throw new InlineError(
          'underscores are not emphasis here: write *text* or **text**, or escape it as \\_',
          this.pos,
        );
      }
      if (c === '`') {
        throw new InlineError('code (backticks) is not allowed; escape a literal backtick as \\`', this.pos);
      }
      if (c === '<' && /^<[A-Za-z/!?]/.test(rest)) {
        throw new InlineError('raw HTML is not allowed', this.pos);
      }
      if (c === '[') {
        const cite = /^\[(\d+)\](?!\()/.exec(rest);
        if (cite) {
          if (inLink) throw new InlineError('a citation cannot be inside link text', this.pos);
          const n = Number(cite[1]);
          if (!Number.isSafeInteger(n) || n < 1) {
            throw new InlineError(`citation [${cite[1]}] must be a number from 1`, this.pos);
          }
          // A citation belongs to the word before it: "abstinent [3]." renders as "abstinent[3].",
          // so the marker never starts a line on its own or floats after a gap.
          text = text.trimEnd();
          flush();
          this.refs.cites.push({ n, offset: this.pos });
          out.push({ type: 'cite', n });
          this.pos += cite[0].length;
          continue;
        }
        if (inLink) throw new InlineError('links cannot be nested', this.pos);
        flush();
        out.push(this.link());
        continue;
      }
      text += /\s/.test(c) ? ' ' : c;
      this.pos += 1;
    }
    if (end !== null) {
      const what = end === ']' ? '"[" (link text) has no closing "]"' : `"${end}" is never closed`;
      throw new InlineError(what, openAt);
    }
    flush();
    return out;
  }

  private closed(children: Inline[], openAt: number, marker: string): Inline[] {
    if (children.length === 0) throw new InlineError(`empty ${marker === ']' ? 'link text' : 'emphasis'}`, openAt);
    return children;
  }

  /** At `[`: `[text](target)`. */
  private link(): Inline {
    const start = this.pos;
    this.pos += 1;
    const children = this.seq(']', true, start);
    if (this.src[this.pos] !== '(') {
      throw new InlineError(
        'square brackets must be a link [text](https://...) or a citation [n]; escape literal brackets as \\[ and \\]',
        start,
      );
    }
    // Balanced parentheses, so URLs like https://en.wikipedia.org/wiki/Foo_(bar) work.
    let depth = 0;
    let i = this.pos;
    for (; i < this.src.length; i++) {
      const ch = this.src[i];
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    if (i >= this.src.length) throw new InlineError('link target has no closing ")"', this.pos);
    const raw = this.src.slice(this.pos + 1, i);
    const target = linkTarget(raw, this.pos + 1);
    this.pos = i + 1;
    if ('slug' in target) {
      this.refs.articleLinks.push({ slug: target.slug, offset: start });
      return { type: 'article-link', slug: target.slug, children };
    }
    return { type: 'link', href: target.href, children };
  }
}

/** Collapses the ends: joined lines may leave a space at either end of the block. */
function trimEnds(nodes: Inline[]): Inline[] {
  const out = [...nodes];
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = (out[last] as string).trimEnd();
  return out.filter((n) => n !== '');
}

/** Parses one block's text (lines already joined with spaces). Throws InlineError. */
export function parseInline(text: string, refs: InlineRefs): Inline[] {
  return trimEnds(new InlineParser(text, refs).seq(null, false, 0)).map(function squeeze(n): Inline {
    if (typeof n === 'string') return n.replace(/ {2,}/g, ' ');
    if ('children' in n) return { ...n, children: n.children.map(squeeze) };
    return n;
  });
}

/** The text a reader sees, for heading ids, word counts and related-post scoring. */
export function plainText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : n.type === 'cite' ? '' : plainText(n.children))).join('');
}
