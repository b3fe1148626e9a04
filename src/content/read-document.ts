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
const MAX_NODES = 20_000;
/**
 * The longest lists kept. Our longest article has 53 blocks, 12 references and lists of 6 items;
 * a file with thousands froze the page while it was drawn, so the rest is left out, with a problem.
 */
export const MAX_REFERENCES = 500;
export const MAX_BLOCKS = 2_000;
export const MAX_ITEMS = 500;
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

  /** At most `max` entries of a list, saying so when there were more. */
  const capped = <T>(list: T[], max: number, what: string): T[] => {
    if (list.length > max) say(`${what} has more than ${max} entries; the first ${max} are kept`);
    return list.slice(0, max);
  };

  // References first, so citations can be checked against them.
  const references: Reference[] = [];
  const numbers = new Set<number>();
  const refs = raw.references;
  if (refs !== undefined && !Array.isArray(refs)) say('"references" is not an array; left out');
  for (const r of Array.isArray(refs) ? capped(refs, MAX_REFERENCES, '"references"') : []) {
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
  // The list is numbered by position (no `value` on each item: the browser renumbers every later
  // item when one is set, which made thousands of references quadratic), so `n` must be 1 to N.
  // Numbers with gaps are renumbered, and the citations with them.
  const renumbered = new Map(references.map((r, i) => [r.n, i + 1]));
  if (references.some((r, i) => r.n !== i + 1)) {
    say('the reference numbers are not 1, 2, 3... in order; they are renumbered, and their citations too');
    for (const r of references) r.n = renumbered.get(r.n)!;
  }

  const inlines = (value: unknown, depth: number): Inline[] => {
    if (!Array.isArray(value)) {
      say('a "children" value is not an array; left out');
      return [];
    }
    const out: Inline[] = [];
    for (const node of value) {
      if (++nodes > MAX_NODES) {
        say(`the document has more than ${MAX_NODES} nodes; the rest is left out`);
        break;
      }
      if (typeof node === 'string') {
        out.push(text(node, 'text'));
        continue;
      }
      const type = isObject(node) && node.type;
      if (type === 'cite') {
        if (isCount(node.n) && numbers.has(node.n)) out.push({ type, n: renumbered.get(node.n)! });
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
  capped(raw.body, MAX_BLOCKS, '"body"').forEach((b: Json, i: number) => {
    const type = isObject(b) && b.type;
    if (type === 'heading') {
      let id = typeof b.id === 'string' && /^[\w-]{1,80}$/.test(b.id) ? b.id : `section-${i + 1}`;
      if (ids.has(id)) id += `-${i + 1}`;
      ids.add(id);
      body.push({ type, depth: b.depth === 1 ? 1 : 2, id, children: inlines(b.children, 0) });
      if (b.depth !== 1 && b.depth !== 2) say('a heading "depth" other than 1 or 2 was read as 2');
    } else if (type === 'paragraph' || type === 'quote') body.push({ type, children: inlines(b.children, 0) });
    else if (type === 'list') {
      if (!Array.isArray(b.items)) return say('a list without an "items" array was left out');
      const all = capped(b.items, MAX_ITEMS, 'a list');
      const items = all.filter((item: unknown) => Array.isArray(item));
      if (items.length < all.length) say('list items that are not arrays were left out');
      body.push({ type, ordered: b.ordered === true, items: items.map((item: unknown) => inlines(item, 0)) });
    } else unknown('a block', type);
  });

  const source = isObject(raw.source) ? raw.source : {};
  const sourceUrl = source.url !== undefined && link(source.url, 'the source');
  const strings = (v: unknown, field: string): string[] =>
    Array.isArray(v)
      ? capped(v, MAX_NAMES, `"${field}"`)
          .filter((s) => typeof s === 'string')
          .map((s) => (s as string).slice(0, 200))
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
    topics: strings(raw.topics, 'topics'),
    readingMinutes: isCount(raw.readingMinutes) ? Math.min(raw.readingMinutes, 999) : 0,
    source: sourceUrl
      ? { name: text(source.name, 'source.name'), url: sourceUrl }
      : { name: text(source.name, 'source.name') },
    translations: strings(raw.translations, 'translations'),
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
