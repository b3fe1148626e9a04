import { nextTask } from '../util/scheduling.js';

/**
 * Fetches a partner's JSON feed the careful way: no cookies, no referrer (a visitor's page address
 * can be sensitive on a recovery site), bounded in time and size, and never throws. Each failure
 * comes back as a `kind` the widget can explain and a `message` for the webmaster.
 */

export type FetchFailureKind = 'network' | 'cors' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'aborted';

export type FetchResult =
  | { ok: true; data: unknown }
  | { ok: false; kind: FetchFailureKind; status?: number; message: string };

export interface FetchJsonOptions {
  /** The caller's own cancel (a widget that is removed or changes its feed). */
  signal?: AbortSignal;
  /** Default 15 s, covering the whole response, body included. */
  timeoutMs?: number;
  /** Default 20 MB. */
  maxBytes?: number;
  /**
   * Bytes shared by several requests (a finder's feeds together): each chunk is taken from it, and a
   * response that would overdraw it fails as too large. What a failed request took is given back.
   */
  budget?: { left: number; total: number };
}

const MB = 1024 * 1024;

const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const detail = (e: unknown) => (e instanceof Error ? ` (${e.message})` : '');

export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<FetchResult> {
  const positive = (n?: number) => (n! > 0 && n! < Infinity ? n : undefined);
  const timeoutMs = positive(options.timeoutMs) ?? 15000;
  const maxBytes = positive(options.maxBytes) ?? 20 * MB;
  const outer = options.signal;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  outer?.addEventListener('abort', onAbort);
  const fail = (kind: FetchFailureKind, message: string, status?: number): FetchResult =>
    // A timeout or the caller's cancel shows up as whatever the fetch was doing; name the cause.
    timedOut
      ? { ok: false, kind: 'timeout', message: `${url} did not answer within ${timeoutMs / 1000} s.` }
      : outer?.aborted
        ? { ok: false, kind: 'aborted', message: `Loading ${url} was cancelled.` }
        : { ok: false, kind, message: `${url} ${message}`, ...(status && { status }) };
  const tooLarge = (than: string) => fail('too-large', `is ${than} the ${size(maxBytes)} limit.`);
  const budget = options.budget;
  let received = 0;
  let ok = false;
  try {
    // The page's first fetch costs a few milliseconds to set up: not in the task of a first render.
    await nextTask();
    if (outer?.aborted) return fail('aborted', '');
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    }).catch(async (e) => {
      // The browser says only "failed to fetch". A request the page may not read (no-cors) still
      // reaches a server that is up: if it answers, the server is there and refused this site.
      const reachable = await fetch(url, {
        method: 'HEAD',
        mode: 'no-cors',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      }).then(
        () => true,
        () => false,
      );
      if (reachable && !controller.signal.aborted) {
        throw new Error(
          `is blocked by the browser: the server must allow this site with the header Access-Control-Allow-Origin: ${location.origin} (or *)${detail(e)}.`,
          { cause: 'cors' },
        );
      }
      throw new Error(`could not be reached: a network failure, or a server that is down${detail(e)}.`);
    });
    const declared = Number(response.headers.get('content-length'));
    if (!response.ok || declared > maxBytes) {
      response.body?.cancel().catch(() => {});
      return response.ok
        ? tooLarge(`${size(declared)}, more than`)
        : fail('http', `answered HTTP ${response.status} ${response.statusText}`.trim() + '.', response.status);
    }
    // Decoding as chunks arrive overlaps the work with the download instead of doing it at the end.
    const decoder = new TextDecoder();
    const parts: string[] = [];
    const reader = response.body?.getReader();
    const read = () =>
      reader!.read().catch((e) => {
        throw new Error(`stopped sending after ${size(received)}: the response is incomplete${detail(e)}.`, {
          cause: 'not-json',
        });
      });
    for (let chunk = reader && (await read()); chunk && !chunk.done; chunk = await read()) {
      received += chunk.value.byteLength;
      if (budget) budget.left -= chunk.value.byteLength;
      if (received > maxBytes || (budget && budget.left < 0)) {
        reader!.cancel().catch(() => {});
        return received > maxBytes
          ? tooLarge('more than')
          : fail(
              'too-large',
              `was left out: with the other feeds it is more than the ${size(budget!.total)} they may take together.`,
            );
      }
      parts.push(decoder.decode(chunk.value, { stream: true }));
    }
    parts.push(decoder.decode());
    const text = parts.join('');
    // Parsing a large feed is a long step of its own (about 25 ms for 1.3 MB on a 4x slower CPU):
    // not in the same task as reading the last chunk.
    await nextTask();
    if (outer?.aborted) return fail('aborted', '');
    try {
      const data = JSON.parse(text);
      ok = true;
      return { ok: true, data };
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type';
      return fail(
        'not-json',
        `is not JSON (${type}; it starts with ${JSON.stringify(text.trim().slice(0, 40).replace(/\s+/g, ' '))}).`,
      );
    }
  } catch (e) {
    const cause = (e as Error).cause;
    return fail(cause === 'not-json' || cause === 'cors' ? cause : 'network', (e as Error).message);
  } finally {
    if (budget && !ok) budget.left += received;
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
