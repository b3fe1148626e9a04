import { html, type TemplateResult } from 'lit';
import { button, type FinderLocalizer } from './ui.js';

/** The finder's placeholder while meetings load: the size of a short list, so nothing jumps. */
export const loadingView = (i18n: FinderLocalizer) =>
  html`<div part="loading" class="loading" role="status" aria-busy="true">
    <span>${i18n.t('loading')}</span>
    <span class="bar"></span><span class="bar"></span><span class="bar"></span>
  </div>`;

/** The feed mode's file could not be loaded: say so, with Try again, and where help still is. */
export const loadFailedView = (i18n: FinderLocalizer, help: TemplateResult, links: TemplateResult, retry: () => void) =>
  html`<div part="error" class="error" role="alert">
      <p>${i18n.t('incomplete')}</p>
      ${button('retry', i18n.t('retry'), retry)}
    </div>
    <div part="empty" class="empty">${help}${links}</div>`;
