import { expect } from '@open-wc/testing';
import {
  addDays,
  findTransitions,
  instantFromWallTime,
  isoDateIn,
  isValidTimeZone,
  offsetMinutes,
  wallTimeAt,
  weekdayOf,
} from '../../src/meetings/zone.js';

const iso = (d: Date) => d.toISOString();

describe('zone math (Intl only)', () => {
  it('knows real IANA zones and rejects made-up ones', () => {
    expect(isValidTimeZone('America/Los_Angeles')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
    expect(isValidTimeZone(42)).to.equal(false);
    expect(() => wallTimeAt(new Date(0), 'Mars/Olympus_Mons')).to.throw(RangeError);
  });

  it('reads the wall clock and the offset in a zone', () => {
    const t = new Date('2026-07-01T02:30:00Z');
    expect(wallTimeAt(t, 'America/Los_Angeles')).to.deep.equal({
      year: 2026,
      month: 6,
      day: 30,
      hour: 19,
      minute: 30,
      second: 0,
    });
    expect(wallTimeAt(new Date('2026-07-01T04:00:00Z'), 'America/New_York').hour).to.equal(0);
    expect(offsetMinutes(t, 'America/Los_Angeles')).to.equal(-420);
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/Los_Angeles')).to.equal(-480);
    expect(offsetMinutes(t, 'Asia/Kolkata')).to.equal(330);
    expect(offsetMinutes(t, 'Australia/Sydney')).to.equal(600);
    expect(offsetMinutes(new Date('2026-12-01T00:00:00Z'), 'Australia/Sydney')).to.equal(660);
    expect(isoDateIn(t, 'Asia/Tokyo')).to.equal('2026-07-01');
    expect(isoDateIn(t, 'America/Los_Angeles')).to.equal('2026-06-30');
  });

  it('converts an ordinary wall time to the instant', () => {
    expect(
      iso(instantFromWallTime({ year: 2026, month: 11, day: 30, hour: 19, minute: 0 }, 'America/Los_Angeles')),
    ).to.equal('2026-12-01T03:00:00.000Z');
    expect(iso(instantFromWallTime({ year: 2026, month: 6, day: 1, hour: 7, minute: 15 }, 'Asia/Tokyo'))).to.equal(
      '2026-05-31T22:15:00.000Z',
    );
  });

  describe('spring-forward gaps shift forward by the gap (Temporal "compatible")', () => {
    it('02:30 on 2026-03-08 in Los Angeles is 03:30 PDT', () => {
      const t = instantFromWallTime({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/Los_Angeles');
      expect(iso(t)).to.equal('2026-03-08T10:30:00.000Z');
      expect(wallTimeAt(t, 'America/Los_Angeles')).to.include({ hour: 3, minute: 30 });
    });

    it('02:00 exactly (the first missing minute) in New York is 03:00 EDT', () => {
      const t = instantFromWallTime({ year: 2026, month: 3, day: 8, hour: 2, minute: 0 }, 'America/New_York');
      expect(iso(t)).to.equal('2026-03-08T07:00:00.000Z');
    });

    it('02:30 on 2026-10-04 in Sydney is 03:30 AEDT', () => {
      const t = instantFromWallTime({ year: 2026, month: 10, day: 4, hour: 2, minute: 30 }, 'Australia/Sydney');
      expect(iso(t)).to.equal('2026-10-03T16:30:00.000Z');
    });

    it('the minutes either side of the gap are untouched', () => {
      expect(
        iso(instantFromWallTime({ year: 2026, month: 3, day: 8, hour: 1, minute: 59 }, 'America/Los_Angeles')),
      ).to.equal('2026-03-08T09:59:00.000Z');
      expect(
        iso(instantFromWallTime({ year: 2026, month: 3, day: 8, hour: 3, minute: 0 }, 'America/Los_Angeles')),
      ).to.equal('2026-03-08T10:00:00.000Z');
    });
  });

  describe('fall-back overlaps take the first occurrence', () => {
    it('01:30 on 2026-11-01 in Los Angeles is 01:30 PDT', () => {
      const t = instantFromWallTime({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/Los_Angeles');
      expect(iso(t)).to.equal('2026-11-01T08:30:00.000Z');
      expect(offsetMinutes(t, 'America/Los_Angeles')).to.equal(-420);
    });

    it('01:30 on 2026-11-01 in New York is 01:30 EDT', () => {
      expect(
        iso(instantFromWallTime({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')),
      ).to.equal('2026-11-01T05:30:00.000Z');
    });

    it('02:30 on 2026-04-05 in Sydney is 02:30 AEDT', () => {
      expect(
        iso(instantFromWallTime({ year: 2026, month: 4, day: 5, hour: 2, minute: 30 }, 'Australia/Sydney')),
      ).to.equal('2026-04-04T15:30:00.000Z');
    });
  });

  it('finds the real transitions of a year to the minute', () => {
    const year = (zone: string) =>
      findTransitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).map((t) => [
        iso(t.at),
        t.offsetBefore,
        t.offsetAfter,
      ]);
    expect(year('America/Los_Angeles')).to.deep.equal([
      ['2026-03-08T10:00:00.000Z', -480, -420],
      ['2026-11-01T09:00:00.000Z', -420, -480],
    ]);
    expect(year('America/New_York')).to.deep.equal([
      ['2026-03-08T07:00:00.000Z', -300, -240],
      ['2026-11-01T06:00:00.000Z', -240, -300],
    ]);
    expect(year('Australia/Sydney')).to.deep.equal([
      ['2026-04-04T16:00:00.000Z', 660, 600],
      ['2026-10-03T16:00:00.000Z', 600, 660],
    ]);
    expect(year('Asia/Tokyo')).to.deep.equal([]);
    expect(year('UTC')).to.deep.equal([]);
  });

  it('agrees with Intl minute by minute in zones with odd offsets and irregular rules', () => {
    // The offset tables are built by sampling; this checks them against Intl itself.
    for (const zone of [
      'America/Los_Angeles',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Africa/Casablanca',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'America/St_Johns',
      'Europe/Dublin',
    ]) {
      const intl = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
        const p = Object.fromEntries(intl.formatToParts(t).map((x) => [x.type, Number(x.value)]));
        const w = wallTimeAt(t, zone);
        expect([w.year, w.month, w.day, w.hour, w.minute], `${zone} ${new Date(t).toISOString()}`).to.deep.equal([
          p.year,
          p.month,
          p.day,
          p.hour % 24,
          p.minute,
        ]);
      }
    }
  });

  it('does calendar arithmetic across months, years and leap days', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).to.deep.equal({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).to.deep.equal({ year: 2026, month: 2, day: 28 });
    expect(weekdayOf({ year: 2026, month: 11, day: 26 })).to.equal(4);
    expect(weekdayOf({ year: 2026, month: 3, day: 8 })).to.equal(0);
  });
});
