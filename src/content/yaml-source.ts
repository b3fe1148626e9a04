/**
 * YAML reading for front matter and topics.yml, with the safe options: the core schema (no
 * custom tags, no timestamps, so `2024-07-08` stays text), unique keys, no aliases. The yaml
 * package never runs code; unresolved tags such as `!!js/function` are errors here too.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { IssueList } from './issues.js';

export interface YamlSource {
  value: unknown;
  /** The file line of the node at a path (`['references', 2, 'url']`), when it exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Drops yaml's "at line N, column M:" suffix and code frame; the line goes into the issue. */
const firstPart = (message: string) =>
  message
    .split(/ at line \d+, column \d+/)[0]
    .split('\n')[0]
    .trim();

/**
 * Parses YAML that starts at `firstLine` of the file. Problems go to `issues` under the field
 * `yaml`, with file lines; returns null when the text is not usable.
 */
export function readYaml(text: string, firstLine: number, issues: IssueList): YamlSource | null {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    schema: 'core',
    prettyErrors: true,
    uniqueKeys: true,
    lineCounter,
  });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const problems = [...doc.errors, ...doc.warnings];
  for (const e of problems) issues.error('yaml', firstPart(e.message), fileLine(e.pos[0]));
  if (problems.length) return null;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    issues.error('yaml', `aliases (*name) are not allowed: ${(e as Error).message}`);
    return null;
  }
  return {
    value,
    lineOf(path) {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? fileLine(node.range[0]) : undefined;
    },
  };
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
