import { expect } from '@open-wc/testing';
import { rankRelated, relatedKey, type RelatedInput } from '../../src/related/rank.js';
import { tokenize } from '../../src/related/tokenize.js';

/** A small article; only what a test cares about needs saying. */
const doc = (slug: string, over: Partial<RelatedInput> = {}): RelatedInput => ({
  slug,
  language: 'en',
  title: slug.replace(/-/g, ' '),
  headings: [],
  body: '',
  topics: [],
  published: '2024-01-01',
  ...over,
});

const slugs = (map: Map<string, { slug: string }[]>, key: string) => map.get(key)!.map((e) => e.slug);

describe('rankRelated', () => {
  it('weighs a rare shared topic above a common one', () => {
    const articles = [
      doc('source', { topics: ['alcohol', 'family'] }),
      doc('shares-common', { topics: ['alcohol'] }),
      doc('shares-rare', { topics: ['family'] }),
      doc('other-1', { topics: ['alcohol'] }),
      doc('other-2', { topics: ['alcohol'] }),
    ];
    const ranked = rankRelated(articles, { limit: 2, minScore: 0 }).get('en:source')!;
    expect(ranked[0].slug).to.equal('shares-rare');
    expect(ranked[0].reasons.find((r) => r.kind === 'topics')!.topics).to.deep.equal(['family']);
    const common = ranked.find((e) => e.slug === 'shares-common');
    expect(common === undefined || common.score < ranked[0].score).to.equal(true);
  });

  it('gives a topic that every article has no weight', () => {
    const articles = ['a', 'b', 'c'].map((s) => doc(s, { topics: ['recovery'] }));
    const ranked = rankRelated(articles).get('en:a')!;
    expect(ranked.every((e) => e.reasons[0].kind === 'fallback' && e.score === 0)).to.equal(true);
  });

  it('puts curated articles first, in the given order, above any computed score', () => {
    const articles = [
      doc('source', { topics: ['family'], related: ['curated-2', 'curated-1'] }),
      doc('twin', { topics: ['family'] }),
      doc('curated-1'),
      doc('curated-2'),
      doc('noise', { topics: ['alcohol'] }),
    ];
    const ranked = rankRelated(articles).get('en:source')!;
    expect(ranked.slice(0, 3).map((e) => e.slug)).to.deep.equal(['curated-2', 'curated-1', 'twin']);
    expect(ranked[0].reasons).to.deep.equal([{ kind: 'curated' }]);
    expect(ranked[1].score).to.be.greaterThan(1);
    expect(ranked[0].score).to.be.greaterThan(ranked[1].score);
    expect(ranked[2].score).to.be.at.most(1);
  });

  it('leaves out curated slugs that are missing, repeated or itself, and reports the missing one', () => {
    const warnings: string[] = [];
    const articles = [doc('source', { related: ['gone', 'b', 'b', 'source'] }), doc('b'), doc('c')];
    const ranked = rankRelated(articles, { onWarning: (m) => warnings.push(m) }).get('en:source')!;
    expect(ranked.map((e) => e.slug)).to.deep.equal(['b', 'c']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"gone"').and.contain('en/source');
  });

  it('breaks ties by newer published, then slug, whatever the input order', () => {
    const make = () => [
      doc('source', { topics: ['family'] }),
      doc('zeta', { topics: ['family'], published: '2024-05-01' }),
      doc('alpha', { topics: ['family'], published: '2024-05-01' }),
      doc('newest', { topics: ['family'], published: '2025-01-01' }),
      doc('filler', { topics: ['alcohol'] }),
    ];
    const expected = ['newest', 'alpha', 'zeta'];
    expect(slugs(rankRelated(make(), { limit: 3 }), 'en:source')).to.deep.equal(expected);
    expect(slugs(rankRelated(make().reverse(), { limit: 3 }), 'en:source')).to.deep.equal(expected);
  });

  it('never mixes languages, even with the same slug and words', () => {
    const articles = [
      doc('peer-support', { topics: ['peer-support'], body: 'peer support groups meetings' }),
      doc('peer-support', { language: 'es', topics: ['peer-support'], body: 'peer support groups meetings' }),
      doc('groups', { language: 'es', topics: ['peer-support'], body: 'peer support groups meetings' }),
      doc('other', { topics: ['alcohol'] }),
    ];
    const ranked = rankRelated(articles);
    expect(slugs(ranked, 'en:peer-support')).to.deep.equal(['other']);
    expect(slugs(ranked, 'es:peer-support')).to.deep.equal(['groups']);
    expect(slugs(ranked, 'es:groups')).to.deep.equal(['peer-support']);
  });

  it('fills the list with the newest articles when too few are related', () => {
    const articles = [
      doc('source', { topics: ['family'] }),
      doc('related', { topics: ['family'] }),
      doc('old', { topics: ['alcohol'], published: '2020-01-01' }),
      doc('new', { topics: ['alcohol'], published: '2025-06-01' }),
      doc('mid', { topics: ['alcohol'], published: '2023-03-01' }),
    ];
    const ranked = rankRelated(articles, { limit: 3 }).get('en:source')!;
    expect(ranked.map((e) => e.slug)).to.deep.equal(['related', 'new', 'mid']);
    expect(ranked.slice(1).map((e) => e.reasons)).to.deep.equal([[{ kind: 'fallback' }], [{ kind: 'fallback' }]]);
    expect(ranked[1].score).to.equal(0);
  });

  it('never lists an article as related to itself', () => {
    const articles = [doc('a', { topics: ['family'], related: ['a'] }), doc('b', { topics: ['family'] }), doc('c')];
    for (const [key, entries] of rankRelated(articles)) {
      expect(
        entries.map((e) => e.slug),
        key,
      ).not.to.include(key.split(':')[1]);
    }
  });

  it('handles empty and one-article collections', () => {
    expect(rankRelated([]).size).to.equal(0);
    const one = rankRelated([doc('only', { related: ['only'] })]);
    expect([...one.keys()]).to.deep.equal(['en:only']);
    expect(one.get('en:only')).to.deep.equal([]);
  });

  it('respects limit and minScore', () => {
    const articles = ['a', 'b', 'c', 'd', 'e'].map((s) => doc(s));
    expect(rankRelated(articles, { limit: 2 }).get('en:a')).to.have.length(2);
    expect(rankRelated(articles, { limit: 0 }).get('en:a')).to.deep.equal([]);
    const scored = [doc('x', { topics: ['family', 'a', 'b', 'c'] }), doc('y', { topics: ['family'] }), doc('z')];
    const strict = rankRelated(scored, { minScore: 0.99 }).get('en:x')!;
    expect(strict.map((e) => e.reasons[0].kind)).to.deep.equal(['fallback', 'fallback']);
  });

  it('finds related articles by their words, with the title weighing most, and names the terms', () => {
    const articles = [
      doc('source', { title: 'Sleep after quitting alcohol', body: 'Insomnia is common in early recovery.' }),
      doc('title-match', { title: 'Sleep tips', body: 'Routines for the evening.' }),
      doc('body-match', { title: 'Evening tips', body: 'Routines for sleep.' }),
      doc('unrelated', { title: 'Choosing a therapist', body: 'Questions to ask a counselor.' }),
      doc('unrelated-2', { title: 'Paying for treatment', body: 'Insurance and sliding scale fees.' }),
    ];
    const ranked = rankRelated(articles, { limit: 4, minScore: 0 }).get('en:source')!;
    expect(ranked[0].slug).to.equal('title-match');
    expect(ranked[0].reasons.find((r) => r.kind === 'terms')!.terms).to.deep.equal(['sleep']);
    const body = ranked.findIndex((e) => e.slug === 'body-match');
    expect(body).to.equal(1);
    expect(ranked[0].score).to.be.greaterThan(ranked[1].score);
  });

  it('explains a computed entry by topics and terms with their weights', () => {
    const articles = [
      doc('a', { topics: ['family', 'alcohol'], title: 'Talking to family about drinking' }),
      doc('b', { topics: ['family'], title: 'Family meetings about drinking' }),
      doc('c', { topics: ['alcohol'], title: 'Treatment options' }),
    ];
    const entry = rankRelated(articles)
      .get('en:a')!
      .find((e) => e.slug === 'b')!;
    const kinds = entry.reasons.map((r) => r.kind);
    expect(kinds).to.deep.equal(['topics', 'terms']);
    expect(entry.reasons[0].topics).to.deep.equal(['family']);
    expect(entry.reasons[1].terms).to.include.members(['family', 'drinking']);
    const sum = entry.reasons.reduce((s, r) => s + (r.weight ?? 0), 0);
    expect(Math.abs(sum - entry.score)).to.be.below(0.001);
  });

  it('uses the result key language:slug', () => {
    expect(relatedKey('es', 'x')).to.equal('es:x');
  });
});

describe('tokenize', () => {
  it('drops Spanish stop words, numbers and short tokens, and folds accents', () => {
    expect(tokenize('La recaída no es el final: 12 pasos para la recuperación de las adicciones', 'es')).to.deep.equal([
      'recaida',
      'final',
      'paso',
      'recuperacion',
      'adiccion',
    ]);
  });

  it('lets Spanish articles match through accents and plurals, ignoring shared stop words', () => {
    const es = (slug: string, title: string, body: string): RelatedInput => doc(slug, { language: 'es', title, body });
    const articles = [
      es('fuente', 'Cómo prevenir una recaída', 'Las señales de una recaída aparecen antes del consumo.'),
      es('recaidas', 'Recaidas: señales tempranas', 'Qué hacer con las señales.'),
      es('glue', 'Lo que es de la familia y para ellos', 'Los que son de las que por una con sin.'),
      es('otro', 'Grupos de apoyo', 'Reuniones semanales de apoyo.'),
    ];
    const ranked = rankRelated(articles, { limit: 3 }).get('es:fuente')!;
    expect(ranked[0].slug).to.equal('recaidas');
    expect(ranked[0].reasons[0].terms).to.include.members(['recaida', 'senal']);
    expect(ranked.find((e) => e.slug === 'glue')!.reasons).to.deep.equal([{ kind: 'fallback' }]);
  });

  it('drops English stop words and keeps the words that matter', () => {
    expect(tokenize("You can't do recovery alone: why 90 meetings in 90 days?", 'en')).to.deep.equal([
      'recovery',
      'alone',
      'meeting',
      'day',
    ]);
  });
});
