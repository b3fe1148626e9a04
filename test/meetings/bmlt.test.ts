import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/meetings/normalize.js';
import type { Meeting } from '../../src/meetings/types.js';
import { typeLabel } from '../../src/meetings/type-codes.js';
import { explained, feed } from './feed-helpers.js';
import { translator } from '../helpers/packs.js';

const byId = (meetings: Meeting[]) => Object.fromEntries(meetings.map((m) => [m.feedId, m])) as Record<string, Meeting>;

describe('BMLT GetSearchResults', () => {
  it('reads the plain array shape and explains every skipped record', async () => {
    const result = normalizeFeed(await feed('bmlt-plain'), 'bmlt.json', { timezone: 'America/Denver' });
    expect(result.format).to.equal('bmlt');
    expect(result.error).to.equal(undefined);
    expect(result.meetings.length).to.equal(17);
    expect(result.warnings.every(explained)).to.equal(true);
    const skipped = result.warnings.filter((w) => w.skipped).map((w) => [w.record, w.field]);
    expect(skipped).to.deep.equal([
      ['113', 'meeting_name'],
      ['114', 'weekday_tinyint'],
      ['118', 'start_time'],
    ]);
    expect(result.meetings.length + skipped.length).to.equal(20);
    expect(result.meetings.every((m) => m.fellowship === 'na' && m.format === 'bmlt')).to.equal(true);
  });

  it('maps weekday 1-7 (Sunday = 1), HH:MM:SS times and durations', async () => {
    const m = byId(normalizeFeed(await feed('bmlt-plain'), 'bmlt.json', {}).meetings);
    expect(m['101'].days).to.deep.equal([0]);
    expect(m['101'].time).to.equal('10:00');
    expect(m['101'].durationMinutes).to.equal(90);
    expect(m['101'].endTime).to.equal('11:30');
    expect(m['107'].days).to.deep.equal([6]);
    expect(m['110'].endTime).to.equal('00:00');
    expect(m['105'].time).to.equal(undefined);
    expect(m['101'].timezone).to.equal('America/Denver');
    expect(m['101'].address).to.equal('4015 Lomas Blvd NE, Albuquerque, NM 87110, US');
    expect(m['101'].location).to.equal('Trinity Lutheran Church');
    expect(m['101'].locationNotes).to.equal('Use the side door by the parking lot');
    expect(m['101'].notes).to.equal('Birthday celebrations on the last Sunday.');
    expect(m['101'].regions).to.deep.equal(['Bernalillo', 'Albuquerque', 'Nob Hill']);
    expect(m['101'].region).to.equal('Nob Hill');
    expect(m['101'].serviceBodyId).to.equal('12');
    expect(m['101']).to.include({ latitude: 35.0867, longitude: -106.5986 });
  });

  it('maps venue_type and TC to attendance, and drops a javascript: link with a warning', async () => {
    const result = normalizeFeed(await feed('bmlt-plain'), 'bmlt.json', {});
    const m = byId(result.meetings);
    expect(m['101'].attendance).to.equal('in_person');
    expect(m['103'].attendance).to.equal('online');
    expect(m['103'].conferenceUrl).to.equal('https://zoom.us/j/5550001031');
    expect(m['103'].conferenceUrlNotes).to.contain('passcode');
    expect(m['104'].attendance).to.equal('hybrid');
    expect(m['107'].attendance).to.equal('inactive');
    expect(m['108'].attendance).to.equal('online');
    expect(m['106'].conferenceUrl).to.equal(undefined);
    expect(m['106'].conferencePhone).to.equal('+15055550106');
    const w = result.warnings.find((x) => x.record === '106')!;
    expect(w).to.include({ field: 'virtual_meeting_link', skipped: false });
    expect(w.reason).to.contain('javascript:');
    expect(m['117'].attendance).to.equal('online');
  });

  it('handles 0,0 coordinates, a bad zone and a repeated id in the plain fixture', async () => {
    const result = normalizeFeed(await feed('bmlt-plain'), 'bmlt.json', { timezone: 'America/Denver' });
    const m = byId(result.meetings);
    expect(m['115'].latitude).to.equal(undefined);
    expect(m['116'].timezone).to.equal('America/Denver');
    expect(m['116~2'].name).to.equal('Repeated Id Group');
    expect(result.warnings.map((w) => `${w.record}:${w.field}`)).to.include.members([
      '115:latitude/longitude',
      '116:time_zone',
      '116:slug',
      '105:start_time',
    ]);
  });

  it('maps formats by world_id, not by the server’s local keys', async () => {
    const result = normalizeFeed(await feed('bmlt-with-formats'), 'bmlt2.json', {});
    expect(result.format).to.equal('bmlt');
    expect(result.meetings.length).to.equal(15);
    const m = byId(result.meetings);
    expect(m['2001'].types).to.deep.equal(['OPEN', 'BEG', 'WCHR']);
    expect(m['2002'].types).to.deep.equal(['CLOSED', 'BT']);
    expect(m['2003'].types).to.include('VM');
    expect(m['2005'].types).to.include('TC');
    expect(m['2005'].attendance).to.equal('inactive');
    // A format with no world_id keeps its local key; an unlisted key is kept as written.
    expect(m['2007'].types).to.deep.equal(['OPEN', 'Pets']);
    expect(m['2014'].types).to.deep.equal(['OPEN', 'ZZ']);
    expect(m['2011'].attendance).to.equal('online');
    expect(result.warnings.map((w) => `${w.record}:${w.field}:${w.skipped}`)).to.deep.equal(['2011:venue_type:false']);
    expect(typeLabel(m['2001'].types[1], 'na')).to.equal('Beginners');
    expect(typeLabel(m['2001'].types[1], 'na', await translator('es', 'types'))).to.equal('Principiantes');
    expect(m['2002'].timezone).to.equal('America/Phoenix');
  });

  it('uses the common key strings when a plain array has no format table', async () => {
    const m = byId(normalizeFeed(await feed('bmlt-plain'), 'bmlt.json', {}).meetings);
    expect(m['102'].types).to.deep.equal(['CLOSED', 'BT', 'NS']);
    expect(m['119'].types).to.deep.equal(['OPEN', 'BT', 'BEG']);
  });

  it('reads keys that name Object.prototype members as plain text', () => {
    const rec = {
      id_bigint: '1',
      meeting_name: 'NA',
      location_street: '1 Main St',
      formats: 'constructor,O',
      venue_type: 'toString',
    };
    const result = normalizeFeed([rec], 'b.json', {});
    expect(result.meetings[0].types).to.deep.equal(['constructor', 'OPEN']);
    expect(result.meetings[0].attendance).to.equal('in_person');
    expect(result.warnings.map((w) => `${w.field}:${w.skipped}`)).to.deep.equal(['venue_type:false']);
  });
});
