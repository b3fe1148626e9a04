import { compileArticle, type CompiledArticle } from '../../src/content/compile.js';
import { formatIssue } from '../../src/content/issues.js';

export const TOPICS = ['peer-support', 'family', 'alcohol'];
export const CTX = { topics: TOPICS, languages: ['en', 'es'] };

/** Front matter that passes every check; tests override one field at a time. */
export const VALID: Record<string, unknown> = {
  title: 'A title',
  slug: 'an-article',
  description: 'A description.',
  language: 'en',
  published: '2024-07-08',
  updated: '2024-07-09',
  author: 'The editors',
  topics: ['peer-support'],
};

/** YAML from fields (JSON is YAML); `undefined` leaves a field out. */
export function frontMatter(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
}

export function source(overrides: Record<string, unknown> = {}, body = 'Some text.'): string {
  return `---\n${frontMatter({ ...VALID, ...overrides })}\n---\n\n${body}\n`;
}

export function compile(text: string, path = 'content/en/an-article.md'): CompiledArticle {
  return compileArticle({ path, text }, CTX);
}

/** Every issue as the build prints it. */
export const messages = (c: { issues: Parameters<typeof formatIssue>[0][] }) => c.issues.map(formatIssue);
