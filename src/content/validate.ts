/**
 * Front-matter checks. The fields an author writes:
 *
 * ```yaml
 * title: You Can't Do Recovery Alone          # required text
 * slug: you-cant-do-recovery-alone            # required, a-z 0-9 -, equal to the file name
 * description: Why support matters ...        # required text
 * language: en                                # required, equal to the folder (en, es)
 * published: 2024-07-08                       # required YYYY-MM-DD
 * updated: 2024-07-08                         # required YYYY-MM-DD, not before published
 * reviewed: 2024-08-01                        # optional YYYY-MM-DD
 * reviewer: Jane Doe, LCSW                    # optional text (needs reviewed)
 * author: Recovery Widgets editorial team     # required text
 * topics: [peer-support, mutual-help]         # required, from content/topics.yml
 * related: [other-slug]                       # optional curated related articles, same language
 * references:                                 # optional; numbered from 1 in order, cited as [n]
 *   - title: ...                              # required
 *     publisher: ...                          # required (publisher or journal)
 *     authors: ...                            # optional
 *     year: 2020                              # optional
 *     url: https://...                        # optional, http(s) only
 * ```
 *
 * Any other field is an error (a typo such as `topic:` must not pass silently). Field names in
 * messages: `references[3].url` counts from 1, like the `[3]` that cites it.
 */
import type { Reference } from './document-types.js';
import type { IssueList } from './issues.js';
import { isPlainObject, type YamlSource } from './yaml-source.js';

export interface FrontMatter {
  title: string;
  slug: string;
  description: string;
  language: string;
  published: string;
  updated: string;
  reviewed?: string;
  reviewer?: string;
  author: string;
  topics: string[];
  related: string[];
  references: Reference[];
}

export interface FrontMatterContext {
  /** From the file name, `foo` for `content/en/foo.md`. */
  fileSlug: string;
  /** From the folder, `en` for `content/en/foo.md`. */
  folderLanguage: string;
  /** The topic vocabulary's slugs. */
  topics: readonly string[];
  languages: readonly string[];
}

const FIELDS = [
  'title',
  'slug',
  'description',
  'language',
  'published',
  'updated',
  'reviewed',
  'reviewer',
  'author',
  'topics',
  'related',
  'references',
];
const COMPILER_FIELDS = ['version', 'readingMinutes', 'translations', 'source', 'body'];
const REFERENCE_FIELDS = ['n', 'title', 'publisher', 'authors', 'year', 'url'];

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;
const HTML = /<[A-Za-z/!?]/;

/** A real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /[\s\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Returns what could be read (so citations and links are still checked when a field is wrong)
 * and whether every field is valid.
 */
export function validateFrontMatter(
  yaml: YamlSource,
  ctx: FrontMatterContext,
  issues: IssueList,
): { value: FrontMatter; ok: boolean } | null {
  const data = yaml.value;
  const start = issues.items.length;
  if (!isPlainObject(data)) {
    issues.error('front matter', 'must be YAML fields (title: ..., slug: ..., ...)');
    return null;
  }
  /** The line of the field, or of the nearest enclosing node when the field is missing. */
  const lineOf = (path: (string | number)[]) => {
    for (let n = path.length; n > 0; n--) {
      const line = yaml.lineOf(path.slice(0, n));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const err = (field: string, message: string, path: (string | number)[] = [field]) =>
    issues.error(field, message, lineOf(path));

  for (const key of Object.keys(data)) {
    if (COMPILER_FIELDS.includes(key)) err(key, 'is filled by the compiler; remove it from the front matter');
    else if (!FIELDS.includes(key)) err(key, `unknown field; valid fields: ${FIELDS.join(', ')}`);
  }

  const text = (field: string, required: boolean, path: (string | number)[] = [field], value = data[field]) => {
    if (value === undefined || value === null || value === '') {
      if (required) err(field, 'is required and must not be empty', path);
      return undefined;
    }
    if (typeof value !== 'string') {
      err(field, `must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`, path);
      return undefined;
    }
    const trimmed = value.trim().replace(/\s+/g, ' ');
    if (!trimmed) {
      if (required) err(field, 'is required and must not be empty', path);
      return undefined;
    }
    if (HTML.test(trimmed)) {
      err(field, 'raw HTML is not allowed', path);
      return undefined;
    }
    return trimmed;
  };

  const day = (field: string, required: boolean) => {
    const value = data[field];
    if (value === undefined || value === null || value === '') {
      if (required) err(field, 'is required: a date written YYYY-MM-DD');
      return undefined;
    }
    if (typeof value !== 'string' || !isCalendarDay(value.trim())) {
      err(field, `"${String(value)}" is not a real date written YYYY-MM-DD`);
      return undefined;
    }
    return value.trim();
  };

  const title = text('title', true);
  const description = text('description', true);
  const author = text('author', true);
  const reviewer = text('reviewer', false);

  const slug = text('slug', true);
  if (slug !== undefined) {
    if (!SLUG.test(slug))
      err('slug', `"${slug}" must use only a-z, 0-9 and - (not at either end, at most 128 characters)`);
    else if (slug !== ctx.fileSlug) err('slug', `"${slug}" must match the file name "${ctx.fileSlug}.md"`);
  }

  const language = text('language', true);
  if (language !== undefined) {
    if (language !== ctx.folderLanguage) {
      err('language', `"${language}" must match the folder "${ctx.folderLanguage}"`);
    } else if (!ctx.languages.includes(language)) {
      err('language', `"${language}" is not supported; use one of: ${ctx.languages.join(', ')}`);
    }
  }

  const published = day('published', true);
  const updated = day('updated', true);
  const reviewed = day('reviewed', false);
  if (published && updated && updated < published) {
    err('updated', `${updated} is before published ${published}`);
  }
  if (reviewer && !reviewed && data.reviewed === undefined) {
    err('reviewer', 'needs "reviewed", the date of the review');
  }

  const list = (field: string, required: boolean): string[] => {
    const value = data[field];
    if (value === undefined || value === null) {
      if (required) err(field, 'is required: a list such as [peer-support]');
      return [];
    }
    if (!Array.isArray(value)) {
      err(field, 'must be a list, e.g. [a, b]');
      return [];
    }
    if (required && value.length === 0) err(field, 'needs at least one entry');
    const out: string[] = [];
    value.forEach((v, i) => {
      if (typeof v !== 'string' || !SLUG.test(v))
        err(field, `"${String(v)}" is not a slug (a-z, 0-9 and -)`, [field, i]);
      else if (out.includes(v)) err(field, `"${v}" is listed twice`, [field, i]);
      else out.push(v);
    });
    return out;
  };

  const topics = list('topics', true);
  for (const [i, t] of topics.entries()) {
    if (!ctx.topics.includes(t)) {
      err('topics', `unknown topic "${t}"; valid topics: ${ctx.topics.join(', ')}`, ['topics', i]);
    }
  }
  const related = list('related', false);
  if (slug && related.includes(slug)) err('related', 'an article cannot list itself as related');

  const references: Reference[] = [];
  const refs = data.references;
  if (refs !== undefined && refs !== null && !Array.isArray(refs)) {
    err('references', 'must be a list of { title, publisher, authors?, year?, url? }');
  } else if (Array.isArray(refs)) {
    refs.forEach((ref, i) => {
      const n = i + 1;
      const name = `references[${n}]`;
      const path = ['references', i];
      if (!isPlainObject(ref)) {
        err(name, 'must be { title, publisher, authors?, year?, url? }', path);
        return;
      }
      for (const key of Object.keys(ref)) {
        if (!REFERENCE_FIELDS.includes(key)) {
          err(`${name}.${key}`, `unknown field; valid fields: ${REFERENCE_FIELDS.slice(1).join(', ')}`, [...path, key]);
        }
      }
      if (ref.n !== undefined && ref.n !== n) {
        err(`${name}.n`, `is ${String(ref.n)} but this is reference ${n} (references are numbered in order)`, [
          ...path,
          'n',
        ]);
      }
      const field = (key: string, required: boolean) => text(`${name}.${key}`, required, [...path, key], ref[key]);
      const title = field('title', true);
      const publisher = field('publisher', true);
      const authors = field('authors', false);
      const reference: Reference = { n, title: title ?? '', publisher: publisher ?? '' };
      if (authors) reference.authors = authors;
      if (ref.year !== undefined && ref.year !== null) {
        if (typeof ref.year !== 'number' || !Number.isInteger(ref.year) || ref.year < 1000 || ref.year > 2999) {
          err(`${name}.year`, `"${String(ref.year)}" must be a four-digit year`, [...path, 'year']);
        } else {
          reference.year = ref.year;
        }
      }
      const url = field('url', false);
      if (url !== undefined) {
        if (!isHttpUrl(url)) err(`${name}.url`, `"${url.slice(0, 80)}" must be an http(s) URL`, [...path, 'url']);
        else reference.url = new URL(url).href;
      }
      references.push(reference);
    });
  }

  const fm: FrontMatter = {
    title: title ?? '',
    slug: slug ?? '',
    description: description ?? '',
    language: language ?? '',
    published: published ?? '',
    updated: updated ?? '',
    author: author ?? '',
    topics,
    related,
    references,
  };
  if (reviewed) fm.reviewed = reviewed;
  if (reviewer) fm.reviewer = reviewer;
  return { value: fm, ok: issues.items.length === start };
}
