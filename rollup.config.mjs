import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyLiteralsPlugin } from './scripts/lib/minify-literals.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// RECOVERY_VERSION lets a test build a second copy stamped with another version.
const define = { __RECOVERY_VERSION__: JSON.stringify(process.env.RECOVERY_VERSION ?? pkg.version) };
const outFile = process.env.RECOVERY_OUT ?? 'dist/recovery-widgets.js';

/** Registration modules (`src/components/<tag>/<tag>.ts`): one npm entry per element. */
const elementEntries = Object.fromEntries(
  readdirSync('src/components').map((tag) => [
    `components/${tag}/${tag}`,
    `src/components/${tag}/${tag}.ts`,
  ]),
);

const dropIn = {
  input: 'src/drop-in.ts',
  output: { file: outFile, format: 'iife', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', define }),
    minifyLiteralsPlugin(),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
};

const esm = {
  input: { index: 'src/index.ts', ...elementEntries },
  output: {
    dir: 'dist/esm',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  },
  external: [/^lit(\/|$)/, /^@lit\//],
  plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define })],
};

export default process.env.RECOVERY_OUT ? [dropIn] : [dropIn, esm];
