import { expect } from '@open-wc/testing';
import { watchingYields } from '../helpers/yields.js';
import { fetchJson } from '../../src/net/fetch-json.js';
import { normalizeFeed } from '../../src/meetings/normalize.js';

describe('fetchJson', () => {
  it('loads a real feed', async () => {
    const r = await fetchJson('/test/fixtures/feeds/edge-cases.json');
    expect(r.ok).to.equal(true);
    if (r.ok) expect((r.data as unknown[]).length).to.equal(9);
  });

  it('sends no cookies and no referrer, and asks the cache to revalidate', async () => {
    const seen: RequestInit[] = [];
    const real = window.fetch;
    window.fetch = (input, init) => {
      seen.push(init ?? {});
      return real(input, init);
    };
    try {
      await fetchJson('/test/fixtures/feeds/edge-cases.json');
    } finally {
      window.fetch = real;
    }
    expect(seen[0]).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
  });

  it('starts the request in a task of its own, not in the task of the caller (a first render)', async () => {
    let calls = 0;
    const real = window.fetch;
    window.fetch = (input, init) => (calls++, real(input, init));
    try {
      const pending = fetchJson('/test/fixtures/feeds/edge-cases.json');
      await Promise.resolve();
      expect(calls, 'no request in the calling task').to.equal(0);
      expect((await pending).ok).to.equal(true);
      expect(calls).to.equal(1);
    } finally {
      window.fetch = real;
    }
  });

  it('parses the body in a task of its own, after the one that read it', async () => {
    // Reading 1.3 MB and parsing it in one task took 45 ms on a 4x slower CPU; apart, each is short.
    const events: string[] = [];
    const realParse = JSON.parse;
    JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => (
      events.push('parse'), realParse(text, reviver)
    )) as typeof JSON.parse;
    try {
      const r = await watchingYields(
        () => events.push('yield'),
        () => fetchJson('/test/fixtures/feeds/edge-cases.json'),
      );
      expect(r.ok).to.equal(true);
      // One task boundary before the request, one between reading and parsing.
      expect(events).to.deep.equal(['yield', 'yield', 'parse']);
    } finally {
      JSON.parse = realParse;
    }
  });

  it('reports HTTP errors with the status', async () => {
    for (const status of [404, 500]) {
      const r = await fetchJson(`/faults/${status}`);
      expect(r).to.include({ ok: false, kind: 'http', status });
      if (!r.ok) expect(r.message).to.contain(String(status));
    }
  });

  it('times out a server that hangs', async () => {
    const started = performance.now();
    const r = await fetchJson('/faults/slow?ms=3000', { timeoutMs: 300 });
    expect(r).to.include({ ok: false, kind: 'timeout' });
    expect(performance.now() - started).to.be.lessThan(2500);
    if (!r.ok) expect(r.message).to.contain('0.3 s');
  });

  it('reports the caller’s abort as aborted, not as a timeout', async () => {
    const controller = new AbortController();
    const pending = fetchJson('/faults/slow?ms=3000', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).to.include({ ok: false, kind: 'aborted' });
    const already = new AbortController();
    already.abort();
    expect(await fetchJson('/test/fixtures/feeds/edge-cases.json', { signal: already.signal })).to.include({
      kind: 'aborted',
    });
  });

  it('says an HTML page is not JSON, and what it got', async () => {
    const r = await fetchJson('/faults/not-json');
    expect(r).to.include({ ok: false, kind: 'not-json' });
    if (!r.ok) expect(r.message).to.contain('text/html');
  });

  it('hands over JSON of the wrong shape for the normalizer to name', async () => {
    const r = await fetchJson('/faults/wrong-shape');
    expect(r.ok).to.equal(true);
    if (r.ok) expect(normalizeFeed(r.data, '/faults/wrong-shape', {}).error?.code).to.equal('not-a-feed');
    const empty = await fetchJson('/faults/empty-array');
    if (empty.ok) expect(normalizeFeed(empty.data, '/faults/empty-array', {}).error?.code).to.equal('empty');
    expect(empty.ok).to.equal(true);
  });

  it('stops reading a response larger than the limit', async () => {
    const r = await fetchJson('/faults/huge?mb=25');
    expect(r).to.include({ ok: false, kind: 'too-large' });
    const small = await fetchJson('/faults/huge?mb=2', { maxBytes: 1024 * 1024 });
    expect(small).to.include({ ok: false, kind: 'too-large' });
  });

  it('refuses by Content-Length before reading', async () => {
    const r = await fetchJson('/test/fixtures/feeds/southeastern-pa-aa.json', { maxBytes: 1000 });
    expect(r).to.include({ ok: false, kind: 'too-large' });
    if (!r.ok) expect(r.message).to.match(/1\.3 MB/);
  });

  it('treats a cut-off body as not JSON', async () => {
    const r = await fetchJson('/faults/truncated?file=/test/fixtures/feeds/massachusetts-al-anon.json');
    expect(r).to.include({ ok: false, kind: 'not-json' });
  });

  it('tells a CORS refusal from a server that cannot be reached, and names the header', async () => {
    const other = `http://127.0.0.1:${location.port}/test/fixtures/feeds/edge-cases.json`;
    expect(location.hostname).to.not.equal('127.0.0.1');
    const r = await fetchJson(other);
    expect(r).to.include({ ok: false, kind: 'cors' });
    if (!r.ok) expect(r.message).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
    // A port nothing listens on: no server at all.
    const down = await fetchJson('http://127.0.0.1:9/feed.json');
    expect(down).to.include({ ok: false, kind: 'network' });
    if (!down.ok) expect(down.message).to.contain('could not be reached');
  });

  it('shares a byte budget between requests, and gives back what a failed one took', async () => {
    const budget = { left: 400 * 1024, total: 400 * 1024 };
    const first = await fetchJson('/test/fixtures/feeds/massachusetts-al-anon.json', { budget });
    expect(first.ok).to.equal(true);
    const second = await fetchJson('/test/fixtures/feeds/edmonton-aa.json', { budget });
    expect(second).to.include({ ok: false, kind: 'too-large' });
    if (!second.ok) expect(second.message).to.contain('with the other feeds it is more than the 400 KB');
    expect(budget.left).to.be.greaterThan(0);
    const small = await fetchJson('/test/fixtures/feeds/edge-cases.json', { budget });
    expect(small.ok).to.equal(true);
  });

  it('recovers when a flaky server heals', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const url = `/faults/flaky/${key}?file=/test/fixtures/feeds/edge-cases.json`;
    expect(await fetchJson(url)).to.include({ ok: false, kind: 'http', status: 500 });
    await fetch(`/faults/heal/${key}`);
    const r = await fetchJson(url);
    expect(r.ok).to.equal(true);
  });

  it('never throws, even for a URL that is not one', async () => {
    const r = await fetchJson('http://[::1');
    expect(r.ok).to.equal(false);
  });
});
