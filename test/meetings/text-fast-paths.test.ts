import { expect } from '@open-wc/testing';
import { fold, httpUrl } from '../../src/meetings/text.js';

/**
 * What httpUrl promised before its shortcuts: the URL parser's own answer, http(s) only, and (since
 * issue 14) never with a user name or password, which can make a link read as another host.
 */
const parsed = (text: string) => {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
};

describe('httpUrl shortcuts give the URL parser’s answer', () => {
  const cases = [
    'https://www.aasepia.org/meetings/?meeting=mtg-14-e-mill-rd-flourtown-pa-19031-usa-4-070000',
    'https://us02web.zoom.us/j/88276230494?pwd=b3RTYXNq#frag',
    'HTTPS://Example.COM/Path',
    'https://example.com',
    'https://example.com:443/a',
    'http://example.com:80/a',
    'https://1.2.3/x',
    'https://example.0x1f/x',
    'https://example.com/a/./b/../c',
    'https://example.com/%2e%2E/x',
    'https://xn--nda-cafe.com/',
    'https://user:pw@example.com/',
    "https://example.com/?q='quoted'",
    'https://example.com/a b',
    'https://example.com/é',
    'https://example.com./x',
    'https://a..b/x',
    'https://example.com\\x',
    'http:/example.com/',
    'http://',
    'javascript:alert(1)',
    'mailto:someone@example.com',
    'ftp://example.com/',
    'zoom.us/j/123',
  ];
  for (const text of cases) {
    it(JSON.stringify(text), () => {
      expect(httpUrl(text)).to.equal(/\s/.test(text) ? undefined : parsed(text));
      // The memo answers the same the second time.
      expect(httpUrl(text)).to.equal(httpUrl(text));
    });
  }
});

describe('fold shortcut for plain ASCII', () => {
  it('matches the full fold on ASCII and non-ASCII text', () => {
    const full = (t: string) =>
      t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();
    for (const t of ['  Big  Book   Study ', 'MAIN ST. & 5th', 'Ñandú  Café', 'tab\there'])
      expect(fold(t)).to.equal(full(t));
    expect(fold('Straße')).to.equal('strasse');
  });
});
