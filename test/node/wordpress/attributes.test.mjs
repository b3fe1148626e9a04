// The WordPress plugin's shortcodes and blocks take exactly the attributes the elements document:
// each blocks/<name>/block.json against custom-elements.json. Runs without PHP or WordPress, so a
// new attribute on an element (or a stale one in the plugin) fails npm test on any machine.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
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
