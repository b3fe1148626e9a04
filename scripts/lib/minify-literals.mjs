// A rollup plugin that squeezes the whitespace out of Lit's `html` and `css` tagged templates in
// the drop-in script. Terser leaves template strings alone, and the indentation of our templates
// and stylesheets was a tenth of the bundle. Only the static parts change; expressions are kept
// byte for byte (nested templates inside them are squeezed in turn). The squeeze joins lines, so
// the plugin returns a source map of its edits (magic-string): without one, every position after
// a module's first squeezed template pointed at the wrong line.

import MagicString from 'magic-string';

/** Scans a template literal starting after its opening backtick; returns the index after the closing one. */
function scanTemplate(code, i, onStatic, tag) {
  let start = i;
  const open = i;
  const flush = (end, last) => {
    onStatic(start, end, code.slice(start, end), tag, start === open, last);
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      flush(i, true);
      return i + 1;
    }
    if (c === '$' && code[i + 1] === '{') {
      flush(i, false);
      i = scanExpression(code, i + 2, onStatic);
      start = i;
      continue;
    }
    i++;
  }
  throw new Error('minify-literals: unterminated template literal');
}

/** Scans JavaScript up to the `}` that closes a `${`; returns the index after it. */
function scanExpression(code, i, onStatic) {
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    const skipped = skipCode(code, i);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    if (c === '`') {
      i = scanTemplate(code, i + 1, onStatic, tagBefore(code, i));
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') {
      if (depth === 0) return i + 1;
      depth--;
    }
    i++;
  }
  throw new Error('minify-literals: unterminated expression');
}

/** After one of these, a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));

function startsRegex(code, i) {
  let j = i - 1;
  while (j >= 0 && /\s/.test(code[j])) j--;
  if (j < 0) return true;
  if (BEFORE_REGEX.has(code[j])) return true;
  return /\b(return|typeof|case|do|else|in|of|void|yield|await)$/.test(code.slice(Math.max(0, j - 7), j + 1));
}

function skipRegex(code, i) {
  let inClass = false;
  i++;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '[') (inClass = true), i++;
    else if (c === ']') (inClass = false), i++;
    else if (c === '/' && !inClass) return i + 1;
    else if (c === '\n') throw new Error('minify-literals: unterminated regular expression');
    else i++;
  }
  return i;
}

/**
 * Where the string, comment or regular expression that starts at `i` ends (none of them holds a
 * template to squeeze); -1 when none starts there.
 */
function skipCode(code, i) {
  const c = code[i];
  if (c === '"' || c === "'") return skipString(code, i);
  if (c === '/' && code[i + 1] === '/') {
    const nl = code.indexOf('\n', i);
    return nl < 0 ? code.length : nl;
  }
  if (c === '/' && code[i + 1] === '*') {
    // An unclosed comment runs to the end (indexOf's -1 would send the scan back to the start).
    const end = code.indexOf('*/', i + 2);
    return end < 0 ? code.length : end + 2;
  }
  if (c === '/' && startsRegex(code, i)) return skipRegex(code, i);
  return -1;
}

function skipString(code, i) {
  const quote = code[i];
  i++;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

function tagBefore(code, i) {
  const m = /\b(html|css|svg)\s*$/.exec(code.slice(Math.max(0, i - 8), i));
  return m?.[1];
}

/** A line break and the indentation around it become one space. */
const HTML_BREAK = /\s*\n\s*/g;

/**
 * Quoted strings (`content: ' ('`) are kept as written; only the CSS between them is squeezed. A
 * quoted attribute-selector value that is a plain name loses its quotes first (`[part~='x']`).
 * Whitespace at the template's very start and end goes; beside an expression it stays, since it
 * may be a descendant combinator.
 */
const squeezeCss = (s, first, last) => {
  let out = s
    .replace(/(\[[\w-]+[~|^$*]?=)(['"])([a-z_][\w-]*)\2\]/gi, '$1$3]')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) => (i % 2 ? part : squeezeCssCode(part)))
    .join('');
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out;
};

// `: ` only ever separates a property from its value (a pseudo-class is never followed by a
// space), and `0.5` is `.5`, so both squeeze safely; a space before `:` or `(` is kept (`a :is()`,
// `and (`).
const squeezeCssCode = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/ !important/g, '!important')
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');

/**
 * The squeezes of one module's templates as `[start, end, replacement]` edits, in source order. An
 * `html` template gets one edit per line break, so the text between breaks keeps its own place in
 * the source map; a `css` template's static part is one edit (its squeezes span lines).
 */
export function literalEdits(code) {
  const edits = [];
  const onStatic = (start, end, text, tag, first, last) => {
    if (tag === 'css') {
      const out = squeezeCss(text, first, last);
      if (out !== text) edits.push([start, end, out]);
    } else if (tag) {
      for (const m of text.matchAll(HTML_BREAK)) {
        edits.push([start + m.index, start + m.index + m[0].length, ' ']);
      }
    }
  };
  let i = 0;
  while (i < code.length) {
    const skipped = skipCode(code, i);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    if (code[i] === '`') {
      i = scanTemplate(code, i + 1, onStatic, tagBefore(code, i));
      continue;
    }
    i++;
  }
  return edits.sort((a, b) => a[0] - b[0]);
}

/** Rewrites one module's code; `undefined` when nothing changed. */
export function minifyLiterals(code) {
  const edits = literalEdits(code);
  if (!edits.length) return undefined;
  let out = '';
  let last = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(last, start) + text;
    last = end;
  }
  return out + code.slice(last);
}

export function minifyLiteralsPlugin() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const edits = literalEdits(code);
      if (!edits.length) return null;
      const s = new MagicString(code);
      for (const [start, end, text] of edits) {
        if (text) s.overwrite(start, end, text);
        else s.remove(start, end);
      }
      // 'boundary': a mapping at each word, so a position inside a template line maps to its line.
      return { code: s.toString(), map: s.generateMap({ hires: 'boundary' }) };
    },
  };
}
