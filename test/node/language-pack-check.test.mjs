// `npm run build` checks every language pack against English before it ships one. A key a pack
// invents must be named, even when it is a name every object inherits ("constructor",
// "toString"), which a check through `in` took for an English key.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildPacks } from '../../scripts/i18n/build-packs.mjs';

const spanish = JSON.parse(readFileSync('i18n/es.json', 'utf8'));
const folders = [];
after(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** Builds one Spanish pack, changed by `edit`; resolves, or rejects with the build's message. */
async function build(edit) {
  const from = mkdtempSync(join(tmpdir(), 'packs-in-'));
  const to = mkdtempSync(join(tmpdir(), 'packs-out-'));
  folders.push(from, to);
  const pack = structuredClone(spanish);
  edit(pack.messages);
  writeFileSync(join(from, 'es.json'), JSON.stringify(pack));
  await buildPacks({ from, to, version: '0.0.0-test' });
  return to;
}

test('the real Spanish pack passes and is written, stamped with the version', async () => {
  const to = await build(() => {});
  assert.ok(existsSync(join(to, 'es.json')));
  assert.equal(JSON.parse(readFileSync(join(to, 'es.json'), 'utf8')).version, '0.0.0-test');
});

test('a key English does not have is named, inherited names included', async () => {
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    await assert.rejects(
      build((messages) => Object.defineProperty(messages.finder, key, { value: 'x', enumerable: true })),
      (e) => e.message.includes(`es.json: finder.${key}: not an English key`),
      key,
    );
  }
});

test('a namespace English does not have is named, inherited names included', async () => {
  for (const ns of ['constructor', 'valueOf', 'nonsense']) {
    await assert.rejects(
      build((messages) => Object.defineProperty(messages, ns, { value: {}, enumerable: true })),
      (e) => e.message.includes(`es.json: unknown namespace "${ns}"`),
      ns,
    );
  }
});
