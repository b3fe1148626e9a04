import { expect } from '@open-wc/testing';
import type { ArticleDocument } from '../../src/content/document-types.js';
import { overlapSegments, overlapWords, seedSegments, sharedRuns, shingles } from '../../src/content/overlap.js';

const doc = (body: ArticleDocument['body'], description = 'Our own summary.') => ({ description, body });

describe('overlap: words and shingles', () => {
  it('lower-cases, drops punctuation and apostrophes, splits at dashes', () => {
    expect(overlapWords('You CAN’T do it—alone; twelve-step (TCC), 1-800!')).to.deep.equal([
      'you',
      'cant',
      'do',
      'it',
      'alone',
      'twelve',
      'step',
      'tcc',
      '1',
      '800',
    ]);
  });

  it('keeps Spanish letters and makes a proper name one token', () => {
    expect(overlapWords('Según Alcohólicos Anónimos, la recuperación…')).to.deep.equal([
      'según',
      'alcohólicos_anónimos',
      'la',
      'recuperación',
    ]);
    expect(overlapWords('the Substance Abuse and Mental Health Services Administration (SAMHSA)')).to.deep.equal([
      'the',
      'substance_abuse_and_mental_health_services_administration',
      'samhsa',
    ]);
  });

  it('makes every six-word run a shingle, and none of a shorter text', () => {
    expect(shingles('a b c d e f g'.split(' '))).to.deep.equal(['a b c d e f', 'b c d e f g']);
    expect(shingles('a b c d e'.split(' '))).to.deep.equal([]);
  });

  it('reports the longest shared runs, not each shingle', () => {
    const words = 'one two three four five six seven eight x a b c d e f'.split(' ');
    const seed = new Set([
      ...shingles('one two three four five six seven eight'.split(' ')),
      ...shingles('a b c d e f'.split(' ')),
    ]);
    expect(sharedRuns(words, (s) => seed.has(s)).map((r) => r.join(' '))).to.deep.equal([
      'one two three four five six seven eight',
      'a b c d e f',
    ]);
    expect(sharedRuns(words, () => false)).to.deep.equal([]);
  });

  it('reads a seed page one line at a time', () => {
    expect(seedSegments('Title\n\nFirst paragraph.\r\nSecond.\n')).to.deep.equal([
      'Title',
      'First paragraph.',
      'Second.',
    ]);
  });
});

describe('overlap: what is read of an article', () => {
  it('reads the description, headings, paragraphs and each list item apart', () => {
    const segments = overlapSegments(
      doc([
        { type: 'heading', depth: 1, id: 'h', children: ['A heading'] },
        {
          type: 'paragraph',
          children: ['Some ', { type: 'em', children: ['emphasised'] }, ' text', { type: 'cite', n: 1 }, '.'],
        },
        { type: 'list', ordered: false, items: [['first item'], ['second item']] },
      ]),
    );
    expect(segments).to.deep.equal([
      'Our own summary.',
      'A heading',
      'Some emphasised text.',
      'first item',
      'second item',
    ]);
  });

  it('leaves out quotations, quote blocks and the titles of linked articles', () => {
    const segments = overlapSegments(
      doc([
        { type: 'quote', children: ['A quoted block'] },
        {
          type: 'paragraph',
          children: [
            'Before “a curly quotation” middle "a straight one" after, see ',
            { type: 'article-link', slug: 'x', children: ['Another Article Title'] },
            ' for more.',
          ],
        },
      ]),
    );
    expect(segments).to.deep.equal(['Our own summary.', 'Before ', ' middle ', ' after, see ', ' for more.']);
  });

  it('keeps the text of outbound links, which is our own wording', () => {
    const segments = overlapSegments(
      doc([
        {
          type: 'paragraph',
          children: ['Read ', { type: 'link', href: 'https://x.example/', children: ['this guide'] }, '.'],
        },
      ]),
    );
    expect(segments).to.deep.equal(['Our own summary.', 'Read this guide.']);
  });
});
