import { expect } from '@open-wc/testing';
import { isCalendarDay } from '../../src/content/validate.js';
import { SCRIPTY } from '../fixtures/hostile/payloads.js';
import { compile, messages, source, VALID } from './helpers.js';

const FILE = 'content/en/an-article.md';

/** Compiles with one change and expects exactly these messages (and no document). */
function fails(overrides: Record<string, unknown>, expected: string[], body?: string) {
  const c = compile(source(overrides, body));
  expect(messages(c)).to.deep.equal(expected);
  expect(c.document).to.equal(null);
}

describe('front matter fields', () => {
  it('compiles a valid article into a version 1 document, filling what the compiler owns', () => {
    const c = compile(source({ reviewed: '2024-08-01', reviewer: 'A. Reviewer' }, 'Some text here.'));
    expect(messages(c)).to.deep.equal([]);
    expect(c.document).to.deep.equal({
      version: 1,
      slug: 'an-article',
      language: 'en',
      title: 'A title',
      description: 'A description.',
      published: '2024-07-08',
      updated: '2024-07-09',
      reviewed: '2024-08-01',
      reviewer: 'A. Reviewer',
      author: 'The editors',
      topics: ['peer-support'],
      readingMinutes: 1,
      source: { name: 'Recovery Widgets' },
      translations: [],
      body: [{ type: 'paragraph', children: ['Some text here.'] }],
      references: [],
    });
  });

  for (const field of ['title', 'slug', 'description', 'language', 'author']) {
    it(`refuses a missing ${field}`, () => {
      fails({ [field]: undefined }, [`${FILE}: ${field}: is required and must not be empty`]);
    });
    it(`refuses an empty ${field}`, () => {
      const c = compile(source({ [field]: '   ' }));
      expect(messages(c)).to.deep.equal([
        `${FILE}: ${field}: line ${Object.keys(VALID).indexOf(field) + 2}: is required and must not be empty`,
      ]);
    });
  }

  for (const field of ['published', 'updated']) {
    it(`refuses a missing ${field}`, () => {
      fails({ [field]: undefined }, [`${FILE}: ${field}: is required: a date written YYYY-MM-DD`]);
    });
    it(`refuses an empty ${field}`, () => {
      const line = field === 'published' ? 6 : 7;
      fails({ [field]: '' }, [`${FILE}: ${field}: line ${line}: is required: a date written YYYY-MM-DD`]);
    });
  }

  it('refuses text fields that are not text', () => {
    fails({ title: 2024 }, [`${FILE}: title: line 2: must be text, not number`]);
    fails({ author: ['a', 'b'] }, [`${FILE}: author: line 8: must be text, not a list`]);
  });

  it('refuses a slug that does not match the file name', () => {
    fails({ slug: 'other-slug' }, [`${FILE}: slug: line 3: "other-slug" must match the file name "an-article.md"`]);
  });

  for (const slug of ['An-Article', 'an_article', 'an article', 'ártículo', '-an-article', 'an-article-']) {
    it(`refuses the slug "${slug}" (not [a-z0-9-]+)`, () => {
      fails({ slug }, [
        `${FILE}: slug: line 3: "${slug}" must use only a-z, 0-9 and - (not at either end, at most 128 characters)`,
      ]);
    });
  }

  it('refuses a language that does not match the folder', () => {
    fails({ language: 'es' }, [`${FILE}: language: line 5: "es" must match the folder "en"`]);
  });

  it('refuses a language folder the project does not support', () => {
    const c = compile(source({ language: 'fr' }), 'content/fr/an-article.md');
    expect(messages(c)).to.deep.equal([
      'content/fr/an-article.md: language: line 5: "fr" is not supported; use one of: en, es',
    ]);
  });

  for (const date of [
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '24-01-01',
    '2024-1-5',
    '2024/01/05',
    'July 8, 2024',
  ]) {
    it(`refuses the date "${date}"`, () => {
      fails({ published: date, updated: '2025-01-01' }, [
        `${FILE}: published: line 6: "${date}" is not a real date written YYYY-MM-DD`,
      ]);
    });
  }

  it('refuses a date written as a number or a YAML timestamp-like value', () => {
    const c = compile(source().replace('published: "2024-07-08"', 'published: 20240708'));
    expect(messages(c)).to.deep.equal([`${FILE}: published: line 6: "20240708" is not a real date written YYYY-MM-DD`]);
    // Unquoted dates stay text under the core schema.
    expect(compile(source().replace('published: "2024-07-08"', 'published: 2024-07-08')).document?.published).to.equal(
      '2024-07-08',
    );
  });

  it('accepts real days, leap days included', () => {
    expect(['2024-02-29', '2000-02-29', '2024-12-31'].every(isCalendarDay)).to.equal(true);
    expect(['1900-02-29', '2024-04-31'].some(isCalendarDay)).to.equal(false);
  });

  it('refuses updated before published, and a reviewer without a review date', () => {
    fails({ updated: '2024-07-01' }, [`${FILE}: updated: line 7: 2024-07-01 is before published 2024-07-08`]);
    fails({ reviewer: 'Someone' }, [`${FILE}: reviewer: line 10: needs "reviewed", the date of the review`]);
    fails({ reviewed: '2024-02-31' }, [
      `${FILE}: reviewed: line 10: "2024-02-31" is not a real date written YYYY-MM-DD`,
    ]);
  });

  it('refuses an unknown topic, naming it and listing the valid ones', () => {
    fails({ topics: ['family', 'sobriety'] }, [
      `${FILE}: topics: line 9: unknown topic "sobriety"; valid topics: peer-support, family, alcohol`,
    ]);
  });

  it('refuses missing, empty, duplicate or malformed topics', () => {
    fails({ topics: undefined }, [`${FILE}: topics: is required: a list such as [peer-support]`]);
    fails({ topics: [] }, [`${FILE}: topics: line 9: needs at least one entry`]);
    fails({ topics: 'family' }, [`${FILE}: topics: line 9: must be a list, e.g. [a, b]`]);
    fails({ topics: ['family', 'family'] }, [`${FILE}: topics: line 9: "family" is listed twice`]);
  });

  it('refuses unknown fields and fields the compiler fills', () => {
    fails({ topic: ['family'] }, [
      `${FILE}: topic: line 10: unknown field; valid fields: title, slug, description, language, published, updated, reviewed, reviewer, author, topics, related, references`,
    ]);
    fails({ readingMinutes: 3 }, [
      `${FILE}: readingMinutes: line 10: is filled by the compiler; remove it from the front matter`,
    ]);
    fails({ translations: ['es'] }, [
      `${FILE}: translations: line 10: is filled by the compiler; remove it from the front matter`,
    ]);
  });

  it('refuses __proto__ as an unknown field without polluting prototypes', () => {
    const c = compile(source().replace('author:', '__proto__: { polluted: 1 }\nauthor:'));
    expect(messages(c)[0]).to.match(/^content\/en\/an-article\.md: __proto__: line 8: unknown field/);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('refuses raw HTML in front-matter text', () => {
    for (const payload of SCRIPTY.filter((p) => /<[a-z/!]/i.test(p))) {
      const c = compile(source({ title: `Hi ${payload}` }));
      expect(messages(c), payload).to.deep.equal([`${FILE}: title: line 2: raw HTML is not allowed`]);
    }
  });

  it('refuses an article that lists itself as related', () => {
    fails({ related: ['an-article'] }, [`${FILE}: related: line 10: an article cannot list itself as related`]);
  });
});

describe('references and citations', () => {
  const ref = (extra: Record<string, unknown> = {}) => ({ title: 'A study', publisher: 'A journal', ...extra });

  it('numbers references from 1 and keeps the optional fields', () => {
    const c = compile(
      source(
        { references: [ref({ authors: 'Kelly, J.', year: 2020, url: 'https://example.org/study' }), ref()] },
        'Claim [1]. Another [2][1].',
      ),
    );
    expect(messages(c)).to.deep.equal([]);
    expect(c.document!.references).to.deep.equal([
      {
        n: 1,
        title: 'A study',
        publisher: 'A journal',
        authors: 'Kelly, J.',
        year: 2020,
        url: 'https://example.org/study',
      },
      { n: 2, title: 'A study', publisher: 'A journal' },
    ]);
  });

  it('refuses a citation with no reference', () => {
    fails(
      { references: [ref()] },
      [`${FILE}: body: line 15: citation [2] has no reference 2 (the article has 1 reference)`],
      'Claim [1].\n\nAnd [2].',
    );
    fails(
      {},
      [`${FILE}: body: line 12: citation [1] has no reference 1 (the article has no references)`],
      'Claim [1].',
    );
  });

  it('refuses a reference that is never cited (an error, not a warning)', () => {
    const c = compile(source({ references: [ref(), ref({ title: 'Unused' })] }, 'Claim [1].'));
    expect(messages(c)).to.deep.equal([
      `${FILE}: references[2]: line 10: reference 2 ("Unused") is never cited; add [2] in the body or remove it`,
    ]);
    expect(c.issues[0].severity).to.equal('error');
    expect(c.document).to.equal(null);
  });

  it('refuses a reference without title or publisher', () => {
    fails(
      { references: [{ publisher: 'P' }] },
      [`${FILE}: references[1].title: line 10: is required and must not be empty`],
      'a [1]',
    );
    fails(
      { references: [{ title: 'T', publisher: '' }] },
      [`${FILE}: references[1].publisher: line 10: is required and must not be empty`],
      'a [1]',
    );
  });

  for (const url of [
    'javascript:alert(1)',
    'data:text/html,x',
    'ftp://example.org/a',
    '//example.org/a',
    'example.org',
    'https://exa mple.org',
  ]) {
    it(`refuses the reference url "${url}"`, () => {
      fails(
        { references: [ref({ url })] },
        [`${FILE}: references[1].url: line 10: "${url}" must be an http(s) URL`],
        'a [1]',
      );
    });
  }

  it('refuses a bad year, an unknown reference field and a wrong n', () => {
    fails(
      { references: [ref({ year: 'last year' })] },
      [`${FILE}: references[1].year: line 10: "last year" must be a four-digit year`],
      'a [1]',
    );
    fails(
      { references: [ref({ doi: '10.1/x' })] },
      [`${FILE}: references[1].doi: line 10: unknown field; valid fields: title, publisher, authors, year, url`],
      'a [1]',
    );
    fails(
      { references: [ref({ n: 2 })] },
      [`${FILE}: references[1].n: line 10: is 2 but this is reference 1 (references are numbered in order)`],
      'a [1]',
    );
  });
});

describe('body problems reach the article', () => {
  it('refuses hostile text in a paragraph as raw HTML, naming file, field and line', () => {
    for (const payload of SCRIPTY.filter((p) => /<[a-z/!]/i.test(p))) {
      const c = compile(source({}, `Before.\n\nA paragraph with ${payload} in it.`));
      expect(messages(c), payload).to.deep.equal([
        `${FILE}: body: line 14: raw HTML is not allowed (text such as <tag>, </tag> or <!-- is refused, not rendered)`,
      ]);
      expect(c.document).to.equal(null);
    }
  });

  it('refuses a javascript: link in the body', () => {
    const c = compile(source({}, '[click](javascript:window.__pwned=1)'));
    expect(messages(c)).to.deep.equal([
      `${FILE}: body: line 12: link target "javascript:window.__pwned=1" is not allowed: links must be absolute http(s) URLs or article:<slug>`,
    ]);
  });

  it('refuses an empty body', () => {
    fails({}, [`${FILE}: body: the article has no text`], '');
  });

  it('reports every problem of a file at once', () => {
    const c = compile(source({ title: '', published: 'soon' }, '# Title\n\n<div>x</div>'));
    expect(messages(c)).to.deep.equal([
      `${FILE}: title: line 2: is required and must not be empty`,
      `${FILE}: published: line 6: "soon" is not a real date written YYYY-MM-DD`,
      `${FILE}: body: line 12: a "# " heading is not allowed: the title comes from front matter; use "## " for sections`,
      `${FILE}: body: line 14: raw HTML is not allowed (text such as <tag>, </tag> or <!-- is refused, not rendered)`,
    ]);
  });

  it('computes reading minutes as words / 220, rounded up, at least 1', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const minutes = (n: number) => compile(source({}, words(n))).document!.readingMinutes;
    expect([minutes(1), minutes(220), minutes(221), minutes(660), minutes(661)]).to.deep.equal([1, 1, 2, 3, 4]);
    // Headings and list items count; markup and citations do not.
    const c = compile(
      source(
        { references: [{ title: 'T', publisher: 'P' }] },
        `## ${words(100)}\n\n- ${words(100)}\n- **${words(21)}** [1]`,
      ),
    );
    expect(c.document!.readingMinutes).to.equal(2);
  });
});
