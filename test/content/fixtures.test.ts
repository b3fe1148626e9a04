/**
 * End to end on the fixture collections in test/fixtures/content-src/, read over HTTP the way the
 * build reads them from disk: the good one compiles to valid output, the bad one fails with every
 * problem named by file and field.
 */
import { expect } from '@open-wc/testing';
import { checkArticleDocument, checkContentIndex } from '../../src/content/check-document.js';
import { compileCollection } from '../../src/content/collection.js';
import type { SourceFile } from '../../src/content/compile.js';
import { formatIssue } from '../../src/content/issues.js';

const BASE = 'test/fixtures/content-src';

async function load(name: string, paths: string[]): Promise<{ topics: SourceFile; articles: SourceFile[] }> {
  const read = async (p: string): Promise<SourceFile> => {
    const res = await fetch(`/${BASE}/${name}/${p}`);
    if (!res.ok) throw new Error(`fixture ${p}: ${res.status}`);
    return { path: `${BASE}/${name}/${p}`, text: await res.text() };
  };
  return { topics: await read('topics.yml'), articles: await Promise.all(paths.map(read)) };
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

describe('content fixtures, end to end', () => {
  it('compiles the good collection into documents and indexes that match the types', async () => {
    const input = await load('good', ['en/finding-support.md', 'en/family-role.md', 'es/finding-support.md']);
    const out = compileCollection({ ...input, languages: ['en', 'es'] });
    expect(out.issues.map(formatIssue)).to.deep.equal([]);
    expect(out.documents).to.have.length(3);
    for (const d of out.documents) expect(checkArticleDocument(d), d.slug).to.deep.equal([]);
    for (const i of out.indexes) expect(checkContentIndex(i), i.language).to.deep.equal([]);

    const doc = out.documents.find((d) => d.language === 'en' && d.slug === 'finding-support')!;
    expect(doc.translations).to.deep.equal(['es']);
    expect(doc.reviewed).to.equal('2024-08-15');
    expect(doc.references.map((r) => r.n)).to.deep.equal([1, 2]);
    expect(doc.body.map((b) => b.type)).to.deep.equal([
      'paragraph',
      'heading',
      'paragraph',
      'list',
      'heading',
      'list',
      'quote',
      'paragraph',
    ]);
    expect(doc.body[5]).to.deep.equal({
      type: 'list',
      ordered: true,
      items: [['Find a meeting'], ['Go twice before deciding']],
    });
    expect(doc.body[7]).to.deep.equal({
      type: 'paragraph',
      children: ['Text with a literal &amp; stays as written, and an escaped *star*.'],
    });
    const es = out.documents.find((d) => d.language === 'es')!;
    expect(es.body[0]).to.deep.equal({
      type: 'heading',
      depth: 1,
      id: 'prevencion-de-recaidas',
      children: ['Prevención de recaídas'],
    });
  });

  it('fails the bad collection with every problem named by file and field, and runs nothing', async () => {
    delete window.__pwned;
    const input = await load('bad', ['en/js-fence.md', 'en/hostile.md', 'en/fields.md', 'es/yaml-error.md']);
    const out = compileCollection(input);
    const f = `${BASE}/bad`;
    expect(window.__pwned).to.equal(undefined);
    expect(out.documents).to.deep.equal([]);
    expect(out.issues.map(formatIssue)).to.deep.equal([
      `${f}/en/fields.md: title: line 2: is required and must not be empty`,
      `${f}/en/fields.md: author: is required and must not be empty`,
      `${f}/en/fields.md: slug: line 3: "Not_The_File" must use only a-z, 0-9 and - (not at either end, at most 128 characters)`,
      `${f}/en/fields.md: language: line 5: "es" must match the folder "en"`,
      `${f}/en/fields.md: published: line 6: "2024-02-30" is not a real date written YYYY-MM-DD`,
      `${f}/en/fields.md: updated: line 7: "24-01-01" is not a real date written YYYY-MM-DD`,
      `${f}/en/fields.md: topics: line 8: unknown topic "nonsense"; valid topics: peer-support, mutual-help, family, treatment, levels-of-care, relapse-prevention, alcohol, physical-health, policy, awareness, complementary-health, crisis-help`,
      `${f}/en/fields.md: references[1].publisher: line 11: is required and must not be empty`,
      `${f}/en/fields.md: references[1].url: line 12: "ftp://example.org/x" must be an http(s) URL`,
      `${f}/en/fields.md: body: line 17: citation [3] has no reference 3 (the article has 2 references)`,
      `${f}/en/fields.md: references[2]: line 13: reference 2 ("Never cited") is never cited; add [2] in the body or remove it`,
      `${f}/en/hostile.md: body: line 12: raw HTML is not allowed (text such as <tag>, </tag> or <!-- is refused, not rendered)`,
      `${f}/en/hostile.md: body: line 14: raw HTML is not allowed (text such as <tag>, </tag> or <!-- is refused, not rendered)`,
      `${f}/en/hostile.md: body: line 16: link target "javascript:window.__pwned=1" is not allowed: links must be absolute http(s) URLs or article:<slug>`,
      `${f}/en/js-fence.md: front matter: line 1: the opening fence must be exactly "---", found "---js" (front-matter engines such as ---js are not supported)`,
      `${f}/es/yaml-error.md: yaml: line 4: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${f}/en/fields.md: body: line 17: link to unknown article "article:nope" (no en/nope.md)`,
      `${f}/en/fields.md: related: line 9: unknown article "nope" (no en/nope.md)`,
    ]);
  });
});
