// The release copies the theme configurator when the demo has one (scripts/release.mjs,
// CONFIGURATOR): the page beside the script, its links to the built files made local, and every
// local file it needs. Tried here on a configurator of the shape the demo pages have.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { copyConfigurator } from '../../scripts/release.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'recovery-configurator-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function demo(files) {
  const dir = join(tmp, `demo-${Math.random().toString(36).slice(2)}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('copies configure.html beside the script with the files it links to, and no other', () => {
  const dir = demo({
    'configure.html': `<!doctype html><link rel="stylesheet" href="demo.css" /><link rel="icon" href="data:," />
<script src="../dist/recovery-widgets.js" defer></script><script type="module" src="configure/configure.js"></script>
<a href="https://example.org/">docs</a><a href="index.html#top">demo</a>
<support-group-finder src="feeds/demo.json"></support-group-finder>`,
    'demo.css': '@import "fonts.css"; body { background: url("img/wave.svg") }',
    'fonts.css': 'body { font-family: system-ui }',
    'img/wave.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'configure/configure.js': "import { tokens } from './tokens.js';\nconsole.log(tokens);",
    'configure/tokens.js': 'export const tokens = [];',
    'index.html': '<!doctype html><p>another demo page',
    'unrelated.js': 'not linked',
  });
  const out = join(tmp, 'out1');
  mkdirSync(out);
  assert.equal(copyConfigurator(join(dir, 'configure.html'), out), true);
  const page = readFileSync(join(out, 'configure.html'), 'utf8');
  assert.match(page, /<script src="\.\/recovery-widgets\.js" defer>/, 'the built script is the one beside it');
  for (const f of ['demo.css', 'fonts.css', 'img/wave.svg', 'configure/configure.js', 'configure/tokens.js']) {
    assert.ok(existsSync(join(out, f)), `${f} copied`);
  }
  // Neither other pages, nor a widget's feed, nor files nothing links to.
  for (const f of ['index.html', 'feeds/demo.json', 'unrelated.js']) assert.equal(existsSync(join(out, f)), false, f);
});

test('does nothing without a configurator, and stops on a file outside demo/', () => {
  const out = join(tmp, 'out2');
  mkdirSync(out);
  assert.equal(copyConfigurator(join(tmp, 'no-such-demo/configure.html'), out), false);
  const dir = demo({ 'configure.html': '<script type="module" src="../src/internal/theme.ts"></script>' });
  assert.throws(() => copyConfigurator(join(dir, 'configure.html'), out), /outside demo\/: keep its files in demo\//);
});
