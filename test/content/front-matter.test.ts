import { expect } from '@open-wc/testing';
import { splitFrontMatter } from '../../src/content/front-matter.js';
import { compile, messages, source } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

describe('front matter fence', () => {
  it('splits --- YAML --- and the body, with the body line', () => {
    const r = splitFrontMatter('---\na: 1\nb: 2\n---\nBody\n');
    expect(r).to.deep.equal({ ok: true, yaml: 'a: 1\nb: 2', yamlLine: 2, body: 'Body\n', bodyLine: 5 });
  });

  it('accepts CRLF files and a byte-order mark', () => {
    const r = splitFrontMatter('\uFEFF---\r\na: 1\r\n---\r\nBody');
    expect(r.ok && r.yaml).to.equal('a: 1');
  });

  for (const fence of ['---js', '---javascript', '--- coffee', '---yaml', '--- ']) {
    it(`refuses the opening fence "${fence}" (gray-matter engines)`, () => {
      const c = compile(`${fence}\ntitle: x\n---\n\nBody`);
      expect(c.document).to.equal(null);
      expect(messages(c)).to.deep.equal([
        `content/en/an-article.md: front matter: line 1: the opening fence must be exactly "---", found "${fence}" (front-matter engines such as ---js are not supported)`,
      ]);
    });
  }

  it('never evaluates a ---js front matter (the payload would set a global)', async () => {
    delete window.__pwned;
    const payload = ['---js', '{ title: (globalThis.__pwned = 1, "x"), slug: "an-article" }', '---', '', 'Body'].join(
      '\n',
    );
    const c = compile(payload);
    // Also the real fixture file, as the build reads it.
    const fixture = await (await fetch('/test/fixtures/content-src/bad/en/js-fence.md')).text();
    const f = compile(fixture, 'content/en/js-fence.md');
    expect(window.__pwned).to.equal(undefined);
    expect(c.document).to.equal(null);
    expect(f.document).to.equal(null);
    expect(messages(f)[0]).to.match(
      /^content\/en\/js-fence\.md: front matter: line 1: the opening fence must be exactly "---"/,
    );
  });

  it('never runs YAML tags that other loaders execute (!!js/function)', () => {
    delete window.__pwned;
    const c = compile(
      source({}).replace('title: "A title"', 'title: !!js/function "function () { globalThis.__pwned = 1 }"'),
    );
    expect(window.__pwned).to.equal(undefined);
    expect(c.document).to.equal(null);
    expect(messages(c)[0]).to.match(/^content\/en\/an-article\.md: yaml: line 2: Unresolved tag/);
  });

  it('refuses a file without front matter', () => {
    expect(messages(compile('Just text'))).to.deep.equal([
      'content/en/an-article.md: front matter: line 1: the file must start with a "---" line that opens the front matter',
    ]);
  });

  it('refuses front matter that is never closed', () => {
    expect(messages(compile('---\ntitle: x\n\nBody'))[0]).to.equal(
      'content/en/an-article.md: front matter: line 1: the front matter is not closed: add a line with exactly "---" after it',
    );
  });

  it('reports a YAML syntax error with its file line', () => {
    const c = compile('---\ntitle: x\ntopics: [a, b\nslug: y\n---\n\nBody');
    expect(c.document).to.equal(null);
    const m = messages(c);
    expect(m[0]).to.match(/^content\/en\/an-article\.md: yaml: line \d: /);
    expect(c.issues[0].line).to.be.within(3, 4);
  });

  it('reports a duplicate key with its line', () => {
    const c = compile(source().replace('author:', 'title: "Again"\nauthor:'));
    expect(messages(c)[0]).to.equal('content/en/an-article.md: yaml: line 8: Map keys must be unique');
  });

  it('refuses YAML aliases', () => {
    const c = compile(source().replace('title: "A title"', 'title: &t "A title"\nauthor2: *t'));
    expect(messages(c).join('\n')).to.match(/yaml: aliases \(\*name\) are not allowed/);
  });

  it('refuses front matter that is not a mapping', () => {
    expect(messages(compile('---\n- a\n- b\n---\n\nBody'))).to.deep.equal([
      'content/en/an-article.md: front matter: must be YAML fields (title: ..., slug: ..., ...)',
    ]);
  });
});
