import { ContextRoot } from '@lit/context';
import { define } from '../../internal/define.js';
import { RecoveryProvider } from './recovery-provider.component.js';

export { RecoveryProvider };

define('recovery-provider', RecoveryProvider);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-provider': RecoveryProvider;
  }
}

// A widget defined before its provider (npm users importing in any order, or a second copy of
// the script) asks for settings before anyone answers; the root replays those requests once a
// provider appears. One root per page, shared by every copy.
const ROOT_KEY = Symbol.for('recovery-widgets.context-root');
const g = globalThis as unknown as Record<symbol, boolean | undefined>;
if (!g[ROOT_KEY]) {
  g[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
