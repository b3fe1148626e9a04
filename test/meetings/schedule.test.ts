import { expect } from '@open-wc/testing';
import {
  durationOf,
  groupForList,
  meetingStatus,
  nextOccurrence,
  sortByNext,
  timesForViewer,
} from '../../src/meetings/schedule.js';
import { meeting } from './meeting-factory.js';

const at = (s: string) => new Date(s);
const iso = (d: Date | undefined) => d?.toISOString();
const startOf = (m: Parameters<typeof nextOccurrence>[0], now: Date) => iso(nextOccurrence(m, now)?.start);
/** Intl puts U+202F (narrow no-break space) before AM/PM; compare with plain spaces. */
const plain = (s: string | undefined) => s?.replace(/\s/g, ' ');

// 2026-11-26 is a Thursday.
describe('schedule', () => {
  describe('nextOccurrence', () => {
    it('finds the next weekly start in the meeting zone', () => {
      const m = meeting({ days: [1], time: '19:00', timezone: 'America/Los_Angeles' });
      // Thursday noon UTC → the following Monday 19:00 PST = Tuesday 03:00Z.
      expect(startOf(m, at('2026-11-26T12:00:00Z'))).to.equal('2026-12-01T03:00:00.000Z');
      expect(iso(nextOccurrence(m, at('2026-11-26T12:00:00Z'))!.end)).to.equal('2026-12-01T04:00:00.000Z');
    });

    it('picks the nearest of several days (multi-day meetings)', () => {
      const m = meeting({ days: [1, 3, 5], time: '12:00', timezone: 'America/New_York' });
      // Tuesday 2026-11-24 09:00 EST → Wednesday noon.
      expect(startOf(m, at('2026-11-24T14:00:00Z'))).to.equal('2026-11-25T17:00:00.000Z');
      // Wednesday 13:30 EST, after the meeting ended → Friday noon.
      expect(startOf(m, at('2026-11-25T18:30:00Z'))).to.equal('2026-11-27T17:00:00.000Z');
      // Friday afternoon → Monday.
      expect(startOf(m, at('2026-11-27T19:00:00Z'))).to.equal('2026-11-30T17:00:00.000Z');
    });

    it('wraps around the week on Saturday night', () => {
      const sunday = meeting({ days: [0], time: '08:00', timezone: 'America/Los_Angeles' });
      const saturday = meeting({ days: [6], time: '20:00', timezone: 'America/Los_Angeles' });
      const now = at('2026-11-29T06:00:00Z'); // Saturday 22:00 PST
      expect(startOf(sunday, now)).to.equal('2026-11-29T16:00:00.000Z');
      expect(startOf(saturday, now)).to.equal('2026-12-06T04:00:00.000Z');
      expect(sortByNext([saturday, sunday], now)).to.deep.equal([sunday, saturday]);
    });

    it('returns the occurrence in progress, also across midnight', () => {
      const m = meeting({ days: [6], time: '23:30', durationMinutes: 60, timezone: 'America/Los_Angeles' });
      // Sunday 00:15 PST: Saturday's 23:30 meeting is still on.
      const now = at('2026-11-29T08:15:00Z');
      expect(startOf(m, now)).to.equal('2026-11-29T07:30:00.000Z');
      expect(meetingStatus(m, now)).to.equal('in-progress');
      // Sunday 00:30 PST: it ended; next Saturday.
      expect(startOf(m, at('2026-11-29T08:30:00Z'))).to.equal('2026-12-06T07:30:00.000Z');
    });

    it('handles a midnight meeting written as 00:00 and as 24:00', () => {
      const now = at('2026-11-26T12:00:00Z'); // Thursday 04:00 PST
      const zero = meeting({ days: [5], time: '00:00', timezone: 'America/Los_Angeles' });
      expect(startOf(zero, now)).to.equal('2026-11-27T08:00:00.000Z');
      const late = meeting({ days: [4], time: '24:00', timezone: 'America/Los_Angeles' });
      expect(startOf(late, now)).to.equal('2026-11-27T08:00:00.000Z');
    });

    it('is undefined for by-appointment, inactive and unknown zones', () => {
      const now = at('2026-11-26T12:00:00Z');
      expect(nextOccurrence(meeting({ days: [] }), now)).to.equal(undefined);
      expect(nextOccurrence(meeting({ time: undefined }), now)).to.equal(undefined);
      expect(nextOccurrence(meeting({ time: '7pm' }), now)).to.equal(undefined);
      expect(nextOccurrence(meeting({ attendance: 'inactive' }), now)).to.equal(undefined);
      expect(nextOccurrence(meeting({ timezone: 'Mars/Base' }), now)).to.equal(undefined);
    });

    it('falls back from a missing duration to end_time, then to 60 minutes', () => {
      expect(durationOf(meeting({ durationMinutes: 90 }))).to.equal(90);
      expect(durationOf(meeting({ durationMinutes: 0, time: '23:30', endTime: '00:45' }))).to.equal(75);
      expect(durationOf(meeting({ durationMinutes: Number.NaN }))).to.equal(60);
    });

    it('takes more than 4 hours for a typo and uses the default hour', () => {
      expect(durationOf(meeting({ durationMinutes: 240 }))).to.equal(240);
      expect(durationOf(meeting({ durationMinutes: 780 }))).to.equal(60);
      expect(durationOf(meeting({ durationMinutes: 0, time: '12:30', endTime: '01:30' }))).to.equal(60);
      expect(durationOf(meeting({ durationMinutes: 0, time: '12:30', endTime: '12:30' }))).to.equal(60);
      // Not "in progress" all night: the 12:30 meeting is over by 20:00.
      const noon = meeting({ days: [1], time: '12:30', endTime: '01:30', durationMinutes: 0, timezone: 'UTC' });
      expect(meetingStatus(noon, at('2026-11-30T20:00:00Z'))).to.equal('later');
      expect(meetingStatus(noon, at('2026-11-30T13:00:00Z'))).to.equal('in-progress');
    });
  });

  describe('DST transitions', () => {
    describe('America/Los_Angeles', () => {
      const zone = 'America/Los_Angeles';
      it('spring forward 2026-03-08: a 02:30 meeting starts at 03:30 PDT', () => {
        const m = meeting({ days: [0], time: '02:30', timezone: zone });
        expect(startOf(m, at('2026-03-08T08:00:00Z'))).to.equal('2026-03-08T10:30:00.000Z');
        // The week after, 02:30 exists again (PDT).
        expect(startOf(m, at('2026-03-08T12:00:00Z'))).to.equal('2026-03-15T09:30:00.000Z');
      });

      it('spring forward: evening meetings either side keep their wall time', () => {
        const sat = meeting({ days: [6], time: '19:00', timezone: zone });
        const sun = meeting({ days: [0], time: '19:00', timezone: zone });
        const now = at('2026-03-07T12:00:00Z');
        expect(startOf(sat, now)).to.equal('2026-03-08T03:00:00.000Z'); // PST
        expect(startOf(sun, now)).to.equal('2026-03-09T02:00:00.000Z'); // PDT
      });

      it('a week ahead of a change: each day on its own side of it, whatever "now" is', () => {
        // From Tuesday 3 March, the coming week crosses the change; from the 10th, it does not.
        const days = [0, 1, 2, 3, 4, 5, 6].map((d) => meeting({ days: [d], time: '02:30', timezone: zone }));
        const starts = days.map((m) => startOf(m, at('2026-03-03T20:00:00Z')));
        expect(starts).to.deep.equal([
          '2026-03-08T10:30:00.000Z', // Sunday: 02:30 does not exist, so 03:30 PDT
          '2026-03-09T09:30:00.000Z', // PDT
          '2026-03-10T09:30:00.000Z',
          '2026-03-04T10:30:00.000Z', // PST
          '2026-03-05T10:30:00.000Z',
          '2026-03-06T10:30:00.000Z',
          '2026-03-07T10:30:00.000Z',
        ]);
        expect(days.map((m) => startOf(m, at('2026-03-10T20:00:00Z')))).to.deep.equal([
          '2026-03-15T09:30:00.000Z',
          '2026-03-16T09:30:00.000Z',
          '2026-03-17T09:30:00.000Z',
          '2026-03-11T09:30:00.000Z',
          '2026-03-12T09:30:00.000Z',
          '2026-03-13T09:30:00.000Z',
          '2026-03-14T09:30:00.000Z',
        ]);
      });

      it('fall back 2026-11-01: 01:30 is the first (PDT) one, and it is still on at 01:00 PST', () => {
        const m = meeting({ days: [0], time: '01:30', timezone: zone, durationMinutes: 60 });
        expect(startOf(m, at('2026-11-01T07:00:00Z'))).to.equal('2026-11-01T08:30:00.000Z');
        expect(meetingStatus(m, at('2026-11-01T09:00:00Z'))).to.equal('in-progress'); // 01:00 PST
        expect(meetingStatus(m, at('2026-11-01T09:30:00Z'))).to.equal('later'); // 01:30 PST: over
        const evening = meeting({ days: [0], time: '19:00', timezone: zone });
        expect(startOf(evening, at('2026-10-31T12:00:00Z'))).to.equal('2026-11-02T03:00:00.000Z'); // PST
      });
    });

    describe('America/New_York', () => {
      const zone = 'America/New_York';
      it('spring forward 2026-03-08', () => {
        expect(startOf(meeting({ days: [0], time: '02:30', timezone: zone }), at('2026-03-08T05:00:00Z'))).to.equal(
          '2026-03-08T07:30:00.000Z',
        );
        expect(startOf(meeting({ days: [0], time: '19:00', timezone: zone }), at('2026-03-08T05:00:00Z'))).to.equal(
          '2026-03-08T23:00:00.000Z',
        );
      });

      it('fall back 2026-11-01', () => {
        expect(startOf(meeting({ days: [0], time: '01:30', timezone: zone }), at('2026-11-01T04:00:00Z'))).to.equal(
          '2026-11-01T05:30:00.000Z',
        );
        expect(startOf(meeting({ days: [0], time: '19:00', timezone: zone }), at('2026-11-01T04:00:00Z'))).to.equal(
          '2026-11-02T00:00:00.000Z',
        );
      });
    });

    describe('Australia/Sydney (southern hemisphere)', () => {
      const zone = 'Australia/Sydney';
      it('DST ends 2026-04-05: 02:30 is the first (AEDT) one; evenings move an hour in UTC', () => {
        expect(startOf(meeting({ days: [0], time: '02:30', timezone: zone }), at('2026-04-04T12:00:00Z'))).to.equal(
          '2026-04-04T15:30:00.000Z',
        );
        expect(startOf(meeting({ days: [6], time: '19:00', timezone: zone }), at('2026-04-03T12:00:00Z'))).to.equal(
          '2026-04-04T08:00:00.000Z',
        ); // +11
        expect(startOf(meeting({ days: [0], time: '19:00', timezone: zone }), at('2026-04-03T12:00:00Z'))).to.equal(
          '2026-04-05T09:00:00.000Z',
        ); // +10
      });

      it('DST starts 2026-10-04: a 02:30 meeting starts at 03:30 AEDT', () => {
        expect(startOf(meeting({ days: [0], time: '02:30', timezone: zone }), at('2026-10-03T12:00:00Z'))).to.equal(
          '2026-10-03T16:30:00.000Z',
        );
        expect(startOf(meeting({ days: [0], time: '19:00', timezone: zone }), at('2026-10-03T12:00:00Z'))).to.equal(
          '2026-10-04T08:00:00.000Z',
        ); // +11
      });
    });
  });

  describe('meetingStatus', () => {
    // Monday 2026-11-30 19:00 PST = 2026-12-01T03:00Z, 60 minutes.
    const m = meeting({ days: [1], time: '19:00', durationMinutes: 60, timezone: 'America/Los_Angeles' });

    it('is in progress from the start minute, and not at the end minute', () => {
      expect(meetingStatus(m, at('2026-12-01T03:00:00Z'))).to.equal('in-progress');
      expect(meetingStatus(m, at('2026-12-01T03:59:59.999Z'))).to.equal('in-progress');
      expect(meetingStatus(m, at('2026-12-01T04:00:00Z'))).to.equal('later');
      expect(startOf(m, at('2026-12-01T04:00:00Z'))).to.equal('2026-12-08T03:00:00.000Z');
    });

    it('is soon within soonMinutes (inclusive), later beyond', () => {
      expect(meetingStatus(m, at('2026-12-01T02:59:59.999Z'))).to.equal('soon');
      expect(meetingStatus(m, at('2026-12-01T02:30:00Z'))).to.equal('soon');
      expect(meetingStatus(m, at('2026-12-01T02:29:00Z'))).to.equal('later');
      expect(meetingStatus(m, at('2026-12-01T02:00:00Z'), 60)).to.equal('soon');
      expect(meetingStatus(m, at('2026-12-01T02:00:00Z'), 0)).to.equal('later');
    });

    it('uses 60 minutes when there is no end time', () => {
      const noEnd = meeting({ days: [1], time: '19:00', durationMinutes: Number.NaN });
      expect(meetingStatus(noEnd, at('2026-12-01T03:59:00Z'))).to.equal('in-progress');
      expect(meetingStatus(noEnd, at('2026-12-01T04:00:00Z'))).to.equal('later');
      const long = meeting({ days: [1], time: '19:00', durationMinutes: 90 });
      expect(meetingStatus(long, at('2026-12-01T04:15:00Z'))).to.equal('in-progress');
    });

    it('reports by-appointment and inactive', () => {
      const now = at('2026-12-01T03:00:00Z');
      expect(meetingStatus(meeting({ days: [] }), now)).to.equal('by-appointment');
      expect(meetingStatus(meeting({ time: undefined }), now)).to.equal('by-appointment');
      expect(meetingStatus(meeting({ attendance: 'inactive' }), now)).to.equal('inactive');
      expect(meetingStatus(meeting({ attendance: 'inactive', days: [] }), now)).to.equal('inactive');
    });
  });

  describe('sortByNext', () => {
    it('orders in progress first, then by next start round the week, by-appointment last', () => {
      const now = at('2026-11-26T19:30:00Z'); // Thursday 11:30 PST
      const inProgress = meeting({ name: 'In progress', days: [4], time: '11:00' });
      const today = meeting({ name: 'Today', days: [4], time: '18:00' });
      const tomorrow = meeting({ name: 'Tomorrow', days: [5], time: '07:00' });
      const wednesday = meeting({ name: 'Wednesday', days: [3], time: '07:00' });
      const earlierToday = meeting({ name: 'Earlier today', days: [4], time: '08:00' });
      const apptB = meeting({ name: 'B by appointment', days: [] });
      const apptA = meeting({ name: 'A by appointment', time: undefined });
      const sorted = sortByNext([apptB, earlierToday, wednesday, apptA, tomorrow, today, inProgress], now).map(
        (m) => m.name,
      );
      expect(sorted).to.deep.equal([
        'In progress',
        'Today',
        'Tomorrow',
        'Wednesday',
        'Earlier today',
        'A by appointment',
        'B by appointment',
      ]);
    });

    it('breaks ties at the same instant by local time, then by name', () => {
      const now = at('2026-11-26T12:00:00Z');
      const ny = meeting({ name: 'Alpha', days: [4], time: '20:00', timezone: 'America/New_York' });
      const chicago = meeting({ name: 'Zulu', days: [4], time: '19:00', timezone: 'America/Chicago' });
      const nyB = meeting({ name: 'beta', days: [4], time: '20:00', timezone: 'America/New_York' });
      expect(sortByNext([nyB, ny, chicago], now).map((m) => m.name)).to.deep.equal(['Zulu', 'Alpha', 'beta']);
    });
  });

  describe('timesForViewer', () => {
    // A Seattle meeting, Monday 19:00; "now" is Thursday 2026-11-26.
    const seattle = meeting({ days: [1], time: '19:00', durationMinutes: 60, timezone: 'America/Los_Angeles' });
    const now = at('2026-11-26T12:00:00Z');

    it('in the meeting zone: only the viewer time', () => {
      const t = timesForViewer(seattle, now, 'America/Los_Angeles', 'en')!;
      expect(plain(t.viewer)).to.equal('7:00 PM');
      expect(t.local).to.equal(undefined);
      expect(t.viewerDay).to.equal(1);
      expect(t.viewerDate).to.equal('2026-11-30');
    });

    it('seen from New York: 10:00 PM, with 7:00 PM local', () => {
      const t = timesForViewer(seattle, now, 'America/New_York', 'en')!;
      expect(plain(t.viewer)).to.equal('10:00 PM');
      expect(plain(t.local)).to.equal('7:00 PM');
      expect(t.localZoneName).to.equal('PST');
      expect(t.viewerDay).to.equal(1);
      expect(plain(t.viewerRange)).to.match(/^10:00\s?–\s?11:00 PM$/);
    });

    it('seen from Tokyo in Spanish: 12:00 on Tuesday, with 19:00 local', () => {
      const t = timesForViewer(seattle, now, 'Asia/Tokyo', 'es')!;
      expect(t.viewer).to.equal('12:00');
      expect(t.local).to.equal('19:00');
      expect(t.viewerDay).to.equal(2);
      expect(t.localDay).to.equal(1);
      expect(t.viewerDate).to.equal('2026-12-01');
      expect(plain(timesForViewer(seattle, now, 'Asia/Tokyo', 'en')!.viewer)).to.equal('12:00 PM');
    });

    it('a 23:30 Los Angeles meeting falls on the next day in New York', () => {
      const late = meeting({ days: [3], time: '23:30', timezone: 'America/Los_Angeles' });
      const t = timesForViewer(late, at('2026-11-23T12:00:00Z'), 'America/New_York', 'en')!;
      expect(t.localDay).to.equal(3);
      expect(t.viewerDay).to.equal(4);
      expect(plain(t.viewer)).to.equal('2:30 AM');
    });

    it('same offset in another zone name needs no local time', () => {
      // Tijuana keeps the US Pacific clock. (Vancouver did until British Columbia's 2026 change to
      // permanent daylight time, which current browsers' zone data now carries.)
      const t = timesForViewer(seattle, now, 'America/Tijuana', 'en')!;
      expect(t.local).to.equal(undefined);
    });

    it('falls back to the meeting zone for an unknown viewer zone, English for a bad locale', () => {
      const t = timesForViewer(seattle, now, 'Nowhere/Special', 'not a locale!')!;
      expect(plain(t.viewer)).to.equal('7:00 PM');
      expect(t.local).to.equal(undefined);
    });

    it('meetings sharing a start keep their own local time and their own instants', () => {
      // Same instant, same viewer: the formatted text is shared, but not across meeting zones.
      const denver = meeting({ days: [1], time: '20:00', durationMinutes: 60, timezone: 'America/Denver' });
      const a = timesForViewer(seattle, now, 'America/New_York', 'en')!;
      const b = timesForViewer(denver, now, 'America/New_York', 'en')!;
      expect(iso(a.start)).to.equal(iso(b.start));
      expect(plain(a.local)).to.equal('7:00 PM');
      expect(plain(b.local)).to.equal('8:00 PM');
      expect(b.localZoneName).to.equal('MST');
      // A caller that changes its Dates changes nothing for the next caller.
      a.start.setTime(0);
      expect(iso(timesForViewer(seattle, now, 'America/New_York', 'en')!.start)).to.equal('2026-12-01T03:00:00.000Z');
    });

    it('is undefined for a by-appointment meeting', () => {
      expect(timesForViewer(meeting({ days: [] }), now, 'America/New_York', 'en')).to.equal(undefined);
    });
  });

  describe('groupForList', () => {
    it('puts each meeting in one section, days from today in the viewer zone', () => {
      // Thursday 2026-11-26 14:00 EST; the viewer is in New York, meetings in both coasts.
      const now = at('2026-11-26T19:00:00Z');
      const viewer = 'America/New_York';
      const inProgress = meeting({ name: 'On now', days: [4], time: '13:30', timezone: viewer, durationMinutes: 60 });
      const soon = meeting({ name: 'Soon', days: [4], time: '11:20', timezone: 'America/Los_Angeles' });
      const tonight = meeting({ name: 'Tonight', days: [4], time: '19:00', timezone: viewer });
      // 22:30 Thursday in Los Angeles is 01:30 Friday in New York.
      const lateWest = meeting({ name: 'Late west', days: [4], time: '22:30', timezone: 'America/Los_Angeles' });
      const friday = meeting({ name: 'Friday', days: [5], time: '09:00', timezone: viewer });
      const wednesday = meeting({ name: 'Wednesday', days: [3], time: '09:00', timezone: viewer });
      const morning = meeting({ name: 'This morning', days: [4], time: '08:00', timezone: viewer });
      const appt = meeting({ name: 'Call us', days: [] });
      const closed = meeting({ name: 'Closed', attendance: 'inactive' });
      const all = [closed, appt, morning, wednesday, friday, lateWest, tonight, soon, inProgress];

      const g = groupForList(all, now, viewer);
      expect(g.inProgress.map((m) => m.name)).to.deep.equal(['On now']);
      expect(g.soon.map((m) => m.name)).to.deep.equal(['Soon']);
      expect(g.byAppointment.map((m) => m.name)).to.deep.equal(['Call us']);
      expect(g.inactive.map((m) => m.name)).to.deep.equal(['Closed']);
      expect(g.days.map((d) => [d.day, d.date, d.meetings.map((m) => m.name)])).to.deep.equal([
        [4, '2026-11-26', ['Tonight']],
        [5, '2026-11-27', ['Late west', 'Friday']],
        [3, '2026-12-02', ['Wednesday']],
        [4, '2026-12-03', ['This morning']],
      ]);
      const placed = [
        ...g.inProgress,
        ...g.soon,
        ...g.byAppointment,
        ...g.inactive,
        ...g.days.flatMap((d) => d.meetings),
      ];
      expect(placed).to.have.length(all.length);
      expect(new Set(placed).size).to.equal(all.length);
    });

    it('meetings at the same instant share a day in the viewer zone, each its own zone without one', () => {
      const now = at('2026-11-26T19:00:00Z');
      const la = meeting({ name: 'LA Monday 19:00', days: [1], time: '19:00', timezone: 'America/Los_Angeles' });
      const tokyo = meeting({ name: 'Tokyo Tuesday 12:00', days: [2], time: '12:00', timezone: 'Asia/Tokyo' });
      const days = (zone: string) =>
        groupForList([la, tokyo], now, zone).days.map((d) => [d.date, d.meetings.map((m) => m.name)]);
      // Equal instants go by local time: Tokyo's 12:00 before Los Angeles' 19:00.
      expect(days('America/New_York')).to.deep.equal([['2026-11-30', ['Tokyo Tuesday 12:00', 'LA Monday 19:00']]]);
      expect(days('Nowhere/Special')).to.deep.equal([
        ['2026-11-30', ['LA Monday 19:00']],
        ['2026-12-01', ['Tokyo Tuesday 12:00']],
      ]);
    });

    it('wraps from Saturday night into Sunday in the viewer zone', () => {
      const now = at('2026-11-29T03:30:00Z'); // Saturday 22:30 EST
      const sunday = meeting({ name: 'Sunday', days: [0], time: '10:00', timezone: 'America/New_York' });
      const saturday = meeting({ name: 'Saturday', days: [6], time: '10:00', timezone: 'America/New_York' });
      const g = groupForList([saturday, sunday], now, 'America/New_York', 15);
      expect(g.days.map((d) => [d.day, d.date])).to.deep.equal([
        [0, '2026-11-29'],
        [6, '2026-12-05'],
      ]);
    });

    it('uses the viewer zone for day boundaries (Tokyo sees a Seattle Monday evening on Tuesday)', () => {
      const now = at('2026-11-26T12:00:00Z');
      const seattle = meeting({ days: [1], time: '19:00', timezone: 'America/Los_Angeles' });
      const g = groupForList([seattle], now, 'Asia/Tokyo');
      expect(g.days).to.deep.equal([{ day: 2, date: '2026-12-01', meetings: [seattle] }]);
    });
  });
});
