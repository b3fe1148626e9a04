/** Reads content/topics.yml: `slug: { en: Label, es: Etiqueta, fr: ... }` per line. */
import { LANGUAGES } from '../util/language.js';
import { IssueList, type ContentIssue } from './issues.js';
import type { TopicVocabulary } from './topic-types.js';
import { isPlainObject, readYaml } from './yaml-source.js';

/** The languages an article may be written in: those the widgets speak. */
export const TOPIC_LANGUAGES = LANGUAGES;
/** Every topic has these labels; the other languages' are optional (English stands in). */
const REQUIRED = ['en', 'es'] as const;
const SLUG = /^[a-z0-9-]+$/;

export function parseTopics(
  file: string,
  text: string,
): { vocabulary: TopicVocabulary | null; issues: ContentIssue[] } {
  const issues = new IssueList(file);
  const yaml = readYaml(text, 1, issues);
  if (!yaml) return { vocabulary: null, issues: issues.items };
  if (!isPlainObject(yaml.value) || Object.keys(yaml.value).length === 0) {
    issues.error('topics', 'must be a mapping of topic slugs to { en, es } labels');
    return { vocabulary: null, issues: issues.items };
  }
  const topics: TopicVocabulary['topics'] = {};
  for (const [slug, labels] of Object.entries(yaml.value)) {
    const line = yaml.lineOf([slug]);
    if (!SLUG.test(slug)) issues.error(slug, 'a topic slug uses only a-z, 0-9 and -', line);
    if (!isPlainObject(labels)) {
      issues.error(slug, 'must be { en: ..., es: ... }', line);
      continue;
    }
    for (const lang of REQUIRED) {
      const label = labels[lang];
      if (typeof label !== 'string' || !label.trim()) issues.error(`${slug}.${lang}`, 'missing label', line);
    }
    const extra = Object.keys(labels).filter((k) => !(TOPIC_LANGUAGES as readonly string[]).includes(k));
    if (extra.length) issues.error(slug, `unknown label language(s): ${extra.join(', ')}`, line);
    topics[slug] = Object.fromEntries(
      TOPIC_LANGUAGES.filter((l) => typeof labels[l] === 'string').map((l) => [l, String(labels[l]).trim()]),
    ) as TopicVocabulary['topics'][string];
  }
  return issues.items.length
    ? { vocabulary: null, issues: issues.items }
    : { vocabulary: { version: 1, topics }, issues: [] };
}
