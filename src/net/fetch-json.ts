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

const fail = (kind: FetchFailureKind, message: string, status?: number): FetchResult =>
  status === undefined ? { ok: false, kind, message } : { ok: false, kind, status, message };

const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<FetchResult> {
  const timeoutMs = Number.isFinite(options.timeoutMs) && options.timeoutMs! > 0 ? options.timeoutMs! : 15000;
  const maxBytes = Number.isFinite(options.maxBytes) && options.maxBytes! > 0 ? options.maxBytes! : 20 * MB;
  const outer = options.signal;
  if (outer?.aborted) return fail('aborted', `Loading ${url} was cancelled.`);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  const stopped = (): FetchResult | undefined =>
    timedOut
      ? fail('timeout', `${url} did not answer within ${Math.round(timeoutMs / 100) / 10} s.`)
      : outer?.aborted
        ? fail('aborted', `Loading ${url} was cancelled.`)
        : undefined;

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'GET',
        mode: 'cors',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-cache',
        redirect: 'follow',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
    } catch (e) {
      return (
        stopped() ??
        fail(
          'network',
          `Could not load ${url}: the network failed, or the server does not allow this site to read it ` +
            `(CORS: it must send Access-Control-Allow-Origin). ${e instanceof Error ? e.message : ''}`.trim(),
        )
      );
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      return fail('http', `${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body?.cancel().catch(() => {});
      return fail('too-large', `${url} is ${size(declared)}, more than the ${size(maxBytes)} limit.`);
    }

    const chunks: Uint8Array[] = [];
    let received = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          received += value.byteLength;
          if (received > maxBytes) {
            reader.cancel().catch(() => {});
            return fail('too-large', `${url} is more than the ${size(maxBytes)} limit; stopped reading.`);
          }
          chunks.push(value);
        }
      } catch (e) {
        return (
          stopped() ??
          fail('not-json', `${url} stopped sending after ${size(received)}: the response is incomplete. ${e instanceof Error ? e.message : ''}`.trim())
        );
      }
    }

    const bytes = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    const text = new TextDecoder().decode(bytes);
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type';
      const start = text.trim().slice(0, 40).replace(/\s+/g, ' ');
      return fail('not-json', `${url} is not JSON (${type}; it starts with ${JSON.stringify(start)}).`);
    }
  } catch (e) {
    return stopped() ?? fail('network', `Could not load ${url}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
