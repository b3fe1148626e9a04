import { expect } from '@open-wc/testing';
import { closePages, openPage, type PageWindow, until } from '../helpers/frame.js';

/**
 * The `recovery-widgets` Trusted Types policy lets the article add its JSON-LD under a strict CSP.
 * It must be the widget's alone: before the fix, any page script could reach it through a global
 * (`Symbol.for('recovery-widgets.trusted-types-policy')`) that also held the set of texts it
 * passes, add its own text to that set and run it as script, which Trusted Types exists to stop.
 */
const EVIL = 'window.__pwned = 1';

async function articlesWithData(win: PageWindow, count: number) {
  await until(
    () => win.document.querySelectorAll('recovery-article > script[type="application/ld+json"]').length === count,
    15000,
  );
  return Array.from(win.document.querySelectorAll('recovery-article > script[type="application/ld+json"]')).map(
    (s) => JSON.parse(s.textContent!).headline as string,
  );
}

/** Every value on the page's global object that looks like a policy or its state. */
function policyLikeGlobals(win: PageWindow): string[] {
  const found: string[] = [];
  const keys: (string | symbol)[] = [...Object.getOwnPropertyNames(win), ...Object.getOwnPropertySymbols(win)];
  for (const key of keys) {
    let value: unknown;
    try {
      value = (win as unknown as Record<string | symbol, unknown>)[key];
    } catch {
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const v = value as Record<string, unknown>;
    if (typeof v.createScript === 'function' || 'policy' in v || v.allowed instanceof win.Set) found.push(String(key));
  }
  return found;
}

describe('the Trusted Types policy stays private to the widget', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('no page script can reach the policy, or its allowed texts, to run script', async () => {
    // Trusted Types without a script-src: what stands between a string and a running script is
    // the policies alone.
    const win = await openPage('/test/pages/trusted-types-only.html');
    expect(await articlesWithData(win, 1)).to.deep.equal(["You Can't Do Recovery Alone"]);
    // The attack that worked: the shared global held the policy and the set of texts it passes.
    const shared = (
      win as unknown as Record<symbol, { policy?: { createScript(s: string): string }; allowed?: Set<string> }>
    )[Symbol.for('recovery-widgets.trusted-types-policy')];
    if (shared?.policy && shared.allowed) {
      shared.allowed.add(EVIL);
      const s = win.document.createElement('script');
      s.text = shared.policy.createScript(EVIL);
      win.document.body.append(s);
    }
    expect((win as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(shared === undefined, 'the shared global is gone').to.equal(true);
    expect(policyLikeGlobals(win)).to.deep.equal([]);
    // Nor can a page script make a second policy of that name to stand in for ours.
    const tt = (win as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes;
    expect(() => tt.createPolicy('recovery-widgets', { createScript: (s: string) => s })).to.throw();
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__record.errors).to.deep.equal([]);
  });

  for (const page of ['two-copies', 'two-copies-other-first']) {
    it(`${page}: no error, and every article still has its structured data`, async () => {
      const win = await openPage(`/test/pages/csp/${page}.html`);
      expect(await articlesWithData(win, 2)).to.have.members([
        "You Can't Do Recovery Alone",
        'Can Herbs Help in Recovery? A Look at Five Popular Ones',
      ]);
      await new Promise((r) => setTimeout(r, 200));
      // Before the fix, the second copy stopped with "Policy with name "lit-html" already exists".
      expect(win.__record.errors.join('\n'), 'errors').to.equal('');
      expect(win.__record.error.join('\n'), 'console errors').to.equal('');
      // The browser still reports the refused second `lit-html` policy ('allow-duplicates' in the
      // page's CSP silences it, as the README says); nothing else.
      const others = win.__record.violations.filter((v) => v.trim() !== 'trusted-types: trusted-types-policy lit-html');
      expect(others.join('\n'), 'violations').to.equal('');
      // The one message is the two versions meeting, as on any page that loads both.
      const ours = win.__record.warn.filter((w) => w.startsWith('[recovery-widgets]'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('0.0.0-other').and.contain('Load the script once per page');
      expect(policyLikeGlobals(win)).to.deep.equal([]);
    });
  }
});
