import { expect } from '@open-wc/testing';
import { MAX_ZONES } from '../../src/meetings/fields.js';
import { meetingToIcs } from '../../src/meetings/ics.js';
import { normalizeFeed } from '../../src/meetings/normalize.js';
import { hiddenHost, httpUrl } from '../../src/meetings/text.js';
import { canonicalZone, isOffsetZone, offsetMinutes } from '../../src/meetings/zone.js';
import { cleanEmail, safeHttpUrl } from '../../src/util/validate.js';
import { meeting } from './meeting-factory.js';

/** The domain rules behind the finder's hostile-value fixes, with the variants a reviewer tries. */
describe('feed values made to mislead, in the domain code', () => {
  describe('zone spellings', () => {
    it('every capitalisation of a zone is the one canonical zone', () => {
      for (const spelling of ['america/new_york', 'AMERICA/NEW_YORK', 'aMeRica/new_YORK', 'America/New_York'])
        expect(canonicalZone(spelling), spelling).to.equal('America/New_York');
      expect(canonicalZone('utc')).to.equal('UTC');
      expect(canonicalZone('Etc/GMT+5')).to.equal('Etc/GMT+5');
    });

    it('refuses what is not a zone, without asking Intl about text no zone could be', () => {
      for (const bad of ['', 'Nowhere/Land', 'America/New_York ', `America/${'x'.repeat(100)}`, 42, null])
        expect(canonicalZone(bad), String(bad)).to.equal(undefined);
      // "K" (Kelvin sign) lowercases to "k"; Intl matches ASCII case only, and so does the cache.
      expect(canonicalZone('Asia/Kolkata')).to.be.a('string');
      expect(canonicalZone('Asia/\u212Aolkata')).to.equal(undefined);
    });

    it('tells a UTC offset from a zone', () => {
      expect(canonicalZone('+05:30')).to.equal('+05:30');
      expect(canonicalZone('+0530')).to.equal('+05:30');
      expect(isOffsetZone('+05:30')).to.equal(true);
      expect(isOffsetZone('-03:00')).to.equal(true);
      expect(isOffsetZone('Etc/GMT-14')).to.equal(false);
      expect(offsetMinutes(Date.UTC(2026, 6, 1), 'aMeRica/new_YORK')).to.equal(-240);
    });

    it(`a feed may name ${MAX_ZONES} zones; a record in one more is left out, and that is the note`, () => {
      const zones = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
      const records = zones.slice(0, MAX_ZONES + 20).map((timezone, i) => ({
        name: `Meeting ${i}`,
        slug: `m-${i}`,
        day: 1,
        time: '19:00',
        timezone,
        address: '1 Main St, Town, ST 12345, USA',
      }));
      // Spellings of a zone already named are the same zone: no new one.
      records.push({ ...records[0], slug: 'again', timezone: zones[0].toUpperCase() });
      const result = normalizeFeed(records, 'https://example.org/feed.json');
      expect(result.meetings).to.have.length(MAX_ZONES + 1);
      const skipped = result.warnings.filter((w) => w.skipped);
      expect(skipped).to.have.length(20);
      expect(skipped[0]).to.include({ record: `m-${MAX_ZONES}`, field: 'timezone', hostile: true });
      expect(skipped[0].reason).to.contain(`beyond the ${MAX_ZONES} a feed may use`);
    });
  });

  describe('calendar files for a zone that is a UTC offset', () => {
    const now = new Date('2026-11-26T15:00:00Z');
    for (const [zone, day, time, utc, byday] of [
      ['+05:30', 1, '02:00', 'T203000Z', 'SU'],
      ['-03:30', 0, '22:00', 'T013000Z', 'MO'],
      ['+0100', 3, '12:00', 'T110000Z', 'WE'],
    ] as const) {
      it(`${zone}, day ${day} at ${time}: UTC times (${utc}), BYDAY=${byday}, no TZID`, () => {
        const ics = meetingToIcs(meeting({ timezone: zone, days: [day], time }), { now })!;
        expect(ics).not.to.contain('TZID');
        expect(ics).not.to.contain('VTIMEZONE');
        expect(ics).to.match(new RegExp(`\\r\\nDTSTART:\\d{8}${utc}\\r\\n`));
        expect(ics).to.contain(`RRULE:FREQ=WEEKLY;BYDAY=${byday}\r\n`);
      });
    }

    it('a zone with a name keeps TZID and its VTIMEZONE, under its canonical name', () => {
      const ics = meetingToIcs(meeting({ timezone: 'america/los_angeles' }), { now })!;
      expect(ics).to.contain('DTSTART;TZID=America/Los_Angeles:').and.contain('TZID:America/Los_Angeles');
    });
  });

  describe('links with a user name', () => {
    const disguised = [
      'https://aa.org@evil.example/',
      'https://zoom.us@evil.example/j/1',
      'https://zoom.us:secret@evil.example/j/1',
      'https://:secret@evil.example/',
      'HTTPS://aa.org@evil.example',
      'https:\\\\aa.org@evil.example\\',
      'https://aa.org%2F@evil.example/',
      'https://aa.org\\@evil.example/',
    ];
    for (const url of disguised) {
      it(`refuses ${url}`, () => {
        const host = new URL(url).host;
        expect(httpUrl(url), 'feed link').to.equal(host === 'aa.org' ? new URL(url).href : undefined);
        expect(safeHttpUrl(url, location.href), 'setting or article link').to.equal(
          host === 'aa.org' ? new URL(url).href : undefined,
        );
        if (host !== 'aa.org') expect(hiddenHost(url)).to.equal('evil.example');
      });
    }

    it('a percent-encoded @ in the host is no host at all', () => {
      expect(httpUrl('https://aa.org%40evil.example/')).to.equal(undefined);
      expect(hiddenHost('https://aa.org%40evil.example/')).to.equal(undefined);
    });

    it('an @ in the path or query is fine: the host is the one shown', () => {
      expect(httpUrl('https://aa.org/@team')).to.equal('https://aa.org/@team');
      expect(httpUrl('https://aa.org/?to=a@b.org')).to.equal('https://aa.org/?to=a@b.org');
    });
  });

  describe('email addresses for mailto: links', () => {
    for (const ok of ['help@aa.org', 'o.brien+groups@mail.example.co.uk', "o'brien@example.org", 'a@xn--mnchen-3ya.de'])
      it(`keeps ${ok}`, () => expect(cleanEmail(ok)).to.equal(ok));
    for (const bad of [
      'help@aa.org?bcc=spy%40evil.example&body=hi',
      'help@aa.org&cc=spy@evil.example',
      'help@aa.org#x',
      'help%40aa.org@evil.example',
      'help@aa.org%0Abcc:spy@evil.example',
      'help@aa.org\nbcc:spy@evil.example',
      'a@b@c.org',
      'help?cc=x@aa.org',
      'help@aa.org,spy@evil.example',
      'help@aa.org;spy@evil.example',
      'help@aa.org spy@evil.example',
      'Help <help@aa.org>',
      'help@localhost',
      'help@aa.org.',
      `${'a'.repeat(250)}@aa.org`,
      'help@münchen.de',
    ])
      it(`refuses ${JSON.stringify(bad)}`, () => expect(cleanEmail(bad)).to.equal(undefined));
  });
});
