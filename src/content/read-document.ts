import { safeHttpUrl } from '../internal/validate.js';
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
/** Largest document accepted, in characters of JSON (checked by the loader before parsing). */
export const MAX_DOCUMENT = 2 * 1024 * 1024;
/** Inline nesting deeper than this is dropped: real articles nest two or three levels at most. */
const MAX_DEPTH = 8;
const MAX_NODES = 20_000;

/** Slugs are lowercase words joined by hyphens, as the content compiler writes them. */
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface ReadResult {
  /** The clean document, or `undefined` when the input is not an article at all. */
  doc?: ArticleDocument;
  /** Why the input was refused (when `doc` is undefined). */
  refused?: string;
  /** Distinct, English descriptions of what was dropped or changed, for one console warning. */
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** http(s) only, resolved against `base` (the document's own URL, for relative links). */
function httpUrl(value: unknown, base: string): string | undefined {
  return typeof value === 'string' ? safeHttpUrl(value, base) : undefined;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * @param raw  parsed JSON
 * @param base the URL the document was read from, to resolve relative links
 */
export function readDocument(raw: unknown, base: string): ReadResult {
  const problems = new Set<string>();
  let nodes = 0;

  if (!isObject(raw)) return { refused: 'it is not a JSON object', problems: [] };
  if (typeof raw.title !== 'string' || !raw.title.trim()) {
    return { refused: 'it has no "title" string', problems: [] };
  }
  if (!Array.isArray(raw.body)) return { refused: 'it has no "body" array', problems: [] };
  if (raw.version !== undefined && raw.version !== 1) {
    problems.add(`"version" is ${clip(JSON.stringify(raw.version) ?? '')}, not 1; reading it as version 1`);
  }

  const text = (value: unknown, field: string): string | undefined => {
    if (typeof value !== 'string') {
      if (value !== undefined && value !== null) problems.add(`"${field}" is not a string; left out`);
      return undefined;
    }
    if (value.length > MAX_TEXT) {
      problems.add(`a text in "${field}" is longer than ${MAX_TEXT} characters; cut`);
      return value.slice(0, MAX_TEXT);
    }
    return value;
  };
  const day = (value: unknown, field: string): string | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && DAY.test(value)) return value;
    problems.add(`"${field}" is not a YYYY-MM-DD date; left out`);
    return undefined;
  };
  const positiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

  // References first, so citations can be checked against them.
  const references: Reference[] = [];
  const seenRefs = new Set<number>();
  if (raw.references !== undefined && !Array.isArray(raw.references)) {
    problems.add('"references" is not an array; left out');
  }
  for (const r of Array.isArray(raw.references) ? raw.references : []) {
    if (!isObject(r) || !positiveInt(r.n) || seenRefs.has(r.n)) {
      problems.add('a reference without a unique positive whole number "n" was left out');
      continue;
    }
    const title = text(r.title, 'references.title');
    if (!title) {
      problems.add(`reference ${r.n} has no "title"; left out`);
      continue;
    }
    seenRefs.add(r.n);
    const ref: Reference = { n: r.n, title, publisher: text(r.publisher, 'references.publisher') ?? '' };
    const authors = text(r.authors, 'references.authors');
    if (authors) ref.authors = authors;
    if (typeof r.year === 'number' && Number.isInteger(r.year) && r.year > 0 && r.year < 10000) ref.year = r.year;
    if (r.url !== undefined) {
      const url = httpUrl(r.url, base);
      if (url) ref.url = url;
      else problems.add(`reference ${r.n} has a link that is not http(s) (${clip(String(r.url))}); shown without it`);
    }
    references.push(ref);
  }
  references.sort((a, b) => a.n - b.n);

  const inlines = (value: unknown, depth: number): Inline[] => {
    if (!Array.isArray(value)) {
      problems.add('a "children" value is not an array; left out');
      return [];
    }
    const out: Inline[] = [];
    for (const node of value) {
      if (++nodes > MAX_NODES) {
        problems.add(`the document has more than ${MAX_NODES} nodes; the rest is left out`);
        break;
      }
      if (typeof node === 'string') {
        out.push(text(node, 'text') ?? '');
        continue;
      }
      if (!isObject(node) || typeof node.type !== 'string') {
        problems.add('an inline node that is neither text nor an object with a "type" was left out');
        continue;
      }
      if (depth >= MAX_DEPTH && node.type !== 'cite') {
        problems.add(`inline nodes nested deeper than ${MAX_DEPTH} levels were left out`);
        continue;
      }
      switch (node.type) {
        case 'em':
        case 'strong':
          out.push({ type: node.type, children: inlines(node.children, depth + 1) });
          break;
        case 'link': {
          const children = inlines(node.children, depth + 1);
          const href = httpUrl(node.href, base);
          if (href) out.push({ type: 'link', href, children });
          else {
            problems.add(`a link to "${clip(String(node.href))}" is not http(s); its text is shown without the link`);
            out.push(...children);
          }
          break;
        }
        case 'article-link': {
          const children = inlines(node.children, depth + 1);
          if (typeof node.slug === 'string' && SLUG.test(node.slug)) {
            out.push({ type: 'article-link', slug: node.slug, children });
          } else {
            problems.add(`an article link to "${clip(String(node.slug))}" is not a valid slug; its text is shown without the link`);
            out.push(...children);
          }
          break;
        }
        case 'cite':
          if (positiveInt(node.n) && seenRefs.has(node.n)) out.push({ type: 'cite', n: node.n });
          else problems.add(`a citation [${clip(String(node.n))}] has no matching reference; left out`);
          break;
        default:
          problems.add(`unknown inline node type "${clip(node.type)}" was left out`);
      }
    }
    return out;
  };

  const body: Block[] = [];
  const ids = new Set<string>();
  raw.body.forEach((block, i) => {
    if (!isObject(block) || typeof block.type !== 'string') {
      problems.add('a block that is not an object with a "type" was left out');
      return;
    }
    switch (block.type) {
      case 'heading': {
        let id = typeof block.id === 'string' && ID.test(block.id) ? block.id : `section-${i + 1}`;
        if (ids.has(id)) id = `${id}-${i + 1}`;
        ids.add(id);
        body.push({ type: 'heading', depth: block.depth === 1 ? 1 : 2, id, children: inlines(block.children, 0) });
        if (block.depth !== 1 && block.depth !== 2) problems.add('a heading "depth" other than 1 or 2 was read as 2');
        break;
      }
      case 'paragraph':
      case 'quote':
        body.push({ type: block.type, children: inlines(block.children, 0) });
        break;
      case 'list': {
        if (!Array.isArray(block.items)) {
          problems.add('a list without an "items" array was left out');
          return;
        }
        const items = block.items.filter((item) => Array.isArray(item)).map((item) => inlines(item, 0));
        if (items.length !== block.items.length) problems.add('list items that are not arrays were left out');
        body.push({ type: 'list', ordered: block.ordered === true, items });
        break;
      }
      default:
        problems.add(`unknown block type "${clip(block.type)}" was left out`);
    }
  });

  const source = isObject(raw.source) ? raw.source : {};
  const sourceUrl = source.url === undefined ? undefined : httpUrl(source.url, base);
  if (source.url !== undefined && !sourceUrl) {
    problems.add(`the source link "${clip(String(source.url))}" is not http(s); shown without it`);
  }
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').map((s) => s.slice(0, 200)) : [];

  const doc: ArticleDocument = {
    version: 1,
    slug: typeof raw.slug === 'string' && SLUG.test(raw.slug) ? raw.slug : '',
    language: typeof raw.language === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw.language) ? raw.language : '',
    title: text(raw.title, 'title')!,
    description: text(raw.description, 'description') ?? '',
    published: day(raw.published, 'published') ?? '',
    updated: day(raw.updated, 'updated') ?? '',
    author: text(raw.author, 'author') ?? '',
    topics: strings(raw.topics),
    readingMinutes: positiveInt(raw.readingMinutes) ? Math.min(raw.readingMinutes, 999) : 0,
    source: { name: text(source.name, 'source.name') ?? '', ...(sourceUrl ? { url: sourceUrl } : {}) },
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

/** Slugs listed in a content index, for the "unknown slug" console message. */
export function indexSlugs(raw: unknown): string[] {
  if (!isObject(raw) || !Array.isArray(raw.articles)) return [];
  return raw.articles
    .map((a) => (isObject(a) && typeof a.slug === 'string' && SLUG.test(a.slug) ? a.slug : ''))
    .filter(Boolean);
}

/** Words in the body, for a reading time when a document does not give one (about 200 a minute). */
export function countWords(doc: ArticleDocument): number {
  let words = 0;
  const walk = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (typeof n === 'string') words += n.split(/\s+/).filter(Boolean).length;
      else if ('children' in n) walk(n.children);
    }
  };
  for (const b of doc.body) {
    if (b.type === 'list') b.items.forEach(walk);
    else walk(b.children);
  }
  return words;
}
