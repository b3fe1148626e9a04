import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/meetings/normalize.js';
import { mergeFeeds } from '../../src/meetings/merge.js';
import type { Meeting } from '../../src/meetings/types.js';
import { explained, feed } from './feed-helpers.js';

const count = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => {
    const k = key(t);
    acc[k] = (acc[k] ?? 0) + 1;
    return acc;
  }, {});

describe('normalizeFeed on real Meeting Guide feeds', () => {
  it('reads all 2,038 southeastern Pennsylvania records and explains the five end times it dropped', async () => {
    const json = (await feed('southeastern-pa-aa')) as unknown[];
    const result = normalizeFeed(json, 'southeastern-pa.json', { timezone: 'America/Los_Angeles' });
    expect(result.error).to.equal(undefined);
    expect(result.format).to.equal('meeting-guide');
    expect(json.length).to.equal(2038);
    const skipped = result.warnings.filter((w) => w.skipped);
    // Every record is either a meeting or a skip warning naming it.
    expect(result.meetings.length + skipped.length).to.equal(2038);
    expect(result.meetings.length).to.equal(2038);
    expect(result.warnings.every(explained)).to.equal(true);
    // One end time equal to the start, four that make a meeting last all night (12:30 to 01:30).
    expect(result.warnings.map((w) => [w.record, w.field, w.skipped, w.reason])).to.deep.equal([
      ['shoulder-shoulder-group', 'end_time', false, 'same as the start time; using one hour'],
      ...(
        [
          ['meeting-700-s-bradford-ave-west-chester-pa-19382-usa-6-183000', '16:30', 'Mindful Meditation'],
          ['meeting-19-s-10th-st-philadelphia-pa-19107-usa-3-130000', '01:15', 'Mustard Seed 2.0'],
          ['meeting-412-pine-st-philadelphia-pa-19106-usa-4-123000', '01:30', 'Hope Group'],
          ['meeting-301-cherry-st-pottstown-pa-19464-usa-6-120000', '01:15', 'Pottstown Cherry Street'],
        ] as const
      ).map(([slug, end, name]) => [
        slug,
        'end_time',
        false,
        `${end} makes the meeting "${name}" longer than 4 hours, likely a typo; using one hour`,
      ]),
    ]);
    const hope = result.meetings.find((m) => m.feedId === 'meeting-412-pine-st-philadelphia-pa-19106-usa-4-123000')!;
    expect([hope.durationMinutes, hope.endTime]).to.deep.equal([60, undefined]);
    expect(new Set(result.meetings.map((m) => m.id)).size).to.equal(2038);
    expect(result.meetings.every((m) => m.id.startsWith('0:') && m.source === 'southeastern-pa.json')).to.equal(true);
  });

  it('keeps the southeastern Pennsylvania coordinates, regions, conference links and legacy codes', async () => {
    const { meetings } = normalizeFeed(await feed('southeastern-pa-aa'), 'southeastern-pa.json', {
      timezone: 'America/Los_Angeles',
    });
    const first = meetings[0];
    expect(first).to.include({
      name: 'Chester-Woodlyn',
      time: '00:00',
      endTime: '01:00',
      durationMinutes: 60,
      city: 'Woodlyn',
      region: 'Woodlyn',
      latitude: 39.8712402,
      longitude: -75.3543743,
      timezone: 'America/Los_Angeles',
      attendance: 'in_person',
      fellowship: 'aa',
    });
    expect(first.days).to.deep.equal([0]);
    expect(first.regions).to.deep.equal(['Delaware County', 'Woodlyn']);
    expect(meetings.every((m) => typeof m.latitude === 'number')).to.equal(true);
    // The misspelt code stays as written: the label lookup shows it as is.
    expect(meetings.filter((m) => m.types.includes('ASBI')).length).to.equal(26);
    // http:// conference links are allowed (8 in this feed), and kept.
    expect(meetings.filter((m) => m.conferenceUrl?.startsWith('http://')).length).to.equal(8);
    expect(count(meetings, (m) => m.attendance)).to.deep.equal({
      in_person: 1291,
      online: 305,
      hybrid: 305,
      inactive: 137,
    });
    // TC without any way to join online: the meeting is inactive, not "in person".
    const closed = meetings.filter(
      (m) => m.types.includes('TC') && !m.conferenceUrl && !m.conferencePhone && !m.types.includes('ONL'),
    );
    expect(closed.length).to.be.greaterThan(100);
    expect(closed.every((m) => m.attendance === 'inactive')).to.equal(true);
  });

  it('merges southeastern Pennsylvania without its two exact duplicates', async () => {
    const result = normalizeFeed(await feed('southeastern-pa-aa'), 'southeastern-pa.json', {});
    const merged = mergeFeeds([result]);
    expect(merged.length).to.equal(2036);
  });

  it('reads Massachusetts Al-Anon codes, attendance_option and approximate addresses', async () => {
    const json = (await feed('massachusetts-al-anon')) as Record<string, unknown>[];
    const result = normalizeFeed(json, 'ma.json', { fellowship: 'al-anon', timezone: 'America/New_York' });
    expect(result.error).to.equal(undefined);
    expect(result.meetings.length).to.equal(360);
    expect(result.warnings.every(explained)).to.equal(true);
    expect(result.warnings.filter((w) => w.skipped)).to.deep.equal([]);
    // Three "+11" dial-in numbers are not phone numbers.
    expect(result.warnings.map((w) => `${w.field}:${w.skipped}`)).to.deep.equal(
      Array(3).fill('conference_phone:false'),
    );
    expect(count(result.meetings, (m) => m.attendance)).to.deep.equal({
      online: 113,
      in_person: 156,
      inactive: 31,
      hybrid: 60,
    });
    expect(result.meetings.filter((m) => m.approximate).length).to.equal(24);
    expect(result.meetings.every((m) => m.fellowship === 'al-anon')).to.equal(true);
    const alateen = result.meetings.filter((m) => m.types.includes('Y'));
    expect(alateen.length).to.equal(6);
    expect(result.meetings.filter((m) => m.types.includes('POA')).length).to.equal(8);
    expect(result.meetings.filter((m) => m.types.includes('AC')).length).to.equal(48);
  });

  it('works out the same attendance as Massachusetts states, when attendance_option is removed', async () => {
    const json = (await feed('massachusetts-al-anon')) as Record<string, unknown>[];
    const stated = normalizeFeed(json, 'ma.json', { fellowship: 'al-anon' }).meetings;
    const stripped = json.map(({ attendance_option: _, ...rest }) => rest);
    const derived = normalizeFeed(stripped, 'ma.json', { fellowship: 'al-anon' }).meetings;
    const differ = derived.filter((m, i) => m.attendance !== stated[i].attendance);
    expect(differ.map((m) => m.name)).to.deep.equal([]);
  });

  it('reads Edmonton day arrays, separate address and 12-hour times', async () => {
    const result = normalizeFeed(await feed('edmonton-aa'), 'edmonton.json', { timezone: 'America/Edmonton' });
    expect(result.error).to.equal(undefined);
    expect(result.meetings.length).to.equal(315);
    expect(result.warnings).to.deep.equal([]);
    const first = result.meetings[0];
    expect(first.days).to.deep.equal([6]);
    expect(first.time).to.equal('11:00');
    expect(first.address).to.equal('8318 104 St, Edmonton, Alberta, T6E 4E8, Canada');
    expect(first.city).to.equal('Edmonton');
    expect(first.regions).to.deep.equal(['Edmonton']);
    expect(result.meetings.every((m) => /^\d\d:\d\d$/.test(m.time!))).to.equal(true);
    // "7:30 PM" becomes 19:30.
    expect(result.meetings.some((m) => m.time! >= '13:00')).to.equal(true);
    // Edmonton's one empty type code is ignored, not kept as "".
    expect(result.meetings.every((m) => m.types.every((t) => t.length > 0))).to.equal(true);
    // Passcodes after the dial pause may hold letters: the number is kept.
    expect(result.meetings.filter((m) => m.conferencePhone).length).to.equal(50);
  });

  it('reads edge-cases.json: by-appointment, missing end time, approximate inactive', async () => {
    const result = normalizeFeed(await feed('edge-cases'), 'edge.json', { timezone: 'America/Chicago' });
    expect(result.meetings.length).to.equal(9);
    const bySlug = Object.fromEntries(result.meetings.map((m) => [m.feedId, m])) as Record<string, Meeting>;
    expect(bySlug.appointment.days).to.deep.equal([]);
    expect(bySlug.appointment.time).to.equal(undefined);
    expect(bySlug['monday-7am'].endTime).to.equal(undefined);
    expect(bySlug['monday-7am'].durationMinutes).to.equal(60);
    expect(bySlug['monday-7pm'].durationMinutes).to.equal(120);
    expect(bySlug['monday-7pm'].days).to.deep.equal([1]);
    expect(bySlug['monday-7pm'].attendance).to.equal('hybrid');
    expect(bySlug.approximate.approximate).to.equal(true);
    expect(bySlug.approximate.attendance).to.equal('inactive');
    expect(bySlug.approximate.types).to.deep.equal(['O', 'NA']);
    expect(bySlug['sunday-8pm'].id).to.equal('0:sunday-8pm');
  });

  it('gives every meeting of every fixture feed the shape the model promises', async () => {
    const feeds: [string, object][] = [
      ['southeastern-pa-aa', {}],
      ['massachusetts-al-anon', { fellowship: 'al-anon' }],
      ['edmonton-aa', {}],
      ['edge-cases', {}],
      ['bmlt-plain', {}],
      ['bmlt-with-formats', {}],
    ];
    for (const [name, options] of feeds) {
      const { meetings } = normalizeFeed(await feed(name), name, { timezone: 'America/Denver', ...options });
      for (const m of meetings) {
        const where = `${name} ${m.id}`;
        expect(m.name.trim(), where).to.equal(m.name);
        expect(m.name.length, where).to.be.greaterThan(0);
        expect([...new Set(m.days)].sort(), where).to.deep.equal(m.days);
        expect(
          m.days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6),
          where,
        ).to.equal(true);
        expect(m.time === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(m.time), where).to.equal(true);
        expect(m.durationMinutes > 0 && m.durationMinutes <= 1440, where).to.equal(true);
        expect(['in_person', 'hybrid', 'online', 'inactive'], where).to.include(m.attendance);
        expect(m.conferenceUrl === undefined || /^https?:\/\//.test(m.conferenceUrl), where).to.equal(true);
        expect(m.website === undefined || /^https?:\/\//.test(m.website), where).to.equal(true);
        expect(m.region === undefined || m.regions.at(-1) === m.region, where).to.equal(true);
        expect((m.latitude === undefined) === (m.longitude === undefined), where).to.equal(true);
        expect(
          m.types.every((t) => typeof t === 'string' && t.length > 0),
          where,
        ).to.equal(true);
      }
    }
  });
});
