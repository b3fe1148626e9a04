import { warn } from '../../internal/warn.js';
import { VERSION } from '../../util/version.js';

/**
 * Imports a file of the drop-in that sits beside the script (the meeting engine, the finder's feed
 * mode) once per page. A failed import is forgotten, so "Try again" imports again (the importer adds
 * `&retry=N`: browsers remember a failed module import by its URL). A file of another release (a
 * stale cache, a partial upgrade) is refused: it would fail in ways that look like a broken feed.
 */
export function besideLoader<M extends { VERSION: string }>(
  what: string,
  file: string,
  importer: (attempt: number) => Promise<M>,
): () => Promise<M> {
  let pending: Promise<M> | undefined;
  let attempts = 0;
  return () =>
    (pending ??= importer(attempts++)
      .then((module) => {
        if (module.VERSION !== VERSION) throw new Error(`it is version ${module.VERSION}, the script ${VERSION}`);
        return module;
      })
      .catch((e: unknown) => {
        pending = undefined;
        // Once per attempt, not once per feed: every feed waits on the same import.
        warn(
          'support-group-finder',
          `${what} could not be loaded (${(e as Error)?.message ?? e}). ${file} must sit beside recovery-widgets.js, ` +
            "from the same release, allowed by your CSP's script-src and, on a CDN, served with CORS headers " +
            '(with a bundler: deploy its chunk).',
        );
        throw e;
      }));
}
