/**
 * One Markdown file → an ArticleDocument, or the issues that stop it. Cross-article facts
 * (translations, related lists, links to other articles) are filled in by collection.ts.
 */
import type { ArticleDocument } from './document-types.js';
import { splitFrontMatter } from './front-matter.js';
import { IssueList, type ContentIssue } from './issues.js';
import { blocksText, parseMarkdown } from './markdown.js';
import { plainText } from './inline.js';
import { validateFrontMatter } from './validate.js';
import { isPlainObject, readYaml } from './yaml-source.js';

export const SOURCE_NAME = 'Recovery Widgets';
export const WORDS_PER_MINUTE = 220;

export interface SourceFile {
  /** Relative path with `/`, `<anything>/<language>/<slug>.md`; used in every message. */
  path: string;
  text: string;
}

export interface CompiledArticle {
  path: string;
  /** From the folder: links and related slugs resolve within it even when the file has errors. */
  language: string;
  /** `translations` is empty until the collection fills it. */
  document: ArticleDocument | null;
  /** Curated related slugs from front matter, with their lines. */
  related: string[];
  relatedLines: (number | undefined)[];
  articleLinks: { slug: string; line: number }[];
  headings: string[];
  /** The body as plain text. */
  text: string;
  issues: ContentIssue[];
}

export interface CompileContext {
  topics: readonly string[];
  languages: readonly string[];
}

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** `content/en/foo.md` → { language: 'en', slug: 'foo' }. */
export function pathParts(path: string): { language: string; slug: string; ext: string } {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  const dot = name.lastIndexOf('.');
  return {
    language: parts[parts.length - 2] ?? '',
    slug: dot === -1 ? name : name.slice(0, dot),
    ext: dot === -1 ? '' : name.slice(dot),
  };
}

export function compileArticle(file: SourceFile, ctx: CompileContext): CompiledArticle {
  const issues = new IssueList(file.path);
  const out: CompiledArticle = {
    path: file.path,
    language: pathParts(file.path).language,
    document: null,
    related: [],
    relatedLines: [],
    articleLinks: [],
    headings: [],
    text: '',
    issues: issues.items,
  };
  const where = pathParts(file.path);
  if (where.ext !== '.md') issues.error('file', 'articles are .md files');

  const split = splitFrontMatter(file.text);
  if (!split.ok) {
    issues.error('front matter', split.message, split.line);
    return out;
  }
  const yaml = readYaml(split.yaml, split.yamlLine, issues);
  const checked = yaml
    ? validateFrontMatter(yaml, { fileSlug: where.slug, folderLanguage: where.language, ...ctx }, issues)
    : null;
  const fm = checked?.value;

  const md = parseMarkdown(split.body, split.bodyLine);
  for (const p of md.problems) issues.error('body', p.message, p.line);
  if (md.blocks.length === 0 && md.problems.length === 0) issues.error('body', 'the article has no text');

  if (fm) {
    const count = fm.references.length;
    for (const c of md.cites) {
      if (c.n > count) {
        const have =
          count === 0 ? 'the article has no references' : `the article has ${count} reference${count === 1 ? '' : 's'}`;
        issues.error('body', `citation [${c.n}] has no reference ${c.n} (${have})`, c.line);
      }
    }
    // An uncited reference is an error, not a warning: it is either a missing [n] or a leftover.
    const cited = new Set(md.cites.map((c) => c.n));
    for (const r of fm.references) {
      if (!cited.has(r.n)) {
        issues.error(
          `references[${r.n}]`,
          `reference ${r.n} ("${r.title.slice(0, 60)}") is never cited; add [${r.n}] in the body or remove it`,
          yaml?.lineOf(['references', r.n - 1]),
        );
      }
    }
  }

  out.related = fm?.related ?? [];
  const written = yaml && isPlainObject(yaml.value) && Array.isArray(yaml.value.related) ? yaml.value.related : [];
  out.relatedLines = out.related.map((slug) => yaml?.lineOf(['related', written.indexOf(slug)]));
  out.articleLinks = md.articleLinks;
  out.headings = md.blocks.flatMap((b) => (b.type === 'heading' ? [plainText(b.children)] : []));
  out.text = blocksText(md.blocks);
  if (!fm || !checked?.ok || issues.items.some((i) => i.severity === 'error')) return out;

  const document: ArticleDocument = {
    version: 1,
    slug: fm.slug,
    language: fm.language,
    title: fm.title,
    description: fm.description,
    published: fm.published,
    updated: fm.updated,
    ...(fm.reviewed ? { reviewed: fm.reviewed } : {}),
    ...(fm.reviewer ? { reviewer: fm.reviewer } : {}),
    author: fm.author,
    topics: fm.topics,
    readingMinutes: readingMinutes(out.text),
    source: { name: SOURCE_NAME },
    translations: [],
    body: md.blocks,
    references: fm.references,
  };
  out.document = document;
  return out;
}
