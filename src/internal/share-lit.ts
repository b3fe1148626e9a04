import { notEqual } from '@lit/reactive-element';
import { html, nothing } from 'lit';
import { VERSION } from '../util/version.js';

/**
 * The drop-in's Lit, for the files it imports beside itself (the finder's feed mode): their `lit`
 * imports read this instead of carrying a second copy (rollup.config.mjs, `litFromDropIn`). Keyed by
 * version, so two releases on one page never mix.
 */
export function shareLit(): void {
  const key = Symbol.for('recovery-widgets.lit');
  const g = globalThis as unknown as Record<symbol, Record<string, unknown> | undefined>;
  (g[key] ??= {})[VERSION] ??= { html, nothing, notEqual };
}
