/**
 * Splits `---\n<yaml>\n---\n<markdown>`. The opening fence must be exactly `---`: gray-matter
 * reads `---js` or `--- coffee` as "evaluate this front matter as code", so any text after the
 * fence is refused here rather than silently treated as YAML.
 */
export type FrontMatterSplit =
  | {
      ok: true;
      yaml: string;
      /** File line of the first YAML line. */
      yamlLine: number;
      body: string;
      /** File line of the first body line. */
      bodyLine: number;
    }
  | { ok: false; message: string; line: number };

/** Removes a byte-order mark and turns CRLF/CR into LF, so line numbers match any editor. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitFrontMatter(source: string): FrontMatterSplit {
  const lines = normalizeNewlines(source).split('\n');
  const first = lines[0] ?? '';
  if (first !== '---') {
    if (/^---/.test(first)) {
      return {
        ok: false,
        line: 1,
        message: `the opening fence must be exactly "---", found "${first.slice(0, 40)}" (front-matter engines such as ---js are not supported)`,
      };
    }
    return { ok: false, line: 1, message: 'the file must start with a "---" line that opens the front matter' };
  }
  const close = lines.indexOf('---', 1);
  if (close === -1) {
    return { ok: false, line: 1, message: 'the front matter is not closed: add a line with exactly "---" after it' };
  }
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
