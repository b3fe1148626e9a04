import { expect } from '@open-wc/testing';
import { checkArticleDocument, checkContentIndex } from '../../src/content/check-document.js';
import { compileCollection, RELATED_LIMIT } from '../../src/content/collection.js';
import type { SourceFile } from '../../src/content/compile.js';
import { formatIssue } from '../../src/content/issues.js';
import { parseTopics } from '../../src/content/topics.js';
import { source } from './helpers.js';

const TOPICS: SourceFile = {
  path: 'content/topics.yml',
  text: [
    '# comment',
    'peer-support: { en: Peer support, es: Apoyo entre pares }',
    'family: { en: Family and friends, es: Familia y amistades }',
    'alcohol: { en: Alcohol, es: Alcohol }',
  ].join('\n'),
};

/** An article file for `language/slug`, with front-matter overrides and a body. */
const article = (
  language: string,
  slug: string,
  overrides: Record<string, unknown> = {},
  body = 'Text.',
): SourceFile => ({
  path: `content/${language}/${slug}.md`,
  text: source({ slug, language, title: `Title ${slug}`, ...overrides }, body),
});

const run = (articles: SourceFile[], languages?: string[]) => {
  const out = compileCollection({ topics: TOPICS, articles, languages });
  return { ...out, messages: out.issues.map(formatIssue) };
};

describe('content collection', () => {
  it('writes documents, per-language indexes and the topic vocabulary', () => {
    const out = run([
      article('en', 'a', { published: '2024-01-01', updated: '2024-01-01', reviewed: '2024-02-01' }),
      article('en', 'b', { published: '2024-03-01', updated: '2024-03-01' }),
      article('es', 'a'),
    ]);
    expect(out.messages).to.deep.equal([]);
    expect(out.documents.map((d) => `${d.language}/${d.slug}`)).to.deep.equal(['en/a', 'en/b', 'es/a']);
    expect(out.vocabulary).to.deep.equal({
      version: 1,
      topics: {
        'peer-support': { en: 'Peer support', es: 'Apoyo entre pares' },
        family: { en: 'Family and friends', es: 'Familia y amistades' },
        alcohol: { en: 'Alcohol', es: 'Alcohol' },
      },
    });
    const en = out.indexes.find((i) => i.language === 'en')!;
    expect(checkContentIndex(en)).to.deep.equal([]);
    // Newest first.
    expect(en.articles.map((a) => a.slug)).to.deep.equal(['b', 'a']);
    const { related, ...entry } = en.articles[1];
    expect(entry).to.deep.equal({
      slug: 'a',
      language: 'en',
      title: 'Title a',
      description: 'A description.',
      topics: ['peer-support'],
      published: '2024-01-01',
      updated: '2024-01-01',
      reviewed: '2024-02-01',
      readingMinutes: 1,
    });
    expect(related.map((r) => r.slug)).to.deep.equal(['b']);
    for (const d of out.documents) expect(checkArticleDocument(d)).to.deep.equal([]);
  });

  it('fills translations with the other languages that have the same slug', () => {
    const out = run([article('en', 'a'), article('es', 'a'), article('en', 'b')]);
    const t = Object.fromEntries(out.documents.map((d) => [`${d.language}/${d.slug}`, d.translations]));
    expect(t).to.deep.equal({ 'en/a': ['es'], 'en/b': [], 'es/a': ['en'] });
  });

  it('keeps related lists within their language, without the article itself, at most 6', () => {
    const en = Array.from({ length: 9 }, (_, i) =>
      article('en', `en-${i}`, { topics: ['family'] }, 'Family support text.'),
    );
    const es = Array.from({ length: 3 }, (_, i) =>
      article('es', `es-${i}`, { topics: ['family'] }, 'Family support text.'),
    );
    const out = run([...en, ...es]);
    expect(out.messages).to.deep.equal([]);
    for (const index of out.indexes) {
      const slugs = new Set(index.articles.map((a) => a.slug));
      for (const a of index.articles) {
        expect(a.related.length).to.be.within(1, RELATED_LIMIT);
        expect(
          a.related.every((r) => slugs.has(r.slug) && r.slug !== a.slug),
          a.slug,
        ).to.equal(true);
      }
    }
    expect(out.indexes.find((i) => i.language === 'en')!.articles[0].related).to.have.length(6);
    expect(out.indexes.find((i) => i.language === 'es')!.articles[0].related).to.have.length(2);
  });

  it('puts curated related articles first', () => {
    const out = run([
      article('en', 'a', { related: ['c'] }, 'Alcohol and family.'),
      article('en', 'b', {}, 'Alcohol and family.'),
      article('en', 'c', { topics: ['alcohol'] }, 'Unrelated words entirely.'),
    ]);
    expect(out.indexes[0].articles.find((x) => x.slug === 'a')!.related[0].slug).to.equal('c');
  });

  it('writes an empty index for a language folder with no articles yet', () => {
    const out = run([article('en', 'a')], ['en', 'es']);
    expect(out.indexes.map((i) => [i.language, i.articles.length])).to.deep.equal([
      ['en', 1],
      ['es', 0],
    ]);
  });

  it('refuses a duplicate slug within a language, naming both files', () => {
    const a = article('en', 'same');
    const b = { ...a, path: 'other/en/same.md' };
    expect(run([a, b]).messages).to.deep.equal([
      'content/en/same.md: slug: duplicate slug "same" in language en: also used by other/en/same.md',
      'other/en/same.md: slug: duplicate slug "same" in language en: also used by content/en/same.md',
    ]);
    // The same slug in two languages is a translation, not a duplicate.
    expect(run([article('en', 'same'), article('es', 'same')]).messages).to.deep.equal([]);
  });

  it('refuses a link to an unknown article, with its line, and to an article in another language', () => {
    const out = run([
      article('en', 'a', {}, 'See [this](article:nope).\n\nAnd [that](article:only-es).'),
      article('es', 'only-es'),
    ]);
    expect(out.messages).to.deep.equal([
      'content/en/a.md: body: line 12: link to unknown article "article:nope" (no en/nope.md)',
      'content/en/a.md: body: line 14: link to unknown article "article:only-es" (no en/only-es.md)',
    ]);
  });

  it('refuses an unknown curated related article', () => {
    expect(run([article('en', 'a', { related: ['b', 'nope'] }), article('en', 'b')]).messages).to.deep.equal([
      'content/en/a.md: related: line 10: unknown article "nope" (no en/nope.md)',
    ]);
  });

  it('does not report links to an article that exists but has its own errors', () => {
    const out = run([article('en', 'a', { related: ['b'] }, '[b](article:b)'), article('en', 'b', { title: '' })]);
    expect(out.messages).to.deep.equal(['content/en/b.md: title: line 2: is required and must not be empty']);
    expect(out.documents.map((d) => d.slug)).to.deep.equal(['a']);
  });

  it('stops at a broken topics.yml, naming the topic and language', () => {
    const out = compileCollection({
      topics: { path: 'content/topics.yml', text: 'family: { en: Family }\nBad_Slug: { en: X, es: Y }\nfamily2: nope' },
      articles: [article('en', 'a')],
    });
    expect(out.issues.map(formatIssue)).to.deep.equal([
      'content/topics.yml: family.es: line 1: missing label',
      'content/topics.yml: Bad_Slug: line 2: a topic slug uses only a-z, 0-9 and -',
      'content/topics.yml: family2: line 3: must be { en: ..., es: ... }',
    ]);
    expect(out.documents).to.deep.equal([]);
  });

  it('reads the real topic vocabulary', async () => {
    const text = await (await fetch('/content/topics.yml')).text();
    const { vocabulary, issues } = parseTopics('content/topics.yml', text);
    expect(issues).to.deep.equal([]);
    expect(Object.keys(vocabulary!.topics)).to.include.members(['peer-support', 'family', 'crisis-help']);
    expect(vocabulary!.topics['family']).to.deep.equal({ en: 'Family and friends', es: 'Familia y amistades' });
  });
});
