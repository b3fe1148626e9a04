import { html, nothing } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { safeHttpUrl } from '../../util/validate.js';
import type { FinderMessages } from './support-group-finder.i18n.js';

/** The finder's localizer, as its views receive it. */
export type FinderLocalizer = LocalizeController<FinderMessages>;

/** The finder's usual button: secondary style, named by its part. */
export const button = (part: string, label: unknown, onClick: () => void, disabled = false) =>
  html`<button type="button" class="button secondary" part=${part} ?disabled=${disabled} @click=${onClick}>${label}</button>`;

/** A link that leaves the partner's site: new tab, no opener, no referrer, announced. */
export function outbound(i18n: FinderLocalizer, href: string | undefined, label: string, part: string, cls = 'link') {
  const url = safeHttpUrl(href, document.baseURI);
  return url
    ? html`<a class=${cls} part=${part} href=${url} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${i18n.t('newTab')}</span></a>`
    : nothing;
}
