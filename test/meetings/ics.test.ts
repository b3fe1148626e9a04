import { expect } from '@open-wc/testing';
import { escapeText, foldLine, icsFileName, meetingToIcs } from '../../src/meetings/ics.js';
import { meeting } from './meeting-factory.js';

const now = new Date('2026-11-26T15:00:00Z'); // Thursday
const encoder = new TextEncoder();
/** Unfold (RFC 5545 3.1) and split into logical lines. */
const unfold = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
const prop = (ics: string, name: string) =>
  unfold(ics).filter((l) => [':', ';', '='].some((sep) => l.startsWith(`${name}${sep}`)));
/** The VTIMEZONE block only. */
const vtimezone = (ics: string) => {
  const lines = unfold(ics);
  return lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
};

describe('meetingToIcs', () => {
  const base = meeting({
    id: '2:tuesday-night',
    source: 'https://aa.example.org/wp-admin/admin-ajax.php?action=meetings',
    name: 'Tuesday Night Big Book',
    days: [2],
    time: '19:30',
    durationMinutes: 90,
    timezone: 'America/Los_Angeles',
    attendance: 'hybrid',
    location: "St. Mark's Church",
    address: '1245 10th Ave E, Seattle, WA 98102, USA',
    conferenceUrl: 'https://zoom.us/j/123456789',
    conferenceUrlNotes: 'Password: serenity',
    conferencePhone: '+1 253 215 8782,,123456789#',
    conferencePhoneNotes: 'Meeting ID 123 456 789',
    notes: 'Wheelchair access by the side door',
  });

  it('writes a calendar with one weekly event in the meeting zone', () => {
    const ics = meetingToIcs(base, { now })!;
    const lines = unfold(ics);
    expect(lines.slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'PRODID:-//Recovery Widgets//Support group finder//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
    expect(prop(ics, 'DTSTART;TZID')).to.deep.equal(['DTSTART;TZID=America/Los_Angeles:20261201T193000']);
    expect(prop(ics, 'DTSTAMP')).to.deep.equal(['DTSTAMP:20261126T150000Z']);
    expect(prop(ics, 'DURATION')).to.deep.equal(['DURATION:PT1H30M']);
    expect(prop(ics, 'RRULE').at(-1)).to.equal('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(prop(ics, 'SUMMARY')).to.deep.equal(['SUMMARY:Tuesday Night Big Book']);
    expect(prop(ics, 'LOCATION')).to.deep.equal([
      "LOCATION:St. Mark's Church\\, 1245 10th Ave E\\, Seattle\\, WA 98102\\, USA",
    ]);
    expect(prop(ics, 'URL')).to.deep.equal(['URL:https://zoom.us/j/123456789']);
  });

  it('uses CRLF line endings only, ending with one', () => {
    const ics = meetingToIcs(base, { now })!;
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('puts the join link, dial-in and their notes in the description', () => {
    const [description] = prop(meetingToIcs(base, { now })!, 'DESCRIPTION');
    expect(description).to.equal(
      'DESCRIPTION:Wheelchair access by the side door\\nJoin online: https://zoom.us/j/123456789' +
        '\\nPassword: serenity\\nDial in: +1 253 215 8782\\,\\,123456789#\\nMeeting ID 123 456 789',
    );
    const [es] = prop(meetingToIcs(base, { now, language: 'es' })!, 'DESCRIPTION');
    expect(es).to.contain('Conectarse en línea: https://zoom.us/j/123456789').and.contain('Por teléfono:');
  });

  it('links the page given in options when there is no http(s) conference URL', () => {
    const inPerson = meeting({ ...base, conferenceUrl: undefined, conferencePhone: undefined });
    expect(prop(meetingToIcs(inPerson, { now, url: 'https://example.org/meetings/#tuesday' })!, 'URL')).to.deep.equal([
      'URL:https://example.org/meetings/#tuesday',
    ]);
    const bad = meeting({ ...base, conferenceUrl: 'javascript:alert(1)' });
    expect(prop(meetingToIcs(bad, { now, url: 'https://example.org/m' })!, 'URL')).to.deep.equal([
      'URL:https://example.org/m',
    ]);
    expect(prop(meetingToIcs(bad, { now })!, 'DESCRIPTION')[0]).not.to.contain('javascript');
    expect(prop(meetingToIcs(inPerson, { now, url: 'javascript:alert(1)' })!, 'URL')).to.deep.equal([]);
  });

  it('gives a stable UID that reveals neither the feed nor the meeting', () => {
    const [uid] = prop(meetingToIcs(base, { now })!, 'UID');
    expect(prop(meetingToIcs(base, { now: new Date('2027-02-01T00:00:00Z') })!, 'UID')).to.deep.equal([uid]);
    expect(uid).to.match(/^UID:[0-9a-z]+@recovery-widgets$/);
    expect(uid).not.to.contain('aa.example.org').and.not.to.contain('tuesday');
    const other = meeting({ ...base, id: '2:other' });
    expect(prop(meetingToIcs(other, { now })!, 'UID')).not.to.deep.equal([uid]);
    const otherSource = meeting({ ...base, source: 'https://other.example.org/feed.json' });
    expect(prop(meetingToIcs(otherSource, { now })!, 'UID')).not.to.deep.equal([uid]);
  });

  it('lists every day of a multi-day meeting in BYDAY, starting on the next one', () => {
    const m = meeting({ ...base, days: [0, 1, 3, 5, 6], time: '07:00' });
    const ics = meetingToIcs(m, { now })!;
    expect(prop(ics, 'RRULE').at(-1)).to.equal('RRULE:FREQ=WEEKLY;BYDAY=SU,MO,WE,FR,SA');
    expect(prop(ics, 'DTSTART;TZID')).to.deep.equal(['DTSTART;TZID=America/Los_Angeles:20261127T070000']);
  });

  it('adds GEO only for exact coordinates', () => {
    const placed = meeting({ ...base, latitude: 47.6308, longitude: -122.3185 });
    expect(prop(meetingToIcs(placed, { now })!, 'GEO')).to.deep.equal(['GEO:47.630800;-122.318500']);
    const rough = meeting({ ...placed, approximate: true });
    expect(prop(meetingToIcs(rough, { now })!, 'GEO')).to.deep.equal([]);
  });

  it('returns undefined for by-appointment and inactive meetings', () => {
    expect(meetingToIcs(meeting({ days: [] }), { now })).to.equal(undefined);
    expect(meetingToIcs(meeting({ time: undefined }), { now })).to.equal(undefined);
    expect(meetingToIcs(meeting({ attendance: 'inactive' }), { now })).to.equal(undefined);
  });

  describe('VTIMEZONE', () => {
    it('America/Los_Angeles: yearly DAYLIGHT (2nd Sunday of March) and STANDARD (1st Sunday of November)', () => {
      expect(vtimezone(meetingToIcs(base, { now })!)).to.deep.equal([
        'BEGIN:VTIMEZONE',
        'TZID:America/Los_Angeles',
        'BEGIN:STANDARD',
        'DTSTART:20251102T020000',
        'TZOFFSETFROM:-0700',
        'TZOFFSETTO:-0800',
        'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
        'TZNAME:PST',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20250309T020000',
        'TZOFFSETFROM:-0800',
        'TZOFFSETTO:-0700',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
        'TZNAME:PDT',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
      ]);
    });

    it('Australia/Sydney: DAYLIGHT from the 1st Sunday of October, STANDARD from the 1st Sunday of April', () => {
      const ics = meetingToIcs(meeting({ ...base, timezone: 'Australia/Sydney' }), { now })!;
      expect(prop(ics, 'DTSTART;TZID')).to.deep.equal(['DTSTART;TZID=Australia/Sydney:20261201T193000']);
      const tz = vtimezone(ics).filter((l) => !l.startsWith('TZNAME'));
      expect(tz).to.deep.equal([
        'BEGIN:VTIMEZONE',
        'TZID:Australia/Sydney',
        'BEGIN:STANDARD',
        'DTSTART:20250406T030000',
        'TZOFFSETFROM:+1100',
        'TZOFFSETTO:+1000',
        'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20251005T020000',
        'TZOFFSETFROM:+1000',
        'TZOFFSETTO:+1100',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
      ]);
    });

    it('Asia/Tokyo (no DST): one STANDARD at +0900', () => {
      const ics = meetingToIcs(meeting({ ...base, timezone: 'Asia/Tokyo' }), { now })!;
      expect(prop(ics, 'DTSTART;TZID')).to.deep.equal(['DTSTART;TZID=Asia/Tokyo:20261201T193000']);
      const tz = vtimezone(ics).filter((l) => !l.startsWith('TZNAME'));
      expect(tz).to.deep.equal([
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Tokyo',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0900',
        'TZOFFSETTO:+0900',
        'END:STANDARD',
        'END:VTIMEZONE',
      ]);
    });

    it('Europe/Paris: last Sunday rules (-1SU)', () => {
      const tz = vtimezone(meetingToIcs(meeting({ ...base, timezone: 'Europe/Paris' }), { now })!);
      expect(tz).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
      expect(tz).to.include('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    });

    it('keeps the nominal wall time in DTSTART for a meeting inside the spring-forward gap', () => {
      const m = meeting({ ...base, days: [0], time: '02:30' });
      const ics = meetingToIcs(m, { now: new Date('2026-03-08T08:00:00Z') })!;
      expect(prop(ics, 'DTSTART;TZID')).to.deep.equal(['DTSTART;TZID=America/Los_Angeles:20260308T023000']);
    });
  });

  describe('RFC 5545 text', () => {
    it('escapes backslash, semicolon, comma and line breaks', () => {
      expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
      expect(escapeText('bell\u0007 and nul\u0000')).to.equal('bell and nul');
    });

    it('keeps hostile text as escaped text on its own property line', () => {
      const hostile = meeting({
        ...base,
        name: 'Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected',
        location: 'X;TZID=Fake:1,2\\',
        notes: '<script>alert(1)</script>\nATTACH:http://evil.example/',
      });
      const ics = meetingToIcs(hostile, { now })!;
      const lines = unfold(ics);
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
      expect(lines.filter((l) => l.startsWith('SUMMARY'))).to.deep.equal([
        'SUMMARY:Evil\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Injected',
      ]);
      expect(lines.some((l) => l.startsWith('ATTACH'))).to.equal(false);
      expect(prop(ics, 'LOCATION')[0]).to.equal(
        'LOCATION:X\\;TZID=Fake:1\\,2\\\\\\, 1245 10th Ave E\\, Seattle\\, WA 98102\\, USA',
      );
    });

    it('folds at 75 octets without splitting a UTF-8 character (emoji, accents)', () => {
      const name = 'Reunión de la mañana 🌅 — Grupo Serenidad ☕ Café con Esperanza 🦋 día a día ñandú 🙏🏽 '.repeat(3);
      const ics = meetingToIcs(meeting({ ...base, name }), { now })!;
      const physical = ics.split('\r\n');
      for (const line of physical) expect(encoder.encode(line).length).to.be.at.most(75);
      const summary = physical.findIndex((l) => l.startsWith('SUMMARY:'));
      expect(physical[summary + 1].startsWith(' ')).to.equal(true);
      expect(physical.some((l) => l.includes('\uFFFD'))).to.equal(false);
      expect(prop(ics, 'SUMMARY')).to.deep.equal([`SUMMARY:${name}`]);
      // Each folded line is valid UTF-8 on its own: encoding then decoding gives it back.
      for (const line of physical)
        expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(line))).to.equal(line);
    });

    it('folds a line of 4-byte characters at a character boundary', () => {
      const folded = foldLine(`SUMMARY:${'🦋'.repeat(40)}`);
      const parts = folded.split('\r\n');
      expect(parts.map((p) => encoder.encode(p).length)).to.deep.equal([72, 73, 25]);
      expect(parts.slice(1).every((p) => p.startsWith(' '))).to.equal(true);
      expect(foldLine('short')).to.equal('short');
      expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
      expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    });
  });
});

describe('icsFileName', () => {
  it('makes a safe ASCII slug', () => {
    expect(icsFileName(meeting({ name: 'Café Serenity: Ñoños & Friends!' }))).to.equal(
      'cafe-serenity-nonos-friends.ics',
    );
    expect(icsFileName(meeting({ name: '../../etc/passwd' }))).to.equal('etc-passwd.ics');
    expect(icsFileName(meeting({ name: '🙏🙏' }))).to.equal('meeting.ics');
    expect(icsFileName(meeting({ name: 'a'.repeat(200) }))).to.equal(`${'a'.repeat(60)}.ics`);
  });
});
