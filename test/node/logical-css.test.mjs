// Right to left (issue 19): the widgets mirror their layout by using CSS logical properties only
// (`margin-inline-start`, `padding-inline`, `inset-inline-end`, `text-align: start`, ...). A physical
// left or right in any widget's styles would stay put in Arabic. This scans every css`` template and
// inline style in src/ and names each physical property it finds, with its file and line.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

/** Declarations tied to the left or right side, whatever the text direction. */
const PHYSICAL = [
  // margin-left, padding-right, border-left(-color|-width|-style), scroll-margin-left, ...
  /(?<![\w-])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?\s*:/g,
  // left: / right: as properties (not inside a word such as `margin-left`).
  /(?<![\w-])(?:left|right)\s*:/g,
  /(?<![\w-])border-(?:top|bottom)-(?:left|right)-radius\s*:/g,
  /(?<![\w-])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g,
];

/** Every .ts file under a folder. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The CSS in a source: css`` templates, style="..." attributes and style.setProperty/cssText strings. */
export function cssOf(source) {
  const blocks = [];
  for (const m of source.matchAll(/\bcss`([^`]*)`/g)) blocks.push({ at: m.index + 4, text: m[1] });
  for (const m of source.matchAll(/\bstyle=(["'])([^"']*)\1/g)) blocks.push({ at: m.index + 7, text: m[2] });
  for (const m of source.matchAll(/\.(?:cssText\s*=|setProperty\()\s*(["'`])([^"'`]*)\1/g))
    blocks.push({ at: m.index, text: `${m[2]}:` });
  return blocks;
}

/** Each physical declaration in a source, as `line N: text`. */
export function physicalIn(source) {
  const found = [];
  for (const { at, text } of cssOf(source)) {
    // Comments may name a physical property (to explain why it is not used).
    const css = text.replace(/\/\*[\s\S]*?\*\//g, (c) => ' '.repeat(c.length));
    for (const pattern of PHYSICAL) {
      for (const m of css.matchAll(pattern)) {
        const line = source.slice(0, at + m.index).split('\n').length;
        found.push(`line ${line}: ${m[0].trim()}`);
      }
    }
  }
  return found;
}

test('the scan finds a physical property, and leaves logical ones and comments alone', () => {
  const sample = [
    'const a = css`',
    '  .x { margin-inline-start: 1em; padding-inline: 0; inset-inline-end: 0; text-align: start; }',
    '  /* not margin-left: it would not mirror */',
    '  .y { margin-left: 1em; border-right-color: red; }',
    '  .z { left: 0; text-align: right; float: left; border-top-left-radius: 2px; }',
    '`;',
    'const b = html`<span style="padding-right: 4px"></span>`;',
    "el.style.setProperty('right', '0');",
    'const budget = { left: 1 };',
  ].join('\n');
  assert.deepEqual(physicalIn(sample), [
    'line 4: margin-left:',
    'line 4: border-right-color:',
    'line 5: left:',
    'line 5: border-top-left-radius:',
    'line 5: text-align: right',
    'line 5: float: left',
    'line 7: padding-right:',
    'line 8: right:',
  ]);
});

test('no widget style uses a physical left or right (logical properties mirror in right-to-left languages)', () => {
  const files = sources('src');
  const styled = files.filter((f) => cssOf(readFileSync(f, 'utf8')).length);
  // The scan must see the widgets' styles, or it proves nothing.
  for (const f of ['recovery-article', 'related-posts', 'recovery-cta', 'support-group-finder'])
    assert.ok(
      styled.some((s) => s.endsWith(`${f}.styles.ts`)),
      `no css\`\` found in ${f}.styles.ts`,
    );
  assert.ok(styled.some((s) => s.endsWith('shared-styles.ts')));
  const problems = styled.flatMap((f) => physicalIn(readFileSync(f, 'utf8')).map((p) => `${relative('.', f)} ${p}`));
  assert.deepEqual(
    problems,
    [],
    'use the logical property instead (margin-inline-start, inset-inline-end, text-align: start, ...)',
  );
});
