import { define } from '../../internal/define.js';
import { RelatedPosts } from './related-posts.component.js';

export { RelatedPosts };
export type { RelatedLayout, RelatedSelectDetail } from './related-posts.component.js';

define('related-posts', RelatedPosts);

declare global {
  interface HTMLElementTagNameMap {
    'related-posts': RelatedPosts;
  }
  interface HTMLElementEventMap {
    'recovery-related-select': CustomEvent<import('./related-posts.component.js').RelatedSelectDetail>;
  }
}
