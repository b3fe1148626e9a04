import { expect } from '@open-wc/testing';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';
import { FEEDS, countText, finder, loaded, names, sections, settle, type SupportGroupFinder } from './helpers.js';

const WILD = `${FEEDS}/meeting-guide-wild.json`;

/** The wild feed with all 13 of its rows drawn (the first ones paint at once, the rest when idle). */
async function wild(options: Parameters<typeof finder>[1] = {}): Promise<SupportGroupFinder> {
  const el = await loaded(await finder(WILD, options));
  await until(() => names(el).length === 13, 5000);
  return el;
}

async function open(el: SupportGroupFinder, name: string): Promise<HTMLElement> {
  $$(el, '[part~="meeting-name"]')
    .find((b) => b.textContent === name)!
    .click();
  await settle(el);
  return $(el, '[part~="detail"]')!;
}

const typesOf = (el: SupportGroupFinder) =>
  Object.fromEntries(
    $$(el, '[part~="meeting"]').map((row) => [
      row.querySelector('[part~="meeting-name"]')!.textContent!.trim(),
      row.querySelector('[part~="meeting-details"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );

describe('<support-group-finder> with feeds in the shapes found in the wild', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => {
    log.restore();
    // With sync-url a test leaves the open meeting in the address: the next finder must not read it.
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()]) if (key.startsWith('rw-')) url.searchParams.delete(key);
    history.replaceState(null, '', url);
  });

  it('lists every usable record, and tells the webmaster about the rest in one line', async () => {
    const el = await wild();
    expect(countText(el)).to.equal('13 meetings');
    expect(names(el)).to.include.members(['Bracketed Types', 'Quoted Array Types', 'Days As Text', 'Noon Serenity']);
    expect(names(el).filter((n) => n === 'Noon Serenity')).to.have.length(2);
    expect(names(el)).to.not.include('Someday Meeting');
    // One line for the feed, and one for the meeting whose times would mislead a visitor.
    expect(ours(log.warn)).to.have.length(1);
    expect(ours(log.warn)[0])
      .to.contain('meeting-guide-wild.json')
      .and.contain('1 record skipped, 4 fields dropped')
      .and.contain('feedback-hostile');
    expect(ours(log.info)).to.have.length(1);
    expect(ours(log.info)[0]).to.match(/meeting-guide-wild\.json": record noon-step field end_time: .*"Noon Step"/);
    expect(typesOf(el)['Bracketed Types']).to.contain('Open');
    expect(typesOf(el)['Day Name']).to.contain('Open').and.contain('Wheelchair Access');
    expect(typesOf(el)['Quoted Array Types']).to.contain('Closed').and.contain('Newcomer');
    await expect(el).to.be.accessible();
  });

  it('does not show a meeting whose end time is a typo as in progress all evening', async () => {
    // Monday 18:45: "Noon Step" (12:30, end 01:30) is over; "Days As Text" (18:00) is on.
    const el = await wild();
    expect(sections(el)[0]).to.deep.equal({ title: 'In progress', names: ['Days As Text'] });
    const detail = await open(el, 'Noon Step');
    expect($(el, '[part~="detail-when"]')!.textContent).to.not.match(/1:30/);
    expect(detail.textContent).to.contain('Noon Step');
    // The webmaster is told which meeting, and why it shows one hour.
    expect(ours(log.info).join('\n')).to.contain(
      'end_time: 01:30 makes the meeting "Noon Step" longer than 4 hours, likely a typo; using one hour',
    );
  });

  it('links a change request to the page, not to a meeting the page cannot open, without sync-url', async () => {
    const el = await wild();
    const detail = await open(el, 'Rock & Roll "Recovery"');
    const url = new URL(detail.querySelector<HTMLAnchorElement>('[part~="feedback"]')!.href);
    // The meeting is named; the link is this page, with no rw-meeting that would go unread.
    expect(url.searchParams.get('subject')).to.equal('Change to a meeting listing: Rock & Roll "Recovery"');
    const link = /https?:\S+/.exec(url.searchParams.get('body')!)![0];
    expect(new URL(link).searchParams.has('rw-meeting')).to.equal(false);
    expect(new URL(link).pathname).to.equal(location.pathname);
  });

  it('puts the meeting’s address bare in an Arabic change request, so the mail program’s link ends where it should', async () => {
    const el = await wild({ lang: 'ar', extra: { 'sync-url': '' } });
    const detail = await open(el, 'Rock & Roll "Recovery"');
    const body = new URL(detail.querySelector<HTMLAnchorElement>('[part~="feedback"]')!.href).searchParams.get('body')!;
    // The name stays isolated in the right-to-left text; the address has no direction mark beside it.
    expect(body).to.contain('\u2068Rock & Roll "Recovery"\u2069');
    const link = /https?:\S+/.exec(body)![0];
    expect(link).to.not.match(/[\u2066-\u2069]/);
    expect(new URL(link).searchParams.get('rw-meeting')).to.equal('0:feedback-email');
  });

  it('offers "Request a change": the feed’s page, else an email naming the meeting', async () => {
    const el = await wild({ extra: { 'sync-url': '' } });
    let detail = await open(el, 'Feedback Page');
    const page = detail.querySelector<HTMLAnchorElement>('[part~="feedback"]')!;
    expect(page.textContent).to.contain('Request a change');
    expect(page.href).to.equal('https://intergroup.example/feedback?meeting=feedback-url');
    expect([page.target, page.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    await expect(el).to.be.accessible();

    $(el, '[part~="back"]')!.click();
    await settle(el);
    detail = await open(el, 'Rock & Roll "Recovery"');
    const mail = detail.querySelector<HTMLAnchorElement>('[part~="feedback"]')!;
    expect(mail.textContent!.trim()).to.equal('Request a change');
    const url = new URL(mail.href);
    expect(url.protocol).to.equal('mailto:');
    expect(decodeURIComponent(url.pathname)).to.equal('listings@intergroup.example,help@intergroup.example');
    // Only the subject and body: the name's `&` and quotes cannot add a header.
    expect([...url.searchParams.keys()]).to.deep.equal(['subject', 'body']);
    expect(url.searchParams.get('subject')).to.equal('Change to a meeting listing: Rock & Roll "Recovery"');
    const body = url.searchParams.get('body')!;
    expect(body).to.contain('“Rock & Roll "Recovery"”');
    const link = /https?:\S+/.exec(body)![0];
    expect(new URL(link).searchParams.get('rw-meeting')).to.equal('0:feedback-email');
    expect(body).to.contain('\r\n');

    $(el, '[part~="back"]')!.click();
    await settle(el);
    detail = await open(el, 'Hostile Feedback');
    expect(detail.querySelector('[part~="feedback"]'), 'no link from hostile values').to.equal(null);
  });

  it('asks for a change in the visitor’s language', async () => {
    const el = await wild({ lang: 'es' });
    const detail = await open(el, 'Rock & Roll "Recovery"');
    const mail = detail.querySelector<HTMLAnchorElement>('[part~="feedback"]')!;
    expect(mail.textContent!.trim()).to.equal('Pedir un cambio');
    expect(new URL(mail.href).searchParams.get('subject')).to.equal(
      'Cambio en los datos de una reunión: Rock & Roll "Recovery"',
    );
    await expect(el).to.be.accessible();
  });

  it('dials a vanity number with its extension, showing it as written', async () => {
    const el = await wild();
    const detail = await open(el, 'Vanity Phone');
    const phone = detail.querySelector<HTMLAnchorElement>('[part~="detail-phone"] a')!;
    expect(phone.textContent).to.equal('1-800-RECOVERY ext. 12');
    expect(phone.getAttribute('href')).to.equal('tel:18007326837,12');
    expect(detail.querySelector('[part~="dial"]')!.getAttribute('href')).to.equal('tel:+16465588656,,123456%23');
  });
});

describe('<support-group-finder> with a BMLT feed and no fellowship attribute', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('names the server’s standard formats with NA’s words, without a format list', async () => {
    const el = await loaded(await finder(`${FEEDS}/bmlt-standard-keys.json`));
    const types = typesOf(el);
    expect(types['Keys Monday']).to.contain('Open').and.contain('Just for Today').and.contain('Step study');
    expect(types['Keys Tuesday']).to.contain('Speaker/discussion').and.contain('Tradition study');
    expect(types['Keys Wednesday']).to.contain('Chronic illness').and.contain('Steps 5 and 10');
    expect(types['Keys Thursday']).to.contain('Candlelight');
    // No code shown bare.
    expect(Object.values(types).join(' ')).to.not.match(/\b(JT|SD|St|Tr|So|IL|Ag|FD|Ti|CL)\b/);
    const menu = $$(el, '#sgf-type option').map((o) => o.textContent!.trim());
    expect(menu).to.include.members(['Agnostic', 'Timed shares', 'Speaker']);
    expect([...ours(log.warn), ...ours(log.info)]).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says them in Spanish', async () => {
    const el = await loaded(await finder(`${FEEDS}/bmlt-standard-keys.json`, { lang: 'es' }));
    const types = typesOf(el);
    expect(types['Keys Monday']).to.contain('Abierta').and.contain('Solo por Hoy');
    expect(types['Keys Wednesday']).to.contain('Enfermedades crónicas').and.contain('Pasos 5 y 10');
    expect(types['Keys Tuesday']).to.contain('Orador y discusión');
    await expect(el).to.be.accessible();
  });

  it('shows the feed’s own format names, in the list, the detail and the type menu', async () => {
    const el = await loaded(await finder(`${FEEDS}/bmlt-standard-formats.json`));
    const types = typesOf(el);
    expect(types['Morning Hope']).to.contain('Wheelchair').and.not.contain('Wheelchair access');
    expect(types['Speaker Night']).to.contain('Speaker/Discussion').and.contain('Illness');
    expect(types['Hybrid Noon']).to.contain('In person and online');
    const menu = $$(el, '#sgf-type option').map((o) => o.textContent!.trim());
    expect(menu).to.include.members(['Illness', 'Wheelchair']);
    const detail = await open(el, 'Speaker Night');
    expect(detail.querySelector('[part~="detail-types"]')!.textContent).to.contain('Illness');
    expect([...ours(log.warn), ...ours(log.info)]).to.deep.equal([]);
  });
});

describe('<support-group-finder> showing when a listing was last updated', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  /** The fact as read aloud: its term, its date, and the note when there is one. */
  const updated = (detail: HTMLElement) => {
    const fact = detail.querySelector('[part~="detail-updated"]')!;
    const note = fact.querySelector('[part~="detail-out-of-date"]')?.textContent;
    const date = fact.querySelector('dd')!.textContent!.replace(note ?? '', '');
    return [fact.querySelector('dt')!.textContent, date, ...(note ? [note] : [])];
  };

  it('shows the date, and no warning without stale-after', async () => {
    const el = await wild();
    const detail = await open(el, 'Feedback Page');
    expect(updated(detail)).to.deep.equal(['Updated', 'February 10, 2024']);
    expect(detail.querySelector('[part~="detail-out-of-date"]')).to.equal(null);
  });

  for (const theme of ['light', 'dark'])
    for (const lang of ['en', 'es'])
      it(`says an old listing may be out of date past stale-after, with its feedback link (${theme}, ${lang})`, async () => {
        const el = await wild({ lang, extra: { 'stale-after': '365', theme } });
        const detail = await open(el, 'Feedback Page');
        expect(updated(detail)).to.deep.equal(
          lang === 'en'
            ? ['Updated', 'February 10, 2024', 'This listing may be out of date. Check with the group before you go.']
            : [
                'Actualizado',
                '10 de febrero de 2024',
                'Es posible que estos datos no estén al día. Confírmelos con el grupo antes de ir.',
              ],
        );
        expect(detail.querySelector('[part~="feedback"]')!.textContent).to.contain(
          lang === 'en' ? 'Request a change' : 'Pedir un cambio',
        );
        await expect(el).to.be.accessible();

        $(el, '[part~="back"]')!.click();
        await settle(el);
        const recent = await open(el, 'Rock & Roll "Recovery"');
        expect(recent.querySelector('[part~="detail-updated"]')).to.not.equal(null);
        expect(recent.querySelector('[part~="detail-out-of-date"]'), 'updated 53 days ago').to.equal(null);
        await expect(el).to.be.accessible();
      });

  it('says once what is wrong with a stale-after that is not a number of days, and calls nothing stale', async () => {
    const el = await wild({ extra: { 'stale-after': 'a year' } });
    const detail = await open(el, 'Feedback Page');
    expect(detail.querySelector('[part~="detail-out-of-date"]')).to.equal(null);
    expect(ours(log.warn).filter((m) => m.includes('stale-after'))).to.deep.equal([
      '[recovery-widgets] <support-group-finder>: stale-after="a year" must be a whole number of days from 1 to 3650; no listing is called out of date.',
    ]);
    expect(detail.querySelector('[part~="detail-heading"]')!.textContent).to.equal('Feedback Page');
  });
});

describe('<support-group-finder> with a BMLT feed and fellowship set', () => {
  it('keeps the BMLT standard’s names for the codes the named vocabulary lacks, never a bare code', async () => {
    const el = await loaded(await finder(`${FEEDS}/bmlt-standard-keys.json`, { extra: { fellowship: 'aa' } }));
    const types = typesOf(el);
    // The server's codes are its standard ones (OPEN, JFT, STEP): AA's table has none of them.
    expect(types['Keys Monday']).to.contain('Open').and.contain('Just for Today').and.contain('Step study');
    expect(types['Keys Tuesday']).to.contain('Closed').and.contain('Speaker/discussion');
    expect(Object.values(types).join(' ')).to.not.match(/\b(OPEN|CLOSED|JFT|STEP|TRAD|JT|SD|St|Tr|IL|Ag|FD|Ti|CL)\b/);
    const menu = $$(el, '#sgf-type option').map((o) => o.textContent!.trim());
    expect(menu).to.include.members(['Just for Today', 'Agnostic']);
    await expect(el).to.be.accessible();
  });
});
