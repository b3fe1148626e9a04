// npm run build: content → dist/content, the drop-in script and ESM build, types, the manifest.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ensureInstall } from './ensure-install.mjs';
import { bin, run } from './lib/run.mjs';

export async function build() {
  ensureInstall();
  rmSync('dist', { recursive: true, force: true });
  mkdirSync('dist', { recursive: true });

  if (existsSync('scripts/content/build-content.mjs')) {
    const { buildContent } = await import('./content/build-content.mjs');
    try {
      await buildContent();
    } catch (e) {
      console.error(e.message);
      process.exit(1);
    }
  }

  const { buildPacks } = await import('./i18n/build-packs.mjs');
  try {
    await buildPacks({ version: JSON.parse(readFileSync('package.json', 'utf8')).version });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }

  const steps = [
    ['rollup', [bin('rollup'), ['-c', '--silent']]],
    ['types', [bin('tsc'), ['-p', 'tsconfig.build.json']]],
    ['manifest', [bin('cem'), ['analyze', '--litelement', '--quiet']]],
  ];
  for (const [name, [cmd, args]] of steps) {
    if (run(cmd, args) !== 0) {
      console.error(`build failed at step: ${name}`);
      process.exit(1);
    }
  }

  dropPrivateAttributes('custom-elements.json');

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const file of ['dist/recovery-widgets.js', 'dist/recovery-widgets.meetings.js']) {
    const js = readFileSync(file);
    console.log(`${file}: ${kb(js.length)} raw, ${kb(gzipSync(js, { level: 9 }).length)} gzip`);
  }
}

/**
 * The analyzer lists Lit's internal state (`static properties` entries with `state: true`) as
 * attributes. They are private fields that no page can set, so they leave the manifest, and with it
 * the README and the attribute tests.
 */
function dropPrivateAttributes(file) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.attributes) continue;
      const hidden = new Set((d.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
      d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName));
      if (d.members) d.members = d.members.filter((m) => !(hidden.has(m.name) && m.attribute));
    }
  }
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
