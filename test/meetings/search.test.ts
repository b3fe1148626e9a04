import { expect } from '@open-wc/testing';
import {
  buildIndex,
  bucketOf,
  filterMeetings,
  parseQuery,
  regionsInUse,
  typesInUse,
} from '../../src/meetings/search.js';
import { normalizeFeed } from '../../src/meetings/normalize.js';
import type { Meeting } from '../../src/meetings/types.js';
import { feed } from './feed-helpers.js';

let seq = 0;
const meeting = (m: Partial<Meeting>): Meeting => ({
  id: `0:${++seq}`,
  source: 'test',
  format: 'meeting-guide',
  fellowship: 'aa',
  name: 'Meeting',
  days: [1],
  time: '19:00',
  durationMinutes: 60,
  timezone: 'America/Chicago',
  types: [],
  attendance: 'in_person',
  regions: [],
  approximate: false,
  ...m,
});

const sample = [
  meeting({
    name: 'Café Serenidad',
    days: [0],
    time: '08:00',
    types: ['O', 'S'],
    regions: ['Texas', 'Austin'],
    latitude: 30.2672,
    longitude: -97.7431,
  }),
  meeting({
    name: 'Sunrise Serenity',
    days: [1, 3],
    time: '06:30',
    types: ['C', 'B'],
    regions: ['Texas', 'Houston'],
    latitude: 29.7604,
    longitude: -95.3698,
    notes: 'Ring the bell at the side door',
  }),
  meeting({
    name: 'Big Book Study',
    days: [2],
    time: '12:15',
    types: ['O', 'B', 'D'],
    attendance: 'hybrid',
    location: 'St. Mark’s Church',
    regions: ['Texas', 'Austin'],
  }),
  meeting({ name: 'Night Owls', days: [5], time: '23:00', types: ['O'], attendance: 'online', regions: ['Online'] }),
  meeting({
    name: 'Early Owls',
    days: [6],
    time: '02:00',
    types: ['C'],
    attendance: 'inactive',
    address: '1 Book Rd, Dallas, TX 75201, USA',
    regions: ['Texas', 'Dallas'],
  }),
  meeting({ name: 'By Appointment', days: [], time: undefined, types: [], fellowship: 'al-anon', regions: ['Texas'] }),
  meeting({
    name: 'Evening Book Group',
    days: [4],
    time: '18:00',
    types: ['O', 'D'],
    group: 'Step Sisters',
    regions: ['Texas', 'Austin'],
  }),
];
const names = (ms: Meeting[]) => ms.map((m) => m.name);

describe('search', () => {
  const index = buildIndex(sample);

  it('matches accent- and case-insensitively both ways', () => {
    expect(names(filterMeetings(index, { query: 'cafe serenidad' }))).to.deep.equal(['Café Serenidad']);
    expect(names(filterMeetings(index, { query: 'CAFÉ' }))).to.deep.equal(['Café Serenidad']);
    expect(names(filterMeetings(index, { query: "st. mark's" }))).to.deep.equal(['Big Book Study']);
  });

  it('needs every word, anywhere in the searchable text', () => {
    expect(names(filterMeetings(index, { query: 'serenity bell' }))).to.deep.equal(['Sunrise Serenity']);
    expect(names(filterMeetings(index, { query: 'book' }))).to.deep.equal([
      'Big Book Study',
      'Early Owls',
      'Evening Book Group',
    ]);
    expect(names(filterMeetings(index, { query: 'book austin' }))).to.deep.equal([
      'Big Book Study',
      'Evening Book Group',
    ]);
    expect(names(filterMeetings(index, { query: 'sisters' }))).to.deep.equal(['Evening Book Group']);
    expect(filterMeetings(index, { query: 'serenity zebra' })).to.deep.equal([]);
  });

  it('matches quoted phrases as a whole', () => {
    expect(names(filterMeetings(index, { query: '"book study"' }))).to.deep.equal(['Big Book Study']);
    expect(names(filterMeetings(index, { query: '"study book"' }))).to.deep.equal([]);
    expect(names(filterMeetings(index, { query: '"side door" serenity' }))).to.deep.equal(['Sunrise Serenity']);
    expect(parseQuery('“Big  Book” owls "unclosed phrase')).to.deep.equal(['big book', 'owls', 'unclosed phrase']);
    // A phrase does not run from one field into the next.
    expect(filterMeetings(index, { query: '"serenidad texas"' })).to.deep.equal([]);
  });

  it('ignores punctuation-only words and an empty query', () => {
    expect(filterMeetings(index, { query: ' - ! ' }).length).to.equal(sample.length);
    expect(filterMeetings(index, {}).length).to.equal(sample.length);
  });

  it('filters by any of the days', () => {
    expect(names(filterMeetings(index, { days: [1] }))).to.deep.equal(['Sunrise Serenity']);
    expect(names(filterMeetings(index, { days: [0, 6] }))).to.deep.equal(['Café Serenidad', 'Early Owls']);
    expect(names(filterMeetings(index, { days: [3] }))).to.deep.equal(['Sunrise Serenity']);
  });

  it('puts times into buckets, night wrapping past midnight', () => {
    expect([
      bucketOf('04:00'),
      bucketOf('11:59'),
      bucketOf('12:00'),
      bucketOf('16:59'),
      bucketOf('17:00'),
      bucketOf('20:59'),
      bucketOf('21:00'),
      bucketOf('03:59'),
    ]).to.deep.equal(['morning', 'morning', 'midday', 'midday', 'evening', 'evening', 'night', 'night']);
    expect(names(filterMeetings(index, { times: ['night'] }))).to.deep.equal(['Night Owls', 'Early Owls']);
    expect(names(filterMeetings(index, { times: ['morning', 'midday'] }))).to.deep.equal([
      'Café Serenidad',
      'Sunrise Serenity',
      'Big Book Study',
    ]);
  });

  it('counts hybrid meetings as both in person and online', () => {
    expect(names(filterMeetings(index, { attendance: ['online'] }))).to.deep.equal(['Big Book Study', 'Night Owls']);
    expect(filterMeetings(index, { attendance: ['in_person'] }).map((m) => m.attendance)).to.include('hybrid');
    expect(names(filterMeetings(index, { attendance: ['hybrid'] }))).to.deep.equal(['Big Book Study']);
    expect(names(filterMeetings(index, { attendance: ['inactive'] }))).to.deep.equal(['Early Owls']);
  });

  it('needs all of the types; an unknown type matches nothing', () => {
    expect(names(filterMeetings(index, { types: ['O', 'D'] }))).to.deep.equal(['Big Book Study', 'Evening Book Group']);
    expect(names(filterMeetings(index, { types: ['B'] }))).to.deep.equal(['Sunrise Serenity', 'Big Book Study']);
    expect(filterMeetings(index, { types: ['O', 'NOPE'] })).to.deep.equal([]);
  });

  it('matches regions at any level', () => {
    expect(filterMeetings(index, { regions: ['Texas'] }).length).to.equal(6);
    expect(names(filterMeetings(index, { regions: ['Dallas', 'Houston'] }))).to.deep.equal([
      'Sunrise Serenity',
      'Early Owls',
    ]);
    expect(filterMeetings(index, { regions: ['Atlantis'] })).to.deep.equal([]);
  });

  it('filters by fellowship', () => {
    expect(names(filterMeetings(index, { fellowships: ['al-anon'] }))).to.deep.equal(['By Appointment']);
  });

  it('keeps meetings within the distance, dropping those without coordinates', () => {
    const austin = { latitude: 30.2672, longitude: -97.7431 };
    expect(names(filterMeetings(index, { near: { ...austin, km: 50 } }))).to.deep.equal(['Café Serenidad']);
    expect(names(filterMeetings(index, { near: { ...austin, km: 300 } }))).to.deep.equal([
      'Café Serenidad',
      'Sunrise Serenity',
    ]);
    expect(names(filterMeetings(index, { near: austin }))).to.deep.equal(['Café Serenidad', 'Sunrise Serenity']);
  });

  it('ANDs every filter together', () => {
    const filters = {
      query: 'book',
      days: [2, 4],
      times: ['midday' as const, 'evening' as const],
      types: ['D'],
      regions: ['Austin'],
      attendance: ['in_person' as const],
    };
    expect(names(filterMeetings(index, filters))).to.deep.equal(['Big Book Study', 'Evening Book Group']);
    expect(names(filterMeetings(index, { ...filters, attendance: ['online'] }))).to.deep.equal(['Big Book Study']);
    expect(filterMeetings(index, { ...filters, days: [0] })).to.deep.equal([]);
  });

  it('lists regions and types in use', () => {
    const list = regionsInUse(sample);
    expect(list.map((r) => r.name).sort()).to.deep.equal(['Austin', 'Dallas', 'Houston', 'Online', 'Texas']);
    expect(list.find((r) => r.name === 'Austin')).to.deep.equal({ name: 'Austin', parent: 'Texas' });
    // Spellings that fold the same are one region, named as the feed first wrote it.
    expect(regionsInUse([...sample, { ...sample[0], regions: ['TEXAS', 'austin'] }])).to.deep.equal(list);
    expect(typesInUse(index)[0]).to.deep.equal({ code: 'O', count: 4 });
  });

  it('survives junk filters', () => {
    const junk = {
      query: 42,
      days: 'x',
      times: [null],
      attendance: ['nope'],
      types: 'O',
      regions: [5],
      near: { latitude: 'a', longitude: 1 },
    };
    expect(() => filterMeetings(index, junk as never)).not.to.throw();
  });

  it('searches the real southeastern Pennsylvania feed', async () => {
    const { meetings } = normalizeFeed(await feed('southeastern-pa-aa'), 'southeastern-pa.json', {});
    const big = buildIndex(meetings);
    const hits = filterMeetings(big, { query: 'woodlyn' });
    expect(hits.length).to.be.greaterThan(0);
    expect(
      hits.every((m) =>
        `${m.name} ${m.address} ${m.regions.join(' ')} ${m.notes} ${m.location}`.toLowerCase().includes('woodlyn'),
      ),
    ).to.equal(true);
    expect(filterMeetings(big, { types: ['TC'] }).length).to.equal(217);
    expect(regionsInUse(meetings).length).to.be.greaterThan(10);
  });
});
