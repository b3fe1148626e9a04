#!/usr/bin/env node
/**
 * `npm run related -- <slug> [--lang es] [--limit 6] [--min-score 0.05] [--json] [--raw]`
 * (`--raw` skips the compiler and reads the Markdown directly): shows how the build ranks the
 * articles related to one article, with each score and the reasons (curated, shared topics, top
 * terms, fallback), so an editor can see why a list looks the way it does.
 *
 * Node 20 cannot run .ts, so the ranking code (src/related/) and the content compiler's
 * per-article step (src/content/compile.ts) are bundled with esbuild and imported. The ranking
 * inputs are built exactly as src/content/collection.ts builds them, so the output matches the
 * `related` lists in dist/content/index.<lang>.json. If the compiler cannot be loaded, content/
 * is read here with a small front-matter split and a rough Markdown-to-text pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './lib/import-ts.mjs';
import { parse as parseYaml } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function usage(message) {
  if (message) console.error(`related: ${message}\n`);
  console.error('Usage: npm run related -- <slug> [--lang en|es] [--limit N] [--min-score X] [--json] [--raw]');
  process.exit(2);
}

function parseArgs(argv) {
  const args = { slug: undefined, lang: 'en', limit: 6, json: false, minScore: undefined, raw: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang') args.lang = argv[++i];
    else if (a.startsWith('--lang=')) args.lang = a.slice(7);
    else if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a.startsWith('--limit=')) args.limit = Number(a.slice(8));
    else if (a === '--json') args.json = true;
    else if (a === '--raw') args.raw = true;
    else if (a === '--min-score') args.minScore = Number(argv[++i]);
    else if (a.startsWith('--min-score=')) args.minScore = Number(a.slice(12));
    else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (!args.slug) args.slug = a;
    else usage(`one slug at a time (got "${args.slug}" and "${a}")`);
  }
  if (!args.slug) usage('which article? Give its slug.');
  if (!args.lang || !/^[a-z]{2,3}$/.test(args.lang)) usage(`--lang must be a language code such as en or es`);
  if (!Number.isInteger(args.limit) || args.limit < 1) usage('--limit must be a whole number of 1 or more');
  if (args.minScore !== undefined && !(args.minScore >= 0)) usage('--min-score must be a number of 0 or more');
  return args;
}

const RANK = `export { rankRelated, relatedKey } from './src/related/rank.ts';`;
/** The content compiler's own per-article step, so the inputs are exactly what the build ranks. */
const COMPILER = `${RANK}
export { compileArticle } from './src/content/compile.ts';
export { relatedInput } from './src/content/collection.ts';
export { parseTopics, TOPIC_LANGUAGES } from './src/content/topics.ts';`;

function markdownFiles() {
  const dir = join(root, 'content');
  const files = [];
  for (const lang of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const file of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      files.push({ path: `content/${lang}/${file}`, text: readFileSync(join(dir, lang, file), 'utf8') });
    }
  }
  return files;
}

/** Inputs built by src/content/collection.ts's own relatedInput(), as the build ranks them. */
function fromCompiler(mod) {
  const topicsFile = join(root, 'content', 'topics.yml');
  const topics = mod.parseTopics('content/topics.yml', readFileSync(topicsFile, 'utf8'));
  if (!topics.vocabulary) return undefined;
  const ctx = { topics: Object.keys(topics.vocabulary.topics), languages: mod.TOPIC_LANGUAGES };
  const articles = [];
  const problems = [];
  for (const file of markdownFiles()) {
    const c = mod.compileArticle(file, ctx);
    if (!c.document) {
      problems.push(
        `${file.path}: does not compile (${c.issues.length} issue(s); run npm run build for details); left out`,
      );
      continue;
    }
    articles.push(mod.relatedInput(c, c.document));
  }
  return { source: 'the content compiler (src/content/compile.ts)', articles, problems };
}

async function loadEverything(raw) {
  if (!raw && existsSync(join(root, 'src/content/compile.ts')) && existsSync(join(root, 'src/content/topics.ts'))) {
    try {
      const mod = await importTs(root, { contents: COMPILER }, 'related');
      const loaded = fromCompiler(mod);
      if (loaded) return { mod, loaded };
    } catch (e) {
      console.error(
        `related: could not use the content compiler (${String(e.message).split('\n')[0]}); reading content/ directly.`,
      );
    }
  }
  const mod = await importTs(root, { contents: RANK }, 'related');
  return { mod, loaded: fromMarkdown() };
}

/** Rough Markdown to text: enough for word counts, not for display. */
function markdownText(md) {
  return md
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\d+\]/g, ' ')
    .replace(/[*_`>#]/g, ' ');
}

function day(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? '');
}

function fromMarkdown() {
  const articles = [];
  const problems = [];
  for (const { path, text: raw } of markdownFiles()) {
    const lang = path.split('/')[1];
    const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
    if (!m) {
      problems.push(`${path}: no front matter; skipped`);
      continue;
    }
    let meta;
    try {
      meta = parseYaml(m[1]) ?? {};
    } catch (e) {
      problems.push(`${path}: front matter is not valid YAML (${e.message.split('\n')[0]}); skipped`);
      continue;
    }
    const lines = m[2].split('\n');
    const headings = lines.filter((l) => /^#{1,6}\s/.test(l)).map((l) => l.replace(/^#+\s*/, ''));
    const body = markdownText(lines.filter((l) => !/^#{1,6}\s/.test(l)).join('\n'));
    articles.push({
      slug: String(meta.slug ?? path.split('/').pop().replace(/\.md$/, '')),
      language: String(meta.language ?? lang),
      title: String(meta.title ?? ''),
      headings,
      body,
      topics: Array.isArray(meta.topics) ? meta.topics.map(String) : [],
      related: Array.isArray(meta.related) ? meta.related.map(String) : [],
      published: day(meta.published),
    });
  }
  return { source: 'content/**/*.md read directly (front matter + rough text)', articles, problems };
}

function describe(reason) {
  switch (reason.kind) {
    case 'curated':
      return 'curated (front matter related:)';
    case 'topics':
      return `topics ${reason.topics.join(', ')}${reason.weight !== undefined ? ` (+${reason.weight.toFixed(4)})` : ''}`;
    case 'terms':
      return `terms ${reason.terms.join(', ')}${reason.weight !== undefined ? ` (+${reason.weight.toFixed(4)})` : ''}`;
    default:
      return 'fallback (newest)';
  }
}

const args = parseArgs(process.argv.slice(2));
const { mod, loaded } = await loadEverything(args.raw);
const { rankRelated, relatedKey } = mod;
for (const p of loaded.problems ?? []) console.error(`related: ${p}`);

const warnings = [];
const ranked = rankRelated(loaded.articles, {
  limit: args.limit,
  minScore: args.minScore,
  onWarning: (m) => warnings.push(m),
});
const entries = ranked.get(relatedKey(args.lang, args.slug));
const byKey = new Map(loaded.articles.map((a) => [relatedKey(a.language, a.slug), a]));

if (!entries) {
  const inLang = loaded.articles
    .filter((a) => a.language === args.lang)
    .map((a) => a.slug)
    .sort();
  console.error(`related: no article "${args.slug}" in ${args.lang}.`);
  console.error(
    inLang.length ? `Articles in ${args.lang}: ${inLang.join(', ')}` : `There are no articles in ${args.lang}.`,
  );
  process.exit(1);
}

if (args.json) {
  console.log(JSON.stringify({ slug: args.slug, language: args.lang, related: entries }, null, 2));
} else {
  const self = byKey.get(relatedKey(args.lang, args.slug));
  const count = loaded.articles.filter((a) => a.language === args.lang).length;
  console.log(
    `Related to ${args.lang}/${args.slug} — "${self.title}" (${count} article${count === 1 ? '' : 's'} in ${args.lang}; from ${loaded.source})`,
  );
  if (!entries.length) console.log('  (no other articles in this language)');
  entries.forEach((e, i) => {
    const other = byKey.get(relatedKey(args.lang, e.slug));
    console.log(
      `${String(i + 1).padStart(2)}. ${e.score.toFixed(4)}  ${e.slug}  "${other?.title ?? ''}" (${other?.published ?? ''})`,
    );
    for (const r of e.reasons) console.log(`      ${describe(r)}`);
  });
}
const mine = warnings.filter((w) => w.startsWith(`${args.lang}/${args.slug}:`));
for (const w of mine) console.error(`related: warning: ${w}`);
