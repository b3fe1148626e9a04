import { expect } from '@open-wc/testing';
import { httpUrl } from '../../src/meetings/text.js';
import { prng } from '../../scripts/lib/prng.mjs';

/**
 * Adversarial review of httpUrl's hand-written fast path. Feed links end up as `href`s, so the
 * only thing that matters is: whatever httpUrl returns must be an absolute http(s) URL that the
 * browser reads exactly as written, naming the same host the URL parser finds in the input.
 */

const parse = (text: string) => {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
};

const isHttp = (url: URL | undefined) => !!url && (url.protocol === 'http:' || url.protocol === 'https:');

/** Empty when `input` is handled safely; otherwise the reasons, so a failure names the input. */
function problems(input: string): string[] {
  const out: string[] = [];
  const result = httpUrl(input);
  if (result === undefined) return out;
  if (typeof result !== 'string') return [`returned ${typeof result}`];
  if (!/^https?:\/\//.test(result)) out.push(`does not start with http(s)://: ${JSON.stringify(result)}`);
  const reparsed = parse(result);
  if (!reparsed) return [...out, `result does not parse: ${JSON.stringify(result)}`];
  if (!isHttp(reparsed)) out.push(`result protocol ${reparsed.protocol}`);
  if (reparsed.href !== result) out.push(`not canonical: ${JSON.stringify(result)} → ${JSON.stringify(reparsed.href)}`);
  // How a link element reads it (same parser, but through the document's base and encoding).
  const a = document.createElement('a');
  a.href = result;
  if (a.protocol !== reparsed.protocol || a.host !== reparsed.host) out.push(`<a> reads ${a.protocol}//${a.host}`);
  const original = parse(input);
  if (isHttp(original) && original!.host !== reparsed.host) {
    // String.trim() also drops Unicode spaces (U+00A0, U+2028, U+FEFF…) the URL parser keeps; at
    // the very ends that only removes junk Chromium would otherwise percent-encode into the host
    // ("https://good.com\u00a0" → host "good.com%20", which no DNS answers). Anything else is a finding.
    const trimmedOnly =
      input !== input.trim() && parse(input.trim())?.host === reparsed.host && /%20/.test(original!.host);
    if (!trimmedOnly)
      out.push(`host ${JSON.stringify(reparsed.host)} but parser says ${JSON.stringify(original!.host)}`);
  }
  // Stricter: the answer is exactly the parser's answer for the text httpUrl looked at, so the
  // fast path never returns anything the full parse would not.
  const parsedTrimmed = parse(input.trim());
  if (result !== (isHttp(parsedTrimmed) ? parsedTrimmed!.href : undefined)) {
    out.push(`differs from new URL(input.trim()).href = ${JSON.stringify(parsedTrimmed?.href)}`);
  }
  return out;
}

/** How many inputs came back as is (the fast path's answer shape), so fuzz that never reaches it fails. */
function expectSafe(inputs: Iterable<string>, minUnchanged = 0) {
  const bad: string[] = [];
  let unchanged = 0;
  for (const input of inputs) {
    if (httpUrl(input) === input) unchanged++;
    const p = problems(input);
    // Twice: the second answer may come from the memo.
    const q = problems(input);
    if (p.length || q.length) bad.push(`${JSON.stringify(input)} → ${[...p, ...q].join('; ')}`);
  }
  expect(bad, bad.slice(0, 20).join('\n')).to.deep.equal([]);
  expect(unchanged, 'inputs returned unchanged').to.be.at.least(minUnchanged);
}

const CRAFTED = [
  // Scheme tricks
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  ' javascript:alert(1)',
  'javascript://example.com/%0aalert(1)',
  'http:javascript:alert(1)',
  'https:javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http\u0000://example.com/',
  'ht\ttp://example.com/',
  'h\ttps://evil.com/',
  'http\t://example.com/',
  'http:\t//evil.com/',
  'https:/\t/evil.com/',
  'https://\tevil.com/',
  'https://evil.com/\t',
  '\thttps://evil.com/',
  '\u001fhttps://evil.com/',
  '\u007fhttps://evil.com/',
  '\u00a0https://evil.com/',
  '\ufeffhttps://evil.com/',
  '\u2028https://evil.com/',
  'https://evil.com/\u2029',
  '\u200bhttps://evil.com/',
  'https://evil\u200b.com/',
  'https://evil.com/\u200b',
  'httpѕ://evil.com/', // Cyrillic dze
  'ｈｔｔｐｓ://evil.com/',
  'https\uff1a//evil.com/',
  'https:\uff0f\uff0fevil.com/',
  // Authority confusion
  'http:evil.com/',
  'https:evil.com/',
  'http:/evil.com/',
  'http:\\\\evil.com/',
  'http:/\\evil.com/',
  'http:\\/evil.com/',
  'https:\\\\evil.com\\@good.com/',
  'https://good.com\\@evil.com/',
  'https://good.com\\.evil.com/',
  'https://evil.com\\good.com/',
  'http:///evil.com/',
  'http:////evil.com/',
  'https://good.com@evil.com/',
  'https://good.com:@evil.com/',
  'https://good.com%40evil.com/',
  'https://good.com%2540evil.com/',
  'https://good.com/@evil.com/',
  'https://good.com#@evil.com/',
  'https://good.com?@evil.com/',
  'https://good.com;@evil.com/',
  'https://good.com&@evil.com/',
  'https://evil.com/\\@good.com/',
  'https://evil.com＠good.com/',
  'https://good.com\uff20evil.com/',
  'https://evil.com\uff0fgood.com/',
  'https://evil\u3002com/',
  'https://evil\uff0ecom/',
  'https://evil\uff61com/',
  'https://evil%2ecom/',
  'https://evil%2Ecom/',
  'https://ev%69l.com/',
  'https://evil.com%2f@good.com/',
  'https://evil.com%00.good.com/',
  'https://evil.com%0a.good.com/',
  'https://EVIL.com/',
  'https://evil.COM/path',
  'https://evil.com:443/',
  'https://evil.com:80/',
  'http://evil.com:80/',
  'https://evil.com:/',
  'https://evil.com:0x50/',
  'https://evil.com:99999/',
  'https://[::1]/',
  'https://[::ffff:127.0.0.1]/',
  'https://[0:0:0:0:0:0:0:1]/x',
  'https://[::1/',
  'https://127.0.0.1/',
  'https://0x7f.1/',
  'https://0x7f000001/',
  'https://2130706433/',
  'https://017700000001/',
  'https://127.1/',
  'https://1.2.3.4.5/',
  'https://a.1/',
  'https://a.0x1/',
  'https://a.09/',
  'https://1.2.3.a/',
  'https://0x.a/',
  'https://a.0x/',
  'https://a.0xg/',
  'https://xn--/',
  'https://xn--a/',
  'https://xn--nxasmq6b.com/',
  'https://XN--nxasmq6b.com/',
  'https://ab--cd.com/',
  'https://-a.com/',
  'https://a-.com/',
  'https://a.-/',
  'https://--.a/',
  'https://-/',
  'https://a.b-/',
  'https://ɑpple.com/',
  'https://аpple.com/', // Cyrillic a
  'https://Ⅸ.com/',
  'https://ﬀ.com/',
  'https://ß.com/',
  'https://faß.de/x',
  'https://\u00adevil.com/',
  'https://evil\u00ad.com/',
  'https://evil.com\u3002/',
  'https://evil.com./',
  'https://evil.com../',
  'https://.evil.com/',
  'https://evil..com/',
  `https://${'a'.repeat(64)}.com/`,
  `https://${'a.'.repeat(130)}com/`,
  'https://localhost/',
  'https://a/',
  'https://a/b',
  // Path, query, fragment: dot segments and encodings
  'https://good.com/./x',
  'https://good.com/../x',
  'https://good.com/a/..',
  'https://good.com/a/.',
  'https://good.com/a/%2e',
  'https://good.com/a/%2E%2e',
  'https://good.com/a/.%2e/x',
  'https://good.com/a/%2e./x',
  'https://good.com/a/%252e%252e/x',
  'https://good.com/a/%41',
  'https://good.com/%7e',
  'https://good.com/%7Euser',
  'https://good.com/%2d%5f',
  'https://good.com/%2f',
  'https://good.com/%5c',
  'https://good.com/%zz',
  'https://good.com/%',
  'https://good.com/%%',
  'https://good.com/%2',
  'https://good.com/%g0',
  'https://good.com/a%00b',
  'https://good.com/%0d%0a',
  'https://good.com/?%2e%2e',
  'https://good.com/?/..',
  'https://good.com/#/..',
  'https://good.com/#%2e',
  'https://good.com/#a#b',
  'https://good.com/??',
  'https://good.com/?#?#',
  "https://good.com/?'",
  "https://good.com/?q='x'",
  'https://good.com/"',
  'https://good.com/<script>',
  'https://good.com/`',
  'https://good.com/{}',
  'https://good.com/|',
  'https://good.com/^',
  'https://good.com/[]',
  'https://good.com/\\',
  'https://good.com/é',
  'https://good.com/\u0085',
  'https://good.com/\u007f',
  'https://good.com//evil.com/',
  'https://good.com///evil.com/',
  'https://good.com/;jsessionid=1',
  'https://good.com/!$&()*+,;=:@~_-.',
  'https://good.com/:',
  'https://good.com/a:b@c',
  'https://good.com/@',
  'https://good.com/.',
  'https://good.com/..',
  'https://good.com/...',
  'https://good.com/a.',
  'https://good.com/a/..b',
  'https://good.com/.a',
  // Real-looking feed links
  'https://us02web.zoom.us/j/88276230494?pwd=b3RTYXNq#frag',
  'https://meet.google.com/abc-defg-hij',
  'https://www.aasepia.org/meetings/?meeting=mtg-14-e-mill-rd-flourtown-pa-19031-usa-4-070000',
  'https://example.com',
  'http://example.com',
  'zoom.us/j/123',
  '//evil.com/',
  '/\\evil.com/',
  '',
  ' ',
  'http:',
  'https:',
  'http://',
  'https://',
  'http:///',
  'https://@/',
  'https://:@/',
];

describe('httpUrl never returns a link the browser reads differently', () => {
  it('handles crafted scheme, authority, host and path tricks', () => {
    expectSafe(CRAFTED, 20);
  });

  it('refuses every non-http(s) scheme', () => {
    for (const s of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'blob:https://a/x',
      'ftp://a/',
      'ws://a/',
      'wss://a/',
      'http+unix://a/',
      'httpx://a/',
      'https-://a/',
    ]) {
      expect(httpUrl(s), s).to.equal(undefined);
    }
  });

  // Structured fuzz: pieces that each matter to one step of the parser, glued at random.
  it('survives structured fuzz (seeded)', () => {
    const next = prng(0x5eed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const schemes = ['http:', 'https:', 'HTTP:', 'HtTpS:', 'http\t:', 'https :', 'javascript:', 'data:'];
    const slashes = ['//', '/', '', '\\\\', '/\\', '\\/', '///', '/\t/', '／／'];
    const users = ['', '', '', 'u@', 'u:p@', 'good.com@', 'good.com\\@', '%40', '@'];
    const labels = [
      'a',
      'good',
      'evil',
      'xn--nda',
      '0x7f',
      '127',
      '1',
      '09',
      '-',
      'a-b',
      'A',
      'é',
      'ａ',
      'ß',
      '\u00ad',
      '%2e',
      '%41',
      '',
    ];
    const dots = ['.', '.', '.', '\u3002', '\uff0e', '%2e', '..'];
    const ports = ['', '', '', ':', ':80', ':443', ':8080', ':x', ':99999'];
    const seps = ['/', '/', '/', '\\', '?', '#', '', '\t/', '%2f'];
    const segs = [
      'a',
      '.',
      '..',
      '%2e',
      '%2E%2e',
      '%41',
      '%zz',
      '%',
      '@',
      ':',
      '\\',
      '//evil.com',
      'é',
      "'",
      '"',
      '<',
      '?',
      '#',
      ';',
      '=',
      '~',
      '!',
      '$',
      '(',
      '*',
      '',
    ];
    // Half the inputs stay near the fast path's shape, so its edges get most of the attention.
    const near = {
      schemes: ['http:', 'https:'],
      slashes: ['//'],
      users: [''],
      labels: ['a', 'good', 'a-b', '0x7f', '127', '1', '-', 'xn--nda', 'z9'],
      dots: ['.'],
      ports: [''],
      seps: ['/'],
    };
    const inputs: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const c = next() < 0.5;
      const n = 1 + Math.floor(next() * 4);
      let host = '';
      for (let j = 0; j < n; j++) host += (j ? pick(c ? near.dots : dots) : '') + pick(c ? near.labels : labels);
      let path = pick(c ? near.seps : seps);
      const m = Math.floor(next() * 5);
      for (let j = 0; j < m; j++) path += pick(segs) + (next() < 0.7 ? '/' : '');
      inputs.push(
        pick(c ? near.schemes : schemes) +
          pick(c ? near.slashes : slashes) +
          pick(c ? near.users : users) +
          host +
          pick(c ? near.ports : ports) +
          path,
      );
    }
    expectSafe(inputs, 200);
  });

  // Character fuzz: a prefix that reaches the fast path, then raw characters from a dangerous set.
  it('survives character fuzz from a dangerous alphabet (seeded)', () => {
    const next = prng(1234567);
    const alphabet = [
      ...'abcxyzAZ019-._~!$&()*+,;=:@/?#%\\\'"<>`{}|^[] ',
      '2e',
      '2E',
      '2f',
      '40',
      '5c',
      '00',
      'xn--',
      '0x',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\u2028',
      '\u3002',
      '\uff0e',
      '\uff0f',
      '\uff20',
      '\ufeff',
      'é',
      'ß',
      'ａ',
    ];
    const prefixes = [
      'http://',
      'https://',
      'http:',
      'https:/',
      'https://a',
      'https://good.com',
      'https://good.com/',
      'HTTPS://',
      ' https://',
      '\thttps://',
    ];
    const inputs: string[] = [];
    for (let i = 0; i < 30000; i++) {
      let s = prefixes[Math.floor(next() * prefixes.length)];
      const len = Math.floor(next() * 14);
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      inputs.push(s);
    }
    expectSafe(inputs, 500);
  });

  // Long near-miss inputs at the 2048-character limit: still answered correctly. (Whether the
  // pattern stays linear is a speed question, for a benchmark rather than a timed test.)
  it('handles long near-miss inputs', () => {
    const long = [
      `https://${'a.'.repeat(1020)}`,
      `https://${'a-'.repeat(1020)}.`,
      `https://${'aa.'.repeat(680)}1`,
      `https://a/${'%'.repeat(2030)}\\`,
      `https://a/${'/.'.repeat(1015)}x`,
      `https://${'a'.repeat(2030)}:`,
    ];
    for (const text of long) expect(problems(text), text.slice(0, 30)).to.deep.equal([]);
  });
});
