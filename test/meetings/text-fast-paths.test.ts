import { expect } from '@open-wc/testing';
import { dayOf } from '../../src/meetings/meeting-guide.js';
import { fold, httpUrl, parseClock } from '../../src/meetings/text.js';

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

describe('parseClock shortcut for "HH:MM"', () => {
  // What parseClock answered for five characters before the shortcut: the general pattern.
  const general = (value: string) => {
    const m = /^(\d{1,2})(?::([0-5]\d)(?::[0-5]\d)?)?\s*(?:([ap])\.?\s*m?\.?)?$/.exec(value.trim().toLowerCase());
    if (!m || (m[2] === undefined && !m[3])) return undefined;
    let hours = +m[1];
    if (m[3]) {
      if (hours < 1 || hours > 12) return undefined;
      hours = (hours % 12) + (m[3] === 'p' ? 12 : 0);
    } else if (hours > 23) return undefined;
    return `${String(hours).padStart(2, '0')}:${m[2] ?? '00'}`;
  };
  it('answers as the general pattern for every two digits, a colon and two digits', () => {
    const wrong: string[] = [];
    for (let h = 0; h < 100; h++) {
      for (let m = 0; m < 100; m++) {
        const value = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        if (parseClock(value) !== general(value)) wrong.push(value);
      }
    }
    expect(wrong).to.deep.equal([]);
    expect(parseClock('23:59')).to.equal('23:59');
    expect(parseClock('24:00')).to.equal(undefined);
    expect(parseClock('07:60')).to.equal(undefined);
  });
  it('leaves other five-character shapes to the general pattern', () => {
    for (const value of ['7:00 ', ' 7:00', '7 pm ', '07.30', '0730h', '１９:００', '19:0a']) {
      expect(parseClock(value), value).to.equal(general(value));
    }
    expect(parseClock('7 pm ')).to.equal('19:00');
  });
});

describe('dayOf shortcut for numbers', () => {
  it('answers as for the number written as text', () => {
    for (const n of [0, 1, 6, 7, -1, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 1, 3.0]) {
      const asText = String(n);
      const expected = /^\d+$/.test(asText) && +asText < 7 ? +asText : undefined;
      expect(dayOf(n), asText).to.equal(expected);
    }
    expect(Object.is(dayOf(-0), 0)).to.equal(true);
  });
});
