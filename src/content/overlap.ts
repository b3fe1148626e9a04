/**
 * The words an article shares with a seed page (text we were given as background and must not
 * copy). Both sides become word lists, lower-case with punctuation gone and proper names as one
 * token, and are compared as six-word shingles: any run of six or more words in common is a
 * shingle in common. What the check reads of an article is what is ours to word: not its title,
 * not quotations (`>` blocks, text between double quotes) and not the titles of other articles
 * that it links to, since those are names we must repeat exactly.
 */
import type { ArticleDocument, Inline } from './document-types.js';

/** The shortest run that counts as copied. */
export const SHINGLE_WORDS = 6;

/**
 * Organization, program and law names, as `overlapWords` writes them: each is one token, so a
 * run made mostly of a long name (which we must spell as its owner does) is not counted as copy.
 */
export const PROPER_NAMES: readonly string[] = [
  'substance abuse and mental health services administration',
  'national institute on drug abuse',
  'national institute on alcohol abuse and alcoholism',
  'american society of addiction medicine',
  'centers for medicare medicaid services',
  'food and drug administration',
  'drug enforcement administration',
  'world health organization',
  'alcoholics anonymous',
  'narcotics anonymous',
  'al anon',
  'nar anon',
  'smart recovery',
  'project match',
  'network support project',
  'community reinforcement and family training',
  '988 suicide crisis lifeline',
  'samhsa national helpline',
  'support for patients and communities act',
  'halt fentanyl act',
  'one big beautiful bill act',
  'presidents commission on combating drug addiction and the opioid crisis',
  'alcohólicos anónimos',
  'narcóticos anónimos',
  'administración de servicios de salud mental y abuso de sustancias',
  'instituto nacional sobre el abuso de drogas',
  'línea nacional de ayuda de samhsa',
  'línea de prevención del suicidio y crisis',
];

const NAMES = PROPER_NAMES.map((n) => n.split(' ')).sort((a, b) => b.length - a.length);

/**
 * Lower-case words with punctuation removed: apostrophes vanish inside a word (can't → cant),
 * dashes and every other mark separate words, and each proper name becomes one token.
 */
export function overlapWords(text: string): string[] {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const name = NAMES.find((n) => n.every((w, k) => words[i + k] === w));
    if (name) {
      out.push(name.join('_'));
      i += name.length;
    } else {
      out.push(words[i]);
      i += 1;
    }
  }
  return out;
}

/** Every run of `n` consecutive words, joined by one space. */
export function shingles(words: readonly string[], n = SHINGLE_WORDS): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * The longest runs of words whose every shingle `shared` accepts: what a reader would call the
 * copied passages, rather than one report per overlapping shingle.
 */
export function sharedRuns(
  words: readonly string[],
  shared: (shingle: string) => boolean,
  n = SHINGLE_WORDS,
): string[][] {
  const runs: string[][] = [];
  let start = -1;
  let end = -1;
  shingles(words, n).forEach((s, i) => {
    if (!shared(s)) return;
    if (start !== -1 && i <= end - n + 1) {
      end = i + n;
    } else {
      if (start !== -1) runs.push(words.slice(start, end));
      start = i;
      end = i + n;
    }
  });
  if (start !== -1) runs.push(words.slice(start, end));
  return runs;
}

/** Text between straight or curly double quotes, or between « », is a quotation. */
const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»/g;

/**
 * The parts of an article that are ours to word, each compared on its own (a run never spans two
 * blocks): the description, headings, paragraphs and list items, cut at quotations and at links
 * to other articles.
 */
export function overlapSegments(doc: Pick<ArticleDocument, 'description' | 'body'>): string[] {
  const segments: string[] = [];
  let current = '';
  const cut = () => {
    if (current.trim()) segments.push(current);
    current = '';
  };
  const text = (s: string) => {
    const parts = s.split(QUOTED);
    parts.forEach((part, i) => {
      if (i > 0) cut();
      current += part;
    });
  };
  const inline = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') text(node);
      else if (node.type === 'cite') continue;
      else if (node.type === 'article-link') cut();
      else inline(node.children);
    }
  };
  text(doc.description);
  cut();
  for (const block of doc.body) {
    if (block.type === 'quote') continue;
    if (block.type === 'list') {
      for (const item of block.items) {
        inline(item);
        cut();
      }
    } else {
      inline(block.children);
      cut();
    }
  }
  return segments;
}

/** A seed page: plain text, one paragraph or heading a line. */
export function seedSegments(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim());
}
