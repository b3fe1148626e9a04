import { expect, fixture, html } from '@open-wc/testing';
import type { RecoveryCta } from '../../src/components/recovery-cta/recovery-cta.js';
import '../../src/components/recovery-cta/recovery-cta.js';
import '../../src/components/recovery-provider/recovery-provider.js';
import { registerLanguagePack, resetPacksForTests } from '../../src/internal/language-packs.js';
import { ours, recordConsole } from '../helpers/console.js';
import { $, text } from '../helpers/shadow.js';

const PACKS = '/test/fixtures/packs';
/** Requests made since `from`, by path. */
const requestsSince = (from: number) =>
  performance
    .getEntriesByType('resource')
    .slice(from)
    .map((r) => new URL(r.name).pathname);

describe('language packs', () => {
  let log: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    resetPacksForTests();
    log = recordConsole();
  });
  afterEach(() => log.restore());

  it('an English page requests no pack', async () => {
    const from = performance.getEntriesByType('resource').length;
    const el = await fixture(html`<recovery-cta lang="en-GB"></recovery-cta>`);
    expect($(el, 'h2')!.textContent).to.equal('Start your journey');
    expect(requestsSince(from).filter((p) => p.includes('i18n'))).to.deep.equal([]);
  });

  it('requests a language once per page, however many widgets need it', async () => {
    const from = performance.getEntriesByType('resource').length;
    const wrapper = await fixture(
      html`<div lang="es-MX"><recovery-cta></recovery-cta><recovery-cta lang="es"></recovery-cta></div>`,
    );
    const [a, b] = wrapper.querySelectorAll<RecoveryCta>('recovery-cta');
    await a.updateComplete;
    await b.updateComplete;
    expect($(a, 'h2')!.textContent).to.equal('Comience su camino');
    expect($(b, 'h2')!.textContent).to.equal('Comience su camino');
    expect(requestsSince(from).filter((p) => p === '/i18n/es.json')).to.have.length(1);
  });

  it('lays the widget out hidden until its pack arrives: no flash of English', async () => {
    const el = document.createElement('recovery-cta');
    el.lang = 'es';
    document.body.append(el);
    try {
      await new Promise((r) => requestAnimationFrame(r));
      const base = $(el, '[part~="base"]')!;
      if (!$(el, 'h2')!.textContent!.startsWith('Comience')) {
        expect(getComputedStyle(base).visibility).to.equal('hidden');
        expect(base.getAttribute('aria-busy')).to.equal('true');
      }
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('Comience su camino');
      expect(getComputedStyle($(el, '[part~="base"]')!).visibility).to.equal('visible');
    } finally {
      el.remove();
    }
  });

  it('a pack that is missing gives English and one console message naming the file', async () => {
    const el = await fixture(html`
      <recovery-provider language-pack="de=${PACKS}/nowhere.json" lang="de">
        <recovery-cta></recovery-cta><recovery-cta></recovery-cta>
      </recovery-provider>
    `);
    const [a, b] = el.querySelectorAll<RecoveryCta>('recovery-cta');
    await a.updateComplete;
    await b.updateComplete;
    expect($(a, 'h2')!.textContent).to.equal('Start your journey');
    expect($(b, 'h2')!.textContent).to.equal('Start your journey');
    const said = ours(log.warn).filter((m) => m.includes('nowhere.json'));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/language pack .*\/test\/fixtures\/packs\/nowhere\.json could not be loaded \(404/);
  });

  it('a malformed pack gives English and one console message naming the file', async () => {
    const el = await fixture(html`
      <recovery-provider language-pack="de=${PACKS}/broken.json" lang="de"><recovery-cta></recovery-cta></recovery-provider>
    `);
    const cta = el.querySelector<RecoveryCta>('recovery-cta')!;
    await cta.updateComplete;
    expect($(cta, 'h2')!.textContent).to.equal('Start your journey');
    expect(ours(log.warn).filter((m) => m.includes('broken.json'))).to.have.length(1);
  });

  it('a partner adds a language: missing strings are English, named once in the console', async () => {
    const el = await fixture(html`
      <recovery-provider language-pack="de=${PACKS}/de.json" lang="de-AT" phone="555-0100">
        <recovery-cta></recovery-cta>
      </recovery-provider>
    `);
    const cta = el.querySelector<RecoveryCta>('recovery-cta')!;
    await cta.updateComplete;
    expect($(cta, 'h2')!.textContent).to.equal('Beginnen Sie Ihren Weg');
    expect($(cta, '[part~="action-call"]')!.textContent).to.equal('555-0100 anrufen');
    // "message" is not in the pack: English for that string only.
    expect($(cta, '[part~="message"]')!.textContent).to.equal("We're always here for you. Reach out today.");
    const said = ours(log.warn).filter((m) => m.includes('de language pack'));
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('lacks 1 string').and.contain('"cta": message');
    await expect(cta).to.be.accessible();
  });

  it('a partner rewords one string of English or Spanish; a placeholder English lacks is refused', async () => {
    const el = await fixture(html`
      <recovery-provider language-pack="en=${PACKS}/en-our-words.json es=${PACKS}/es-our-words.json" phone="555-0100">
        <recovery-cta></recovery-cta><recovery-cta lang="es"></recovery-cta>
      </recovery-provider>
    `);
    const [en, es] = el.querySelectorAll<RecoveryCta>('recovery-cta');
    await en.updateComplete;
    await es.updateComplete;
    expect($(en, 'h2')!.textContent).to.equal('Talk to Harbor today');
    expect($(en, '[part~="message"]')!.textContent).to.equal("We're always here for you. Reach out today.");
    expect($(es, 'h2')!.textContent).to.equal('Hable con Harbor hoy');
    // {evil} is not a placeholder of "call": the shipped Spanish wording is used instead.
    expect($(es, '[part~="action-call"]')!.textContent).to.equal('Llamar al 555-0100');
    expect(text(es)).to.contain('Siempre estamos aquí para usted');
  });

  it('registerLanguagePack() adds a language from script, and the widgets follow at once', async () => {
    const el = await fixture<RecoveryCta>(html`<recovery-cta lang="nl"></recovery-cta>`);
    expect($(el, 'h2')!.textContent).to.equal('Start your journey');
    registerLanguagePack({ language: 'nl', messages: { cta: { heading: 'Begin uw weg' } } });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Begin uw weg');
  });

  it('a bad language-pack token is named, and the others still load', async () => {
    const el = await fixture(html`
      <recovery-provider language-pack="javascript:alert(1) de=${PACKS}/de.json" lang="de"><recovery-cta></recovery-cta></recovery-provider>
    `);
    const cta = el.querySelector<RecoveryCta>('recovery-cta')!;
    await cta.updateComplete;
    expect($(cta, 'h2')!.textContent).to.equal('Beginnen Sie Ihren Weg');
    expect(
      ours(log.warn).some((m) => m.includes('language-pack token "javascript:alert(1)" is not lang=url')),
    ).to.equal(true);
  });
});
