// The source maps beside the built files (dist/<file>.map, written 'hidden') lead a developer from
// a position in the minified file back to the line that wrote it. Every plugin that rewrites code
// on the way (the template squeezer, lit-html's policy guard, the stand-ins that import the files
// beside the script) must carry the map along: a map that ignores one edit points every later
// position in that module at the wrong line.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const DROP_IN = 'dist/recovery-widgets.js';
const FINDER = 'dist/recovery-widgets.finder.js';
const ENGINE = 'dist/recovery-widgets.meetings.js';

/** A built file, its map, and where its positions lead. */
function built(file) {
  assert.ok(existsSync(`${file}.map`), `no ${file}.map: run \`npm run build\` first`);
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  /** The source file (relative to the project), line and column that the map gives for `index`. */
  const origin = (index) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > index) line--;
    const pos = originalPositionFor(map, { line: line + 1, column: index - lineStarts[line] });
    const source = pos.source && relative('.', resolve(dirname(file), pos.source)).replaceAll('\\', '/');
    return { source, line: pos.line, column: pos.column };
  };
  return { file, code, map, origin };
}

/** The one index of `needle` in `text`. */
function onlyIndex(text, needle, where) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${where} no longer contains ${needle}: pick another landmark`);
  assert.equal(text.indexOf(needle, at + 1), -1, `${where} contains ${needle} more than once: pick another landmark`);
  return at;
}

/** 1-based line and 0-based column of the one `needle` in the source file `source`. */
function placeIn(source, needle) {
  const text = readFileSync(source, 'utf8');
  const at = onlyIndex(text, needle, source);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') - 1 };
}

/**
 * Landmarks: a token in the built file (its first character is where terser maps it), the source
 * file that wrote it, and a text found on exactly that source line. Each module's landmark comes
 * after squeezed templates of its own, where a map that ignored the squeeze went wrong.
 */
const LANDMARKS = [
  [DROP_IN, '"helplinesHeading"', 'src/components/recovery-cta/recovery-cta.component.ts', "'helplinesHeading'"],
  [DROP_IN, '"fallbackNote"', 'src/components/recovery-article/recovery-article.component.ts', "'fallbackNote'"],
  [
    DROP_IN,
    '"meetingsHeading"',
    'src/components/support-group-finder/support-group-finder.component.ts',
    "'meetingsHeading'",
  ],
  [FINDER, '"showMore"', 'src/components/support-group-finder/list-view.ts', "'showMore'"],
  [FINDER, '"joinOnline"', 'src/components/support-group-finder/detail-view.ts', "'joinOnline'"],
  [FINDER, '"awayMiles"', 'src/components/support-group-finder/meeting-format.ts', "'awayMiles'"],
  [FINDER, '"searchHint"', 'src/components/support-group-finder/filters-view.ts', "'searchHint'"],
  [ENGINE, '"service_body_bigint"', 'src/meetings/bmlt.ts', "'service_body_bigint'"],
];

describe('source maps of the built files', () => {
  for (const [file, token, source, onLine] of LANDMARKS) {
    test(`${file}: ${token} maps to its line in ${source}`, () => {
      const b = built(file);
      const got = b.origin(onlyIndex(b.code, token, file));
      assert.equal(got.source, source, `${token} in ${file} maps to the wrong file`);
      assert.equal(got.line, placeIn(source, onLine).line, `${token} in ${file} maps to the wrong line of ${source}`);
    });
  }

  // Every localized string a widget shows is looked up as `t('key')`, in the middle of templates:
  // together they sample every component and every view of the feed mode.
  for (const file of [DROP_IN, FINDER]) {
    test(`${file}: every t('key') call maps to a line of its source that asks for that key`, () => {
      const b = built(file);
      const wrong = [];
      let checked = 0;
      for (const m of b.code.matchAll(/\.t\(("[\w-]+")/g)) {
        const key = JSON.parse(m[1]);
        const got = b.origin(m.index + 3);
        const line = got.source && readFileSync(got.source, 'utf8').split('\n')[got.line - 1];
        checked++;
        if (!line?.includes(`'${key}'`)) wrong.push(`${key} → ${got.source}:${got.line}: ${line?.trim()}`);
      }
      assert.ok(checked >= 20, `only ${checked} t('key') calls found in ${file}`);
      assert.deepEqual(wrong, [], `${wrong.length} of ${checked} keys map to a line without them`);
    });
  }

  test("the drop-in's guard around lit-html's policy keeps lit-html's later columns", () => {
    const b = built(DROP_IN);
    const got = b.origin(onlyIndex(b.code, '"$lit$"', DROP_IN));
    const want = placeIn('node_modules/lit-html/lit-html.js', '"$lit$"');
    assert.deepEqual(got, { source: 'node_modules/lit-html/lit-html.js', ...want });
  });

  test("the feed mode's engine import maps to import-engine.ts as written", () => {
    const b = built(FINDER);
    const got = b.origin(onlyIndex(b.code, '"./recovery-widgets.meetings.js?v=', FINDER));
    const source = 'src/components/support-group-finder/import-engine.ts';
    assert.equal(got.source, source);
    assert.equal(got.line, placeIn(source, 'export const importEngine').line);
  });

  test('the maps carry the sources as written, not the build machine’s paths', () => {
    for (const file of [DROP_IN, FINDER, ENGINE]) {
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
      const root = resolve('.');
      map.sources.forEach((source, i) => {
        const onDisk = resolve(dirname(file), source);
        assert.ok(!map.sourcesContent[i].includes(root), `${file}.map: ${source} names ${root}`);
        assert.equal(
          map.sourcesContent[i],
          readFileSync(onDisk, 'utf8'),
          `${file}.map: ${source} differs from the file`,
        );
      });
    }
  });
});
