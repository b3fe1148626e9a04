import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { ALL_PAYLOADS, dangerousLinks, pwned } from '../fixtures/hostile/payloads.js';
import { recordConsole } from '../helpers/console.js';

/**
 * Every attribute of every widget (from the manifest, so new widgets are covered) set to every
 * hostile payload: nothing runs, no element comes from a payload, no dangerous link appears, no
 * exception escapes, and the widget still renders something.
 */
interface Decl {
  tagName?: string;
  attributes?: { name: string }[];
}

describe('hostile attribute values', function () {
  this.timeout(120000);
  let decls: Decl[] = [];
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));

  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    decls = manifest.modules
      .flatMap((m: { declarations?: Decl[] }) => m.declarations ?? [])
      .filter((d: Decl) => d.tagName);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  it('covers every widget in the manifest', () => {
    expect(decls.map((d) => d.tagName)).to.include.members(['recovery-cta', 'recovery-provider']);
  });

  it('render as text, never as markup, script or links', async () => {
    const log = recordConsole();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const decl of decls) {
        for (const attr of decl.attributes ?? []) {
          for (const payload of ALL_PAYLOADS) {
            const el = document.createElement(decl.tagName!) as HTMLElement & { updateComplete?: Promise<unknown> };
            el.setAttribute(attr.name, payload);
            host.replaceChildren(el);
            await el.updateComplete;
            const where = `<${decl.tagName} ${attr.name}="${payload.slice(0, 40)}">`;
            expect(pwned(el.shadowRoot ?? el), where).to.equal(false);
            expect(pwned(host), where).to.equal(false);
            expect(dangerousLinks(el.shadowRoot ?? el), where).to.deep.equal([]);
            if (decl.tagName !== 'recovery-provider') {
              expect(el.shadowRoot!.childElementCount, `${where} rendered nothing`).to.be.greaterThan(0);
            }
          }
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
    } finally {
      log.restore();
      host.remove();
    }
  });
});
