import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/meetings/normalize.js';
import { mergeFeeds } from '../../src/meetings/merge.js';
import type { FeedWarning, NormalizeResult } from '../../src/meetings/types.js';
import { explained } from './feed-helpers.js';

const good = (extra: Record<string, unknown> = {}) => ({
  name: 'Serenity',
  slug: 'serenity',
  day: 1,
  time: '19:00',
  formatted_address: '123 Main St, Anytown, OK 12345, USA',
  ...extra,
});

/** One record through the Meeting Guide adapter. */
const one = (rec: unknown, options = {}) =>
  normalizeFeed([rec], 'feed.json', { timezone: 'America/Chicago', ...options });
const fieldWarnings = (r: NormalizeResult, field: string): FeedWarning[] => r.warnings.filter((w) => w.field === field);

describe('normalizeFeed tolerance', () => {
  it('names what it found when the input is not a feed', () => {
    const cases: [unknown, string][] = [
      [null, 'null'],
      [undefined, 'nothing'],
      ['<html>', 'the text "<html>"'],
      [42, 'the number 42'],
      [{ status: 'ok', data: { items: 'nope' } }, 'an object with "status", "data"'],
      [{}, 'an empty object'],
    ];
    for (const [input, found] of cases) {
      const r = normalizeFeed(input, 'x.json', {});
      expect(r.error?.code, String(input)).to.equal('not-a-feed');
      expect(r.error?.message).to.contain(found);
      expect(r.error?.message).to.contain('x.json');
      expect(r.meetings).to.deep.equal([]);
    }
  });

  it('accepts a Meeting Guide array wrapped in { meetings } and picks the fellowship default by format', () => {
    const r = normalizeFeed({ meetings: [good()] }, 'wrapped.json', null as never);
    expect(r.format).to.equal('meeting-guide');
    expect(r.meetings[0].fellowship).to.equal('aa');
    expect(normalizeFeed([good()], 'f.json', { fellowship: 'al-anon' }).meetings[0].fellowship).to.equal('al-anon');
    expect(normalizeFeed([good()], 'f.json', { fellowship: 'bogus' as never }).meetings[0].fellowship).to.equal('aa');
    const bmlt = normalizeFeed([{ id_bigint: '1', meeting_name: 'NA', location_street: '1 Main St' }], 'b.json', {});
    expect(bmlt.meetings[0].fellowship).to.equal('na');
  });

  it('reports an empty array as empty', () => {
    expect(normalizeFeed([], 'x.json', {}).error?.code).to.equal('empty');
    expect(normalizeFeed({ meetings: [], formats: [] }, 'x.json', {}).error?.code).to.equal('empty');
  });

  it('skips null, arrays and primitives as records, with an explanation each', () => {
    const r = normalizeFeed([null, 7, 'x', [1], good()], 'feed.json', {});
    expect(r.meetings.length).to.equal(1);
    expect(r.warnings.map((w) => [w.record, w.field, w.skipped])).to.deep.equal([
      [0, '(record)', true],
      [1, '(record)', true],
      [2, '(record)', true],
      [3, '(record)', true],
    ]);
    expect(r.warnings[0].reason).to.contain('null');
  });

  it('says so when no record at all is usable', () => {
    const r = normalizeFeed([{ foo: 1 }, { name: '' }], 'feed.json', {});
    expect(r.error?.code).to.equal('not-a-feed');
    expect(r.error?.message).to.contain('none of its 2 records');
  });

  it('survives wrong types in every field', () => {
    const junk = [null, 42, true, {}, [], [null, {}], 'x'.repeat(20000), -1, NaN, '<b>bold</b>'];
    const fields = [
      'name',
      'slug',
      'day',
      'time',
      'end_time',
      'timezone',
      'formatted_address',
      'address',
      'city',
      'state',
      'postal_code',
      'country',
      'region',
      'sub_region',
      'regions',
      'conference_url',
      'conference_url_notes',
      'conference_phone',
      'conference_phone_notes',
      'notes',
      'location',
      'location_notes',
      'group',
      'group_notes',
      'approximate',
      'attendance_option',
      'entity',
      'entity_url',
      'entity_website_url',
      'entity_email',
      'entity_phone',
      'latitude',
      'longitude',
      'updated',
      'types',
      'url',
      'website',
      'email',
      'phone',
      'feedback_url',
    ];
    for (const field of fields) {
      for (const value of junk) {
        const r = one(good({ [field]: value }));
        expect(r.warnings.every(explained), `${field}=${String(value).slice(0, 20)}`).to.equal(true);
        expect(r.meetings.length + r.warnings.filter((w) => w.skipped).length).to.equal(1);
        for (const m of r.meetings) {
          expect(m.name.length).to.be.at.most(300);
          expect(typeof m.name).to.equal('string');
          expect(Array.isArray(m.days) && Array.isArray(m.types) && Array.isArray(m.regions)).to.equal(true);
          expect(m.notes === undefined || m.notes.length <= 5000).to.equal(true);
          expect(m.conferenceUrl === undefined || /^https?:/.test(m.conferenceUrl)).to.equal(true);
        }
      }
    }
  });

  it('skips a record without a usable name', () => {
    for (const name of [undefined, '', '   ', null, {}, ['x']]) {
      const r = one(good({ name }));
      expect(r.meetings.length).to.equal(0);
      expect(r.warnings[0]).to.include({ field: 'name', skipped: true, record: 'serenity' });
    }
  });

  it('skips a record with nothing to show', () => {
    const r = one({ name: 'Ghost', slug: 'ghost', day: 1, time: '19:00' });
    expect(r.meetings.length).to.equal(0);
    expect(r.warnings[0].skipped).to.equal(true);
    expect(r.warnings[0].reason).to.contain('no address');
  });

  it('refuses negative days, day 7 and nonsense; keeps the good days of a mixed array', () => {
    for (const day of [-1, 7, '7', 'x', 1.5, {}, [7, 8]]) {
      const r = one(good({ day }));
      expect(r.meetings.length, JSON.stringify(day)).to.equal(0);
      expect(r.warnings[0]).to.include({ field: 'day', skipped: true });
    }
    const mixed = one(good({ day: [3, 7, '1', 3, -2] }));
    expect(mixed.meetings[0].days).to.deep.equal([1, 3]);
    expect(fieldWarnings(mixed, 'day')[0].skipped).to.equal(false);
    expect(one(good({ day: 'Tuesday' })).meetings[0].days).to.deep.equal([2]);
    expect(one(good({ day: '0,6' })).meetings[0].days).to.deep.equal([0, 6]);
  });

  it('reads HH:MM, H:MM, HH:MM:SS and 12-hour times; refuses 25:00', () => {
    const t = (time: unknown) => one(good({ time })).meetings[0]?.time;
    expect(t('19:00')).to.equal('19:00');
    expect(t('7:05')).to.equal('07:05');
    expect(t('19:00:00')).to.equal('19:00');
    expect(t('7:30 PM')).to.equal('19:30');
    expect(t('12:00 am')).to.equal('00:00');
    expect(t('7pm')).to.equal('19:00');
    for (const bad of ['25:00', '19:60', 'noon', 1900, '13:00 PM']) {
      const r = one(good({ time: bad }));
      expect(r.meetings.length, String(bad)).to.equal(0);
      expect(r.warnings[0]).to.include({ field: 'time', skipped: true });
    }
  });

  it('lists a meeting without a time as by appointment, with a note', () => {
    const r = one(good({ time: '' }));
    expect(r.meetings[0].time).to.equal(undefined);
    expect(fieldWarnings(r, 'time')[0].reason).to.contain('by appointment');
  });

  it('drops a bad end time and works out durations across midnight', () => {
    const bad = one(good({ end_time: '99:00' }));
    expect(bad.meetings[0].durationMinutes).to.equal(60);
    expect(fieldWarnings(bad, 'end_time')[0].skipped).to.equal(false);
    expect(one(good({ time: '23:30', end_time: '00:30' })).meetings[0].durationMinutes).to.equal(60);
    expect(one(good({ end_time: '20:30' })).meetings[0].durationMinutes).to.equal(90);
  });

  it('takes an end time that makes a meeting longer than 4 hours for a typo: one hour, and a note naming it', () => {
    // 01:30 typed for 13:30: thirteen hours, "in progress" all night.
    const typo = one(good({ name: 'Noon Step', time: '12:30', end_time: '01:30' }));
    expect(typo.meetings[0].durationMinutes).to.equal(60);
    expect(typo.meetings[0].endTime).to.equal(undefined);
    expect(typo.warnings.map((w) => [w.record, w.field, w.skipped, w.reason])).to.deep.equal([
      [
        'serenity',
        'end_time',
        false,
        '01:30 makes the meeting "Noon Step" longer than 4 hours, likely a typo; using one hour',
      ],
    ]);
    // Four hours is a long workshop, still a meeting; a minute more is not.
    const workshop = one(good({ time: '09:00', end_time: '13:00' }));
    expect([workshop.meetings[0].durationMinutes, workshop.warnings]).to.deep.equal([240, []]);
    expect(one(good({ time: '09:00', end_time: '13:01' })).meetings[0].durationMinutes).to.equal(60);
    // Across midnight, the same rule.
    expect(one(good({ time: '22:00', end_time: '01:00' })).meetings[0].durationMinutes).to.equal(180);
    expect(fieldWarnings(one(good({ time: '20:00', end_time: '02:00' })), 'end_time')).to.have.length(1);
  });

  it('falls back to the default zone, with a warning, for an invalid IANA zone', () => {
    const r = one(good({ timezone: 'Mars/Olympus' }));
    expect(r.meetings[0].timezone).to.equal('America/Chicago');
    expect(fieldWarnings(r, 'timezone')[0].reason).to.contain('Mars/Olympus');
    expect(one(good({ timezone: 'Europe/Madrid' })).meetings[0].timezone).to.equal('Europe/Madrid');
    const feedZone = normalizeFeed([good()], 'f.json', { timezone: 'Not/AZone' });
    expect(feedZone.warnings[0]).to.include({ record: '(feed)', field: 'timezone' });
    expect(feedZone.meetings[0].timezone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('keeps http(s) conference links only', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'zoom.us/j/1',
      'ftp://x.org',
      'http://',
      ' java\tscript:x',
    ]) {
      const r = one(good({ conference_url: url }));
      expect(r.meetings[0].conferenceUrl, url).to.equal(undefined);
      expect(fieldWarnings(r, 'conference_url')[0].skipped).to.equal(false);
    }
    expect(one(good({ conference_url: 'https://zoom.us/j/1' })).meetings[0].conferenceUrl).to.equal(
      'https://zoom.us/j/1',
    );
  });

  it('reads coordinates as numbers or numeric strings; drops invalid or 0,0', () => {
    const p = (latitude: unknown, longitude: unknown) => one(good({ latitude, longitude })).meetings[0];
    expect(p('47.6', '-122.3')).to.include({ latitude: 47.6, longitude: -122.3 });
    expect(p(47.6, -122.3)).to.include({ latitude: 47.6, longitude: -122.3 });
    for (const [lat, lon] of [
      [0, 0],
      ['0', '0'],
      [91, 0],
      ['x', '1'],
      [47, undefined],
      [Infinity, 1],
    ]) {
      expect(p(lat, lon).latitude, `${lat},${lon}`).to.equal(undefined);
    }
    expect(p('', '').latitude).to.equal(undefined);
  });

  it('reads approximate as yes/no or a boolean, and attendance_option when present', () => {
    expect(one(good({ approximate: 'yes' })).meetings[0].approximate).to.equal(true);
    expect(one(good({ approximate: true })).meetings[0].approximate).to.equal(true);
    expect(one(good({ approximate: 'no' })).meetings[0].approximate).to.equal(false);
    expect(one(good({ attendance_option: 'hybrid' })).meetings[0].attendance).to.equal('hybrid');
    const odd = one(good({ attendance_option: 'sometimes' }));
    expect(odd.meetings[0].attendance).to.equal('in_person');
    expect(fieldWarnings(odd, 'attendance_option').length).to.equal(1);
  });

  it('derives attendance from conference links, ONL, TC and the address', () => {
    const a = (extra: Record<string, unknown>) => one(good(extra)).meetings[0].attendance;
    const zoom = 'https://zoom.us/j/1';
    expect(a({})).to.equal('in_person');
    expect(a({ conference_url: zoom })).to.equal('hybrid');
    expect(a({ conference_url: zoom, formatted_address: 'Anytown, OK, USA' })).to.equal('online');
    expect(a({ conference_url: zoom, approximate: 'yes' })).to.equal('online');
    expect(a({ types: ['ONL'], approximate: 'yes' })).to.equal('online');
    expect(a({ types: ['ONL'] })).to.equal('hybrid');
    expect(a({ types: ['TC'] })).to.equal('inactive');
    expect(a({ types: ['TC'], conference_phone: '+1 646 558 8656' })).to.equal('online');
    expect(a({ formatted_address: 'Anytown, OK, USA' })).to.equal('inactive');
  });

  it('builds one address line from parts, and reads regions in every shape', () => {
    const m = one({
      name: 'Parts',
      slug: 'p',
      address: '1 Elm St',
      city: 'Springfield',
      state: 'IL',
      postal_code: '62701',
      country: 'US',
      region: 'Sangamon',
      sub_region: 'Downtown',
    }).meetings[0];
    expect(m.address).to.equal('1 Elm St, Springfield, IL 62701, US');
    expect(m.city).to.equal('Springfield');
    expect(m.regions).to.deep.equal(['Sangamon', 'Downtown']);
    expect(m.region).to.equal('Downtown');
    expect(one(good({ regions: 'Illinois > Chicago > Wicker Park' })).meetings[0].regions).to.deep.equal([
      'Illinois',
      'Chicago',
      'Wicker Park',
    ]);
    expect(one(good({ types: 'O, D,BE' })).meetings[0].types).to.deep.equal(['O', 'D', 'BE']);
    expect(one(good({ types: [null, 'O', 5, {}] })).meetings[0].types).to.deep.equal(['O', '5']);
    const long = one(good({ types: ['O', 'x'.repeat(50)] }));
    expect(long.meetings[0].types).to.deep.equal(['O']);
    expect(fieldWarnings(long, 'types').length).to.equal(1);
  });

  it('cuts huge strings and strips markup from text', () => {
    const r = one(good({ name: 'N'.repeat(100000), notes: 'x'.repeat(100000) }));
    expect(r.meetings[0].name.length).to.equal(300);
    expect(r.meetings[0].notes!.length).to.equal(5000);
    expect(fieldWarnings(r, 'name')[0].skipped).to.equal(false);
    const html = one(good({ notes: 'Ring <b>bell</b><br>2nd floor &amp; left' })).meetings[0];
    expect(html.notes).to.equal('Ring bell\n2nd floor & left');
  });

  it('reads entity and contact fields', () => {
    const m = one(
      good({
        entity: 'District 9',
        entity_website_url: 'https://d9.example.org',
        entity_email: 'info@d9.example.org',
        entity_phone: '+1-555-0100',
        email: 'not-an-email',
        website: 'https://group.example.org',
      }),
    );
    expect(m.meetings[0].entity).to.deep.equal({
      name: 'District 9',
      url: 'https://d9.example.org/',
      email: 'info@d9.example.org',
      phone: '+1-555-0100',
    });
    expect(m.meetings[0].website).to.equal('https://group.example.org/');
    expect(m.meetings[0].email).to.equal(undefined);
    expect(fieldWarnings(m, 'email').length).to.equal(1);
  });

  it('keeps repeated slugs apart with a warning, and merges feeds without mixing them', () => {
    const a = normalizeFeed([good(), good({ name: 'Other', time: '08:00' }), good()], 'a.json', { sourceIndex: 0 });
    expect(a.meetings.map((m) => m.id)).to.deep.equal(['0:serenity', '0:serenity~2', '0:serenity~3']);
    expect(a.warnings.filter((w) => w.field === 'slug').length).to.equal(2);
    const b = normalizeFeed([good()], 'b.json', { sourceIndex: 1 });
    const merged = mergeFeeds([a, b]);
    // The exact duplicate within a.json goes; the same meeting in b.json stays, with its source.
    expect(merged.map((m) => `${m.id}@${m.source}`)).to.deep.equal([
      '0:serenity@a.json',
      '0:serenity~2@a.json',
      '1:serenity@b.json',
    ]);
    // Two feeds that normalize did not number apart are numbered by position.
    const c = normalizeFeed([good()], 'c.json', {});
    expect(mergeFeeds([a, c]).at(-1)!.id).to.equal('1:serenity');
    // When the first feed failed, the second keeps the ids normalize gave it.
    expect(mergeFeeds([b]).map((m) => m.id)).to.deep.equal(['1:serenity']);
    const empty = normalizeFeed([], 'e.json', {});
    expect(mergeFeeds([empty, b, null as never]).map((m) => m.id)).to.deep.equal(['1:serenity']);
  });

  it('gives records without a slug an id from their position', () => {
    const r = normalizeFeed([good({ slug: undefined }), good({ slug: undefined, name: 'B' })], 'f.json', {});
    expect(r.meetings.map((m) => m.id)).to.deep.equal(['0:#0', '0:#1']);
  });

  it('does not throw on a getter that throws, counting it as a skipped record', () => {
    const evil = Object.defineProperty({ slug: 'evil' }, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = normalizeFeed([evil, good()], 'f.json', {});
    expect(r.meetings.length).to.equal(1);
    expect(r.warnings[0]).to.include({ record: 'evil', skipped: true });
    expect(r.warnings[0].reason).to.contain('boom');
  });

  it('tolerates broken BMLT records', () => {
    const base = {
      id_bigint: '1',
      meeting_name: 'NA Group',
      weekday_tinyint: '2',
      start_time: '19:00:00',
      location_street: '1 Main St',
    };
    const r = normalizeFeed(
      [
        base,
        { ...base, id_bigint: '2', weekday_tinyint: '0' },
        { ...base, id_bigint: '3', weekday_tinyint: 9 },
        { ...base, id_bigint: '4', duration_time: 'long' },
        { ...base, id_bigint: '5', venue_type: 'x', formats: 42 },
        { ...base, id_bigint: '6', latitude: 'north', longitude: '' },
        { ...base, id_bigint: '7', virtual_meeting_link: 'javascript:void(0)', venue_type: '2' },
        null,
      ],
      'bmlt.json',
      {},
    );
    expect(r.format).to.equal('bmlt');
    expect(r.warnings.every(explained)).to.equal(true);
    expect(r.meetings.map((m) => m.feedId)).to.deep.equal(['1', '4', '5', '6', '7']);
    expect(r.warnings.filter((w) => w.skipped).map((w) => w.record)).to.deep.equal(['2', '3', 7]);
    expect(r.meetings[1].durationMinutes).to.equal(60);
    expect(r.meetings[4].conferenceUrl).to.equal(undefined);
  });
});
