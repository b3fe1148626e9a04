/**
 * The build check: dist/content, as `npm run build` wrote it from the real content/, matches the
 * published types, is consistent across files, and equals a fresh compile of the sources.
 */
import { expect } from '@open-wc/testing';
import { checkArticleDocument, checkContentIndex } from '../../src/content/check-document.js';
import { compileCollection } from '../../src/content/collection.js';
import type { ArticleDocument } from '../../src/content/document-types.js';
import type { ContentIndex } from '../../src/content/index-types.js';
import { formatIssue } from '../../src/content/issues.js';
import type { TopicVocabulary } from '../../src/content/topic-types.js';
import { LANGUAGES as SHIPPED } from '../../src/util/language.js';

/** English and Spanish always have articles; other languages have an index once one is written. */
const REQUIRED = ['en', 'es'];

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} (run the build first)`);
  return (await res.json()) as T;
}

describe('dist/content (built from content/)', () => {
  let indexes: ContentIndex[];
  let documents: ArticleDocument[];
  let topics: TopicVocabulary;
  let languages: string[];

  before(async () => {
    // The build writes an index per content/ folder: read every shipped language that has one.
    const present = await Promise.all(
      SHIPPED.map(async (l) => REQUIRED.includes(l) || (await fetch(`/dist/content/index.${l}.json`)).ok),
    );
    languages = SHIPPED.filter((_, i) => present[i]);
    indexes = await Promise.all(languages.map((l) => json<ContentIndex>(`/dist/content/index.${l}.json`)));
    topics = await json<TopicVocabulary>('/dist/content/topics.json');
    documents = await Promise.all(
      indexes.flatMap((i) =>
        i.articles.map((a) => json<ArticleDocument>(`/dist/content/${a.language}/${a.slug}.json`)),
      ),
    );
  });

  it('has articles in English, Spanish and French, and an index (maybe empty) for every language', () => {
    for (const i of indexes)
      if (['en', 'es', 'fr'].includes(i.language)) expect(i.articles.length, i.language).to.be.greaterThan(0);
    expect(indexes.map((i) => i.language).sort()).to.deep.equal([...SHIPPED].sort());
  });

  it('every index and article JSON validates against the types', () => {
    for (const i of indexes) expect(checkContentIndex(i), `index.${i.language}.json`).to.deep.equal([]);
    for (const d of documents) expect(checkArticleDocument(d), `${d.language}/${d.slug}.json`).to.deep.equal([]);
  });

  it('index entries repeat their article, and related lists stay in the language', () => {
    for (const index of indexes) {
      const slugs = new Set(index.articles.map((a) => a.slug));
      for (const entry of index.articles) {
        const d = documents.find((x) => x.language === index.language && x.slug === entry.slug)!;
        for (const k of [
          'title',
          'description',
          'topics',
          'published',
          'updated',
          'reviewed',
          'readingMinutes',
        ] as const) {
          expect(entry[k], `${entry.slug}.${k}`).to.deep.equal(d[k]);
        }
        expect(entry.related.length).to.be.at.most(6);
        for (const r of entry.related)
          expect(slugs.has(r.slug) && r.slug !== entry.slug, `${entry.slug} → ${r.slug}`).to.equal(true);
        for (const t of d.topics) expect(topics.topics, t).to.have.property(t);
        for (const l of d.translations) {
          expect(indexes.find((i) => i.language === l)!.articles.some((a) => a.slug === d.slug)).to.equal(true);
        }
      }
    }
  });

  it('equals a fresh compile of content/ (the build output is not stale)', async () => {
    const read = async (path: string) => ({ path, text: await (await fetch(`/${path}`)).text() });
    const out = compileCollection({
      topics: await read('content/topics.yml'),
      articles: await Promise.all(documents.map((d) => read(`content/${d.language}/${d.slug}.md`))),
      languages,
    });
    expect(out.issues.map(formatIssue)).to.deep.equal([]);
    expect(out.vocabulary).to.deep.equal(topics);
    const byLanguage = (list: ContentIndex[]) => [...list].sort((a, b) => (a.language < b.language ? -1 : 1));
    expect(byLanguage(out.indexes)).to.deep.equal(byLanguage(indexes));
    const key = (d: ArticleDocument) => `${d.language}/${d.slug}`;
    const sort = (ds: ArticleDocument[]) => [...ds].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sort(out.documents)).to.deep.equal(sort(documents));
  });
});
