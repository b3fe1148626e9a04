import { expect } from '@open-wc/testing';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, text } from '../../helpers/shadow.js';
import { finder, loaded, names, serve, settle, type SupportGroupFinder } from './helpers.js';

/**
 * Feed values that render as working links but mislead: extra email headers behind a `mailto:`,
 * a user name that makes a link read as another host, and a UTC offset written as a calendar
 * zone. Each is refused (or written safely) with a console line that names the meeting.
 */
const FEED = '/hostile/round-two.json';
const record = (name: string, extra: Record<string, unknown>) => ({
  name,
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  day: 1,
  time: '19:00',
  address: '1 Main St, Philadelphia, PA 19103, USA',
  ...extra,
});

async function open(el: SupportGroupFinder, name: string) {
  $$(el, '[part~="meeting-name"]')
    .find((b) => b.textContent === name)!
    .click();
  await settle(el);
}

describe('<support-group-finder> with values made to mislead', () => {
  let log: ConsoleRecord;
  let restore: () => void;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => {
    restore?.();
    log.restore();
  });

  it('drops an email with extra headers, names the meeting, and keeps the meeting', async () => {
    restore = serve(FEED, [
      record('Bcc Group', { email: 'help@aa.org?bcc=spy%40evil.example&body=hello' }),
      record('Plain Group', { email: 'help@aa.org' }),
    ]);
    const el = await loaded(await finder(FEED));
    expect(names(el)).to.have.members(['Bcc Group', 'Plain Group']);
    await open(el, 'Bcc Group');
    expect(Boolean($(el, '[part~="detail-email"]'))).to.equal(false);
    expect($$(el, 'a[href^="mailto:"]').map((a) => a.getAttribute('href'))).to.deep.equal([]);
    expect($(el, '[part~="detail-heading"]')!.textContent).to.equal('Bcc Group');
    const warnings = ours(log.warn);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('<support-group-finder>')
      .and.contain(FEED)
      .and.contain('"Bcc Group"')
      .and.contain('field email')
      .and.contain('adds headers after the address; dropped');
    $(el, '[part~="back"]')!.click();
    await settle(el);
    await open(el, 'Plain Group');
    expect($(el, '[part~="detail-email"] a')!.getAttribute('href')).to.equal('mailto:help@aa.org');
  });

  for (const [field, url, shown] of [
    ['website', 'https://aa.org@evil.example/', 'website'],
    ['conference_url', 'https://zoom.us@evil.example/j/1', 'join'],
    ['conference_url', 'https://zoom.us:pass@evil.example/j/1', 'join'],
    ['website', 'HTTPS:\\\\aa.org@evil.example', 'website'],
  ]) {
    it(`refuses ${field} "${url}", which hides its real host, and names the meeting`, async () => {
      restore = serve(FEED, [record('Disguised Link', { [field]: url, conference_phone: '+1 555 010 0000' })]);
      const el = await loaded(await finder(FEED));
      await open(el, 'Disguised Link');
      const hrefs = $$(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((href) => href.includes('evil'))).to.deep.equal([]);
      expect(text(el)).not.to.contain('evil.example');
      expect(Boolean($(el, shown === 'join' ? '[part~="join"]' : '[part~="detail-website"]'))).to.equal(false);
      // The meeting is still there, with what is safe to show.
      expect($(el, '[part~="dial"]')).to.exist;
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('"Disguised Link"')
        .and.contain(`field ${field}`)
        .and.contain('evil.example')
        .and.contain('hides its real host, evil.example, behind a user name; dropped');
    });
  }

  it('writes a meeting in a UTC-offset zone to calendars in UTC, not as TZID=+05:30, and says why', async () => {
    restore = serve(FEED, [
      // Monday 02:00 at +05:30 is Sunday 20:30 UTC.
      record('Offset Zone', { timezone: '+05:30', time: '02:00', day: 1 }),
    ]);
    const el = await loaded(await finder(FEED));
    await open(el, 'Offset Zone');
    let blob: Blob | undefined;
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return realCreate(b);
    };
    const stop = (e: Event) => (e.composedPath()[0] as HTMLAnchorElement).download && e.preventDefault();
    document.addEventListener('click', stop, true);
    try {
      $(el, '[part~="calendar"]')!.click();
    } finally {
      URL.createObjectURL = realCreate;
      document.removeEventListener('click', stop, true);
    }
    const ics = await blob!.text();
    expect(ics).not.to.contain('TZID');
    expect(ics).not.to.contain('VTIMEZONE');
    expect(ics).to.match(/\r\nDTSTART:\d{8}T203000Z\r\n/);
    expect(ics).to.contain('RRULE:FREQ=WEEKLY;BYDAY=SU');
    const info = ours(log.info).join('\n');
    expect(info).to.contain('Offset Zone'.toLowerCase().replace(/\W+/g, '-')).and.contain('field timezone');
    expect(info).to.contain('is a UTC offset, not a zone like America/Chicago (calendar files get UTC times)');
  });
});
