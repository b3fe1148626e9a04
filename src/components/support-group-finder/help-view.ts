import { html, nothing, type TemplateResult } from 'lit';
import { HELPLINES } from '../../data/helplines.js';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import { relFor } from '../../internal/link-rel.js';
import type { FinderLocalizer } from './ui.js';

/** The partner's own ways to be reached, as the element resolved them (attributes or provider). */
export interface HelpContact {
  organization?: string;
  phone?: string;
  phoneDisplay?: string;
  sms?: string;
  smsDisplay?: string;
  email?: string;
  contactUrl?: string;
}

/**
 * When the finder offers help: nothing matches the visitor's search (`empty`), no feed could be
 * read (`failed`), or nothing is on now or starting soon (`quiet`, shown above the day sections).
 */
export type HelpSituation = 'empty' | 'failed' | 'quiet';

/** The national lines the block offers, in this order; their facts live in src/data/helplines.ts. */
const LINES = {
  'lifeline-988': 'helpLifeline',
  'samhsa-helpline': 'helpSamhsa',
} as const;

const link = (href: string, label: string, rel: unknown = nothing) =>
  html`<a class="link" part="help-link" href=${href} rel=${rel}>${label}</a>`;

/**
 * One calm block of ways to talk to someone now: the partner's phone, text, email or contact page
 * when set, then the 988 Lifeline (call or text) and the SAMHSA National Helpline. Not an alert:
 * it is there when the list cannot help, in the same words each time; above a list it is shorter.
 */
export function renderHelp(
  i18n: FinderLocalizer,
  level: HeadingLevel,
  contact: HelpContact,
  situation: HelpSituation,
): TemplateResult {
  const c = contact;
  const partner = [
    c.phone && link(`tel:${c.phone}`, i18n.t('call', { number: c.phoneDisplay ?? c.phone })),
    c.sms && link(`sms:${c.sms}`, i18n.t('text', { number: c.smsDisplay ?? c.sms })),
    c.email && link(`mailto:${c.email}`, i18n.t('emailUs')),
    c.contactUrl && link(c.contactUrl, i18n.t('contactUs'), relFor(c.contactUrl)),
  ].filter(Boolean);
  const lines = HELPLINES.filter((line) => line.id in LINES);
  return html`<div part="help" class="help">
    ${heading(level, i18n.t('helpHeading'), 'help-heading')}
    <p>${i18n.t(situation === 'quiet' ? 'helpQuiet' : 'helpIntro')}</p>
    <ul class="plain help-lines">
      ${
        partner.length
          ? html`<li>
            ${c.organization ? html`<bdi class="help-name">${c.organization}</bdi>` : nothing}
            <span class="help-links">${partner}</span>
          </li>`
          : nothing
      }
      ${lines.map(
        (line) => html`<li>
          <span class="help-name">${i18n.data('helplines', line.id) ?? line.name}</span>
          ${situation === 'quiet' ? nothing : html`<span class="muted">${i18n.t(LINES[line.id as keyof typeof LINES])}</span>`}
          <span class="help-links">
            ${link(`tel:${line.tel}`, i18n.t('call', { number: line.display }))}
            ${line.sms ? link(`sms:${line.sms}`, i18n.t('text', { number: line.sms === line.tel ? line.display : line.sms })) : nothing}
          </span>
        </li>`,
      )}
    </ul>
  </div>`;
}
