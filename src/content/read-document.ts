import { safeHttpUrl } from '../util/validate.js';
import type { ArticleDocument, Block, Inline, Reference } from './document-types.js';

/**
 * Reads an article document that may come from anywhere (a partner's own `src` JSON, or a file
 * damaged in transit) into the exact shape the renderer expects. Nothing is trusted: every field is
 * type-checked, unknown node types and wrong types are dropped, strings are capped, links that are
 * not http(s) become plain text (`safeHttpUrl`, given the file's URL as base), and citations must
 * point at a real reference. Framework-free (no DOM), so it can run in a build script too.
 */

/** Longest text kept from one string; longer text is cut, with a problem reported. */
export const MAX_TEXT = 20_000;
/** Largest document accepted, in bytes of JSON (the loader stops reading there). */
export const MAX_DOCUMENT = 2 * 1024 * 1024;
/** Inline nesting deeper than this is dropped: real articles nest two or three levels at most. */
const MAX_DEPTH = 8;
/**
 * Everything the widget draws is bounded: the nodes of the text (blocks, list items and inline
 * nodes together), and the references. Our longest article has 158 nodes and 12 references; a
 * file with thousands froze the page while it was drawn, so the rest is left out, with a problem.
 */
export const MAX_NODES = 5_000;
export const MAX_REFERENCES = 300;
/** Topics and translations: short lists of names. */
const MAX_NAMES = 50;

/** Slugs are lowercase words joined by hyphens, as the content compiler writes them. */
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;

export interface ReadResult {
  /** The clean document, or `undefined` when the input is not an article at all. */
  doc?: ArticleDocument;
  /** Why the input was refused (when `doc` is undefined). */
  refused?: string;
  /** Distinct, English descriptions of what was dropped or changed, for one console warning. */
  problems: string[];
}

// Parsed JSON: every field is checked before it is used.
type Json = Record<string, any>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
/** A value as short text for a console message. */
export const clip = (v: unknown, max = 60): string => {
  const s = String(v);
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
};

/**
 * @param raw  parsed JSON
 * @param base the URL the document was read from, to resolve relative links
 */
export function readDocument(raw: unknown, base: string): ReadResult {
  const refuse = (refused: string): ReadResult => ({ refused, problems: [] });
  if (!isObject(raw)) return refuse('it is not a JSON object');
  if (typeof raw.title !== 'string' || !raw.title.trim()) return refuse('it has no "title" string');
  if (!Array.isArray(raw.body)) return refuse('it has no "body" array');

  const problems = new Set<string>();
  const say = (problem: string) => void problems.add(problem);
  let nodes = 0;
  if (raw.version !== undefined && raw.version !== 1)
    say(`"version" is ${clip(JSON.stringify(raw.version))}, not 1; reading it as version 1`);

  /** A capped string, or '' (a wrong type is reported, a missing one is not). */
  const text = (v: unknown, field: string): string => {
    if (typeof v !== 'string') {
      if (v != null) say(`"${field}" is not a string; left out`);
      return '';
    }
    if (v.length > MAX_TEXT) say(`a text in "${field}" is longer than ${MAX_TEXT} characters; cut`);
    return v.slice(0, MAX_TEXT);
  };
  const day = (v: unknown, field: string): string => {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    if (v != null && v !== '') say(`"${field}" is not a YYYY-MM-DD date; left out`);
    return '';
  };
  /** http(s) only, resolved against the document's own URL (for relative links). */
  /** A node of `kind` whose type is not one we know (or that is not a node at all). */
  const unknown = (kind: string, type: unknown) =>
    say(`${kind} ${typeof type === 'string' ? `of unknown type "${clip(type)}"` : 'without a "type"'} was left out`);
  const link = (v: unknown, where: string): string | undefined => {
    const url = typeof v === 'string' ? safeHttpUrl(v, base) : undefined;
    if (!url) say(`the link "${clip(v)}" in ${where} is not http(s); shown without it`);
    return url;
  };

  /** Counts one more node; true (once said) when the document has too many to draw. */
  const full = () => ++nodes > MAX_NODES && !say(`the document has more than ${MAX_NODES} nodes; the rest is left out`);

  // References first, so citations can be checked against them.
  const references: Reference[] = [];
  const numbers = new Set<number>();
  const refs = raw.references;
  if (refs !== undefined && !Array.isArray(refs)) say('"references" is not an array; left out');
  if (Array.isArray(refs) && refs.length > MAX_REFERENCES)
    say(`there are more than ${MAX_REFERENCES} references; the rest is left out`);
  for (const r of Array.isArray(refs) ? refs.slice(0, MAX_REFERENCES) : []) {
    if (!isObject(r) || !isCount(r.n) || numbers.has(r.n)) {
      say('a reference without a unique positive whole number "n" was left out');
      continue;
    }
    const title = text(r.title, 'references.title');
    if (!title) {
      say(`reference ${r.n} has no "title"; left out`);
      continue;
    }
    numbers.add(r.n);
    const ref: Reference = { n: r.n, title, publisher: text(r.publisher, 'references.publisher') };
    const authors = text(r.authors, 'references.authors');
    if (authors) ref.authors = authors;
    if (isCount(r.year) && r.year < 1e4) ref.year = r.year;
    const url = r.url !== undefined && link(r.url, `reference ${r.n}`);
    if (url) ref.url = url;
    references.push(ref);
  }
  references.sort((a, b) => a.n - b.n);
  // The list is numbered by position (a `value` on each item made the browser renumber every later
  // item, quadratic in a file with thousands), so `n` must be 1 to N: gaps are closed, in the
  // citations too.
  const renumbered = new Map(references.map((r, i) => [r.n, (r.n = i + 1)]));
  if ([...renumbered].some(([was, is]) => was !== is)) say('references were renumbered 1 to N');

  const inlines = (value: unknown, depth: number): Inline[] => {
    if (!Array.isArray(value)) {
      say('a "children" value is not an array; left out');
      return [];
    }
    const out: Inline[] = [];
    for (const node of value) {
      if (full()) break;
      if (typeof node === 'string') {
        out.push(text(node, 'text'));
        continue;
      }
      const type = isObject(node) && node.type;
      if (type === 'cite') {
        const n = renumbered.get(node.n);
        if (n) out.push({ type, n });
        else say(`a citation [${clip(node.n)}] has no matching reference; left out`);
      } else if (depth >= MAX_DEPTH) say(`inline nodes nested deeper than ${MAX_DEPTH} levels were left out`);
      else if (type === 'em' || type === 'strong') out.push({ type, children: inlines(node.children, depth + 1) });
      else if (type === 'link' || type === 'article-link') {
        const children = inlines(node.children, depth + 1);
        // A link that cannot be kept leaves its text in place.
        if (type === 'link') {
          const href = link(node.href, 'a text link');
          if (href) out.push({ type, href, children });
          else out.push(...children);
        } else if (typeof node.slug === 'string' && SLUG.test(node.slug)) out.push({ type, slug: node.slug, children });
        else {
          say(`the article link "${clip(node.slug)}" is not a slug; shown without it`);
          out.push(...children);
        }
      } else unknown('an inline node', type);
    }
    return out;
  };

  const body: Block[] = [];
  const ids = new Set<string>();
  for (const [i, b] of (raw.body as Json[]).entries()) {
    if (full()) break;
    const type = isObject(b) && b.type;
    if (type === 'heading') {
      let id = typeof b.id === 'string' && /^[\w-]{1,80}$/.test(b.id) ? b.id : `section-${i + 1}`;
      if (ids.has(id)) id += `-${i + 1}`;
      ids.add(id);
      body.push({ type, depth: b.depth === 1 ? 1 : 2, id, children: inlines(b.children, 0) });
      if (b.depth !== 1 && b.depth !== 2) say('a heading "depth" other than 1 or 2 was read as 2');
    } else if (type === 'paragraph' || type === 'quote') body.push({ type, children: inlines(b.children, 0) });
    else if (type === 'list') {
      if (!Array.isArray(b.items)) {
        say('a list without an "items" array was left out');
        continue;
      }
      const items: Inline[][] = [];
      for (const item of b.items) {
        if (full()) break;
        if (Array.isArray(item)) items.push(inlines(item, 0));
        else say('list items that are not arrays were left out');
      }
      body.push({ type, ordered: b.ordered === true, items });
    } else unknown('a block', type);
  }

  const source = isObject(raw.source) ? raw.source : {};
  const sourceUrl = source.url !== undefined && link(source.url, 'the source');
  // Topics and translations are never drawn: a longer list than any article needs is cut quietly.
  const strings = (v: unknown): string[] =>
    Array.isArray(v)
      ? v
          .slice(0, MAX_NAMES)
          .filter((s) => typeof s === 'string')
          .map((s: string) => s.slice(0, 200))
      : [];
  const doc: ArticleDocument = {
    version: 1,
    slug: typeof raw.slug === 'string' && SLUG.test(raw.slug) ? raw.slug : '',
    language:
      typeof raw.language === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw.language) ? raw.language : '',
    title: text(raw.title, 'title'),
    description: text(raw.description, 'description'),
    published: day(raw.published, 'published'),
    updated: day(raw.updated, 'updated'),
    author: text(raw.author, 'author'),
    topics: strings(raw.topics),
    readingMinutes: isCount(raw.readingMinutes) ? Math.min(raw.readingMinutes, 999) : 0,
    source: sourceUrl
      ? { name: text(source.name, 'source.name'), url: sourceUrl }
      : { name: text(source.name, 'source.name') },
    translations: strings(raw.translations),
    body,
    references,
  };
  const reviewed = day(raw.reviewed, 'reviewed');
  if (reviewed) doc.reviewed = reviewed;
  const reviewer = text(raw.reviewer, 'reviewer');
  if (reviewer) doc.reviewer = reviewer;
  return { doc, problems: [...problems] };
}

/** Words in the body, for a reading time when a document does not give one (about 200 a minute). */
export function countWords(doc: ArticleDocument): number {
  let words = 0;
  const walk = (nodes: Inline[]): void =>
    nodes.forEach((n) =>
      typeof n === 'string' ? (words += n.split(/\s+/).filter(Boolean).length) : 'children' in n && walk(n.children),
    );
  doc.body.forEach((b) => (b.type === 'list' ? b.items.forEach(walk) : walk(b.children)));
  return words;
}
