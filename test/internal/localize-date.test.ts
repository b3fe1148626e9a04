import { expect } from '@open-wc/testing';
import { LocalizeController } from '../../src/internal/localize.js';
import { localizeHost } from '../helpers/localize-host.js';

/** A localizer in `lang`, and a way to take its host off the page. */
function localizer(lang: string) {
  const el = localizeHost(lang);
  const i18n = new LocalizeController(el, 'test', {});
  i18n.hostConnected();
  return { i18n, done: () => el.remove() };
}

describe('LocalizeController.date()', () => {
  it('writes the first of a month as French does, "1er", where the month is a word', () => {
    for (const lang of ['fr', 'fr-CA']) {
      const { i18n, done } = localizer(lang);
      try {
        expect(i18n.date('2026-12-01'), lang).to.equal('1er décembre 2026');
        expect(i18n.date('2026-12-01', { month: 'long', day: 'numeric' }), lang).to.equal('1er décembre');
        expect(i18n.date('2026-12-02'), lang).to.equal('2 décembre 2026');
        expect(i18n.date('2026-12-01', { month: 'long', day: '2-digit' }), lang).to.equal('1er décembre');
        expect(i18n.date('2026-12-11', { month: 'long', day: 'numeric' }), lang).to.equal('11 décembre');
        expect(i18n.date('2026-12-21', { month: 'long', day: 'numeric' }), lang).to.equal('21 décembre');
      } finally {
        done();
      }
    }
  });

  it('leaves numeric dates, other languages and bad input as they were', () => {
    const fr = localizer('fr');
    const en = localizer('en');
    const es = localizer('es');
    try {
      expect(fr.i18n.date('2026-12-01', { day: 'numeric', month: 'numeric', year: 'numeric' })).to.equal('01/12/2026');
      expect(en.i18n.date('2026-12-01')).to.equal('December 1, 2026');
      expect(es.i18n.date('2026-12-01')).to.equal('1 de diciembre de 2026');
      expect(fr.i18n.date('not a date')).to.equal('');
    } finally {
      fr.done();
      en.done();
      es.done();
    }
  });
});
