import { expect, fixture, html } from '@open-wc/testing';
import { inheritedLang } from '../../src/internal/language.js';
import { isSupported, matchLanguage } from '../../src/util/language.js';

describe('language matching', () => {
  it('falls back region → language → English', () => {
    expect(matchLanguage('es-MX')).to.equal('es');
    expect(matchLanguage('ES')).to.equal('es');
    expect(matchLanguage('en-GB')).to.equal('en');
    expect(matchLanguage('pt-BR')).to.equal('en');
    expect(matchLanguage('xx')).to.equal('en');
  });

  it('refuses text that is not a language tag', () => {
    expect(matchLanguage('<script>')).to.equal(undefined);
    expect(matchLanguage('')).to.equal(undefined);
    expect(matchLanguage(null)).to.equal(undefined);
  });

  it('knows which tags are really supported', () => {
    expect(isSupported('es-419')).to.equal(true);
    expect(isSupported('fr')).to.equal(false);
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
