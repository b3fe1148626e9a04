// A small static server for the demo (no dependencies). Serves the repository root so demo pages
// load the built script from /dist/, exactly as a partner's page would load it from their host.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tileFor } from './lib/generated-tiles.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * Text is sent gzipped when the browser accepts it, as partners' hosts and intergroups' feed
 * servers send it: a Lighthouse run then downloads the 1.2 MB demo feed at its real size on the
 * wire (about 150 KB), not the uncompressed size no real server sends.
 */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.md']);
const gzipped = new Map();

function gzipOf(file, mtimeMs) {
  const hit = gzipped.get(file);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtimeMs, body });
  return body;
}

/** Demo feeds are the real public feeds the tests use, served as a partner would serve them. */
const ALIASES = [['/demo/feeds/', '/test/fixtures/feeds/']];

function handle(req, res) {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/') {
    res.writeHead(302, { Location: '/demo/' });
    return res.end();
  }
  // The demo map's tiles are made here (scripts/lib/generated-tiles.mjs): no tile server is asked.
  const tile = tileFor(path);
  if (tile) {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store', 'Content-Length': tile.length });
    return res.end(tile);
  }
  for (const [from, to] of ALIASES) if (path.startsWith(from)) path = to + path.slice(from.length);
  let file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT)) {
    res.writeHead(403);
    return res.end('Forbidden');
  }
  let stat;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    stat = statSync(file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  const headers = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  };
  if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const body = gzipOf(file, stat.mtimeMs);
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
    return res.end(body);
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

/** Starts on `port`, or the next free one; resolves with the port in use. */
export function serve(port = Number(process.env.PORT) || 8000, tries = 20) {
  return new Promise((resolvePort, reject) => {
    const server = createServer(handle);
    server.once('error', (err) => {
      if (err.code === 'EADDRINUSE' && tries > 1) resolvePort(serve(port + 1, tries - 1));
      else reject(err);
    });
    server.listen(port, '127.0.0.1', () => resolvePort(port));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = await serve();
  console.log(`Serving the demo at http://localhost:${port}/demo/  (Ctrl+C to stop)`);
}
