import { expect } from '@open-wc/testing';
import { groupDigits, readableDial, siteOf, zoneLabel } from '../../../src/components/support-group-finder/readable.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$ } from '../../helpers/shadow.js';
import { FEEDS, finder, loaded, search, settle, type SupportGroupFinder } from './helpers.js';

const LANGUAGES = `${FEEDS}/languages.json`;
const SEPA = `${FEEDS}/southeastern-pa-aa.json`;

async function open(el: SupportGroupFinder, name: string): Promise<HTMLElement> {
  search(el, `"${name}"`);
  await settle(el);
  $$(el, '[part~="meeting-name"]')
    .find((b) => b.textContent === name)!
    .click();
  await settle(el);
  return $(el, '[part~="detail"]')!;
}

const fact = (el: Element, part: string) =>
  $(el, `[part~="detail-${part}"] dd`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<support-group-finder> detail: values as people read them', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  describe('the helpers', () => {
    it('groups a dial-in string for reading, leaving out what no one keys in', () => {
      expect(readableDial('+13017158592,,503536771#')).to.equal('+1 301 715 8592, 503 536 771#');
      expect(readableDial('+19292056099,,85128522363,#,,#,,#')).to.equal('+1 929 205 6099, 851 2852 2363');
      expect(readableDial('+14157629988,,5154726577#,,#,,867458#')).to.equal(
        '+1 415 762 9988, 515 472 6577#, 867 458#',
      );
      expect(readableDial('+15873281099,,82900440659#,,#,,M1F3TTRlakdHUDg4Ukl0VjFZSHo5QT09#')).to.equal(
        '+1 587 328 1099, 829 0044 0659#',
      );
      // The feed's own spacing is kept; a number from elsewhere is grouped in threes.
      expect(readableDial('+1 (253) 215-8782,,88364209394#')).to.equal('+1 (253) 215-8782, 883 6420 9394#');
      expect(readableDial('+442079460958')).to.equal('+442 079 460 958');
      expect(groupDigits('12345')).to.equal('12345');
      expect(groupDigits('1234567')).to.equal('123 4567');
    });

    it('names a time zone as its people do, in the reader’s language', () => {
      const winter = new Date('2026-01-15T12:00:00Z');
      const summer = new Date('2026-07-15T12:00:00Z');
      expect(zoneLabel('en', 'America/Los_Angeles', winter)).to.equal('Pacific Time (PST)');
      expect(zoneLabel('en', 'America/Los_Angeles', summer)).to.equal('Pacific Time (PDT)');
      expect(zoneLabel('en', 'America/New_York', winter)).to.equal('Eastern Time (EST)');
      expect(zoneLabel('es', 'America/Los_Angeles', winter)).to.equal('hora del Pacífico (GMT-8)');
      expect(zoneLabel('en', 'Not/AZone', winter), 'an unknown zone stays as written').to.equal('Not/AZone');
    });

    it('shortens a link to its site', () => {
      expect(siteOf('https://www.aasepia.org/meetings/?meeting=shoulder-shoulder-group-Sun12am')).to.equal(
        'aasepia.org',
      );
      expect(siteOf('http://edmontonaa.org/meeting-detail?Id=6')).to.equal('edmontonaa.org');
      expect(siteOf('not a url'), 'an unreadable link stays as written').to.equal('not a url');
    });
  });

  it('shows the dial-in grouped (the full string in tel:), the zone by name, and the site', async () => {
    const el = await loaded(await finder(LANGUAGES));
    const detail = await open(el, 'En Línea Español');
    const dial = detail.querySelector<HTMLAnchorElement>('[part~="dial"]')!;
    expect(dial.textContent!.trim()).to.equal('Dial in: +1 669 900 6833, 883 6420 9394#, *123 456#');
    expect(dial.getAttribute('href')).to.equal('tel:+16699006833,,88364209394%23,,,,*123456%23');
    // In November, the meeting's zone is on standard time.
    expect(fact(el, 'timezone')).to.equal('Pacific Time (PST)');
    const site = $(el, '[part~="detail-website"] a') as HTMLAnchorElement;
    expect(site.textContent).to.equal('example-intergroup.org (opens in a new tab)');
    expect(site.href).to.equal(
      'https://www.example-intergroup.org/meetings/?meeting=en-linea-espanol-sabado-tarde&region=online',
    );
    await expect(el).to.be.accessible();
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('in Spanish: the zone’s Spanish name and the dial-in', async () => {
    const el = await loaded(await finder(LANGUAGES, { lang: 'es' }));
    await open(el, 'En Línea Español');
    expect(fact(el, 'timezone')).to.equal('hora del Pacífico (GMT-8)');
    expect($(el, '[part~="dial"]')!.textContent!.trim()).to.equal(
      'Por teléfono: +1 669 900 6833, 883 6420 9394#, *123 456#',
    );
    await expect(el).to.be.accessible();
  });

  it('reads a real feed’s dial-in strings and links', async () => {
    const el = await loaded(await finder(SEPA, { timezone: 'America/New_York' }));
    const detail = await open(el, 'Expect a Miracle');
    expect(detail.querySelector('[part~="dial"]')!.textContent).to.match(/^Dial in: \+1 \d{3} \d{3} \d{4}, [\d ]+#$/);
    expect(fact(el, 'website')).to.match(/^aasepia\.org/);
    expect(fact(el, 'timezone')).to.equal('Eastern Time (EST)');
  });
});
