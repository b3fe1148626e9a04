// The articles of content/, compiled as `npm run build` compiles them, for the Node-side content
// tests (seed overlap, reading level).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/content/seed-fingerprint.mjs';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const CONTENT = join(ROOT, 'content');

/** Every article of every language folder as an ArticleDocument with `path` and `source` added. */
export async function compileContent() {
  const { compileCollection } = await importTs(ROOT, 'src/content/build-api.ts', 'content');
  const files = readdirSync(CONTENT)
    .filter((lang) => statSync(join(CONTENT, lang)).isDirectory())
    .flatMap((lang) =>
      readdirSync(join(CONTENT, lang))
        .filter((f) => f.endsWith('.md'))
        .map((f) => ({ path: `content/${lang}/${f}`, text: readFileSync(join(CONTENT, lang, f), 'utf8') })),
    );
  const out = compileCollection({
    topics: { path: 'content/topics.yml', text: readFileSync(join(CONTENT, 'topics.yml'), 'utf8') },
    articles: files,
  });
  const errors = out.issues.filter((i) => i.severity === 'error');
  assert.deepEqual(errors, [], 'the content compiles (npm run build shows the problems)');
  return out.documents.map((doc) => {
    const path = `content/${doc.language}/${doc.slug}.md`;
    return { ...doc, path, source: files.find((f) => f.path === path).text };
  });
}
