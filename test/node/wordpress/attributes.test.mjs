// The WordPress plugin, checked without PHP or WordPress, so these run on any machine: its
// shortcodes and blocks take exactly the attributes the elements document (each
// blocks/<name>/block.json against custom-elements.json), and its zip holds what it should.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { buildPlugin } from '../../../scripts/wordpress/build-plugin.mjs';
import { manifestAttributes } from './lib/markup.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname;
const BLOCKS = join(ROOT, 'wordpress', 'recovery-widgets', 'blocks');
const WIDGETS = {
  'recovery-article': 'article',
  'related-posts': 'related-posts',
  'support-group-finder': 'support-group-finder',
  'recovery-cta': 'cta',
};
/** Accepted by every shortcode and block besides the element's own: an id, for related-posts' target. */
const EXTRA = ['id'];
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

test('each block.json lists exactly its element’s documented attributes, with the same kinds', () => {
  const manifestFile = join(ROOT, 'custom-elements.json');
  assert.ok(existsSync(manifestFile), 'custom-elements.json is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const documented = manifestAttributes(manifestFile);
  for (const [tag, folder] of Object.entries(WIDGETS)) {
    const block = JSON.parse(readFileSync(join(BLOCKS, folder, 'block.json'), 'utf8'));
    const plugin = Object.keys(block.attributes).map(kebab);
    const missing = documented[tag].filter((a) => !plugin.includes(a));
    const unknown = plugin.filter((a) => !documented[tag].includes(a) && !EXTRA.includes(a));
    assert.deepEqual(
      { missing, unknown },
      { missing: [], unknown: [] },
      `wordpress/recovery-widgets/blocks/${folder}/block.json and <${tag}> in custom-elements.json: add each missing ` +
        'attribute to block.json (type, and enum for a fixed list) and give it a rule in includes/class-widgets.php ' +
        '(Widgets::check); remove each unknown one.',
    );
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    for (const attribute of declaration.attributes ?? []) {
      const own = block.attributes[Object.keys(block.attributes).find((k) => kebab(k) === attribute.name)];
      const flag = attribute.type?.text === 'boolean';
      assert.equal(own.type === 'boolean', flag, `<${tag} ${attribute.name}> is ${flag ? '' : 'not '}a flag`);
    }
  }
});

test('the release zip holds the plugin in one folder, with the release’s files and their hashes, and nothing else', () => {
  const release = mkdtempSync(join(tmpdir(), 'recovery-release-'));
  try {
    // A release folder as the release script makes it, with things a plugin does not ship.
    writeFileSync(join(release, 'recovery-widgets.js'), 'console.log(1)');
    writeFileSync(join(release, 'recovery-widgets.meetings.js'), 'export {}');
    writeFileSync(join(release, 'recovery-widgets.js.map'), '{}');
    writeFileSync(join(release, 'START-HERE.html'), '<p>');
    writeFileSync(join(release, 'LICENSE'), 'MIT');
    for (const dir of ['content/en', 'esm', 'types']) mkdirSync(join(release, dir), { recursive: true });
    writeFileSync(join(release, 'content', 'index.en.json'), '{}');
    writeFileSync(join(release, 'esm', 'index.js'), '');
    writeFileSync(join(release, 'old.zip'), '');
    const { zip, dir, version } = buildPlugin({ assetsFrom: release, outDir: release, zipOnly: true });
    assert.equal(dir, undefined);
    const files = Object.keys(unzipSync(readFileSync(zip)));
    assert.ok(
      files.every((f) => f.startsWith('recovery-widgets/')),
      'one top-level folder',
    );
    for (const f of [
      'recovery-widgets.php',
      'uninstall.php',
      'readme.txt',
      'license.txt',
      'blocks/editor.js',
      'blocks/cta/block.json',
    ])
      assert.ok(files.includes(`recovery-widgets/${f}`), f);
    for (const f of [
      'recovery-widgets.js',
      'recovery-widgets.meetings.js',
      'LICENSE',
      'content/index.en.json',
      'release.php',
    ])
      assert.ok(files.includes(`recovery-widgets/assets/${f}`), `assets/${f}`);
    assert.deepEqual(
      files.filter((f) => /\.map$|\.html$|\/esm\/|\/types\/|\.zip$|\/tests\//.test(f)),
      [],
      'no source maps, docs pages, npm build, zips or PHPUnit tests',
    );
    const releasePhp = new TextDecoder().decode(unzipSync(readFileSync(zip))['recovery-widgets/assets/release.php']);
    assert.match(releasePhp, /'recovery-widgets\.js' => 'sha384-[A-Za-z0-9+/]+=*'/);
    assert.match(releasePhp, new RegExp(`'version'\\s+=> '${version}'`));
  } finally {
    rmSync(release, { recursive: true, force: true });
  }
});
