import type { FeedWarning } from '../../src/meetings/types.js';

const cache = new Map<string, unknown>();

/** A fixture feed, fetched from the test server the way a partner's feed would be. */
export async function feed(name: string): Promise<unknown> {
  if (!cache.has(name)) {
    const res = await fetch(`/test/fixtures/feeds/${name}.json`);
    if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
    cache.set(name, await res.json());
  }
  // A fresh copy each time: tests mutate records to break them.
  return structuredClone(cache.get(name));
}

/** Every warning must tell a webmaster which record, which field and why. */
export function explained(w: FeedWarning): boolean {
  return (
    (typeof w.record === 'number' || (typeof w.record === 'string' && w.record.length > 0)) &&
    typeof w.field === 'string' &&
    w.field.length > 0 &&
    typeof w.reason === 'string' &&
    w.reason.length > 5 &&
    typeof w.skipped === 'boolean' &&
    typeof w.source === 'string'
  );
}
