import { html, nothing } from 'lit';
import type { ArticleFailure } from '../../content/load-article.js';
import type { ArticleLocalizer } from './article-body.js';

/**
 * The article's shapes while it loads, with a status for screen readers (empty while idle: with
 * no slug yet it looks like loading, so a partner that sets the slug from script gets no jump).
 */
export function articlePlaceholder(t: ArticleLocalizer, loading: boolean) {
  return html`<div part="skeleton" class="skeleton" aria-busy="true"><span class="visually-hidden" role="status">${
    loading ? t.t('loading') : ''
  }</span><span class="bar title"></span><span class="bar"></span><span class="bar"></span><span class="bar short"></span></div>`;
}

/** Why the article cannot be shown, in plain words, with Try again when trying again may help. */
export function articleMessage(t: ArticleLocalizer, reason: ArticleFailure, retry?: () => void) {
  return html`<div part="message" class="message"><p>${t.t(reason)}</p>${
    retry ? html`<button type="button" class="button" part="retry" @click=${retry}>${t.t('retry')}</button>` : nothing
  }</div>`;
}
