// The reading-level report (src/content/reading-level.ts, printed by `npm run build`): its formulas
// on texts worked by hand, and every article of content/ held to it. Node, not the browser, because
// the English syllable counter (`syllable`) pulls in a CommonJS package the test browser cannot load.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { ROOT } from '../../scripts/content/seed-fingerprint.mjs';
import { compileContent } from './content-helper.mjs';

const rl = await importTs(ROOT, { contents: "export * from './src/content/reading-level.ts';" }, 'reading-level');
const paragraph = (text) => ({ type: 'paragraph', children: [text] });

describe('sentences', () => {
  test('end at . ! ? before the next word', () => {
    assert.deepEqual(rl.sentences('One. Two! Three? ¿Cuatro? Five'), ['One.', 'Two!', 'Three?', '¿Cuatro?', 'Five']);
  });

  test('not after abbreviations, inner dots or initials', () => {
    const text = 'The U.S. Surgeon General spoke. It cites H.R. 1 and S. 331 vs. St. John’s wort. Done.';
    assert.deepEqual(rl.sentences(text), [
      'The U.S. Surgeon General spoke.',
      'It cites H.R. 1 and S. 331 vs. St. John’s wort.',
      'Done.',
    ]);
  });

  test('words are tokens with a letter or digit', () => {
    assert.deepEqual(rl.words('Call 1-800-662-4357 — now, please.'), ['Call', '1-800-662-4357', 'now,', 'please.']);
  });
});

describe('English: Flesch-Kincaid grade', () => {
  test('matches the formula worked by hand', () => {
    // 9 words, 9 syllables, 2 sentences: 0.39 × 4.5 + 11.8 × 1 − 15.59 = −2.035.
    const level = rl.readingLevel({ language: 'en', body: [paragraph('The cat sat on the mat. It was warm.')] });
    assert.equal(level.formula, 'Flesch-Kincaid');
    assert.deepEqual([level.words, level.syllables, level.sentences, level.grade], [9, 9, 2, -2]);
    // Longer words raise the grade: "Recovery" has 4 syllables.
    const harder = rl.readingLevel({ language: 'en', body: [paragraph('Recovery is possible.')] });
    assert.ok(harder.grade > level.grade);
  });

  test('reads paragraphs and list items, not headings or citations', () => {
    const level = rl.readingLevel({
      language: 'en',
      body: [
        { type: 'heading', depth: 1, id: 'x', children: ['A very long heading with many words in it'] },
        { type: 'paragraph', children: ['Help is near', { type: 'cite', n: 1 }, '.'] },
        { type: 'list', ordered: false, items: [['call a friend'], ['go to a meeting']] },
      ],
    });
    assert.deepEqual([level.words, level.sentences], [10, 3]);
  });

  test('flags sentences over 35 words with their first words', () => {
    const long = `${Array.from({ length: 36 }, () => 'word').join(' ')}.`;
    const level = rl.readingLevel({ language: 'en', body: [paragraph(`Short one. ${long}`)] });
    assert.deepEqual(level.longSentences, [{ words: 36, start: 'word word word word word word word word' }]);
  });
});

describe('Spanish: Fernández-Huerta', () => {
  test('counts syllables with diphthongs and hiatus', () => {
    const cases = {
      recuperación: 5,
      día: 2,
      país: 2,
      ruido: 2,
      muy: 1,
      y: 1,
      hoy: 1,
      ayuda: 3,
      prohibir: 3,
      alcohol: 3,
      leer: 2,
      que: 1,
      guerra: 2,
      pingüino: 3,
      buey: 1,
      ahí: 2,
      SAMHSA: 2,
      988: 1,
    };
    for (const [word, n] of Object.entries(cases)) assert.equal(rl.spanishSyllables(word), n, word);
  });

  test('matches the formula worked by hand', () => {
    // "Pida ayuda hoy." 3 words; pi-da a-yu-da hoy = 6 syllables; 1 sentence.
    // 206.84 − 0.60 × 200 − 1.02 × 3 = 83.78: Fernández Huerta's 80–90 band, 5th grade.
    const level = rl.readingLevel({ language: 'es', body: [paragraph('Pida ayuda hoy.')] });
    assert.equal(level.formula, 'Fernández-Huerta');
    assert.deepEqual([level.words, level.syllables, level.score], [3, 6, 83.8]);
    assert.equal(level.grade, 5.6);
  });

  test('maps the score to a grade through the table', () => {
    assert.deepEqual(
      [100, 90, 75, 70, 65, 60, 50, 40, 0, -20].map((s) => Math.round(rl.huertaGrade(s) * 10) / 10),
      [4, 5, 6.5, 7, 8, 9, 12, 13, 16, 16],
    );
  });
});

test('a language without a formula has no reading level', () => {
  assert.equal(rl.readingLevel({ language: 'fr', body: [paragraph('Bonjour.')] }), null);
});

test(`every article reads at grade ${rl.WARN_GRADE} or lower, with no sentence over ${rl.LONG_SENTENCE_WORDS} words`, async () => {
  const problems = [];
  for (const doc of await compileContent()) {
    const level = rl.readingLevel(doc);
    const where = `content/${doc.language}/${doc.slug}.md`;
    if (!level) continue;
    if (level.grade > rl.WARN_GRADE) problems.push(`${where}: grade ${level.grade} (${level.formula})`);
    for (const s of level.longSentences) problems.push(`${where}: a sentence of ${s.words} words: "${s.start} …"`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});
