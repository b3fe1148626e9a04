/**
 * The whole content folder at once: compiles every article, then the checks that need all of
 * them (duplicate slugs, links and curated related lists to existing articles), translations,
 * related lists (rankRelated, per language) and the per-language indexes.
 */
import { rankRelated, type RelatedInput } from '../related/rank.js';
import { checkArticleDocument, checkContentIndex } from './check-document.js';
import { compileArticle, pathParts, type CompiledArticle, type SourceFile } from './compile.js';
import type { ArticleDocument } from './document-types.js';
import type { ContentIndex, IndexEntry } from './index-types.js';
import type { ContentIssue } from './issues.js';
import type { TopicVocabulary } from './topic-types.js';
import { parseTopics, TOPIC_LANGUAGES } from './topics.js';

export const RELATED_LIMIT = 6;

export interface CollectionInput {
  topics: SourceFile;
  articles: SourceFile[];
  /** Languages that get an index even with no articles (the folders that exist). */
  languages?: string[];
}

export interface CollectionOutput {
  documents: ArticleDocument[];
  indexes: ContentIndex[];
  vocabulary: TopicVocabulary | null;
  issues: ContentIssue[];
}

const key = (language: string, slug: string) => `${language}:${slug}`;

export function compileCollection(input: CollectionInput): CollectionOutput {
  const topicResult = parseTopics(input.topics.path, input.topics.text);
  const issues: ContentIssue[] = [...topicResult.issues];
  const vocabulary = topicResult.vocabulary;
  if (!vocabulary) return { documents: [], indexes: [], vocabulary: null, issues };

  const ctx = { topics: Object.keys(vocabulary.topics), languages: TOPIC_LANGUAGES };
  const compiled: CompiledArticle[] = [...input.articles]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => compileArticle(file, ctx));
  for (const c of compiled) issues.push(...c.issues);

  const error = (file: string, field: string, message: string, line?: number) =>
    issues.push({ file, field, message, line, severity: 'error' });

  // Which slugs exist, per language: from documents, and from files with errors too, so one
  // broken article does not make every link to it a second error.
  const owners = new Map<string, string[]>();
  for (const c of compiled) {
    const lang = c.document?.language;
    const slug = c.document?.slug;
    if (lang && slug) owners.set(key(lang, slug), [...(owners.get(key(lang, slug)) ?? []), c.path]);
  }
  const known = new Set<string>(owners.keys());
  for (const c of compiled) {
    if (!c.document) known.add(key(c.language, pathParts(c.path).slug));
  }

  for (const [k, files] of owners) {
    if (files.length < 2) continue;
    for (const f of files) {
      const others = files.filter((o) => o !== f).join(', ');
      error(f, 'slug', `duplicate slug "${k.split(':')[1]}" in language ${k.split(':')[0]}: also used by ${others}`);
    }
  }

  for (const c of compiled) {
    const lang = c.language;
    for (const link of c.articleLinks) {
      if (!known.has(key(lang, link.slug))) {
        error(c.path, 'body', `link to unknown article "article:${link.slug}" (no ${lang}/${link.slug}.md)`, link.line);
      }
    }
    c.related.forEach((slug, i) => {
      if (!known.has(key(lang, slug))) {
        error(c.path, 'related', `unknown article "${slug}" (no ${lang}/${slug}.md)`, c.relatedLines[i]);
      }
    });
  }

  const documents = compiled.flatMap((c) => (c.document ? [c.document] : []));
  const languagesOf = new Map<string, string[]>();
  for (const d of documents) languagesOf.set(d.slug, [...(languagesOf.get(d.slug) ?? []), d.language]);
  for (const d of documents) {
    d.translations = (languagesOf.get(d.slug) ?? []).filter((l) => l !== d.language).sort();
  }

  const inputs = compiled.flatMap((c) => (c.document ? [relatedInput(c, c.document)] : []));
  const ranked = rankRelated(inputs, { limit: RELATED_LIMIT });
  const exists = new Set(documents.map((d) => key(d.language, d.slug)));

  const languages = [...new Set([...(input.languages ?? []), ...documents.map((d) => d.language)])].sort();
  const indexes: ContentIndex[] = languages.map((language) => ({
    version: 1,
    language,
    articles: documents
      .filter((d) => d.language === language)
      .sort((a, b) => (a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1))
      .map(
        (d): IndexEntry => ({
          slug: d.slug,
          language: d.language,
          title: d.title,
          description: d.description,
          topics: d.topics,
          published: d.published,
          updated: d.updated,
          ...(d.reviewed ? { reviewed: d.reviewed } : {}),
          readingMinutes: d.readingMinutes,
          related: (ranked.get(key(d.language, d.slug)) ?? [])
            .filter((r) => r.slug !== d.slug && exists.has(key(d.language, r.slug)))
            .slice(0, RELATED_LIMIT)
            .map((r) => ({ slug: r.slug, score: r.score })),
        }),
      ),
  }));

  // The last guard: nothing is written that does not match the published types.
  for (const d of documents) {
    for (const p of checkArticleDocument(d)) error(`${d.language}/${d.slug}.json`, 'output', p);
  }
  for (const idx of indexes) {
    for (const p of checkContentIndex(idx)) error(`index.${idx.language}.json`, 'output', p);
  }

  return { documents, indexes, vocabulary, issues };
}

/** What the related scoring reads of a compiled article; `npm run related` builds it the same way. */
export function relatedInput(c: CompiledArticle, doc: NonNullable<CompiledArticle['document']>): RelatedInput {
  return {
    slug: doc.slug,
    language: doc.language,
    title: doc.title,
    headings: c.headings,
    body: c.text,
    topics: doc.topics,
    related: c.related,
    published: doc.published,
  };
}
