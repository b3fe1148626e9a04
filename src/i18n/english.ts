/**
 * Every English message of the library, by namespace: the reference every language pack is checked
 * against (`npm run build` writes it as `i18n/en.json`, the file to translate from).
 */
import { articleMessages } from '../components/recovery-article/recovery-article.i18n.js';
import { ctaMessages } from '../components/recovery-cta/recovery-cta.i18n.js';
import { relatedMessages } from '../components/related-posts/related-posts.i18n.js';
import { finderMessages } from '../components/support-group-finder/support-group-finder.i18n.js';
import { HELPLINES } from '../data/helplines.js';
import { FELLOWSHIPS } from '../directory/fellowships.js';
import { PROFESSIONAL_HELP } from '../directory/professional.js';
import { typeMessages } from '../meetings/type-codes.js';
import type { Messages } from '../util/message-format.js';

export const ENGLISH: Readonly<Record<string, Messages>> = {
  article: articleMessages,
  cta: ctaMessages,
  finder: finderMessages,
  related: relatedMessages,
  /** Meeting type names; English from the engine's tables (src/meetings/type-codes.ts). */
  types: typeMessages(),
  /** The fellowship directory's descriptions by id, and professional help's as `pro:<id>`. */
  directory: Object.fromEntries([
    ...FELLOWSHIPS.map((e) => [e.id, e.description]),
    ...PROFESSIONAL_HELP.map((e) => [`pro:${e.id}`, e.description]),
  ]),
  /** The national helplines' names, by id. */
  helplines: Object.fromEntries(HELPLINES.map((h) => [h.id, h.name])),
};
