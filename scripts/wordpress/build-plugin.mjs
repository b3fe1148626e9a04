// Packs the WordPress plugin: wordpress/recovery-widgets/ plus every file a plain site needs from a
// release folder (today dist/), into <outDir>/recovery-widgets/ and a zip ready for
// Plugins → Add New → Upload. The release script calls buildPlugin(); run alone, it packs dist/:
//   node scripts/wordpress/build-plugin.mjs [assetsFrom] [outDir]
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PLUGIN_SOURCE = join(ROOT, 'wordpress', 'recovery-widgets');
export const PLUGIN_SLUG = 'recovery-widgets';

/** Release files a plugin does not ship: docs pages, source maps, the npm build, a plugin built before. */
const SKIP = (name, isDir) =>
  isDir ? ['esm', 'types', PLUGIN_SLUG].includes(name) : /\.(map|html?|md|zip)$/i.test(name) || name === '.DS_Store';

/** Plugin source files that stay out of the zip: its PHPUnit tests and any assets built for development. */
const SOURCE_SKIP = new Set(['tests', 'assets', 'phpunit.xml', '.phpunit.result.cache']);

/**
 * Builds the plugin. Returns { dir, zip, version, files }.
 * - assetsFrom: a release folder (recovery-widgets.js, recovery-widgets.meetings.js, content/, ...).
 * - outDir: where recovery-widgets-wordpress-<version>.zip is written, and the plugin's folder
 *   recovery-widgets/ unless `zipOnly` (then it is built in a temporary folder and removed; dir is
 *   undefined). The release script can pass its own folder as both assetsFrom and outDir.
 * - version: default package.json's.
 */
export function buildPlugin({ assetsFrom, outDir, version, zipOnly = false } = {}) {
  assetsFrom = resolve(assetsFrom ?? join(ROOT, 'dist'));
  outDir = resolve(outDir ?? join(ROOT, 'dist-wordpress'));
  version ??= JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  if (!existsSync(join(assetsFrom, 'recovery-widgets.js'))) {
    throw new Error(`${assetsFrom} has no recovery-widgets.js: build first (npm run build).`);
  }
  mkdirSync(outDir, { recursive: true });
  const work = zipOnly ? mkdtempSync(join(tmpdir(), 'recovery-plugin-')) : outDir;
  const dir = join(work, PLUGIN_SLUG);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  for (const name of readdirSync(PLUGIN_SOURCE)) {
    if (!SOURCE_SKIP.has(name)) cpSync(join(PLUGIN_SOURCE, name), join(dir, name), { recursive: true });
  }
  const assets = join(dir, 'assets');
  copyAssets(assetsFrom, assets);
  stampVersion(dir, version);

  const integrity = {};
  for (const file of walk(assets).filter((f) => f.endsWith('.js'))) {
    integrity[relative(assets, file)] = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  }
  writeFileSync(join(assets, 'release.php'), releasePhp(version, integrity));

  const zip = join(outDir, `${PLUGIN_SLUG}-wordpress-${version}.zip`);
  const entries = {};
  // A fixed date: the same files make the same zip.
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const file of walk(dir)) {
    entries[`${PLUGIN_SLUG}/${relative(dir, file).split('\\').join('/')}`] = [readFileSync(file), { mtime }];
  }
  writeFileSync(zip, zipSync(entries, { level: 9 }));
  if (zipOnly) rmSync(work, { recursive: true, force: true });
  return { dir: zipOnly ? undefined : dir, zip, version, files: Object.keys(entries) };
}

function copyAssets(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (SKIP(entry.name, entry.isDirectory())) continue;
    const src = join(from, entry.name);
    if (entry.isDirectory()) copyAssets(src, join(to, entry.name));
    else cpSync(src, join(to, entry.name));
  }
}

/** The release's version in the plugin header, its constant, readme.txt and each block.json. */
function stampVersion(dir, version) {
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) throw new Error(`Not a version: ${version}`);
  const edit = (file, pairs) => {
    let text = readFileSync(file, 'utf8');
    for (const [pattern, replacement] of pairs) {
      if (!pattern.test(text)) throw new Error(`${relative(dir, file)}: no ${pattern} to stamp the version in`);
      text = text.replace(pattern, replacement);
    }
    writeFileSync(file, text);
  };
  edit(join(dir, 'recovery-widgets.php'), [
    [/^( \* Version:\s+).*$/m, `$1${version}`],
    [/define\( 'RECOVERY_WIDGETS_VERSION', '[^']*' \)/, `define( 'RECOVERY_WIDGETS_VERSION', '${version}' )`],
  ]);
  edit(join(dir, 'readme.txt'), [[/^(Stable tag:\s+).*$/m, `$1${version}`]]);
  for (const block of readdirSync(join(dir, 'blocks'))) {
    const file = join(dir, 'blocks', block, 'block.json');
    if (existsSync(file)) edit(file, [[/("version":\s*)"[^"]*"/, `$1"${version}"`]]);
  }
}

function releasePhp(version, integrity) {
  const q = (s) => `'${String(s).replace(/[\\']/g, '\\$&')}'`;
  const lines = Object.entries(integrity).map(([file, hash]) => `\t\t${q(file)} => ${q(hash)},`);
  return `<?php
// Written by scripts/wordpress/build-plugin.mjs: the release's version and the files' integrity hashes.
defined( 'ABSPATH' ) || exit;
return array(
\t'version'   => ${q(version)},
\t'integrity' => array(
${lines.join('\n')}
\t),
);
`;
}

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = buildPlugin({ assetsFrom: process.argv[2], outDir: process.argv[3] });
  console.log(`${relative(process.cwd(), result.zip)} (${result.files.length} files, version ${result.version})`);
}
