import { warn } from '../../internal/warn.js';
import { importEngine } from './import-engine.js';
import { VERSION } from '../../util/version.js';

/** The meeting-feed engine's module type, for code that receives it after `loadEngine()`. */
export type Engine = typeof import('../../meetings/engine.js');

let pending: Promise<Engine> | undefined;
let attempts = 0;

/** Imports the engine once per page. A failed import is forgotten, so "Try again" imports again. */
export function loadEngine(): Promise<Engine> {
  return (pending ??= importEngine(attempts++)
    .then((engine) => {
      // Script and engine from different releases (a stale cache, a partial upgrade) would fail in
      // ways that look like a broken feed.
      if (engine.VERSION !== VERSION) throw new Error(`it is version ${engine.VERSION}, the script ${VERSION}`);
      return engine;
    })
    .catch((e: unknown) => {
      pending = undefined;
      // Once per attempt, not once per feed: every feed waits on the same import.
      warn(
        'support-group-finder',
        `the meeting engine could not be loaded (${(e as Error)?.message ?? e}). recovery-widgets.meetings.js ` +
          "must sit beside recovery-widgets.js, from the same release, allowed by your CSP's script-src and, " +
          'on a CDN, served with CORS headers (with a bundler: deploy the engine chunk).',
      );
      throw e;
    }));
}
