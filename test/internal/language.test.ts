import { expect, fixture, html } from '@open-wc/testing';
import { inheritedLang } from '../../src/internal/language.js';
import { baseLanguage, isLanguageTag, isRightToLeft, isShipped } from '../../src/util/language.js';

describe('language tags', () => {
  it('reads the language of a tag, any region or script', () => {
    expect(baseLanguage('es-MX')).to.equal('es');
    expect(baseLanguage('ES')).to.equal('es');
    expect(baseLanguage('zh-Hans-CN')).to.equal('zh');
    expect(baseLanguage('en-x-private')).to.equal('en');
    expect(baseLanguage(' fr-CA ')).to.equal('fr');
  });

  it('refuses what Intl would throw on, and text that is not a tag', () => {
    for (const bad of ['en-', 'es-', 'es-MX-', 'en-x', '-en', 'e', 'english', '<script>', '', 'en--US', 'en_US']) {
      expect(isLanguageTag(bad), bad).to.equal(false);
      expect(baseLanguage(bad), bad).to.equal(undefined);
    }
    expect(baseLanguage(null)).to.equal(undefined);
    // Everything isLanguageTag accepts, Intl accepts too.
    for (const good of ['en', 'es-419', 'zh-Hant-TW', 'ar-EG', 'en-x-private', 'de-CH-1996', 'sr-Latn']) {
      expect(isLanguageTag(good), good).to.equal(true);
      expect(() => Intl.getCanonicalLocales(good), good).not.to.throw();
    }
  });

  it('knows which languages ship and which are written right to left', () => {
    expect(isShipped('es-419')).to.equal(true);
    expect(isShipped('fr-CA')).to.equal(true);
    expect(isShipped('de')).to.equal(false);
    expect(isShipped('en-')).to.equal(false);
    expect(isRightToLeft('ar')).to.equal(true);
    expect(isRightToLeft('fa')).to.equal(true);
    expect(isRightToLeft('fr')).to.equal(false);
  });

  it('reads lang from the element, then ancestors across shadow roots, then <html>', async () => {
    const wrapper = await fixture(html`<div lang="es-MX"><p><span></span></p></div>`);
    const span = wrapper.querySelector('span')!;
    expect(inheritedLang(span)).to.equal('es-MX');
    span.setAttribute('lang', 'en');
    expect(inheritedLang(span)).to.equal('en');

    const host = document.createElement('div');
    host.setAttribute('lang', 'es');
    wrapper.append(host);
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inheritedLang(inner)).to.equal('es');
  });

  it('uses <html lang> when no ancestor has one', async () => {
    const el = await fixture(html`<div></div>`);
    const before = document.documentElement.lang;
    document.documentElement.lang = 'es';
    try {
      expect(inheritedLang(el)).to.equal('es');
    } finally {
      document.documentElement.lang = before;
    }
  });
});
