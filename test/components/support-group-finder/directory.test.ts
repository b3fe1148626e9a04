import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/support-group-finder/support-group-finder.js';
import type { SupportGroupFinder } from '../../../src/components/support-group-finder/support-group-finder.js';
import { FELLOWSHIPS } from '../../../src/directory/fellowships.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, settled, text } from '../../helpers/shadow.js';

const entryNames = (el: Element) => $$(el, '[part~="entry-name"]').map((h) => h.textContent!.trim());
const pathRadio = (el: Element, label: string) =>
  $$(el, '[part~="path-tab"]')
    .find((l) => l.textContent!.trim() === label)!
    .querySelector('input')!;

describe('<support-group-finder> with no configuration', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  it('is a directory with three paths, "Support for me" first', async () => {
    const el = await fixture<SupportGroupFinder>(html`<support-group-finder></support-group-finder>`);
    expect($(el, 'h2')!.textContent).to.equal('Find a support group');
    const paths = $$(el, '[part~="path-tab"]').map((l) => l.textContent!.trim());
    expect(paths).to.deep.equal(['Support for me', 'Support for someone I love', 'Professional help']);
    expect(pathRadio(el, 'Support for me').checked).to.equal(true);
    const self = FELLOWSHIPS.filter((f) => f.serves === 'self').map((f) => f.name);
    expect(entryNames(el)).to.deep.equal(self);
    expect(entryNames(el)).to.include.members(['Alcoholics Anonymous', 'SMART Recovery']);
    expect(ours(log.warn)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows family groups and professional help on the other paths', async () => {
    const el = await fixture<SupportGroupFinder>(html`<support-group-finder></support-group-finder>`);
    pathRadio(el, 'Support for someone I love').click();
    await settled(el);
    expect(entryNames(el)).to.include.members(['Al-Anon Family Groups', 'Alateen', 'Nar-Anon Family Groups']);
    expect(entryNames(el)).not.to.include('Alcoholics Anonymous');
    pathRadio(el, 'Professional help').click();
    await settled(el);
    expect(entryNames(el)).to.deep.equal(['SAMHSA National Helpline', 'FindTreatment.gov']);
    const links = $$(el, '[part~="entry-link"]').map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['tel:18006624357', 'https://findtreatment.gov/']);
    await expect(el).to.be.accessible();
  });

  it('moves between paths with the arrow keys', async () => {
    const el = await fixture<SupportGroupFinder>(html`<support-group-finder></support-group-finder>`);
    pathRadio(el, 'Support for me').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(pathRadio(el, 'Support for someone I love').checked).to.equal(true);
    expect($(el, '[part~="path-heading"]')!.textContent).to.equal('Support for someone I love');
    expect(el.shadowRoot!.activeElement === pathRadio(el, 'Support for someone I love')).to.equal(true);
  });

  it('filters by approach', async () => {
    const el = await fixture<SupportGroupFinder>(html`<support-group-finder></support-group-finder>`);
    const select = $(el, '[part~="approach"]') as HTMLSelectElement;
    const options = Array.from(select.options).map((o) => o.textContent!.trim());
    expect(options).to.include.members(['All approaches', '12-step', 'Secular', 'Faith-based', 'Buddhist-inspired']);
    select.value = 'secular';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    const secular = FELLOWSHIPS.filter((f) => f.serves === 'self' && f.approach === 'secular').map((f) => f.name);
    expect(entryNames(el)).to.deep.equal(secular);
    select.value = 'buddhist-inspired';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(entryNames(el)).to.deep.equal(['Recovery Dharma', 'Refuge Recovery']);
  });

  it('shows the fellowships added on 2026-12-07, each linked to its own site', async () => {
    const el = await fixture<SupportGroupFinder>(html`<support-group-finder></support-group-finder>`);
    const finder = (name: string) =>
      $$(el, '[part~="entry"]')
        .find((e) => e.querySelector('[part~="entry-name"]')!.textContent === name)
        ?.querySelector<HTMLAnchorElement>('[part~="entry-finder"]')?.href;
    expect(finder('Marijuana Anonymous')).to.equal('https://marijuana-anonymous.org/');
    expect(finder('Dual Recovery Anonymous')).to.equal('https://draonline.org/');
    expect(finder('Refuge Recovery')).to.equal('https://www.refugerecovery.org/');
    expect(finder('Medication-Assisted Recovery Anonymous')).to.equal('https://mara-international.org/');
    expect(text(el)).to.contain('methadone, buprenorphine');
    pathRadio(el, 'Support for someone I love').click();
    await settled(el);
    expect(finder('Alateen')).to.equal('https://al-anon.org/newcomers/teen-corner-alateen/');
    expect(finder('SMART Recovery Family & Friends')).to.equal('https://smartrecovery.org/family/');
    await expect(el).to.be.accessible();
  });

  it('links every entry to its official finder in a new tab, safely and announced', async () => {
    const el = await fixture<SupportGroupFinder>(html`<support-group-finder></support-group-finder>`);
    for (const label of ['Support for me', 'Support for someone I love', 'Professional help']) {
      pathRadio(el, label).click();
      await settled(el);
      const outbound = $$(el, 'a[target="_blank"]');
      expect(outbound.length).to.be.greaterThan(1);
      for (const a of outbound) {
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('href')).to.match(/^https:\/\//);
        expect(a.querySelector('.visually-hidden')!.textContent).to.contain('(opens in a new tab)');
      }
    }
    pathRadio(el, 'Support for me').click();
    await settled(el);
    const entry = (name: string) =>
      $$(el, '[part~="entry"]').find((e) => e.querySelector('[part~="entry-name"]')!.textContent === name)!;
    const aa = entry('Alcoholics Anonymous');
    expect(aa.querySelector<HTMLAnchorElement>('[part~="entry-finder"]')!.href).to.equal('https://www.aa.org/');
    for (const f of FELLOWSHIPS.filter((x) => x.serves === 'self')) {
      const online = entry(f.name).querySelector<HTMLAnchorElement>('[part~="entry-online"]');
      expect(online?.href, f.name).to.equal(f.onlineUrl);
    }
  });

  it('speaks Spanish, passes axe in dark, and requests nothing but its language pack', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<SupportGroupFinder>(
      html`<support-group-finder lang="es" theme="dark"></support-group-finder>`,
    );
    expect($(el, 'h2')!.textContent).to.equal('Encuentre un grupo de apoyo');
    expect(text(el)).to.contain('Apoyo para mí').and.contain('Ayuda profesional');
    expect(text(el)).to.contain('Grupos de pares para quien quiera dejar de beber');
    await expect(el).to.be.accessible();
    const requests = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((r) => new URL(r.name).pathname);
    // Once per page: an earlier test may have loaded it already.
    expect(requests.filter((p) => p !== '/i18n/es.json')).to.deep.equal([]);
  });

  it('fits the host outline with heading-level', async () => {
    const el = await fixture<SupportGroupFinder>(html`<support-group-finder heading-level="3"></support-group-finder>`);
    expect($(el, 'h3[part~="heading"]')).to.exist;
    expect($(el, 'h4[part~="path-heading"]')).to.exist;
    expect($(el, 'h5[part~="entry-name"]')).to.exist;
  });
});
