import { define } from '../../internal/define.js';
import { RecoveryArticle } from './recovery-article.component.js';

export { RecoveryArticle };
export type { ArticleErrorDetail, ArticleFailure, ArticleLoadDetail } from './recovery-article.component.js';

define('recovery-article', RecoveryArticle);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-article': RecoveryArticle;
  }
  interface HTMLElementEventMap {
    'recovery-article-load': CustomEvent<import('./recovery-article.component.js').ArticleLoadDetail>;
    'recovery-article-error': CustomEvent<import('./recovery-article.component.js').ArticleErrorDetail>;
  }
}
