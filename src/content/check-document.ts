/**
 * Runtime checks that JSON really has the shapes in document-types.ts and index-types.ts. The
 * compiler runs them on everything it writes; a widget can run them on a partner's own `src`.
 * Each returns the problems as `path: message` (empty: valid).
 */
import type { ArticleDocument, Block, Inline } from './document-types.js';
import type { ContentIndex } from './index-types.js';

type Problems = string[];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;
const isHttp = (v: unknown): boolean => {
  if (typeof v !== 'string' || !/^https?:\/\//i.test(v)) return false;
  try {
    const p = new URL(v).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
};

function only(value: Record<string, unknown>, keys: readonly string[], path: string, out: Problems): void {
  for (const k of Object.keys(value)) if (!keys.includes(k)) out.push(`${path}.${k}: unknown field`);
}

function checkInlines(value: unknown, path: string, out: Problems): void {
  if (!Array.isArray(value)) {
    out.push(`${path}: must be an array of inline nodes`);
    return;
  }
  value.forEach((node: unknown, i) => {
    const p = `${path}[${i}]`;
    if (typeof node === 'string') return;
    if (!isObj(node)) {
      out.push(`${p}: must be text or an inline node`);
      return;
    }
    const n = node as Partial<Exclude<Inline, string>> & Record<string, unknown>;
    switch (n.type) {
      case 'em':
      case 'strong':
        only(n, ['type', 'children'], p, out);
        checkInlines(n.children, `${p}.children`, out);
        break;
      case 'link':
        only(n, ['type', 'href', 'children'], p, out);
        if (!isHttp(n.href)) out.push(`${p}.href: must be an http(s) URL`);
        checkInlines(n.children, `${p}.children`, out);
        break;
      case 'article-link':
        only(n, ['type', 'slug', 'children'], p, out);
        if (typeof n.slug !== 'string' || !SLUG.test(n.slug)) out.push(`${p}.slug: must be a slug`);
        checkInlines(n.children, `${p}.children`, out);
        break;
      case 'cite':
        only(n, ['type', 'n'], p, out);
        if (!Number.isInteger(n.n) || (n.n as number) < 1) out.push(`${p}.n: must be an integer from 1`);
        break;
      default:
        out.push(`${p}.type: unknown inline type ${JSON.stringify(n.type)}`);
    }
  });
}

function checkBlock(block: unknown, path: string, out: Problems): void {
  if (!isObj(block)) {
    out.push(`${path}: must be a block node`);
    return;
  }
  const b = block as Partial<Block> & Record<string, unknown>;
  switch (b.type) {
    case 'heading':
      only(b, ['type', 'depth', 'id', 'children'], path, out);
      if (b.depth !== 1 && b.depth !== 2) out.push(`${path}.depth: must be 1 or 2`);
      if (typeof b.id !== 'string' || !SLUG.test(b.id)) out.push(`${path}.id: must be a slug`);
      checkInlines(b.children, `${path}.children`, out);
      break;
    case 'paragraph':
    case 'quote':
      only(b, ['type', 'children'], path, out);
      checkInlines(b.children, `${path}.children`, out);
      break;
    case 'list':
      only(b, ['type', 'ordered', 'items'], path, out);
      if (typeof b.ordered !== 'boolean') out.push(`${path}.ordered: must be true or false`);
      if (!Array.isArray(b.items) || b.items.length === 0) out.push(`${path}.items: must be a non-empty array`);
      else b.items.forEach((item, i) => checkInlines(item, `${path}.items[${i}]`, out));
      break;
    default:
      out.push(`${path}.type: unknown block type ${JSON.stringify(b.type)}`);
  }
}

const DOCUMENT_KEYS = [
  'version',
  'slug',
  'language',
  'title',
  'description',
  'published',
  'updated',
  'reviewed',
  'reviewer',
  'author',
  'topics',
  'readingMinutes',
  'source',
  'translations',
  'body',
  'references',
];

export function checkArticleDocument(value: unknown): string[] {
  const out: Problems = [];
  if (!isObj(value)) return ['document: must be an object'];
  const d = value as Partial<ArticleDocument> & Record<string, unknown>;
  only(d, DOCUMENT_KEYS, 'document', out);
  if (d.version !== 1) out.push('version: must be 1');
  for (const k of ['slug', 'language', 'title', 'description', 'author'] as const) {
    if (!isText(d[k])) out.push(`${k}: must be non-empty text`);
  }
  if (typeof d.slug === 'string' && !SLUG.test(d.slug)) out.push('slug: must use a-z, 0-9 and -');
  for (const k of ['published', 'updated'] as const) {
    if (typeof d[k] !== 'string' || !DAY.test(d[k] as string)) out.push(`${k}: must be YYYY-MM-DD`);
  }
  if (d.reviewed !== undefined && (typeof d.reviewed !== 'string' || !DAY.test(d.reviewed))) {
    out.push('reviewed: must be YYYY-MM-DD');
  }
  if (d.reviewer !== undefined && !isText(d.reviewer)) out.push('reviewer: must be non-empty text');
  if (!Array.isArray(d.topics) || !d.topics.every((t) => typeof t === 'string' && SLUG.test(t))) {
    out.push('topics: must be an array of slugs');
  }
  if (!Number.isInteger(d.readingMinutes) || (d.readingMinutes as number) < 1) {
    out.push('readingMinutes: must be an integer from 1');
  }
  if (!isObj(d.source) || !isText(d.source.name)) out.push('source.name: must be non-empty text');
  else {
    only(d.source, ['name', 'url'], 'source', out);
    if (d.source.url !== undefined && !isHttp(d.source.url)) out.push('source.url: must be an http(s) URL');
  }
  if (!Array.isArray(d.translations) || !d.translations.every((t) => typeof t === 'string')) {
    out.push('translations: must be an array of language codes');
  }
  if (!Array.isArray(d.body)) out.push('body: must be an array of blocks');
  else d.body.forEach((b, i) => checkBlock(b, `body[${i}]`, out));
  if (!Array.isArray(d.references)) out.push('references: must be an array');
  else {
    d.references.forEach((r: unknown, i) => {
      const p = `references[${i}]`;
      if (!isObj(r)) {
        out.push(`${p}: must be an object`);
        return;
      }
      only(r, ['n', 'title', 'publisher', 'authors', 'year', 'url'], p, out);
      if (r.n !== i + 1) out.push(`${p}.n: must be ${i + 1}`);
      if (!isText(r.title)) out.push(`${p}.title: must be non-empty text`);
      if (!isText(r.publisher)) out.push(`${p}.publisher: must be non-empty text`);
      if (r.authors !== undefined && !isText(r.authors)) out.push(`${p}.authors: must be non-empty text`);
      if (r.year !== undefined && !Number.isInteger(r.year)) out.push(`${p}.year: must be an integer`);
      if (r.url !== undefined && !isHttp(r.url)) out.push(`${p}.url: must be an http(s) URL`);
    });
  }
  return out;
}

export function checkContentIndex(value: unknown): string[] {
  const out: Problems = [];
  if (!isObj(value)) return ['index: must be an object'];
  const idx = value as Partial<ContentIndex> & Record<string, unknown>;
  only(idx, ['version', 'language', 'articles'], 'index', out);
  if (idx.version !== 1) out.push('version: must be 1');
  if (!isText(idx.language)) out.push('language: must be non-empty text');
  if (!Array.isArray(idx.articles)) return [...out, 'articles: must be an array'];
  idx.articles.forEach((a: unknown, i) => {
    const p = `articles[${i}]`;
    if (!isObj(a)) {
      out.push(`${p}: must be an object`);
      return;
    }
    only(
      a,
      [
        'slug',
        'language',
        'title',
        'description',
        'topics',
        'published',
        'updated',
        'reviewed',
        'readingMinutes',
        'related',
      ],
      p,
      out,
    );
    for (const k of ['slug', 'language', 'title', 'description'])
      if (!isText(a[k])) out.push(`${p}.${k}: must be non-empty text`);
    if (a.language !== idx.language) out.push(`${p}.language: must be the index language`);
    for (const k of ['published', 'updated']) {
      if (typeof a[k] !== 'string' || !DAY.test(a[k] as string)) out.push(`${p}.${k}: must be YYYY-MM-DD`);
    }
    if (a.reviewed !== undefined && (typeof a.reviewed !== 'string' || !DAY.test(a.reviewed)))
      out.push(`${p}.reviewed: must be YYYY-MM-DD`);
    if (!Array.isArray(a.topics) || !a.topics.every((t) => typeof t === 'string'))
      out.push(`${p}.topics: must be an array of slugs`);
    if (!Number.isInteger(a.readingMinutes) || (a.readingMinutes as number) < 1)
      out.push(`${p}.readingMinutes: must be an integer from 1`);
    if (!Array.isArray(a.related)) out.push(`${p}.related: must be an array`);
    else {
      a.related.forEach((r: unknown, j) => {
        if (!isObj(r) || typeof r.slug !== 'string' || typeof r.score !== 'number' || !Number.isFinite(r.score)) {
          out.push(`${p}.related[${j}]: must be { slug, score }`);
        }
      });
    }
  });
  return out;
}
