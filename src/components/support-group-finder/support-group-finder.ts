import { define } from '../../internal/define.js';
import { SupportGroupFinder } from './support-group-finder.component.js';

export { SupportGroupFinder };
export type { FilterChangeDetail, MeetingSelectDetail } from './support-group-finder.api.js';

define('support-group-finder', SupportGroupFinder);

declare global {
  interface HTMLElementTagNameMap {
    'support-group-finder': SupportGroupFinder;
  }
  interface HTMLElementEventMap {
    'recovery-meeting-select': CustomEvent<import('./support-group-finder.api.js').MeetingSelectDetail>;
    'recovery-filter-change': CustomEvent<import('./support-group-finder.api.js').FilterChangeDetail>;
  }
}
