import { stopWordsFor } from './stop-words.js';

/** Shorter tokens are mostly abbreviations and leftovers of punctuation; they only add noise. */
const MIN_LENGTH = 3;

/** Lowercase, accents removed, so "adicción" and "adiccion" (and "Recaída") meet. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * A very light suffix strip, so singular and plural meet ("meetings"/"meeting",
 * "adicciones"/"adiccion", "recaidas"/"recaida"). Not a stemmer: anything more aggressive merges
 * words that mean different things, and the vocabulary of one collection is small.
 */
export function lightStem(token: string, language: string): string {
  if (token.length <= 3) return token;
  if (language.startsWith('es')) {
    // Spanish plurals: -es after a consonant (adicciones), else -s (familias, grupos).
    if (/[^aeiou]es$/.test(token) && token.length > 5) return token.slice(0, -2);
    if (token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
    return token;
  }
  if (token.endsWith('ies') && token.length > 5) return `${token.slice(0, -3)}y`;
  if (token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

/**
 * Words of a text for matching: folded, split on anything that is not a letter (so numbers go),
 * short tokens and stop words dropped, light suffix strip.
 */
export function tokenize(text: string, language: string): string[] {
  const stop = stopWordsFor(language);
  const out: string[] = [];
  for (const raw of fold(text).split(/[^\p{L}]+/u)) {
    if (raw.length < MIN_LENGTH || stop.has(raw)) continue;
    const token = lightStem(raw, language);
    if (!stop.has(token)) out.push(token);
  }
  return out;
}
