import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/recovery-article/recovery-article.js';
import '../../src/components/recovery-cta/recovery-cta.js';
import '../../src/components/recovery-provider/recovery-provider.js';
import { registerLanguagePack, resetPacksForTests } from '../../src/internal/language-packs.js';
import { dangerousLinks, PWNED_FLAG, pwned } from '../fixtures/hostile/payloads.js';
import { type ConsoleRecord, ours, recordConsole } from '../helpers/console.js';
import { until } from '../helpers/frame.js';
import { $, text } from '../helpers/shadow.js';

/**
 * A language pack is a file from wherever the partner points `language-pack`: a CDN, a translator's
 * server, a file that was tampered with. Its strings are text, never markup or links; its keys
 * (`__proto__`, `constructor`) cannot reach any object's prototype; its placeholders are only the
 * ones English has. Every string of the call to action and the article's crisis line is hostile in
 * test/fixtures/packs/es-hostile.json.
 */
const PACK = '/test/fixtures/packs/es-hostile.json';
const SAMPLE = '/test/fixtures/articles/content/es/sample.json';
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

describe('a hostile language pack', () => {
  let log: ConsoleRecord;
  beforeEach(() => {
    resetPacksForTests();
    log = recordConsole();
  });
  afterEach(() => {
    log.restore();
    resetPacksForTests();
  });

  it('shows its markup as text, keeps the links real, and pollutes no prototype', async () => {
    const el = await fixture(html`
      <recovery-provider language-pack="es=${PACK}" lang="es" organization="Harbor" phone="555-0100" sms="555-0101" hours="9-5">
        <recovery-cta></recovery-cta>
        <recovery-article src=${SAMPLE}></recovery-article>
      </recovery-provider>
    `);
    const cta = el.querySelector<Updatable>('recovery-cta')!;
    const article = el.querySelector<Updatable>('recovery-article')!;
    await cta.updateComplete;
    await until(() => $(article, '[part~="crisis"]'), 10000);
    await article.updateComplete;

    expect(pwned(el), 'markup or script from the pack').to.equal(false);
    expect((window as unknown as Record<string, unknown>)[PWNED_FLAG]).to.equal(undefined);
    expect(dangerousLinks(el)).to.deep.equal([]);
    for (const proto of [Object.prototype, Array.prototype, Function.prototype] as unknown as Record<string, unknown>[])
      expect(proto.polluted, 'a prototype').to.equal(undefined);

    // Markup is shown as the text it is.
    expect($(cta, 'h2')!.textContent).to.equal('<script>window.__pwned=1</script> Harbor');
    // {constructor}, {__proto__} and {toString} are not placeholders English has: the shipped Spanish is used.
    expect($(cta, '[part~="action-call"]')!.textContent).to.equal('Llamar al 555-0100');
    // Plural forms with a key that is not a plural category are refused whole.
    expect(text(cta)).not.to.contain('<b data-pwned>');

    // The crisis line keeps its three real links, whatever the pack wrote around them.
    const links = Array.from($(article, '[part~="crisis"]')!.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    expect(ours(log.warn).some((m) => m.includes('es language pack'))).to.equal(true);
  });

  it('cannot make one string of megabytes out of a placeholder: a message that long is refused', async () => {
    // Under the 1 MB a pack may weigh, "{organization} " 65,000 times made a heading of 13 MB with a
    // 200-character name, and the page froze for seconds while it was laid out.
    registerLanguagePack({ language: 'es', messages: { cta: { headingWith: '{organization} '.repeat(65000) } } });
    const el = await fixture(html`
      <recovery-provider lang="es" organization=${'H'.repeat(200)}><recovery-cta></recovery-cta></recovery-provider>
    `);
    const cta = el.querySelector<Updatable>('recovery-cta')!;
    await cta.updateComplete;
    const heading = $(cta, 'h2')!.textContent!;
    expect(heading.length, "the heading's length").to.equal(223);
    expect(heading).to.equal(`Comience su camino con ${'H'.repeat(200)}`);
    expect(ours(log.warn).some((m) => m.includes('es language pack') && m.includes('"cta": headingWith'))).to.equal(
      true,
    );
  });
});
