import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import esbuild from 'rollup-plugin-esbuild';
import { leafletCssText } from './scripts/lib/leaflet-css.mjs';
import { minifyLiteralsPlugin } from './scripts/lib/minify-literals.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// RECOVERY_VERSION lets a test build a second copy stamped with another version.
const version = process.env.RECOVERY_VERSION ?? pkg.version;
const define = { __RECOVERY_VERSION__: JSON.stringify(version) };
const outFile = process.env.RECOVERY_OUT ?? 'dist/recovery-widgets.js';

/** Registration modules (`src/components/<tag>/<tag>.ts`): one npm entry per element. */
const elementEntries = Object.fromEntries(
  readdirSync('src/components').map((tag) => [`components/${tag}/${tag}`, `src/components/${tag}/${tag}.ts`]),
);

/** The meeting-feed engine's file, beside the drop-in script. */
const ENGINE_FILE = 'recovery-widgets.meetings.js';
/** The contrast check, imported beside the script only by pages that set their own colors. */
const CONTRAST_FILE = 'recovery-widgets.contrast.js';
/** The finder's feed mode (its list, filters, detail and their controllers), beside the script. */
const FINDER_FILE = 'recovery-widgets.finder.js';
/** The finder's map (Leaflet, supercluster, markers), imported by the feed mode only when a map is opened. */
const MAP_FILE = 'recovery-widgets.map.js';
/**
 * A one-line banner at the top of each drop-in file, so a webmaster who opens one (or finds it in a
 * site's folder years later) sees what it is, which release, and its licence. Terser keeps only
 * this comment: Lit's own `@license` headers would cost about 1 KB, and the release's LICENSE file
 * carries Lit's licence text instead.
 */
const BANNER = '! recovery-widgets';
const banner = (what) => `/*${BANNER} v${version}${what} | MIT | includes Lit, BSD-3-Clause */`;

/**
 * `code` standing in for the module `id`, with a source map onto the real file: the line that
 * defines `name` there, so a debugger shows the file as written (not the stand-in, nor the build
 * machine's paths it imports from).
 */
function standIn(id, name, code) {
  const file = readFileSync(id, 'utf8');
  const at = file.indexOf(`export const ${name}`);
  const split = code.indexOf('\n') + 1;
  if (at < 0 || split === 0) throw new Error(`standIn: ${id} has no \`export const ${name}\``);
  const s = new MagicString(file);
  s.overwrite(0, at, code.slice(0, split));
  s.overwrite(at, file.length, code.slice(split));
  return { code: s.toString(), map: s.generateMap({ source: id, includeContent: true }) };
}

const minify = () =>
  terser({
    // A RegExp, not a function: the plugin runs terser in workers and sends its options as source.
    format: { comments: /^! recovery-widgets v/ },
    compress: { passes: 2 },
  });

/**
 * In the drop-in script the finder imports the engine's own file: a relative specifier resolves
 * against the script's URL, in a classic script as in a module (`besideScript` makes it absolute
 * for a CDN script without `crossorigin`, where Chromium refuses a relative one). Pages without
 * feeds never fetch it. A retry adds `&retry=N`, because browsers remember a failed module import
 * by its URL.
 */
const engineBesideScript = {
  name: 'engine-beside-script',
  load(id) {
    // ?v= keeps a cached file of another release from meeting this script after an upgrade.
    const v = encodeURIComponent(version);
    const path = id.replaceAll('\\', '/');
    const contentBase = JSON.stringify(resolve('src/internal/content-base.ts'));
    if (path.endsWith('internal/import-contrast.ts')) {
      // Built from parts so rollup leaves the import to the browser, as it does the engine's.
      return standIn(
        id,
        'importContrast',
        `import { besideScript } from ${contentBase};
const v = '${v}'; export const importContrast = () => import(besideScript('./${CONTRAST_FILE}?v=' + v));`,
      );
    }
    const beside = (name, file) =>
      standIn(
        id,
        name,
        `import { besideScript } from ${contentBase};
export const ${name} = (attempt) => import(besideScript('./${file}?v=${v}' + (attempt ? '&retry=' + attempt : '')));`,
      );
    if (path.endsWith('support-group-finder/import-engine.ts')) return beside('importEngine', ENGINE_FILE);
    if (path.endsWith('support-group-finder/import-feeds-ui.ts')) return beside('importFeedsUi', FINDER_FILE);
    if (path.endsWith('support-group-finder/map/import-map.ts')) return beside('importMap', MAP_FILE);
    return null;
  },
};

/**
 * The files the drop-in imports beside itself run Lit's own copy from the drop-in, so Lit is in the
 * page once (one template cache, one `nothing`): the drop-in puts what they use on a global keyed by
 * its version (src/internal/share-lit.ts), and their `lit` imports read it. A file of another
 * release finds nothing under its version and fails to load, as the version check would refuse it.
 */
const litFromDropIn = {
  name: 'lit-from-drop-in',
  resolveId(source) {
    return /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/.test(source) ? '\0recovery-lit' : null;
  },
  load(id) {
    if (id !== '\0recovery-lit') return null;
    return `const lit = globalThis[Symbol.for('recovery-widgets.lit')]?.[${JSON.stringify(version)}];
if (!lit) throw new Error('recovery-widgets.js ${version} is not on this page');
export const { html, nothing, notEqual } = lit;`;
  },
};

/**
 * Lit creates its Trusted Types policy, `lit-html`, while the script is evaluated. A page whose CSP
 * has `trusted-types lit-html recovery-widgets` without 'allow-duplicates' refuses that name the
 * second time, and the throw stopped a second copy of the script with an error on the page.
 * Guarded, the second copy runs quietly (the first copy's widgets are the ones in use).
 */
const litPolicyOnce = {
  name: 'lit-policy-once',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/node_modules/lit-html/lit-html.js')) return null;
    const policy = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\):void 0/;
    const m = policy.exec(code);
    if (!m) this.error('lit-html no longer creates its policy the way litPolicyOnce expects');
    const s = new MagicString(code);
    s.overwrite(
      m.index,
      m.index + m[0].length,
      `(()=>{try{return ${m[1]}.createPolicy("lit-html",${m[2]})}catch{}})()`,
    );
    return { code: s.toString(), map: s.generateMap({ hires: 'boundary' }) };
  },
};

/** Leaflet's stylesheet as a string (`virtual:leaflet-css`), adopted into the finder's shadow root when the map loads. */
const leafletCss = {
  name: 'leaflet-css',
  resolveId: (source) => (source === 'virtual:leaflet-css' ? '\0leaflet-css' : null),
  load: (id) => (id === '\0leaflet-css' ? `export default ${JSON.stringify(leafletCssText())};` : null),
};

/**
 * Leaflet tests for inline SVG, while its module is evaluated, by writing `<svg/>` through
 * innerHTML: a Trusted Types page refuses that with an exception, and the map would never load.
 * Every browser the widgets support has inline SVG, so the test becomes `true`.
 */
const leafletNoInnerHtml = {
  name: 'leaflet-no-inner-html',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/node_modules/leaflet/dist/leaflet-src.esm.js')) return null;
    const probe = /var inlineSvg = !!svg\$1 && \(function \(\) \{[^}]*?innerHTML = '<svg\/>';[\s\S]*?\}\)\(\);/;
    if (!probe.test(code)) this.error('Leaflet no longer tests inline SVG the way leafletNoInnerHtml expects');
    return { code: code.replace(probe, 'var inlineSvg = !!svg$1;'), map: null };
  },
};

/**
 * The drop-in finds its folder from its own URL (src/internal/content-base.ts), so `import.meta.url`
 * (the npm build's way) is never reached in it. Rollup's stand-in for it in a classic script reads
 * `document.currentScript` and the page's base URL, which markup in the page can choose: this
 * leaves that out.
 */
const noImportMetaUrl = {
  name: 'no-import-meta-url',
  resolveImportMeta: (prop) => (prop === 'url' ? 'location.href' : null),
};

const dropIn = {
  input: 'src/drop-in.ts',
  // 'hidden': the map is written (the npm package keeps it) but the file does not point to it, so
  // the release, which ships no maps, gives no "could not load source map" line in DevTools.
  output: { file: outFile, format: 'iife', sourcemap: 'hidden', banner: banner('') },
  plugins: [
    noImportMetaUrl,
    litPolicyOnce,
    engineBesideScript,
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', define }),
    minifyLiteralsPlugin(),
    minify(),
  ],
};

const engine = {
  input: 'src/meetings/engine.ts',
  output: {
    file: join(dirname(outFile), ENGINE_FILE),
    format: 'es',
    sourcemap: 'hidden',
    banner: `/*${BANNER} v${version} meeting engine | MIT */`,
  },
  plugins: [esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', define }), minify()],
};

const contrast = {
  input: 'src/internal/contrast-check.ts',
  output: {
    file: join(dirname(outFile), CONTRAST_FILE),
    format: 'es',
    sourcemap: 'hidden',
    banner: `/*${BANNER} v${version} contrast check | MIT */`,
  },
  plugins: [esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', define }), minify()],
};

const finderUi = {
  input: 'src/components/support-group-finder/feeds-ui.ts',
  output: {
    file: join(dirname(outFile), FINDER_FILE),
    format: 'es',
    sourcemap: 'hidden',
    banner: `/*${BANNER} v${version} meeting finder | MIT */`,
  },
  plugins: [
    litFromDropIn,
    engineBesideScript,
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', define }),
    minifyLiteralsPlugin(),
    minify(),
  ],
};

const mapFile = {
  input: 'src/components/support-group-finder/map/map-file.ts',
  output: {
    file: join(dirname(outFile), MAP_FILE),
    format: 'es',
    sourcemap: 'hidden',
    banner: `/*${BANNER} v${version} meeting map | MIT | includes Leaflet, BSD-2-Clause, and supercluster and kdbush, ISC */`,
  },
  plugins: [
    litFromDropIn,
    leafletCss,
    leafletNoInnerHtml,
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', define }),
    minifyLiteralsPlugin(),
    minify(),
  ],
};

/** The configurator page's logic (demo/configure.html), beside the drop-in script. */
const configurator = {
  input: 'src/configure/configure.ts',
  output: { file: join(dirname(outFile), 'configure.js'), format: 'es', sourcemap: 'hidden' },
  plugins: [nodeResolve({ browser: true }), esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', define }), minify()],
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
  external: [/^lit(\/|$)/, /^@lit\//, /^leaflet(\/|$)/, /^supercluster$/],
  plugins: [leafletCss, esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define })],
};

export default process.env.RECOVERY_OUT
  ? [dropIn, engine, finderUi, mapFile, contrast]
  : [dropIn, engine, finderUi, mapFile, contrast, configurator, esm];
