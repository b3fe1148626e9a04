import { expect } from '@open-wc/testing';
import { parseMarkdown, slugify } from '../../src/content/markdown.js';

const blocks = (md: string) => {
  const r = parseMarkdown(md);
  expect(r.problems, JSON.stringify(r.problems)).to.deep.equal([]);
  return r.blocks;
};

/** The problems of `md` (first line = 10, to check file line numbers). */
const problems = (md: string) => parseMarkdown(md, 10).problems;

describe('markdown subset: blocks', () => {
  it('joins consecutive lines of a paragraph with a space and splits paragraphs on blank lines', () => {
    expect(blocks('One\ntwo  \n   three\n\nFour')).to.deep.equal([
      { type: 'paragraph', children: ['One two three'] },
      { type: 'paragraph', children: ['Four'] },
    ]);
  });

  it('reads ## as depth 1 and ### as depth 2, with ids from the text', () => {
    expect(blocks('## Why *groups* help\n\n### First steps ##')).to.deep.equal([
      {
        type: 'heading',
        depth: 1,
        id: 'why-groups-help',
        children: ['Why ', { type: 'em', children: ['groups'] }, ' help'],
      },
      { type: 'heading', depth: 2, id: 'first-steps', children: ['First steps'] },
    ]);
  });

  it('makes heading ids unique within the article and ASCII for Spanish text', () => {
    const ids = blocks('## Prevención de recaídas\n## Intro\n## Intro\n## Intro 2\n## ¿?').map((b) =>
      b.type === 'heading' ? b.id : '',
    );
    expect(ids).to.deep.equal(['prevencion-de-recaidas', 'intro', 'intro-2', 'intro-2-2', 'section']);
    expect(slugify('  Hello, World!  ')).to.equal('hello-world');
  });

  it('reads - bullet lists and 1. ordered lists, items continued on indented lines', () => {
    expect(blocks('- one\n- two\n  more\n\n1. first\n2. second')).to.deep.equal([
      { type: 'list', ordered: false, items: [['one'], ['two more']] },
      { type: 'list', ordered: true, items: [['first'], ['second']] },
    ]);
  });

  it('keeps a list with blank lines between its items as one list', () => {
    expect(blocks('- a\n\n- b\n\nAfter\n\n1. x\n\n- y')).to.deep.equal([
      { type: 'list', ordered: false, items: [['a'], ['b']] },
      { type: 'paragraph', children: ['After'] },
      { type: 'list', ordered: true, items: [['x']] },
      { type: 'list', ordered: false, items: [['y']] },
    ]);
  });

  it('ends a paragraph where a list or heading starts', () => {
    expect(blocks('Intro:\n- a\n- b\n## Next')).to.deep.equal([
      { type: 'paragraph', children: ['Intro:'] },
      { type: 'list', ordered: false, items: [['a'], ['b']] },
      { type: 'heading', depth: 1, id: 'next', children: ['Next'] },
    ]);
  });

  it('reads a > quote of one paragraph over several lines', () => {
    expect(blocks('> Nobody recovers\n> alone.')).to.deep.equal([
      { type: 'quote', children: ['Nobody recovers alone.'] },
    ]);
  });

  it('returns nothing for an empty body', () => {
    expect(blocks('\n\n')).to.deep.equal([]);
  });
});

describe('markdown subset: inline', () => {
  const inline = (md: string) => {
    const b = blocks(md)[0];
    return b.type === 'paragraph' ? b.children : null;
  };

  it('reads *em* and **strong**, nested both ways', () => {
    expect(inline('*a* **b** ***c*** **d *e***')).to.deep.equal([
      { type: 'em', children: ['a'] },
      ' ',
      { type: 'strong', children: ['b'] },
      ' ',
      { type: 'strong', children: [{ type: 'em', children: ['c'] }] },
      ' ',
      { type: 'strong', children: ['d ', { type: 'em', children: ['e'] }] },
    ]);
  });

  it('reads http(s) links, keeping parentheses inside the URL', () => {
    expect(inline('See [the *guide*](https://example.org/a_(b)?q=1).')).to.deep.equal([
      'See ',
      { type: 'link', href: 'https://example.org/a_(b)?q=1', children: ['the ', { type: 'em', children: ['guide'] }] },
      '.',
    ]);
    expect(inline('[x](http://example.org)')).to.deep.equal([
      { type: 'link', href: 'http://example.org/', children: ['x'] },
    ]);
  });

  it('reads [text](article:slug) as an article link', () => {
    expect(inline('Read [this](article:family-role).')).to.deep.equal([
      'Read ',
      { type: 'article-link', slug: 'family-role', children: ['this'] },
      '.',
    ]);
  });

  it('reads [n] as a citation and reports where each one is', () => {
    const r = parseMarkdown('Text [1][2].\n\nMore [12]', 5);
    expect(r.blocks[0]).to.deep.equal({
      type: 'paragraph',
      children: ['Text', { type: 'cite', n: 1 }, { type: 'cite', n: 2 }, '.'],
    });
    expect(r.cites).to.deep.equal([
      { n: 1, line: 5 },
      { n: 2, line: 5 },
      { n: 12, line: 7 },
    ]);
  });

  it('attaches a citation to the word before it: no space before the marker', () => {
    expect(inline('keeping people abstinent [3]. Both [1] [2], and **this** [4]')).to.deep.equal([
      'keeping people abstinent',
      { type: 'cite', n: 3 },
      '. Both',
      { type: 'cite', n: 1 },
      { type: 'cite', n: 2 },
      ', and ',
      { type: 'strong', children: ['this'] },
      { type: 'cite', n: 4 },
    ]);
  });

  it('keeps text as written: no entity decoding, escapes give the literal character', () => {
    expect(inline('Fish &amp; chips &lt;b&gt; 5 \\* 3 \\[1\\] C:\\path')).to.deep.equal([
      'Fish &amp; chips &lt;b&gt; 5 * 3 [1] C:\\path',
    ]);
  });

  it('keeps a ! before a citation as text', () => {
    expect(parseMarkdown('Great![1]').blocks).to.deep.equal([
      { type: 'paragraph', children: ['Great!', { type: 'cite', n: 1 }] },
    ]);
  });

  it('does not treat underscores or a lone # as syntax', () => {
    expect(inline('snake_case, a _ b, \\_x\\_ and #hashtag')).to.deep.equal(['snake_case, a _ b, _x_ and #hashtag']);
  });
});

describe('markdown subset: everything else is an error with its line', () => {
  const cases: [string, string, RegExp, number][] = [
    ['h1', 'Text\n\n# Title', /"# " heading is not allowed: the title comes from front matter/, 12],
    ['h4', '#### Deep', /"#### " headings are not allowed/, 10],
    ['code fence', 'a\n\n```js\nalert(1)\n```', /code blocks are not allowed/, 12],
    ['tilde fence', '~~~\nx\n~~~', /code blocks are not allowed/, 10],
    ['indented code', '    let x = 1', /indented code blocks are not allowed/, 10],
    ['inline code', 'use `npm`', /code \(backticks\) is not allowed/, 10],
    ['image', 'See ![alt](https://example.org/a.png)', /images are not allowed/, 10],
    ['table', '| a | b |\n|---|---|', /tables are not allowed/, 10],
    ['horizontal rule', 'a\n\n---', /horizontal rules are not allowed/, 12],
    ['setext heading', 'Title\n=====', /setext/, 11],
    ['* bullet', '* item', /use "- " for bullet lists/, 10],
    ['nested list', '- a\n  - b', /nested lists are not allowed/, 11],
    ['second paragraph in an item', '- a\n\n  more', /a list item holds one paragraph/, 12],
    ['ordered list not from 1', '3. three', /must start at 1/, 10],
    ['1) list', '1) one', /use "1. "/, 10],
    ['empty item', '-', /empty list item/, 10],
    ['two-paragraph quote', '> a\n>\n> b', /a quote holds one paragraph/, 11],
    ['nested quote', '> > a', /nested quotes/, 10],
    ['list in quote', '> a\n> - b', /one paragraph/, 11],
    ['raw HTML tag', 'Hi <b>there</b>', /raw HTML is not allowed/, 10],
    ['raw HTML close tag', 'x </div>', /raw HTML is not allowed/, 10],
    ['HTML comment', '<!-- hidden -->', /raw HTML is not allowed/, 10],
    ['autolink', '<https://example.org>', /raw HTML is not allowed/, 10],
    ['javascript: link', '[x](javascript:alert(1))', /links must be absolute http\(s\) URLs or article:<slug>/, 10],
    ['data: link', '[x](data:text/html,hi)', /not allowed: links must be absolute http\(s\)/, 10],
    ['relative link', '[x](/about)', /not allowed/, 10],
    ['mailto link', '[x](mailto:a@b.org)', /not allowed/, 10],
    ['protocol-relative link', '[x](//evil.example)', /not allowed/, 10],
    ['link with a title', '[x](https://example.org "T")', /without spaces/, 10],
    ['bad article slug', '[x](article:Bad_Slug)', /not a valid article link/, 10],
    ['unclosed link target', '[x](https://example.org', /no closing "\)"/, 10],
    ['brackets without target', 'a [note] b', /must be a link \[text\]\(https:\/\/\.\.\.\) or a citation \[n\]/, 10],
    ['nested link', '[a [b](https://x.org)](https://y.org)', /links cannot be nested/, 10],
    ['cite inside link', '[see [1]](https://x.org)', /citation cannot be inside link text/, 10],
    ['citation 0', 'text [0]', /must be a number from 1/, 10],
    ['unclosed em', 'an *open thing', /"\*" is never closed/, 10],
    ['unclosed strong', 'an **open thing', /"\*\*" is never closed/, 10],
    ['lone star', '5 * 3', /a lone "\*" is not emphasis/, 10],
    ['empty emphasis', 'a **** b', /empty emphasis|lone/, 10],
    ['underscore emphasis', 'an _em_ word', /underscores are not emphasis here/, 10],
    ['underscore strong', '__strong__', /underscores are not emphasis here/, 10],
    ['empty link text', '[](https://x.org)', /empty link text/, 10],
  ];
  for (const [name, md, message, line] of cases) {
    it(`${name}`, () => {
      const found = problems(md);
      expect(found.length, JSON.stringify(found)).to.be.greaterThan(0);
      expect(found[0].message).to.match(message);
      expect(found[0].line).to.equal(line);
    });
  }

  it('names the right line inside a multi-line paragraph', () => {
    expect(problems('first line\nsecond line\nthird <i>x</i>')[0].line).to.equal(12);
    expect(problems('first line\nsecond [x](ftp://a) line')[0].line).to.equal(11);
  });

  it('does not turn a refused block into output', () => {
    const r = parseMarkdown('Good.\n\nBad <script>alert(1)</script>.\n\n[x](javascript:alert(1))');
    expect(r.blocks).to.deep.equal([{ type: 'paragraph', children: ['Good.'] }]);
    expect(r.problems).to.have.length(2);
  });

  it('accepts a < that is not a tag', () => {
    expect(parseMarkdown('a < b and 3<4').problems).to.deep.equal([]);
  });
});
