// content/ (topics.yml + <lang>/<slug>.md) → dist/content: one JSON document per article,
// index.<lang>.json per language and topics.json. The compiler itself is TypeScript in
// src/content/ (browser-safe, unit-tested in the browser); this file only does the disk work.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importTs } from '../lib/import-ts.mjs';

const ENTRY = 'src/content/build-api.ts';

const posix = (p) => p.split(sep).join('/');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Compiles contentDir into outDir. On any error prints each one as
 * `content/en/foo.md: <field>: <message>` and throws, so `npm run build` fails.
 */
export async function buildContent({
  contentDir = 'content',
  outDir = 'dist/content',
  log = console.log,
  logError = console.error,
} = {}) {
  const root = process.cwd();
  const compiler = await importTs(root, ENTRY, 'content');
  const display = (p) => posix(relative(root, resolve(p)));

  const topicsPath = join(contentDir, 'topics.yml');
  if (!existsSync(topicsPath)) throw new Error(`content build failed: ${display(topicsPath)} is missing`);
  const languages = readdirSync(contentDir)
    .filter((name) => !name.startsWith('.') && statSync(join(contentDir, name)).isDirectory())
    .sort();
  const articles = [];
  const issues = [];
  for (const language of languages) {
    for (const name of readdirSync(join(contentDir, language)).sort()) {
      const path = join(contentDir, language, name);
      if (name.startsWith('.') || !statSync(path).isFile()) continue;
      if (!name.endsWith('.md')) {
        issues.push({
          file: display(path),
          field: 'file',
          message: 'only .md articles belong in a language folder',
          severity: 'error',
        });
        continue;
      }
      articles.push({ path: display(path), text: readFileSync(path, 'utf8') });
    }
  }

  const out = compiler.compileCollection({
    topics: { path: display(topicsPath), text: readFileSync(topicsPath, 'utf8') },
    articles,
    // An index for every language the widgets speak, even with no article yet: the widgets then
    // know there is none to ask for (no 404s), and list the English ones instead.
    languages: [...new Set([...languages, ...compiler.LANGUAGES])],
  });
  issues.push(...out.issues);
  for (const issue of issues.filter((i) => i.severity === 'warning')) logError(compiler.formatIssue(issue));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    for (const issue of errors) logError(compiler.formatIssue(issue));
    throw new Error(
      `content build failed: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${display(contentDir)}/`,
    );
  }

  // Only this compiler writes outDir, so a removed article must not survive from a previous run.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const doc of out.documents) {
    const dir = join(outDir, doc.language);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${doc.slug}.json`);
    const json = Buffer.from(JSON.stringify(doc));
    writeFileSync(file, json);
    log(`${display(file)}  ${kb(json.length)} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip`);
  }
  for (const index of out.indexes) {
    writeFileSync(join(outDir, `index.${index.language}.json`), JSON.stringify(index));
  }
  writeFileSync(join(outDir, 'topics.json'), JSON.stringify(out.vocabulary));
  const counts = out.indexes.map((i) => `${i.language} ${i.articles.length}`).join(', ');
  log(`${display(outDir)}: ${out.documents.length} articles (${counts}), indexes, topics.json`);
  reportReadingLevels(compiler, out.documents, (doc) => display(join(contentDir, doc.language, `${doc.slug}.md`)), {
    log,
    logError,
  });
  return out;
}

/**
 * Each article's reading level and word count (src/content/reading-level.ts), with a warning
 * above grade WARN_GRADE and for every sentence over LONG_SENTENCE_WORDS words. Warnings only:
 * a hard article still builds, but the test suite holds content/ to the same limits.
 */
function reportReadingLevels(compiler, documents, pathOf, { log, logError }) {
  const { readingLevel, WARN_GRADE, LONG_SENTENCE_WORDS } = compiler;
  const number = new Intl.NumberFormat('en-US');
  log(`Reading level (U.S. school grade; aim for 8 or lower, warning above ${WARN_GRADE}):`);
  const width = Math.max(...documents.map((d) => pathOf(d).length));
  const warnings = [];
  for (const doc of documents) {
    const path = pathOf(doc);
    const level = readingLevel(doc);
    if (!level) {
      log(`  ${path.padEnd(width)}  no reading-level formula for language "${doc.language}"`);
      continue;
    }
    const score = level.score === undefined ? '' : `, reading ease ${level.score.toFixed(1)}`;
    log(
      `  ${path.padEnd(width)}  grade ${level.grade.toFixed(1).padStart(4)} (${level.formula}${score}), ${number.format(level.words)} words`,
    );
    const warn = (message) => warnings.push({ file: path, field: 'reading level', message, severity: 'warning' });
    if (level.grade > WARN_GRADE) {
      warn(`grade ${level.grade.toFixed(1)} is above ${WARN_GRADE}: shorter sentences and plainer words bring it down`);
    }
    for (const s of level.longSentences) {
      warn(`a sentence of ${s.words} words (over ${LONG_SENTENCE_WORDS}) starts "${s.start} …": split it`);
    }
  }
  for (const w of warnings) logError(compiler.formatIssue(w));
}
