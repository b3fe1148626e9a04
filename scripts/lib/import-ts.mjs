// Node 20 cannot run TypeScript, so build scripts bundle the framework-free modules of src/ with
// esbuild and import the result. The bundle is written under node_modules/.cache (inside the repo,
// so npm packages such as yaml resolve from it) with a content hash in its name, because Node
// caches modules by URL and a changed source must be imported afresh.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Imports TypeScript. `entry` is a file path, or `{ contents }` of an entry module written inline
 * (`export { x } from './src/y.ts'`). `name` keeps each caller's cache files apart.
 */
export async function importTs(root, entry, name) {
  const result = await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [join(root, entry)] }
      : { stdin: { contents: entry.contents, resolveDir: root, sourcefile: `${name}-entry.ts`, loader: 'ts' } }),
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const dir = join(root, 'node_modules', '.cache', `recovery-${name}`);
  mkdirSync(dir, { recursive: true });
  const file = `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`;
  for (const old of readdirSync(dir))
    if (old !== file && old.startsWith(`${name}-`)) rmSync(join(dir, old), { force: true });
  const path = join(dir, file);
  if (!existsSync(path)) writeFileSync(path, code);
  return import(pathToFileURL(path).href);
}
