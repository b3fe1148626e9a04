/** What scripts/content/build-content.mjs loads (bundled by esbuild, since Node cannot run .ts). */
export { compileCollection, RELATED_LIMIT } from './collection.js';
export { TOPIC_LANGUAGES as LANGUAGES } from './topics.js';
export { formatIssue, hasErrors } from './issues.js';
export { checkArticleDocument, checkContentIndex } from './check-document.js';
export { LONG_SENTENCE_WORDS, readingLevel, WARN_GRADE } from './reading-level.js';
