import type { ArticleDocument } from '../../content/document-types.js';
import { indexSlugs, MAX_DOCUMENT, readDocument } from '../../content/read-document.js';

/** Why an article could not be shown; also the `reason` of `recovery-article-error`. */
export type ArticleFailure = 'not-found' | 'network' | 'invalid';

export type LoadResult =
  | { ok: true; doc: ArticleDocument; url: string; problems: string[]; fallback: boolean }
  | { ok: false; reason: ArticleFailure; detail: string };

type Fetched = { ok: true; data: unknown } | { ok: false; status: number } | { ok: false; reason: 'invalid'; detail: string };

/**
 * Reads a response body up to `limit` bytes. A hostile or broken server can stream without end;
 * stopping at the limit keeps the visitor's tab responsive.
 */
async function readBounded(res: Response, limit: number): Promise<string | undefined> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > limit) return undefined;
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Fetches and parses JSON. Network failures throw (the caller tells them from an abort). */
async function fetchJson(url: string, signal: AbortSignal): Promise<Fetched> {
  const res = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!res.ok) return { ok: false, status: res.status };
  const text = await readBounded(res, MAX_DOCUMENT);
  if (text === undefined) return { ok: false, reason: 'invalid', detail: `it is larger than ${MAX_DOCUMENT / 1024 / 1024} MB` };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'invalid', detail: 'it is not JSON' };
  }
}

function read(data: unknown, url: string, fallback: boolean): LoadResult {
  const { doc, refused, problems } = readDocument(data, url);
  if (!doc) return { ok: false, reason: 'invalid', detail: `it is not an article document (${refused})` };
  return { ok: true, doc, url, problems, fallback };
}

const httpFailure = (url: string, status: number): LoadResult =>
  status === 404 || status === 410
    ? { ok: false, reason: 'not-found', detail: `${url} answered ${status}` }
    : { ok: false, reason: 'network', detail: `${url} answered HTTP ${status}` };

/** A partner's own article file. */
export async function loadSrc(url: string, signal: AbortSignal): Promise<LoadResult> {
  const got = await fetchJson(url, signal);
  if (got.ok) return read(got.data, url, false);
  if ('reason' in got) return { ok: false, reason: 'invalid', detail: `${url}: ${got.detail}` };
  return httpFailure(url, got.status);
}

/**
 * An article of the collection: `${base}${language}/${slug}.json`, else the English one (the
 * caller shows a note), else "not found" with the valid slugs from `${base}index.${language}.json`.
 */
export async function loadSlug(base: string, language: string, slug: string, signal: AbortSignal): Promise<LoadResult> {
  const urlFor = (lang: string) => `${base}${lang}/${encodeURIComponent(slug)}.json`;
  const tries = language === 'en' ? ['en'] : [language, 'en'];
  for (const lang of tries) {
    const url = urlFor(lang);
    const got = await fetchJson(url, signal);
    if (got.ok) return read(got.data, url, lang !== language);
    if ('reason' in got) return { ok: false, reason: 'invalid', detail: `${url}: ${got.detail}` };
    if (got.status !== 404 && got.status !== 410) return httpFailure(url, got.status);
  }
  return { ok: false, reason: 'not-found', detail: await validSlugs(base, language, signal) };
}

async function validSlugs(base: string, language: string, signal: AbortSignal): Promise<string> {
  const url = `${base}index.${language}.json`;
  try {
    const got = await fetchJson(url, signal);
    const slugs = got.ok ? indexSlugs(got.data) : [];
    if (slugs.length) return `valid slugs: ${slugs.join(', ')}`;
    return `the list of valid slugs (${url}) could not be read either; check content-base`;
  } catch (e) {
    if (signal.aborted) throw e;
    return `the list of valid slugs (${url}) could not be read either; check content-base`;
  }
}
