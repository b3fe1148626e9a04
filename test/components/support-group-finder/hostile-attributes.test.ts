import { expect } from '@open-wc/testing';
import '../../../src/components/support-group-finder/support-group-finder.js';
import { ALL_PAYLOADS, dangerousLinks, pwned } from '../../fixtures/hostile/payloads.js';
import { recordConsole } from '../../helpers/console.js';

/** The guest test covers every manifest attribute once the lead adds the element; this runs now. */
describe('<support-group-finder> with hostile attribute values', function () {
  this.timeout(120000);

  it('renders something, as text, and throws nothing', async () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    const log = recordConsole();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const attr of ['src', 'timezone', 'fellowship', 'soon-minutes', 'heading-level', 'sync-url', 'lang']) {
        for (const payload of ALL_PAYLOADS) {
          const el = document.createElement('support-group-finder');
          el.setAttribute(attr, payload);
          host.replaceChildren(el);
          await el.updateComplete;
          const where = `<support-group-finder ${attr}="${payload.slice(0, 40)}">`;
          expect(pwned(el.shadowRoot!), where).to.equal(false);
          expect(dangerousLinks(el.shadowRoot!), where).to.deep.equal([]);
          expect(el.shadowRoot!.querySelector('[part~="base"]')!.textContent!.trim().length, where).to.be.greaterThan(
            0,
          );
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
    } finally {
      log.restore();
      host.remove();
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    }
  });
});
