import { readdirSync, readFileSync } from 'node:fs';
import { tileFor } from '../lib/generated-tiles.mjs';

/**
 * Test-server routes that play the part of partners' servers: feeds and articles that fail the way
 * real servers fail, and pages served with a strict Content-Security-Policy.
 *
 *   /faults/404, /faults/500            an HTTP error
 *   /faults/slow?ms=N                   answers after N ms (a server that hangs past the timeout)
 *   /faults/not-json                    200 with an HTML error page
 *   /faults/wrong-shape                 200 with JSON that is not a meeting feed or article
 *   /faults/empty-array                 200 with []
 *   /faults/huge?mb=N                   a JSON array that streams N MB (default 25)
 *   /faults/truncated?file=/path.json   half of a real file, then the connection is cut
 *   /faults/cors?file=/path.json        the file with no CORS headers (ask for it from 127.0.0.1)
 *   /faults/flaky/<key>?file=/path      500 until /faults/heal/<key> is requested, then the file
 *     &as=KIND                          fails as KIND instead of 500 until healed: 404, 500,
 *                                       not-json, wrong-shape, empty-array, huge (&mb=N),
 *                                       truncated (half of `file`), slow (&ms=N, then 200 with
 *                                       `file`), or cors (the file without CORS headers; healed,
 *                                       with Access-Control-Allow-Origin: *). Request it from
 *                                       http://127.0.0.1:<port> for cors. Use a unique key per test:
 *                                       healed keys stay healed until the server restarts.
 *   /faults/script/<key>/<file>        dist/<file>; the meeting engine (recovery-widgets.meetings.js)
 *                                       is a 404 until /faults/heal/<key>: a partner who copied
 *                                       only the script (a healed `stale-<id>` key serves the
 *                                       engine of the 0.0.0-other build instead; with a
 *                                       `finder-<id>` key the finder's feed mode,
 *                                       recovery-widgets.finder.js, is the missing file)
 *   /faults/slow-english/<ms>/<fixture path>  the fixture, but any index.en.json only after <ms>
 *   /faults/heal/<key>                  heals that key (answers with CORS headers, so a test may
 *                                       call it from either origin)
 *   /faults/cdn/<file>                  dist/<file> with Access-Control-Allow-Origin: *, as a CDN
 *                                       serves it (the script, the engine, the finder's feed
 *                                       mode, content/<lang>/<slug>.json;
 *                                       widgets.php is the script at a URL without .js; latest
 *                                       redirects to the script): load it from
 *                                       http://127.0.0.1:<port> to play a script on another origin
 *   /faults/generated/zones?n=N&pad=B   a Meeting Guide feed of N records, each spelling
 *                                       America/New_York with its own capital letters (B extra
 *                                       bytes of notes per record make the file larger; &one=1
 *                                       spells it one way, the control)
 *   /faults/generated/references?n=N    an article with N references (&cited=1: each cited once;
 *                                       &nodes=K: K more inline nodes in its one paragraph)
 *   /tiles/<z>/<x>/<y>.png              a generated 256 px map tile (scripts/lib/generated-tiles.mjs;
 *   /demo/tiles/<z>/<x>/<y>.png         the demo's path for the same), from either origin:
 *                                       map tests name one origin and check the other is never asked
 *   /test/pages/csp-map/...             served with the strict CSP plus `img-src` for the tile host
 *                                       http://127.0.0.1:<port>, which the page names as
 *                                       __TILE_ORIGIN__ (replaced with the real origin)
 *   http://127.0.0.1:<port>/...         the same server from another origin with no CORS headers:
 *                                       tests use it for a CORS refusal
 *   /demo/feeds/...                     the real feeds, as the demo server serves them
 *   /demo/*.html?record                 a demo page with test/pages/record.js run first, so the
 *                                       privacy and console tests see everything the page does
 */

/** The CSP of a hospital site that allows nothing but itself. Documented in the README. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html recovery-widgets',
].join('; ');

/** Flaky keys that /faults/heal/<key> has healed. */
const healed = new Set();

const RECORDER = '<script src="/test/pages/record.js"></script>';

async function demoPages(ctx, next) {
  if (ctx.path.startsWith('/demo/feeds/')) {
    ctx.path = ctx.path.replace('/demo/feeds/', '/test/fixtures/feeds/');
    return next();
  }
  await next();
  if (!ctx.path.startsWith('/demo/') || !('record' in ctx.query) || !ctx.response.is('html')) return;
  const html = await readBody(ctx.body);
  ctx.body = html.replace(/<head>/i, `<head>${RECORDER}`);
}

async function readBody(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function tiles(ctx, next) {
  const tile = tileFor(ctx.path);
  if (!tile) return next();
  ctx.status = 200;
  ctx.type = 'image/png';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = tile;
}

async function faults(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/test/pages/csp-map/')) {
    await next();
    const origin = `http://127.0.0.1:${ctx.host.split(':')[1] ?? '80'}`;
    ctx.body = (await readBody(ctx.body)).replaceAll('__TILE_ORIGIN__', origin);
    ctx.set('Content-Security-Policy', STRICT_CSP.replace("img-src 'self' data:", `img-src 'self' data: ${origin}`));
    return;
  }
  if (path.startsWith('/test/pages/csp/')) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!path.startsWith('/faults/')) return next();

  const [, , kind, key] = path.split('/');
  const file = ctx.query.file;
  if ((file !== undefined && !/^\/test\/fixtures\/[\w./-]+$/.test(file)) || String(file).includes('..')) {
    if (file !== undefined) {
      ctx.status = 400;
      return;
    }
  }
  if (kind === 'flaky') {
    if (!key || !file) {
      ctx.status = 400;
      return;
    }
    if (!healed.has(key)) return fail(ctx, String(ctx.query.as ?? '500'), file);
    if (ctx.query.as === 'cors') ctx.set('Access-Control-Allow-Origin', '*');
    return sendJson(ctx, readFileSync(`.${file}`, 'utf8'));
  }
  if (kind === 'slow-english') {
    // /faults/slow-english/<ms>/test/fixtures/...: the fixture, with index.en.json answered late.
    const file = `/${path.split('/').slice(4).join('/')}`;
    if (!/^\/test\/fixtures\/[\w./-]+$/.test(file) || file.includes('..')) {
      ctx.status = 400;
      return;
    }
    if (file.endsWith('/index.en.json')) await new Promise((r) => setTimeout(r, Number(key) || 0));
    try {
      return sendJson(ctx, readFileSync(`.${file}`, 'utf8'));
    } catch {
      return fail(ctx, '404');
    }
  }
  if (kind === 'script') {
    const name = path.split('/')[4];
    if (!key || !/^recovery-widgets(\.(meetings|finder))?\.js$/.test(name ?? '')) {
      ctx.status = 400;
      return;
    }
    // The engine is missing until healed; with a `finder-` key, the finder's feed mode is instead.
    const missing = key.startsWith('finder-') ? name.includes('finder') : name.includes('meetings');
    if (missing && !healed.has(key)) return fail(ctx, '404');
    ctx.status = 200;
    ctx.type = 'text/javascript';
    // A `stale-` key serves the engine of the build stamped 0.0.0-other: a cache from another release.
    const stale = name.includes('meetings') && key.startsWith('stale-');
    ctx.body = readFileSync(`${stale ? 'node_modules/.cache/other-version' : 'dist'}/${name}`, 'utf8');
    return;
  }
  if (kind === 'cdn') {
    ctx.set('Access-Control-Allow-Origin', '*');
    // A CDN's unversioned address answers with a redirect to the file itself.
    if (key === 'latest')
      return ctx.redirect(`/faults/cdn/${ctx.query.to === 'where-am-i.js' ? 'where-am-i.js' : 'recovery-widgets.js'}`);
    const rest = path.split('/').slice(3).join('/');
    const files = {
      'recovery-widgets.js': 'dist/recovery-widgets.js',
      'recovery-widgets.meetings.js': 'dist/recovery-widgets.meetings.js',
      'recovery-widgets.finder.js': 'dist/recovery-widgets.finder.js',
      // The script as a CMS serves it, from a URL that does not end in .js.
      'widgets.php': 'dist/recovery-widgets.js',
      'where-am-i.js': 'test/fixtures/scripts/where-am-i.js',
    };
    const content = /^content\/[a-z]{2}\/[a-z0-9-]+\.json$/.test(rest) ? `dist/${rest}` : undefined;
    const file = files[rest] ?? content;
    if (!file) {
      ctx.status = 404;
      return;
    }
    ctx.type = content ? 'application/json' : 'text/javascript';
    ctx.body = readFileSync(file, 'utf8');
    return;
  }
  if (kind === 'generated') return generated(ctx, key, Math.min(Number(ctx.query.n) || 0, 200000));
  if (kind === 'heal') {
    healed.add(key);
    ctx.set('Access-Control-Allow-Origin', '*');
    return sendJson(ctx, { healed: key });
  }
  return fail(ctx, kind, file);
}

/**
 * Large hostile files made on request, so megabytes are never committed: the same input every
 * time for the same query.
 */
function generated(ctx, kind, n) {
  if (kind === 'zones') {
    const zone = 'america/new_york';
    const letters = [...zone].map((c, i) => ({ c, i })).filter(({ c }) => /[a-z]/.test(c));
    const pad = 'x'.repeat(Math.min(Number(ctx.query.pad) || 0, 5000));
    const records = [];
    for (let r = 0; r < n; r++) {
      // Record r's capitals are the bits of r: 14 letters give 16,384 distinct spellings.
      const chars = [...zone];
      letters.forEach(({ c, i }, bit) => {
        if (!ctx.query.one && (r >> bit) & 1) chars[i] = c.toUpperCase();
      });
      records.push({
        name: `Zone spelling ${r}`,
        slug: `zone-${r}`,
        day: r % 7,
        time: '19:00',
        timezone: chars.join(''),
        address: `${r} Main St`,
        city: 'Philadelphia',
        state: 'PA',
        postal_code: '19103',
        country: 'US',
        ...(pad && { notes: pad }),
      });
    }
    return sendJson(ctx, records);
  }
  if (kind === 'references') {
    const references = Array.from({ length: n }, (_, i) => ({
      n: i + 1,
      title: `Reference number ${i + 1}`,
      publisher: 'Generated Press',
      url: `https://example.org/ref/${i + 1}`,
    }));
    const cites = ctx.query.cited ? references.map((r) => ({ type: 'cite', n: r.n })) : [];
    // &nodes=K: K more inline nodes in the same paragraph (emphasis, one word each).
    const more = Math.min(Number(ctx.query.nodes) || 0, 100000);
    for (let i = 0; i < more; i++) cites.push({ type: 'em', children: [`w${i} `] });
    return sendJson(ctx, {
      version: 1,
      slug: 'many-references',
      language: 'en',
      title: 'An article with many references',
      description: 'Generated by the test server.',
      published: '2026-01-01',
      updated: '2026-01-01',
      author: 'Test',
      topics: [],
      readingMinutes: 1,
      source: { name: 'Test' },
      translations: [],
      body: [{ type: 'paragraph', children: ['Cited everywhere: ', ...cites] }],
      references,
    });
  }
  ctx.status = 404;
}

function sendJson(ctx, body) {
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

/** Answers the way a broken server does; the same behaviours serve /faults/<kind> and flaky keys. */
async function fail(ctx, kind, file) {
  switch (kind) {
    case '404':
    case '500':
      ctx.status = Number(kind);
      ctx.type = 'text/html';
      ctx.body = `<html><body><h1>${kind}</h1></body></html>`;
      return;
    case 'slow':
      await new Promise((r) => setTimeout(r, Number(ctx.query.ms ?? 20000)));
      return sendJson(ctx, file ? readFileSync(`.${file}`, 'utf8') : []);
    case 'not-json':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body>Maintenance</body></html>';
      return;
    case 'wrong-shape':
      return sendJson(ctx, { status: 'ok', data: { items: 'nope' } });
    case 'empty-array':
      return sendJson(ctx, []);
    case 'cors':
      // No Access-Control-Allow-Origin: a page on another origin cannot read this.
      return sendJson(ctx, file ? readFileSync(`.${file}`, 'utf8') : []);
    case 'huge': {
      const mb = Number(ctx.query.mb ?? 25);
      const record = JSON.stringify({ name: 'x'.repeat(900), day: 1, time: '19:00', slug: 's' });
      const { Readable } = await import('node:stream');
      let sent = 0;
      const total = mb * 1024 * 1024;
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (function* () {
          yield '[';
          while (sent < total) {
            const chunk = `${sent ? ',' : ''}${record}`.repeat(64);
            sent += chunk.length;
            yield chunk;
          }
          yield ']';
        })(),
      );
      return;
    }
    case 'truncated': {
      if (!file) {
        ctx.status = 400;
        return;
      }
      const text = readFileSync(`.${file}`, 'utf8');
      ctx.respond = false;
      const res = ctx.res;
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      setTimeout(() => res.destroy(), 50);
      return;
    }
    default:
      ctx.status = 404;
  }
}

/**
 * `/test-server/dist-files`: the files the build wrote beside the script (dist/*.js) and the
 * language packs (dist/i18n/*.json), for the size-budget test, so a new file cannot go unbudgeted.
 */
async function distFiles(ctx, next) {
  if (ctx.path !== '/test-server/dist-files') return next();
  const js = readdirSync('dist')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `dist/${f}`);
  const packs = readdirSync('dist/i18n')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `dist/i18n/${f}`);
  sendJson(ctx, [...js, ...packs].sort());
}

export const testServerMiddleware = [distFiles, tiles, demoPages, faults];
