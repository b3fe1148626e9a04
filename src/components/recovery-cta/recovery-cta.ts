import { define } from '../../internal/define.js';
import { RecoveryCta } from './recovery-cta.component.js';

export { RecoveryCta };
export type { CtaAction, CtaActionDetail } from './recovery-cta.component.js';

define('recovery-cta', RecoveryCta);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-cta': RecoveryCta;
  }
  interface HTMLElementEventMap {
    'recovery-cta-action': CustomEvent<import('./recovery-cta.component.js').CtaActionDetail>;
  }
}
