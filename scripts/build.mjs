// npm run build: content → dist/content, the drop-in script and ESM build, types, the manifest.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

  const js = readFileSync('dist/recovery-widgets.js');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `dist/recovery-widgets.js: ${kb(js.length)} raw, ${kb(gzipSync(js, { level: 9 }).length)} gzip`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
