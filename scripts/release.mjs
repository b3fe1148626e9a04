// npm run release: what a webmaster downloads. Builds, then writes
//
//   release/recovery-widgets-<version>.zip                   the download
//   release/recovery-widgets-<version>/recovery-widgets/     the same files, unzipped
//   release/recovery-widgets-wordpress-<version>.zip         the WordPress plugin, from the same files
//
// The zip holds one folder, `recovery-widgets/`, the name the README's snippet uses
// (`/recovery-widgets/recovery-widgets.js`), so a webmaster uploads it as it comes out of the zip.
// The version is only in the zip's file name (and in START-HERE.html and each file's banner).
// Inside: the drop-in script and the meeting engine, content/, i18n/ (language packs), LICENSE (with the notices of the
// bundled Lit packages), START-HERE.html with its start-here/ assets, and configure.html when the
// demo has one (see CONFIGURATOR below). No source maps, no esm/, no types/: the npm package keeps
// those.
//
// Other scripts (the WordPress plugin's zip) reuse it: `await release({ outDir })` returns the
// folder's and the zip's paths, the version and the script's SRI hash.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { EXAMPLES, PLAIN_SCRIPT_TAG, PROVIDER, SCRIPT_TAG } from './release/examples.mjs';
import { STRICT_CSP } from './wtr/middleware.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TEMPLATES = join(ROOT, 'scripts/release');
/** The folder inside the zip: the path the README's snippet uses. */
export const FOLDER = 'recovery-widgets';
const SCRIPT = 'recovery-widgets.js';
const ENGINE = 'recovery-widgets.meetings.js';

/**
 * The theme configurator, when the demo has one: `demo/configure.html` is copied as
 * `configure.html` beside the script, its `../dist/` links become links to this folder, and every
 * other local file it links to (stylesheets, scripts, and the modules those scripts import) is
 * copied at the same path relative to it. Links to other pages (`<a href>`) and a finder's feed
 * (`src` on the widget) are not followed: the page must work on its own. A file it needs outside
 * `demo/` (other than the built files) stops the release with a message, so a wiring mistake is
 * never shipped half-working. The release test checks the page is in the zip when the demo has it.
 */
export const CONFIGURATOR = { page: 'demo/configure.html', as: 'configure.html' };

/**
 * Writes the release. `build`: true always builds first (the npm script), 'if-missing' reuses a
 * `dist/` whose banner names this version (the tests, right after `npm test`'s build).
 */
export async function release({ outDir = 'release', build = true, log = console.log } = {}) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const version = pkg.version;
  const dist = join(ROOT, 'dist');
  if (build === true || !builtFor(version, dist)) {
    const { build: runBuild } = await import('./build.mjs');
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      await runBuild();
    } finally {
      process.chdir(cwd);
    }
  }
  if (!builtFor(version, dist)) throw new Error(`dist/${SCRIPT} is not version ${version}: run npm run build`);

  const base = `recovery-widgets-${version}`;
  const out = resolve(ROOT, outDir);
  const top = join(out, base);
  const folder = join(top, FOLDER);
  const zip = join(out, `${base}.zip`);
  rmSync(top, { recursive: true, force: true });
  rmSync(zip, { force: true });
  mkdirSync(folder, { recursive: true });

  // The script and every file it imports beside itself (the meeting engine, the contrast check).
  for (const file of readdirSync(dist).filter((f) => /^recovery-widgets(\.[a-z]+)?\.js$/.test(f))) {
    cpSync(join(dist, file), join(folder, file));
  }
  cpSync(join(dist, 'content'), join(folder, 'content'), { recursive: true });
  cpSync(join(dist, 'i18n'), join(folder, 'i18n'), { recursive: true });
  writeFileSync(join(folder, 'LICENSE'), licenseText(dist));

  const integrity = sri(readFileSync(join(folder, SCRIPT)));
  const configurator = copyConfigurator(join(ROOT, CONFIGURATOR.page), folder);
  writeStartHere(folder, { version, integrity, configurator });

  const files = listFiles(folder);
  const entries = {};
  const mtime = commitTime();
  for (const file of files) {
    entries[posix.join(FOLDER, file)] = [new Uint8Array(readFileSync(join(folder, file))), { mtime }];
  }
  writeFileSync(zip, zipSync(entries, { level: 9 }));

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  log(`${relative(process.cwd(), zip)}  (${kb(statSync(zip).size)}, ${files.length} files in ${FOLDER}/)`);
  log(`${relative(process.cwd(), folder)}/  (the same files, unzipped)`);
  log(`SRI of ${SCRIPT}: ${integrity}`);
  log(`  <script src="/${FOLDER}/${SCRIPT}" integrity="${integrity}" crossorigin="anonymous" defer></script>`);

  // The WordPress plugin, built from these same files: ready for Plugins › Add New › Upload.
  const { buildPlugin } = await import('./wordpress/build-plugin.mjs');
  const plugin = buildPlugin({ assetsFrom: folder, outDir: out, version, zipOnly: true });
  log(`${relative(process.cwd(), plugin.zip)}  (${kb(statSync(plugin.zip).size)}, the WordPress plugin)`);
  return { version, folder, zip, integrity, files, plugin: plugin.zip };
}

/** True when dist/ holds a build of `version` (its banner says so). */
function builtFor(version, dist) {
  const file = join(dist, SCRIPT);
  if (!existsSync(file) || !existsSync(join(dist, ENGINE)) || !existsSync(join(dist, 'content'))) return false;
  return readFileSync(file, 'utf8').startsWith(`/*! recovery-widgets v${version} `);
}

/** The Subresource Integrity value of exactly these bytes. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The project's licence, then the licence of every package bundled into the script (read from the
 * source map, so a new bundled dependency is credited without anyone remembering to).
 */
function licenseText(dist) {
  const own = readFileSync(join(ROOT, 'LICENSE'), 'utf8').trim();
  const packages = new Set();
  // The map's file bundles Leaflet, supercluster and kdbush, whose licences ask for their notices.
  for (const file of [SCRIPT, ENGINE, 'recovery-widgets.map.js']) {
    const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'));
    for (const source of map.sources) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (m) packages.add(m[1]);
    }
  }
  // Identical licence texts are printed once, under every package that has it.
  const byText = new Map();
  for (const name of [...packages].sort()) {
    const dir = join(ROOT, 'node_modules', name);
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licence = readdirSync(dir).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
    if (!licence) throw new Error(`${name} is bundled into ${SCRIPT} but has no LICENSE file to credit`);
    const text = readFileSync(join(dir, licence), 'utf8').trim();
    byText.set(text, [...(byText.get(text) ?? []), `${name} ${version}`]);
  }
  const notices = [...byText].map(([text, names]) => `${names.join(', ')}:\n\n${text}`);
  return `${own}\n\n${'-'.repeat(72)}\n\n${SCRIPT} includes the following software, under its own licence.\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A code block with a copy button; `{{folder}}` becomes a span START-HERE's script fills in. */
function snippet(id, label, code, integrity) {
  const html = escapeHtml(code)
    .replaceAll('{{integrity}}', integrity)
    .replaceAll('{{folder}}', `<span class="folder">/${FOLDER}/</span>`);
  return `<div class="snippet">
          <pre id="${id}" tabindex="0" role="region" aria-label="${escapeHtml(label)}"><code>${html}</code></pre>
          <p class="snippet-actions">
            <button type="button" class="copy" data-copy="${id}">Copy<span class="visually-hidden"> ${escapeHtml(label.toLowerCase())}</span></button>
            <span class="copy-status" role="status"></span>
          </p>
        </div>`;
}

function writeStartHere(folder, { version, integrity, configurator }) {
  const examples = EXAMPLES.map(
    (e) => `<section aria-labelledby="${e.id}-heading">
          <h3 id="${e.id}-heading">${escapeHtml(e.title)}</h3>
          <p>${escapeHtml(e.text)}</p>
          ${snippet(`snippet-${e.id}`, `Code for the ${e.title.toLowerCase()}`, e.snippet, integrity)}
          <div class="live">
            <p class="live-label">Live:</p>
            ${e.live}
          </div>${e.note ? `\n          <p class="note">${escapeHtml(e.note)}</p>` : ''}
        </section>`,
  ).join('\n        ');
  const cspLines = [
    "script-src 'self'",
    "connect-src 'self' https://your-intergroup.example",
    'trusted-types lit-html recovery-widgets',
  ].join('\n');
  const configure = configurator
    ? `<section id="configure" aria-labelledby="configure-heading">
        <h2 id="configure-heading">Match your site's colors</h2>
        <p>
          Open <a href="configure.html">configure.html</a> in this folder: choose colors and sizes,
          see the widgets change, and copy the CSS into your site's stylesheet.
        </p>
      </section>`
    : '';
  const html = readFileSync(join(TEMPLATES, 'START-HERE.html'), 'utf8')
    .replaceAll('{{script-snippet}}', snippet('snippet-script', 'Code for the script tag', SCRIPT_TAG, integrity))
    .replaceAll(
      '{{plain-script-snippet}}',
      snippet('snippet-plain-script', 'Code for the script tag without integrity', PLAIN_SCRIPT_TAG, integrity),
    )
    .replaceAll('{{examples}}', examples)
    .replaceAll('{{provider-snippet}}', snippet('snippet-provider', 'Code for the provider', PROVIDER, integrity))
    .replaceAll(
      '{{csp-lines-snippet}}',
      snippet('snippet-csp-lines', 'Directives for your policy', cspLines, integrity),
    )
    .replaceAll(
      '{{csp-snippet}}',
      snippet('snippet-csp', 'The strictest policy', `Content-Security-Policy: ${STRICT_CSP}`, integrity),
    )
    .replaceAll('{{configure}}', configure)
    .replaceAll('{{version}}', escapeHtml(version))
    .replaceAll('{{integrity}}', integrity);
  const left = /\{\{[\w-]+\}\}/.exec(html);
  if (left) throw new Error(`START-HERE.html template: ${left[0]} was not filled in`);
  writeFileSync(join(folder, 'START-HERE.html'), html);
  mkdirSync(join(folder, 'start-here'), { recursive: true });
  for (const file of ['start-here.css', 'start-here.js', 'sample-meetings.json']) {
    cpSync(join(TEMPLATES, file), join(folder, 'start-here', file));
  }
}

/**
 * Copies the configurator page and the local files it needs (see CONFIGURATOR); returns whether
 * there was one. Exported for its own test.
 */
export function copyConfigurator(page, folder) {
  if (!existsSync(page)) return false;
  const demo = dirname(page);
  const rewrite = (text) => text.replace(/(["'(])\.\.\/dist\//g, '$1./');
  const copied = new Set();
  const copy = (file) => {
    if (copied.has(file)) return;
    copied.add(file);
    const rel = relative(demo, file);
    if (rel.startsWith('..')) {
      throw new Error(`${relative(ROOT, page)} needs ${relative(ROOT, file)}, outside demo/: keep its files in demo/`);
    }
    if (!existsSync(file))
      throw new Error(`${relative(ROOT, page)} needs ${relative(ROOT, file)}, which does not exist`);
    const text = readFileSync(file, 'utf8');
    mkdirSync(dirname(join(folder, rel)), { recursive: true });
    writeFileSync(join(folder, file === page ? CONFIGURATOR.as : rel), rewrite(text));
    for (const ref of localReferences(text, file)) copy(resolve(dirname(file), ref));
  };
  copy(page);
  return true;
}

/**
 * The files a page needs: HTML's scripts, stylesheets and images (not its links to other pages, nor
 * a widget's `src`), CSS's url() and @import, and JS's static and dynamic imports.
 */
function localReferences(text, file) {
  const patterns = file.endsWith('.html')
    ? [/<(?:script|img|source)\b[^>]*?\ssrc=["']([^"'#?]+)/g, /<link\b[^>]*?\shref=["']([^"'#?]+)/g]
    : file.endsWith('.css')
      ? [/url\(\s*["']?([^"')#?]+)/g, /@import\s+["']([^"'#?]+)/g]
      : [/\bfrom\s*["']([^"'#?]+)/g, /\bimport\s*\(?\s*["']([^"'#?]+)/g];
  const refs = [];
  for (const pattern of patterns) {
    for (const [, ref] of text.matchAll(pattern)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/)/i.test(ref)) continue; // another site, data:, or site-absolute
      if (/^\.\.\/dist\//.test(ref)) continue; // the built files, which are in the release already
      if (!/^\.{0,2}\/|^[\w-]/.test(ref)) continue;
      refs.push(ref);
    }
  }
  return refs;
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, posix.join(prefix, e.name)) : [posix.join(prefix, e.name)]))
    .sort();
}

/** The last commit's time, so the same commit gives the same zip; now, outside a git checkout. */
function commitTime() {
  try {
    const seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim());
    if (seconds > 0) return new Date(seconds * 1000);
  } catch {
    // not a git checkout (a downloaded source archive)
  }
  return new Date();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await release();
  } catch (e) {
    console.error(`release failed: ${e.message}`);
    process.exit(1);
  }
}
