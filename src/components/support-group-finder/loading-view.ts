import { html } from 'lit';
import type { FinderLocalizer } from './ui.js';

/** The finder's placeholder while meetings load: the size of a short list, so nothing jumps. */
export const loadingView = (i18n: FinderLocalizer) =>
  html`<div part="loading" class="loading" role="status" aria-busy="true">
    <span>${i18n.t('loading')}</span>
    <span class="bar"></span><span class="bar"></span><span class="bar"></span>
  </div>`;
