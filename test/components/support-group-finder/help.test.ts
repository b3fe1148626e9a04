import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/recovery-provider/recovery-provider.js';
import { HELPLINES } from '../../../src/data/helplines.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, text } from '../../helpers/shadow.js';
import {
  FEEDS,
  MONDAY_EVENING,
  type SupportGroupFinder,
  ZONE,
  finder,
  loaded,
  names,
  search,
  sections,
  settle,
} from './helpers.js';

const EDGE = `${FEEDS}/edge-cases.json`;
const lifeline = HELPLINES.find((h) => h.id === 'lifeline-988')!;
const samhsa = HELPLINES.find((h) => h.id === 'samhsa-helpline')!;

/** A finder inside a provider that sets the partner's contact, as a site would. */
async function inProvider(src: string, { now = MONDAY_EVENING, lang = 'en', theme = '' } = {}) {
  const provider = await fixture(html`<recovery-provider
    organization="Harbor Recovery Center"
    phone="(206) 555-0142"
    sms="(206) 555-0143"
    ><div lang=${lang}></div
  ></recovery-provider>`);
  const el = document.createElement('support-group-finder') as SupportGroupFinder;
  el.now = now;
  el.setAttribute('timezone', ZONE);
  el.setAttribute('src', src);
  if (theme) el.setAttribute('theme', theme);
  provider.querySelector('div')!.append(el);
  await el.updateComplete;
  return loaded(el);
}

const help = (el: Element) => $(el, '[part~="help"]');
const hrefs = (el: Element) => $$(el, '[part~="help-link"]').map((a) => (a as HTMLAnchorElement).getAttribute('href'));
const labels = (el: Element) => $$(el, '[part~="help-link"]').map((a) => a.textContent!.trim());

describe('<support-group-finder>: help at the moment it is needed', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('under "No meetings match": the partner’s phone and text, 988 (call or text), SAMHSA, the chips and the directory', async () => {
    const el = await inProvider(EDGE);
    expect(help(el) === null, 'no help block while meetings start soon').to.equal(true);
    search(el, 'zzz');
    await settle(el);
    const empty = $(el, '[part~="empty"]')!;
    const block = empty.querySelector('[part~="help"]')!;
    expect(block, 'the help block is in the empty state').to.exist;
    expect(block.querySelector('[part~="help-heading"]')!.textContent).to.equal('Talk with someone now');
    expect(block.textContent).to.contain('Harbor Recovery Center').and.contain('988 Suicide & Crisis Lifeline');
    expect(hrefs(el)).to.deep.equal(['tel:2065550142', 'sms:2065550143', 'tel:988', 'sms:988', 'tel:18006624357']);
    expect(labels(el)).to.deep.equal([
      'Call (206) 555-0142',
      'Text (206) 555-0143',
      'Call 988',
      'Text 988',
      'Call 1-800-662-4357',
    ]);
    // Not an alarm: no alert role, and the ways forward are still there.
    expect(block.closest('[role="alert"]') === null && !block.hasAttribute('role')).to.equal(true);
    expect($$(el, '[part~="remove-filter"]').map((b) => b.textContent!.trim())).to.include('Remove search “zzz”');
    expect($$(el, '[part~="directory-links"] a').length).to.be.greaterThan(0);
    expect(ours(log.warn)).to.deep.equal([]);
  });

  it('when every feed failed: the errors, then the help block with the finder’s own attributes, then the directory', async () => {
    const el = await loaded(
      await finder('/faults/404 /faults/500', {
        extra: { phone: '555-0100', email: 'help@harbor.example', 'contact-url': 'https://harbor.example/contact' },
      }),
    );
    expect($$(el, '[part~="error"]')).to.have.length(2);
    expect(hrefs(el)).to.deep.equal([
      'tel:5550100',
      'mailto:help@harbor.example',
      'https://harbor.example/contact',
      `tel:${lifeline.tel}`,
      `sms:${lifeline.sms}`,
      `tel:${samhsa.tel}`,
    ]);
    expect(labels(el).slice(0, 3)).to.deep.equal(['Call 555-0100', 'Email us', 'Contact us']);
    // Another site: the contact link tells it nothing about this page.
    expect($$(el, '[part~="help-link"]')[2].getAttribute('rel')).to.equal('noopener noreferrer');
    expect(text(el)).to.contain('If you’d like to talk with someone now');
    await expect(el).to.be.accessible();
  });

  it('without a partner contact, still the national lines', async () => {
    const el = await loaded(await finder('/faults/404'));
    expect(hrefs(el)).to.deep.equal([`tel:${lifeline.tel}`, `sms:${lifeline.sms}`, `tel:${samhsa.tel}`]);
  });

  it('quietly above the day sections when nothing is in progress or starting soon, and not otherwise', async () => {
    // Tuesday noon: the feed's next meetings are on Saturday.
    const el = await inProvider(EDGE, { now: new Date(2026, 10, 24, 12, 0) });
    expect(sections(el)[0].title).to.match(/^Saturday/);
    const block = help(el)!;
    expect(block.textContent).to.contain('No meeting is on right now or starting soon');
    // Above the list, outside it, and shorter than under an empty list.
    const list = $(el, '[part~="list"]')!;
    expect(block.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(list.contains(block)).to.equal(false);
    expect(block.textContent).not.to.contain('Free and confidential');
    expect(hrefs(el)).to.include(`tel:${lifeline.tel}`).and.include('tel:2065550142');
    expect(names(el)).to.have.length(9);

    const inProgress = await inProvider(EDGE, { now: new Date(2026, 10, 23, 19, 30) });
    expect(sections(inProgress)[0].title).to.equal('In progress');
    expect(help(inProgress) === null, 'no help block while a meeting is on').to.equal(true);
  });

  it('offers the online meetings in progress at the top, one click from joining', async () => {
    const el = await inProvider(EDGE, { now: new Date(2026, 10, 23, 19, 30) });
    const onNow = $(el, '[part~="on-now"]')!;
    expect(onNow.querySelector('[part~="on-now-heading"]')!.textContent).to.equal('Join a meeting that’s on now');
    const join = onNow.querySelector<HTMLAnchorElement>('[part~="on-now-link"]')!;
    expect(join.textContent).to.contain('Join Monday 7pm').and.contain('(opens in a new tab)');
    expect(join.href).to.equal('https://zoom.us/d/1234567');
    expect(join.rel).to.equal('noopener noreferrer');
    // Before the filters: the first thing after the heading.
    expect(
      onNow.compareDocumentPosition($(el, '[part~="filters"]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);

    const soon = await inProvider(EDGE);
    expect($(soon, '[part~="on-now"]') === null, 'nothing offered when no meeting is on').to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'es']) {
      it(`passes axe with the help block and the meetings on now (${theme}, ${lang})`, async () => {
        const quiet = await inProvider(EDGE, { now: new Date(2026, 10, 24, 12, 0), theme, lang });
        expect(help(quiet)).to.exist;
        await expect(quiet).to.be.accessible();
        search(quiet, 'zzz');
        await settle(quiet);
        expect($(quiet, '[part~="empty"] [part~="help"]')).to.exist;
        await expect(quiet).to.be.accessible();
        const on = await inProvider(EDGE, { now: new Date(2026, 10, 23, 19, 30), theme, lang });
        expect($(on, '[part~="on-now"]')).to.exist;
        await expect(on).to.be.accessible();
      });
    }
  }

  it('says it calmly in Spanish, with the same numbers', async () => {
    const el = await inProvider(EDGE, { now: new Date(2026, 10, 24, 12, 0), lang: 'es' });
    const block = help(el)!;
    expect(block.querySelector('[part~="help-heading"]')!.textContent).to.equal('Hable con alguien ahora');
    expect(block.textContent)
      .to.contain('Ahora no hay reuniones en curso ni que empiecen pronto')
      .and.contain('988 Línea de Prevención del Suicidio y Crisis')
      .and.contain('Línea Nacional de Ayuda de SAMHSA');
    expect(labels(el)).to.include('Llamar al 988').and.include('Enviar un mensaje de texto al 988');
    expect(hrefs(el)).to.include(`sms:${lifeline.sms}`);
    const on = await inProvider(EDGE, { now: new Date(2026, 10, 23, 19, 30), lang: 'es' });
    expect($(on, '[part~="on-now-link"]')!.textContent).to.contain('Unirse a Monday 7pm');
  });
});
