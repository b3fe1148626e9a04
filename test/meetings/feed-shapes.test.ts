import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/meetings/normalize.js';
import type { Meeting } from '../../src/meetings/types.js';
import { typeLabel } from '../../src/meetings/type-codes.js';
import { explained, feed } from './feed-helpers.js';
import { translator } from '../helpers/packs.js';

const byId = (meetings: Meeting[]) => Object.fromEntries(meetings.map((m) => [m.feedId, m])) as Record<string, Meeting>;

describe('Meeting Guide feeds in the shapes found in the wild', () => {
  const read = async () =>
    normalizeFeed(await feed('meeting-guide-wild'), 'wild.json', { timezone: 'America/Chicago' });

  it('shows every record it can and names each one it cannot, once', async () => {
    const result = await read();
    expect(result.error).to.equal(undefined);
    expect(result.meetings).to.have.length(13);
    expect(result.warnings.every(explained)).to.equal(true);
    expect(result.warnings.map((w) => [w.record, w.field, w.skipped, w.reason])).to.deep.equal([
      ['bad-day', 'day', true, 'no day of the week 0-6 (Sunday = 0) in the text "someday"'],
      ['types-object', 'types', false, 'not a list (a value of type object); dropped'],
      [
        'noon-step',
        'end_time',
        false,
        '01:30 makes the meeting "Noon Step" longer than 4 hours, likely a typo; using one hour',
      ],
      ['feedback-hostile', 'feedback_url', false, 'not an http(s) link (the text "javascript:alert(1)"); dropped'],
      [
        'feedback-hostile',
        'feedback_emails',
        false,
        'the text "listings@intergroup.example?bcc=all@evil…" of the meeting "Hostile Feedback" adds headers after the address; dropped',
      ],
    ]);
    expect(result.warnings.find((w) => w.field === 'feedback_emails')!.hostile).to.equal(true);
    // The typo'd end time is named on its own console line; the rest are counted.
    expect(result.warnings.filter((w) => w.named).map((w) => w.record)).to.deep.equal(['noon-step']);
  });

  it('reads types written as text: a list, an array in brackets, and labels spelled out', async () => {
    const m = byId((await read()).meetings);
    expect(m['types-bracketed'].types).to.deep.equal(['O']);
    expect(m['types-comma'].types).to.deep.equal(['O', 'D']);
    expect(m['#2'].types).to.deep.equal(['C', 'BE']);
    expect(m['day-name'].types).to.deep.equal(['O', 'X']);
    expect(m['types-object'].types).to.deep.equal([]);
  });

  it('reads day as text: a number, an English name, an array in brackets', async () => {
    const m = byId((await read()).meetings);
    expect(m['#2'].days).to.deep.equal([3]);
    expect(m['day-name'].days).to.deep.equal([4]);
    expect(m['days-text'].days).to.deep.equal([1, 5]);
  });

  it('gives records without a slug their own ids, even with the same name', async () => {
    const m = byId((await read()).meetings);
    expect([m['#5'].name, m['#5'].days, m['#6'].name, m['#6'].days]).to.deep.equal([
      'Noon Serenity',
      [0],
      'Noon Serenity',
      [6],
    ]);
    expect(m['#5'].id).to.equal('0:#5');
  });

  it('keeps a feedback page and plain feedback addresses, from an array or a list in text', async () => {
    const m = byId((await read()).meetings);
    expect(m['feedback-url'].feedbackUrl).to.equal('https://intergroup.example/feedback?meeting=feedback-url');
    expect(m['feedback-url'].feedbackEmails).to.deep.equal(['listings@intergroup.example']);
    expect(m['feedback-email'].feedbackEmails).to.deep.equal([
      'listings@intergroup.example',
      'help@intergroup.example',
    ]);
    expect([m['feedback-hostile'].feedbackUrl, m['feedback-hostile'].feedbackEmails]).to.deep.equal([
      undefined,
      undefined,
    ]);
    expect(m['types-comma'].feedbackEmails).to.equal(undefined);
  });

  it('keeps a vanity phone number with its extension as written', async () => {
    const m = byId((await read()).meetings);
    expect(m['vanity-phone'].phone).to.equal('1-800-RECOVERY ext. 12');
    // Lowercase words are a note, not a number.
    const note = normalizeFeed(
      [
        {
          slug: 'n',
          name: 'N',
          day: 1,
          time: '19:00',
          formatted_address: '1 Main St, A, OK 1, USA',
          phone: '555-0100 (ask for Bob)',
        },
      ],
      'n.json',
      {},
    );
    expect(note.meetings[0].phone).to.equal(undefined);
    expect(note.warnings.map((w) => w.field)).to.deep.equal(['phone']);
  });
});

describe('BMLT feeds and the NA vocabulary', () => {
  it('uses the NA vocabulary for a BMLT feed unless told otherwise', async () => {
    const plain = normalizeFeed(await feed('bmlt-standard-keys'), 'keys.json', {});
    expect(plain.meetings.every((m) => m.fellowship === 'na')).to.equal(true);
    const told = normalizeFeed(await feed('bmlt-standard-keys'), 'keys.json', { fellowship: 'aa' });
    expect(told.meetings.every((m) => m.fellowship === 'aa')).to.equal(true);
  });

  it('reads the server’s standard key strings without a format list, and names each', async () => {
    const result = normalizeFeed(await feed('bmlt-standard-keys'), 'keys.json', {});
    expect(result.warnings).to.deep.equal([]);
    const m = byId(result.meetings);
    expect(m['401'].types).to.deep.equal(['OPEN', 'JFT', 'STEP']);
    expect(m['402'].types).to.deep.equal(['CLOSED', 'S-D', 'TRAD', 'SPK']);
    expect(m['403'].types).to.deep.equal(['OPEN', 'IL', 'Ag', 'FD', 'Ti']);
    expect(m['404'].types).to.deep.equal(['OPEN', 'HY', 'CAN']);
    const labels = (x: Meeting, t?: (key: string) => string | undefined) => x.types.map((c) => typeLabel(c, 'na', t));
    expect(labels(m['402'])).to.deep.equal(['Closed', 'Speaker/discussion', 'Tradition study', 'Speaker']);
    expect(labels(m['403'])).to.deep.equal(['Open', 'Chronic illness', 'Agnostic', 'Steps 5 and 10', 'Timed shares']);
    const es = await translator('es', 'types');
    expect(labels(m['403'], es)).to.deep.equal([
      'Abierta',
      'Enfermedades crónicas',
      'Agnósticos',
      'Pasos 5 y 10',
      'Tiempo limitado para compartir',
    ]);
  });

  it('has a label in every shipped language for every standard format', async () => {
    const codes = ['S-D', 'CS', 'IL', 'Pi', 'Rr', 'SC', 'SL', 'Ti', 'OE', 'Ag', 'FD', 'HY', 'LANG', 'GP', 'SPAD'];
    for (const language of ['es', 'fr', 'pt', 'zh', 'ar']) {
      const t = await translator(language, 'types');
      for (const code of codes) {
        const english = typeLabel(code, 'na');
        expect(english, code).to.not.equal(code);
        expect(typeLabel(code, 'na', t), `${language} ${code}`).to.not.equal(english);
      }
    }
  });

  it('reads the standard format list (HYBR is hybrid), and the feed’s own names come first', async () => {
    const result = normalizeFeed(await feed('bmlt-standard-formats'), 'std.json', {});
    expect(result.warnings).to.deep.equal([]);
    const m = byId(result.meetings);
    expect(m['301'].types).to.deep.equal(['OPEN', 'JFT', 'WCHR']);
    expect(m['302'].types).to.deep.equal(['CLOSED', 'S-D', 'IL']);
    expect(m['303'].types).to.deep.equal(['OPEN', 'HY']);
    expect(m['303'].attendance).to.equal('hybrid');
    expect(m['304'].types).to.deep.equal(['BEG', 'Ag']);
    const names = m['301'].typeNames;
    expect(names, 'every meeting of the feed shares its names').to.equal(m['305'].typeNames);
    const labels = (x: Meeting, t?: (key: string) => string | undefined) =>
      x.types.map((c) => typeLabel(c, 'na', t, x.typeNames));
    // The server's names, where they differ from ours ("Wheelchair access", "Chronic illness").
    expect(labels(m['301'])).to.deep.equal(['Open', 'Just for Today', 'Wheelchair']);
    expect(labels(m['302'])).to.deep.equal(['Closed', 'Speaker/Discussion', 'Illness']);
    // In another language, ours: the server names its formats in one language.
    const es = await translator('es', 'types');
    expect(labels(m['302'], es)).to.deep.equal(['Cerrada', 'Orador y discusión', 'Enfermedades crónicas']);
    // A code only the feed knows is named by the feed, in every language.
    const own = new Map([['Pets', 'Service animals welcome']]);
    expect(typeLabel('Pets', 'na', es, own)).to.equal('Service animals welcome');
    expect(typeLabel('Pets', 'na', es)).to.equal('Pets');
  });

  it('takes a duration longer than 4 hours for a typo, naming the meeting', () => {
    const rec = (duration: string) => ({
      id_bigint: '9',
      meeting_name: 'Late Night',
      weekday_tinyint: '2',
      start_time: '23:00:00',
      duration_time: duration,
      location_street: '1 Main St',
    });
    const long = normalizeFeed([rec('13:00:00')], 'b.json', {});
    expect([long.meetings[0].durationMinutes, long.meetings[0].endTime]).to.deep.equal([60, undefined]);
    expect(long.warnings.map((w) => [w.record, w.field, w.reason])).to.deep.equal([
      [
        '9',
        'duration_time',
        '13:00:00 makes the meeting "Late Night" longer than 4 hours, likely a typo; using one hour',
      ],
    ]);
    const four = normalizeFeed([rec('04:00:00')], 'b.json', {});
    expect([four.meetings[0].durationMinutes, four.meetings[0].endTime, four.warnings]).to.deep.equal([
      240,
      '03:00',
      [],
    ]);
  });
});
