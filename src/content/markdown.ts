/**
 * The block part of the strict Markdown subset that articles are written in:
 * `##`/`###` headings, paragraphs, one-level `-` and `1.` lists, `>` quotes (one paragraph).
 * Anything else Markdown knows (h1, deeper headings, code, tables, rules, HTML, nesting) is an
 * error with its line, never a silent fallback to text.
 */
import type { Block, Inline } from './document-types.js';
import { InlineError, parseInline, plainText, type InlineRefs } from './inline.js';

export interface MarkdownProblem {
  line: number;
  message: string;
}

export interface MarkdownResult {
  blocks: Block[];
  problems: MarkdownProblem[];
  cites: { n: number; line: number }[];
  articleLinks: { slug: string; line: number }[];
}

/** Lines joined into one text, remembering where each line starts so errors get a line. */
interface Joined {
  text: string;
  starts: { offset: number; line: number }[];
}

const join = (parts: { text: string; line: number }[]): Joined => {
  let text = '';
  const starts: Joined['starts'] = [];
  for (const p of parts) {
    if (text) text += ' ';
    starts.push({ offset: text.length, line: p.line });
    text += p.text;
  }
  return { text, starts };
};

const lineAt = (joined: Joined, offset: number): number => {
  let line = joined.starts[0]?.line ?? 0;
  for (const s of joined.starts) if (s.offset <= offset) line = s.line;
  return line;
};

/** Heading ids: lower-case ASCII words joined by `-` ("Prevención de recaídas" → "prevencion-de-recaidas"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
}

/** Readers accept ids up to 80 characters; this leaves room for a `-2` suffix. */
const MAX_ID = 64;

const HTML = /<[A-Za-z/!?]/;
const BULLET = /^-(?: (.*))?$/;
const ORDERED = /^(\d{1,9})\.(?: (.*))?$/;

type Open =
  | { kind: 'paragraph'; parts: { text: string; line: number }[] }
  | { kind: 'quote'; parts: { text: string; line: number }[] }
  | { kind: 'list'; ordered: boolean; items: { text: string; line: number }[][] };

export function parseMarkdown(body: string, firstLine = 1): MarkdownResult {
  const result: MarkdownResult = { blocks: [], problems: [], cites: [], articleLinks: [] };
  const usedIds = new Set<string>();
  const problem = (line: number, message: string) => result.problems.push({ line, message });

  /** Parses a block's inline text; on an error records it (with its line) and returns null. */
  const inline = (joined: Joined): Inline[] | null => {
    const refs: InlineRefs = { cites: [], articleLinks: [] };
    try {
      const nodes = parseInline(joined.text, refs);
      for (const c of refs.cites) result.cites.push({ n: c.n, line: lineAt(joined, c.offset) });
      for (const a of refs.articleLinks) result.articleLinks.push({ slug: a.slug, line: lineAt(joined, a.offset) });
      return nodes;
    } catch (e) {
      if (!(e instanceof InlineError)) throw e;
      problem(lineAt(joined, e.offset), e.message);
      return null;
    }
  };

  let open: Open | null = null;
  let afterBlank = false;
  const flush = () => {
    if (!open) return;
    const block = open;
    open = null;
    if (block.kind === 'list') {
      const items = block.items.map((parts) => inline(join(parts)));
      if (items.every((i): i is Inline[] => i !== null)) {
        result.blocks.push({ type: 'list', ordered: block.ordered, items });
      }
      return;
    }
    const children = inline(join(block.parts));
    if (children) result.blocks.push({ type: block.kind, children });
  };

  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = firstLine + i;
    const raw = lines[i].replace(/\t/g, '    ').trimEnd();
    if (raw.trim() === '') {
      // A list may have blank lines between its items (a "loose" list): keep it open for now.
      if ((open as Open | null)?.kind === 'list') afterBlank = true;
      else flush();
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    const s = raw.trimStart();
    if (afterBlank) {
      afterBlank = false;
      const list = open as Open | null;
      const sameKind = list?.kind === 'list' && (list.ordered ? ORDERED.test(s) : BULLET.test(s));
      if (!sameKind && indent > 0 && list?.kind === 'list') {
        problem(lineNo, 'a list item holds one paragraph: remove the blank line or the indentation');
        continue;
      }
      if (!sameKind) flush();
    }
    const current = open as Open | null;

    if (HTML.test(s)) {
      problem(lineNo, 'raw HTML is not allowed (text such as <tag>, </tag> or <!-- is refused, not rendered)');
      continue;
    }
    if (/^(```|~~~)/.test(s)) {
      flush();
      problem(lineNo, 'code blocks are not allowed');
      const fence = s.slice(0, 3);
      // Skip to the closing fence so the code inside does not cause more errors.
      while (i + 1 < lines.length && !lines[i + 1].trimStart().startsWith(fence)) i++;
      i++;
      continue;
    }
    if (current?.kind === 'list' && indent > 0) {
      if (BULLET.test(s) || ORDERED.test(s) || /^[*+] /.test(s)) {
        problem(lineNo, 'nested lists are not allowed (lists have one level)');
      } else {
        current.items[current.items.length - 1].push({ text: s, line: lineNo });
      }
      continue;
    }
    if (indent >= 4 && current?.kind !== 'paragraph' && current?.kind !== 'quote') {
      problem(lineNo, 'indented code blocks are not allowed (remove the leading spaces)');
      continue;
    }
    const hashes = /^(#+)(?:\s|$)/.exec(s);
    if (hashes) {
      flush();
      const depth = hashes[1].length;
      if (depth === 1) {
        problem(lineNo, 'a "# " heading is not allowed: the title comes from front matter; use "## " for sections');
        continue;
      }
      if (depth > 3) {
        problem(lineNo, `"${hashes[1]} " headings are not allowed: use "## " or "### "`);
        continue;
      }
      const text = s
        .slice(depth)
        .replace(/\s+#+\s*$/, '')
        .trim();
      if (!text) {
        problem(lineNo, 'a heading needs text');
        continue;
      }
      const children = inline(join([{ text, line: lineNo }]));
      if (!children) continue;
      const base = slugify(plainText(children)) || 'section';
      let id = base;
      for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
      usedIds.add(id);
      result.blocks.push({ type: 'heading', depth: depth === 2 ? 1 : 2, id, children });
      continue;
    }
    if (/^([-*_])(?:\s*\1){2,}$/.test(s)) {
      flush();
      problem(lineNo, 'horizontal rules are not allowed');
      continue;
    }
    if (/^=+$/.test(s) && current?.kind === 'paragraph') {
      problem(lineNo, 'underlined (setext) headings are not allowed: use "## "');
      continue;
    }
    if (s.startsWith('|')) {
      flush();
      problem(lineNo, 'tables are not allowed');
      continue;
    }
    if (/^[*+](?: |$)/.test(s)) {
      problem(lineNo, 'use "- " for bullet lists');
      continue;
    }
    if (/^\d{1,9}\)(?: |$)/.test(s)) {
      problem(lineNo, 'use "1. " for ordered lists');
      continue;
    }
    const bullet = BULLET.exec(s);
    const ordered = bullet ? null : ORDERED.exec(s);
    if (bullet || ordered) {
      const text = ((bullet ? bullet[1] : ordered![2]) ?? '').trim();
      if (!text) {
        problem(lineNo, 'empty list item');
        continue;
      }
      const isOrdered = !!ordered;
      if (current?.kind === 'quote') {
        problem(lineNo, 'a quote holds one paragraph: lists are not allowed in it');
        continue;
      }
      if (current?.kind === 'list' && current.ordered === isOrdered) {
        current.items.push([{ text, line: lineNo }]);
        continue;
      }
      flush();
      if (ordered && ordered[1] !== '1') {
        problem(lineNo, `an ordered list must start at 1, not ${ordered[1]}`);
      }
      open = { kind: 'list', ordered: isOrdered, items: [[{ text, line: lineNo }]] };
      continue;
    }
    if (s.startsWith('>')) {
      const quoted = s.replace(/^> ?/, '');
      if (quoted.startsWith('>')) {
        problem(lineNo, 'nested quotes are not allowed');
        continue;
      }
      if (quoted.trim() === '') {
        if (current?.kind === 'quote') problem(lineNo, 'a quote holds one paragraph (no empty ">" lines)');
        else problem(lineNo, 'empty quote');
        continue;
      }
      if (/^(#|- |\d+\. |```|~~~)/.test(quoted)) {
        problem(lineNo, 'a quote holds one paragraph of text (no headings, lists or code in it)');
        continue;
      }
      if (current?.kind === 'quote') {
        current.parts.push({ text: quoted.trim(), line: lineNo });
        continue;
      }
      flush();
      open = { kind: 'quote', parts: [{ text: quoted.trim(), line: lineNo }] };
      continue;
    }
    // Plain text: continues the open block (a lazy continuation line) or starts a paragraph.
    if (current?.kind === 'paragraph' || current?.kind === 'quote') {
      current.parts.push({ text: s, line: lineNo });
    } else if (current?.kind === 'list') {
      current.items[current.items.length - 1].push({ text: s, line: lineNo });
    } else {
      open = { kind: 'paragraph', parts: [{ text: s, line: lineNo }] };
    }
  }
  flush();
  return result;
}

/** Every word a reader sees in the body, for reading time and related-post scoring. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.type === 'list' ? b.items.map((item) => plainText(item)).join('\n') : plainText(b.children)))
    .join('\n');
}
