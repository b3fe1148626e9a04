/**
 * How hard an article is to read, as a U.S. school grade, for the build's report.
 *
 * - English: Flesch-Kincaid grade, 0.39 × words per sentence + 11.8 × syllables per word − 15.59,
 *   with syllables counted by the `syllable` package.
 * - Spanish: Fernández-Huerta reading ease, 206.84 − 0.60 × syllables per 100 words − 1.02 × words
 *   per sentence (with Law's 2011 correction: the last term is words per sentence), turned into a
 *   grade through Fernández Huerta's own table (90–100: 4th grade, 80–90: 5th, 70–80: 6th, 60–70:
 *   7th–8th, 50–60: pre-university, 30–50: first college years, 0–30: university), interpolated
 *   between the band edges. So grade 8 is a score of 65 and grade 9 a score of 60.
 *
 * Read: paragraphs, list items and quotes (headings are labels, not sentences; citations are not
 * words). A list item is at least one sentence even without a full stop.
 */
import { syllable } from 'syllable';
import type { Block } from './document-types.js';
import { plainText } from './inline.js';

/** The report warns above this grade; articles aim for 8 or lower. */
export const WARN_GRADE = 9;
/** A sentence longer than this is hard to follow for anyone, on any formula. */
export const LONG_SENTENCE_WORDS = 35;

export interface ReadingLevel {
  formula: 'Flesch-Kincaid' | 'Fernández-Huerta';
  /** U.S. school grade, one decimal. */
  grade: number;
  /** The formula's own score where it has one (Fernández-Huerta's reading ease). */
  score?: number;
  words: number;
  sentences: number;
  syllables: number;
  /** Sentences over LONG_SENTENCE_WORDS: their length and first words, to find them. */
  longSentences: { words: number; start: string }[];
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'vs',
  'dr',
  'dra',
  'mr',
  'mrs',
  'ms',
  'st',
  'jr',
  'sr',
  'sra',
  'no',
  'núm',
  'pág',
  'etc',
  'ee',
  'uu',
  'approx',
]);

/** Cuts a block's text into sentences at . ! ? followed by a space, except after abbreviations and initials. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const end = /[.!?…]+["'”’)»]*(?=\s+\S)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? '';
    const dot = m[0][0] === '.';
    // "U.S." and "H.R." carry inner dots; "S. 331" and "J. Smith" are initials.
    if (dot && (ABBREVIATIONS.has(lastWord.toLowerCase()) || lastWord.includes('.') || /^\p{Lu}$/u.test(lastWord))) {
      continue;
    }
    out.push(text.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words: whitespace-separated tokens with a letter or a digit in them. */
export const words = (sentence: string): string[] => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü']);

/**
 * Spanish syllables: one per vowel nucleus. Two strong vowels side by side (or an accented í or ú
 * beside another vowel) are a hiatus, two syllables; a weak vowel (i, u, ü) with any other is a
 * diphthong. "y" is a vowel at the end of a word or before a consonant (muy, hay, y).
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  let count = 0;
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    let c = w[i];
    if (c === 'y' && (i === w.length - 1 || !VOWELS.has(w[i + 1])) && i > 0 && VOWELS.has(w[i - 1])) c = 'i';
    else if (c === 'y' && w.length === 1) c = 'i';
    if (!VOWELS.has(c)) {
      prev = '';
      continue;
    }
    if (!prev || (STRONG.has(prev) && STRONG.has(c))) count++;
    prev = c;
  }
  return Math.max(1, count);
}

const englishSyllables = (word: string): number => Math.max(1, syllable(word));

/** The sentences an article's reader meets, block by block. */
function bodySentences(body: readonly Block[]): string[] {
  return body.flatMap((block) => {
    if (block.type === 'heading') return [];
    if (block.type === 'list') return block.items.flatMap((item) => sentences(plainText(item)));
    return sentences(plainText(block.children));
  });
}

/** Fernández Huerta's table, as (score, grade) points from easiest to hardest. */
const HUERTA_GRADES: readonly [number, number][] = [
  [100, 4],
  [90, 5],
  [80, 6],
  [70, 7],
  [60, 9],
  [50, 12],
  [30, 14],
  [0, 16],
];

/** A Fernández-Huerta score as a school grade (see the table above). */
export function huertaGrade(score: number): number {
  if (score >= HUERTA_GRADES[0][0]) return HUERTA_GRADES[0][1];
  for (let i = 1; i < HUERTA_GRADES.length; i++) {
    const [hi, gHi] = HUERTA_GRADES[i - 1];
    const [lo, gLo] = HUERTA_GRADES[i];
    if (score >= lo) return gLo + ((score - lo) / (hi - lo)) * (gHi - gLo);
  }
  return HUERTA_GRADES[HUERTA_GRADES.length - 1][1];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The reading level of an article's body, or null for a language without a formula here. */
export function readingLevel(doc: { language: string; body: readonly Block[] }): ReadingLevel | null {
  const lang = doc.language.toLowerCase().split('-')[0];
  if (lang !== 'en' && lang !== 'es') return null;
  const count = lang === 'en' ? englishSyllables : spanishSyllables;
  const all = bodySentences(doc.body);
  let wordCount = 0;
  let syllableCount = 0;
  const longSentences: ReadingLevel['longSentences'] = [];
  for (const s of all) {
    const ws = words(s);
    wordCount += ws.length;
    for (const w of ws) syllableCount += count(w);
    if (ws.length > LONG_SENTENCE_WORDS) longSentences.push({ words: ws.length, start: ws.slice(0, 8).join(' ') });
  }
  const sentenceCount = Math.max(1, all.length);
  const perSentence = wordCount / sentenceCount;
  const perWord = syllableCount / Math.max(1, wordCount);
  const base = { words: wordCount, sentences: all.length, syllables: syllableCount, longSentences };
  if (lang === 'en') {
    return { ...base, formula: 'Flesch-Kincaid', grade: round1(0.39 * perSentence + 11.8 * perWord - 15.59) };
  }
  const score = 206.84 - 0.6 * (perWord * 100) - 1.02 * perSentence;
  return { ...base, formula: 'Fernández-Huerta', score: round1(score), grade: round1(huertaGrade(score)) };
}
