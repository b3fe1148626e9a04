import { nextTask } from '../util/scheduling.js';

/**
 * Fetches a partner's JSON feed the careful way: no cookies, no referrer (a visitor's page address
 * can be sensitive on a recovery site), bounded in time and size, and never throws. Each failure
 * comes back as a `kind` the widget can explain and a `message` for the webmaster.
 */

export type FetchFailureKind = 'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'aborted';

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
  let received = 0;
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
    }).catch((e) => {
      throw new Error(
        `could not be loaded: a network failure, or CORS (the server must send Access-Control-Allow-Origin)${detail(e)}.`,
      );
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
      if (received > maxBytes) {
        reader!.cancel().catch(() => {});
        return tooLarge('more than');
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
      return { ok: true, data: JSON.parse(text) };
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type';
      return fail(
        'not-json',
        `is not JSON (${type}; it starts with ${JSON.stringify(text.trim().slice(0, 40).replace(/\s+/g, ' '))}).`,
      );
    }
  } catch (e) {
    return fail((e as Error).cause === 'not-json' ? 'not-json' : 'network', (e as Error).message);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
