import { warn } from '../../internal/warn.js';
import { importEngine } from './import-engine.js';

/** The meeting-feed engine's module type, for code that receives it after `loadEngine()`. */
export type Engine = typeof import('../../meetings/engine.js');

let pending: Promise<Engine> | undefined;
let attempts = 0;

/** Imports the engine once per page. A failed import is forgotten, so "Try again" imports again. */
export function loadEngine(): Promise<Engine> {
  return (pending ??= importEngine(attempts++).catch((e: unknown) => {
    pending = undefined;
    // Once per attempt, not once per feed: every feed waits on the same import.
    warn(
      'support-group-finder',
      `the meeting engine could not be loaded (${(e as Error)?.message ?? e}). Put recovery-widgets.meetings.js in the folder of recovery-widgets.js, and allow it in your Content-Security-Policy's script-src.`,
    );
    throw e;
  }));
}
