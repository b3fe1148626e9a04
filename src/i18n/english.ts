/**
 * Every English message of the library, by namespace: the reference every language pack is checked
 * against (`npm run build` writes it as `i18n/en.json`, the file to translate from).
 */
import { articleMessages } from '../components/recovery-article/recovery-article.i18n.js';
import { ctaMessages } from '../components/recovery-cta/recovery-cta.i18n.js';
import { relatedMessages } from '../components/related-posts/related-posts.i18n.js';
import { finderMessages } from '../components/support-group-finder/support-group-finder.i18n.js';
import { typeMessages } from '../meetings/type-codes.js';
import type { Messages } from '../util/message-format.js';

export const ENGLISH: Readonly<Record<string, Messages>> = {
  article: articleMessages,
  cta: ctaMessages,
  finder: finderMessages,
  related: relatedMessages,
  /** Meeting type names; English from the engine's tables (src/meetings/type-codes.ts). */
  types: typeMessages(),
};
