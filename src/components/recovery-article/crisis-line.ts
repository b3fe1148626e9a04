import { html } from 'lit';
import { HELPLINES } from '../../data/helplines.js';
import { formatMessage } from '../../util/message-format.js';
import type { ArticleLocalizer } from './article-body.js';
import { articleMessages } from './recovery-article.i18n.js';

const lifeline = HELPLINES.find((h) => h.id === 'lifeline-988')!;
/** The sentence's placeholders, each a real link a phone can dial or text. */
const LINKS = {
  call: { href: `tel:${lifeline.tel}`, key: 'crisisCall', number: lifeline.display },
  text: { href: `sms:${lifeline.sms}`, key: 'crisisText', number: lifeline.display },
  emergency: { href: 'tel:911', key: 'crisisEmergency', number: '911' },
} as const;
type Slot = keyof typeof LINKS;
const SLOTS = Object.keys(LINKS) as Slot[];
/** Formats a message without its placeholders filled, to put links in their place. */
const asWritten = Object.fromEntries(SLOTS.map((s) => [s, `{${s}}`])) as Record<Slot, string>;
const englishOnly = (message: string, params: Record<string, string>) =>
  formatMessage(message, params, () => 'other', String);

/**
 * The line every article opens with, for a reader in danger right now: 988 (call or text) and 911,
 * as `tel:` and `sms:` links. In the reader's language, even above an article shown in English
 * because it has no translation yet: a reader in crisis should not have to read a second language
 * to find help. A wording (a partner's pack) that leaves out one of the three numbers is not used:
 * the library's own English is shown instead, so no way to get help is lost by accident.
 */
export function crisisLine(i18n: ArticleLocalizer) {
  let english = false;
  let sentence = i18n.t('crisis', asWritten);
  if (!SLOTS.every((s) => sentence.includes(asWritten[s]))) {
    english = i18n.lang !== 'en';
    sentence = articleMessages.crisis;
  }
  const say = (slot: Slot) => {
    const { key, number } = LINKS[slot];
    return english ? englishOnly(articleMessages[key], { number }) : i18n.t(key, { number });
  };
  const parts = sentence.split(/\{(call|text|emergency)\}/);
  return html`<p part="crisis" class="crisis" lang=${english ? 'en' : i18n.lang} dir="auto">${parts.map((part, i) =>
    i % 2 ? html`<a part="crisis-link" href=${LINKS[part as Slot].href}>${say(part as Slot)}</a>` : part,
  )}</p>`;
}
