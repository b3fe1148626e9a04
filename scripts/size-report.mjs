// Where the drop-in script's bytes go: minified bytes per folder and per file (esbuild's metafile),
// and the gzip total. `npm run build` is the real, budgeted number; this is for finding fat.
//   node scripts/size-report.mjs [--files N]
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const top = Number(process.argv[process.argv.indexOf('--files') + 1]) || 30;
const result = await build({
  entryPoints: ['src/drop-in.ts'],
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  format: 'iife',
  target: 'es2021',
  logLevel: 'silent',
  define: { __RECOVERY_VERSION__: '"size"' },
});
const bytes = result.outputFiles[0].contents;
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).map(([file, v]) => [
  file,
  v.bytesInOutput,
]);
const groups = {};
for (const [file, n] of inputs) {
  const group = file.replace(/^(node_modules\/(@[^/]+\/)?[^/]+|src\/components\/[^/]+|src\/[^/]+).*/, '$1');
  groups[group] = (groups[group] ?? 0) + n;
}
const line = ([name, n]) => `${String(n).padStart(8)}  ${name}`;
console.log(`esbuild minified: ${bytes.length} bytes, gzip ${gzipSync(bytes, { level: 9 }).length} bytes\n`);
console.log(
  Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .map(line)
    .join('\n'),
);
console.log(`\nlargest files:`);
console.log(
  inputs
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(line)
    .join('\n'),
);
