// The npm package, checked as an npm user meets it: `npm pack` makes the tarball from the dist/
// that `npm test` has just built, `npm install` puts it into a fresh project with no network (lit
// and @lit/context, its dependencies, are copied in from this project's node_modules, as npm would
// have hoisted them), and then the entry points resolve in Node, bundle with esbuild, and type-check
// with TypeScript.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let tmp;
let app;
let packed;

function sh(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `name` and everything it depends on, as installed here (a nested copy wins over a hoisted one). */
function closure(names, from = join(ROOT, 'node_modules'), found = new Map()) {
  for (const name of names) {
    const dir = existsSync(join(from, name)) ? join(from, name) : join(ROOT, 'node_modules', name);
    if (found.has(name)) continue;
    found.set(name, dir);
    const deps = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies ?? {};
    closure(Object.keys(deps), join(dir, 'node_modules'), found);
  }
  return found;
}

before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/esm/index.js')), 'no dist/: run `npm run build` first');
  tmp = mkdtempSync(join(tmpdir(), 'recovery-pack-'));
  [packed] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', tmp], ROOT));
  app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
  for (const [name, dir] of closure(Object.keys(pkg.dependencies))) {
    cpSync(dir, join(app, 'node_modules', name), { recursive: true, dereference: true });
  }
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', join(tmp, packed.filename)], app);
});

after(() => tmp && rmSync(tmp, { recursive: true, force: true }));

test('the tarball holds the build, the manifest and the docs, and nothing of the source tree', () => {
  const files = packed.files.map((f) => f.path);
  for (const f of [
    'custom-elements.json',
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/recovery-widgets.js',
    'dist/recovery-widgets.meetings.js',
    'dist/esm/index.js',
    'dist/types/index.d.ts',
    'dist/content/index.en.json',
  ]) {
    assert.ok(files.includes(f), `${f} is in the tarball`);
  }
  assert.deepEqual(
    files.filter((f) => !/^(dist\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f)),
    [],
  );
  assert.equal(packed.name, 'recovery-widgets');
  assert.equal(packed.version, pkg.version);
});

test("installs from the tarball, and 'recovery-widgets' and its element entries resolve in Node", () => {
  assert.ok(existsSync(join(app, 'node_modules/recovery-widgets/package.json')));
  const script = `for (const s of ${JSON.stringify([
    'recovery-widgets',
    'recovery-widgets/recovery-cta.js',
    'recovery-widgets/support-group-finder.js',
    'recovery-widgets/recovery-widgets.js',
    'recovery-widgets/custom-elements.json',
    'recovery-widgets/content/index.en.json',
  ])}) console.log(import.meta.resolve(s));`;
  const resolved = sh(process.execPath, ['--input-type=module', '-e', script], app).trim().split('\n');
  const installed = join(app, 'node_modules/recovery-widgets');
  assert.deepEqual(
    resolved.map((url) => fileURLToPath(url).slice(installed.length + 1)),
    [
      'dist/esm/index.js',
      'dist/esm/components/recovery-cta/recovery-cta.js',
      'dist/esm/components/support-group-finder/support-group-finder.js',
      'dist/recovery-widgets.js',
      'custom-elements.json',
      'dist/content/index.en.json',
    ],
  );
  for (const url of resolved) assert.ok(existsSync(fileURLToPath(url)), url);
  const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.ok(existsSync(join(installed, installedPkg.customElements)), 'customElements points at the manifest');
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName);
  assert.ok(tags.includes('support-group-finder') && tags.includes('recovery-cta'));
});

test('a bundler builds an app that imports it (every import inside the package resolves)', async () => {
  writeFileSync(
    join(app, 'main.js'),
    "import 'recovery-widgets';\nimport { RecoveryCta } from 'recovery-widgets/recovery-cta.js';\nconsole.log(RecoveryCta);\n",
  );
  const result = await build({
    absWorkingDir: app,
    entryPoints: ['main.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    logLevel: 'silent',
  });
  assert.deepEqual(result.errors, []);
  const code = result.outputFiles.map((f) => f.text).join('\n');
  assert.match(code, /support-group-finder/);
});

test('the types resolve for TypeScript users (tsc --noEmit, node16 and bundler resolution)', () => {
  writeFileSync(
    join(app, 'app.ts'),
    `import 'recovery-widgets';
import { RecoveryCta } from 'recovery-widgets/recovery-cta.js';
import { VERSION, type RecoverySettings } from 'recovery-widgets';
const cta: RecoveryCta = document.createElement('recovery-cta');
const finder: HTMLElementTagNameMap['support-group-finder'] = document.createElement('support-group-finder');
finder.addEventListener('recovery-meeting-select', (e) => console.log(e.detail.meetingId));
finder.src = 'https://example.org/meetings.json';
finder.syncUrl = true;
const settings: Partial<RecoverySettings> = {};
const version: string = VERSION;
console.log(cta, settings, version);
`,
  );
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  for (const [module, moduleResolution] of [
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ]) {
    const config = `tsconfig.${moduleResolution}.json`;
    writeFileSync(
      join(app, config),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module,
          moduleResolution,
          strict: true,
          noEmit: true,
          lib: ['es2022', 'dom', 'dom.iterable'],
          types: [],
        },
        files: ['app.ts'],
      }),
    );
    sh(tsc, ['-p', config], app);
  }
});
