import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/recovery-cta/recovery-cta.js';
import '../../../src/components/recovery-provider/recovery-provider.js';
import type { RecoveryCta } from '../../../src/components/recovery-cta/recovery-cta.js';
import type { RecoveryProvider } from '../../../src/components/recovery-provider/recovery-provider.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { $, $$, settled, text } from '../../helpers/shadow.js';

const hrefs = (el: Element, part: string) => $$(el, `[part~="${part}"]`).map((a) => a.getAttribute('href'));

describe('<recovery-cta>', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  describe('with no configuration', () => {
    it('shows the heading, message and both national lines', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta></recovery-cta>`);
      expect($(el, 'h2')!.textContent).to.equal('Start your journey');
      expect(text(el)).to.contain("We're always here for you");
      expect(text(el)).to.contain('988 Suicide & Crisis Lifeline');
      expect(text(el)).to.contain('SAMHSA National Helpline');
      expect(hrefs(el, 'helpline-link')).to.include.members(['tel:988', 'sms:988', 'tel:18006624357']);
      expect($(el, '[part~="actions"]')).to.equal(null);
    });

    it('tells the webmaster, once, which settings would add their own contact', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta></recovery-cta>`);
      el.requestUpdate();
      await el.updateComplete;
      const hints = ours(log.info);
      expect(hints).to.have.length(1);
      expect(hints[0]).to.contain('<recovery-cta>').and.contain('phone').and.contain('recovery-provider');
      expect(ours(log.warn)).to.deep.equal([]);
    });

    it('passes axe', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta></recovery-cta>`);
      await expect(el).to.be.accessible();
    });

    it('offers the Veterans Crisis Line (988, then 1, or text 838255) and SAMHSA’s TTY line', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta></recovery-cta>`);
      const lines = $$(el, '[part~="helpline"]');
      expect(lines.map((l) => l.querySelector('.helpline-name')!.textContent)).to.deep.equal([
        '988 Suicide & Crisis Lifeline',
        'Veterans Crisis Line',
        'SAMHSA National Helpline',
      ]);
      const links = (line: Element) =>
        Array.from(line.querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
      expect(links(lines[1]).slice(0, 2)).to.deep.equal([
        ['tel:988', 'Call 988, then press 1'],
        ['sms:838255', 'Text 838255'],
      ]);
      expect(lines[1].textContent).to.contain('veterans, service members');
      expect(links(lines[2])).to.deep.include(['tel:18004874889', 'TTY 1-800-487-4889']);
      expect(links(lines[0]).slice(0, 2)).to.deep.equal([
        ['tel:988', 'Call 988'],
        ['sms:988', 'Text 988'],
      ]);
    });

    it('says it in Spanish, with 988’s Spanish options, and passes axe in dark', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta lang="es" theme="dark"></recovery-cta>`);
      expect(text(el)).to.contain('Línea de Crisis para Veteranos');
      expect(text(el)).to.contain('oprima el 2').and.contain('AYUDA');
      const labels = $$(el, '[part~="helpline-link"]').map((a) => a.textContent!.trim());
      expect(labels).to.include.members(['Llamar al 988 y oprimir el 1', 'Línea TTY 1-800-487-4889']);
      await expect(el).to.be.accessible();
    });
  });

  describe('with the organization’s settings', () => {
    it('builds call, text, email and contact actions', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta
        organization="Harbor Clinic"
        phone="(206) 555-0100"
        sms="206-555-0199"
        email="help@harbor.example"
        contact-url="/contact"
        hours="Mon–Fri, 9am–5pm"
      ></recovery-cta>`);
      expect($(el, 'h2')!.textContent).to.equal('Start your journey with Harbor Clinic');
      expect($(el, '[part~="action-call"]')!.getAttribute('href')).to.equal('tel:2065550100');
      expect($(el, '[part~="action-call"]')!.textContent).to.equal('Call (206) 555-0100');
      expect($(el, '[part~="action-sms"]')!.getAttribute('href')).to.equal('sms:2065550199');
      expect($(el, '[part~="action-email"]')!.getAttribute('href')).to.equal('mailto:help@harbor.example');
      expect($(el, '[part~="action-contact"]')!.getAttribute('href')).to.equal(new URL('/contact', location.href).href);
      expect($(el, '[part~="hours"]')!.textContent).to.equal('Hours: Mon–Fri, 9am–5pm');
      expect(ours(log.info)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a vanity number with its extension as written and dials the digits, then the extension', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta
        phone="1-800-RECOVERY ext. 12"
        sms="1-800-GET-TEXT"
      ></recovery-cta>`);
      const call = $(el, '[part~="action-call"]')!;
      expect(call.getAttribute('href')).to.equal('tel:18007326837,12');
      expect(call.textContent).to.equal('Call 1-800-RECOVERY ext. 12');
      expect($(el, '[part~="action-sms"]')!.getAttribute('href')).to.equal('sms:18004388398');
      expect([...ours(log.warn), ...ours(log.error)]).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('leaves out a text number with an extension, and says why', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta phone="555-0100" sms="555-0100 x12"></recovery-cta>`);
      expect($(el, '[part~="action-sms"]')).to.equal(null);
      expect($(el, '[part~="action-call"]')!.getAttribute('href')).to.equal('tel:5550100');
      expect(ours(log.warn)).to.deep.equal([
        '[recovery-widgets] <recovery-cta>: sms="555-0100 x12" has an extension, and a text message cannot reach one; it is left out.',
      ]);
    });

    it('can hide the national lines', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta phone="555-0100" hide-helplines></recovery-cta>`);
      expect($(el, '[part~="helplines"]')).to.equal(null);
      expect(text(el)).not.to.contain('988');
    });

    it('fires recovery-cta-action with the action and nothing personal', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta phone="555-0100"></recovery-cta>`);
      el.addEventListener('click', (e) => e.preventDefault());
      const link = $(el, '[part~="action-call"]')!;
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'recovery-cta-action');
      expect(event.detail).to.deep.equal({ action: 'call' });
      const lifeline = $$(el, '[part~="helpline-link"]')[0];
      setTimeout(() => lifeline.click());
      const second = await oneEvent(el, 'recovery-cta-action');
      expect(second.detail).to.deep.equal({ action: 'helpline-call', helpline: 'lifeline-988' });
    });

    it('opens outside links in a new tab without leaking the page', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta></recovery-cta>`);
      const outbound = $$(el, 'a[target="_blank"]');
      expect(outbound.length).to.be.greaterThan(0);
      for (const a of outbound) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('lets partners replace the heading and message through slots', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta>
        <h3 slot="heading">We can help today</h3>
        <p slot="message">Call our team.</p>
      </recovery-cta>`);
      const slot = $(el, 'slot[name="heading"]') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('We can help today');
      await expect(el).to.be.accessible();
    });

    it('fits the host page outline with heading-level', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta heading-level="3"></recovery-cta>`);
      expect($(el, 'h3[part~="heading"]')).to.exist;
      expect($(el, 'h4[part~="helplines-heading"]')).to.exist;
    });
  });

  describe('with <recovery-provider>', () => {
    it('takes settings from the provider, and its own attribute wins', async () => {
      const wrapper =
        await fixture<RecoveryProvider>(html`<recovery-provider organization="Harbor Clinic" phone="555-0100" email="a@harbor.example">
        <recovery-cta></recovery-cta>
        <recovery-cta phone="555-0199" organization="Harbor North"></recovery-cta>
      </recovery-provider>`);
      const [first, second] = Array.from(wrapper.querySelectorAll('recovery-cta'));
      await settled(second);
      expect($(first, 'h2')!.textContent).to.equal('Start your journey with Harbor Clinic');
      expect(hrefs(first, 'action-call')).to.deep.equal(['tel:5550100']);
      expect($(second, 'h2')!.textContent).to.equal('Start your journey with Harbor North');
      expect(hrefs(second, 'action-call')).to.deep.equal(['tel:5550199']);
      expect(hrefs(second, 'action-email')).to.deep.equal(['mailto:a@harbor.example']);
    });

    it('passes changes made at run time to the widgets', async () => {
      const wrapper = await fixture<RecoveryProvider>(html`<recovery-provider organization="Harbor Clinic">
        <recovery-cta></recovery-cta>
      </recovery-provider>`);
      const cta = wrapper.querySelector('recovery-cta')!;
      wrapper.setAttribute('organization', 'Lighthouse Center');
      wrapper.setAttribute('theme', 'dark');
      await wrapper.updateComplete;
      await settled(cta);
      expect($(cta, 'h2')!.textContent).to.equal('Start your journey with Lighthouse Center');
      expect($(cta, '[part="base"]')!.classList.contains('theme-dark')).to.equal(true);
    });

    it('works when the widget is upgraded before the provider exists', async () => {
      const wrapper = await fixture(
        html`<rw-late-provider organization="Late Clinic"><recovery-cta></recovery-cta></rw-late-provider>`,
      );
      const cta = wrapper.querySelector('recovery-cta')!;
      const { RecoveryProvider } = await import('../../../src/components/recovery-provider/recovery-provider.js');
      customElements.define('rw-late-provider', class extends RecoveryProvider {});
      await settled(cta);
      await settled(cta);
      expect($(cta, 'h2')!.textContent).to.equal('Start your journey with Late Clinic');
    });
  });

  describe('languages', () => {
    it('speaks Spanish from its own lang, an ancestor, or <html lang>, with region fallback', async () => {
      const own = await fixture<RecoveryCta>(html`<recovery-cta lang="es"></recovery-cta>`);
      expect($(own, 'h2')!.textContent).to.equal('Comience su camino');
      expect(text(own)).to.contain('Línea Nacional de Ayuda de SAMHSA');

      const wrapper = await fixture(html`<div lang="es-MX"><recovery-cta phone="555-0100"></recovery-cta></div>`);
      const inherited = wrapper.querySelector('recovery-cta')!;
      await settled(inherited);
      expect($(inherited, '[part~="action-call"]')!.textContent).to.equal('Llamar al 555-0100');
      await expect(inherited).to.be.accessible();
    });

    it('switches language when lang changes at run time', async () => {
      const wrapper = await fixture(html`<div lang="en"><recovery-cta></recovery-cta></div>`);
      const cta = wrapper.querySelector('recovery-cta')!;
      await settled(cta);
      expect($(cta, 'h2')!.textContent).to.equal('Start your journey');
      wrapper.setAttribute('lang', 'es');
      await new Promise((r) => setTimeout(r));
      await settled(cta);
      expect($(cta, 'h2')!.textContent).to.equal('Comience su camino');
      cta.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await settled(cta);
      expect($(cta, 'h2')!.textContent).to.equal('Start your journey');
    });

    it('shows English and warns for an unsupported lang', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta lang="xx"></recovery-cta>`);
      expect($(el, 'h2')!.textContent).to.equal('Start your journey');
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<recovery-cta>').and.contain('lang="xx"');
    });
  });

  describe('themes', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    const colors = (el: Element) => {
      const base = $(el, '[part="base"]')!;
      return getComputedStyle(base).backgroundColor;
    };

    it('is light by default and dark on request, and passes axe in dark', async () => {
      const light = await fixture<RecoveryCta>(html`<recovery-cta></recovery-cta>`);
      expect(colors(light)).to.equal('rgb(255, 255, 255)');
      const dark = await fixture<RecoveryCta>(html`<recovery-cta theme="dark" phone="555-0100"></recovery-cta>`);
      expect(colors(dark)).to.equal('rgb(27, 31, 36)');
      await expect(dark).to.be.accessible();
    });

    it('follows the system setting with theme="auto"', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta theme="auto"></recovery-cta>`);
      await emulateMedia({ colorScheme: 'light' });
      expect(colors(el)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(colors(el)).to.equal('rgb(27, 31, 36)');
    });

    it('uses the partner’s tokens from any ancestor', async () => {
      const wrapper = await fixture(html`<div style="--recovery-color-primary: rgb(1, 2, 3); --recovery-radius: 0px">
        <recovery-cta phone="555-0100"></recovery-cta>
      </div>`);
      const cta = wrapper.querySelector('recovery-cta')!;
      await settled(cta);
      const call = $(cta, '[part~="action-call"]')!;
      expect(getComputedStyle(call).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(call).borderTopLeftRadius).to.equal('0px');
    });

    it('lets partners restyle parts', async () => {
      const wrapper = await fixture(html`<div>
        <style>.t recovery-cta::part(heading) { color: rgb(9, 8, 7); }</style>
        <div class="t"><recovery-cta></recovery-cta></div>
      </div>`);
      const cta = wrapper.querySelector('recovery-cta')!;
      await settled(cta);
      expect(getComputedStyle($(cta, 'h2')!).color).to.equal('rgb(9, 8, 7)');
    });
  });

  describe('bad input', () => {
    it('falls back to light for an unknown theme, with one warning naming element and attribute', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta theme="purple"></recovery-cta>`);
      expect($(el, '[part="base"]')!.classList.contains('theme-light')).to.equal(true);
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<recovery-cta>').and.contain('theme="purple"');
      expect(text(el)).to.contain('988');
    });

    it('leaves out a phone number that is words, not a number, and says so', async () => {
      // Capitals after the digits are a vanity number; lowercase words are a note, never dialed.
      const el = await fixture<RecoveryCta>(
        html`<recovery-cta phone="1-800-get-help" email="help@clinic.example"></recovery-cta>`,
      );
      expect($(el, '[part~="action-call"]'), 'no call link').to.equal(null);
      expect($(el, '[part~="action-email"]')).to.exist;
      expect(ours(log.warn)[0]).to.contain('phone="1-800-get-help"');
    });

    it('refuses a javascript: contact link', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta contact-url="javascript:alert(1)"></recovery-cta>`);
      expect($(el, '[part~="action-contact"]')).to.equal(null);
      expect($$(el, 'a').every((a) => !/^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).to.equal(true);
      expect(ours(log.warn)[0]).to.contain('contact-url=');
    });

    it('warns about a content-base that is not a URL', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta content-base="http://"></recovery-cta>`);
      expect(ours(log.warn)[0]).to.contain('<recovery-cta>').and.contain('content-base="http://"');
      expect($(el, 'h2')).to.exist;
    });

    it('names the provider when the bad value came from it', async () => {
      const wrapper = await fixture(
        html`<recovery-provider theme="neon"><recovery-cta></recovery-cta></recovery-provider>`,
      );
      await settled(wrapper.querySelector('recovery-cta')!);
      expect(ours(log.warn)[0]).to.contain('<recovery-provider>').and.contain('theme="neon"');
    });

    it('refuses heading-level 1 and text', async () => {
      const el = await fixture<RecoveryCta>(html`<recovery-cta heading-level="1"></recovery-cta>`);
      expect($(el, 'h2')).to.exist;
      expect(ours(log.warn)[0]).to.contain('heading-level="1"');
    });

    it('renders hostile organization text as text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<RecoveryCta>(html`<recovery-cta organization=${payload}></recovery-cta>`);
      expect($(el, 'h2')!.textContent).to.contain(payload);
      expect($(el, 'img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
