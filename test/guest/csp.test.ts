import { expect } from '@open-wc/testing';
import { closePages, openPage, until } from '../helpers/frame.js';

/**
 * A hospital page with a strict Content-Security-Policy and Trusted Types (see
 * scripts/wtr/middleware.mjs for the exact policy, which the README documents): every widget must
 * render, be styled, and cause no violation.
 */
describe('strict CSP and Trusted Types', () => {
  afterEach(closePages);

  it('renders styled widgets with zero policy violations', async () => {
    const win = await openPage('/test/pages/csp/widgets.html');
    const cta = await until(() => win.document.querySelector('recovery-cta')?.shadowRoot?.querySelector('h2'));
    expect(cta!.textContent).to.equal('Start your journey with Strict Hospital');
    const call = win.document.querySelector('recovery-cta')!.shadowRoot!.querySelector('[part~="action-call"]')!;
    // Styles applied (adopted stylesheets are allowed under style-src 'self'): a dark theme button.
    expect(win.getComputedStyle(call).backgroundColor).to.equal('rgb(156, 202, 255)');
    expect(win.getComputedStyle(call).minHeight).to.equal('44px');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__record.violations).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('really enforces the policy (an inline script in the page is refused)', async () => {
    const win = await openPage('/test/pages/csp/widgets.html');
    await until(() => win.document.querySelector('recovery-cta')?.shadowRoot?.querySelector('h2'));
    const s = win.document.createElement('script');
    let refused = false;
    try {
      s.textContent = 'window.__inline = 1';
      win.document.body.append(s);
    } catch {
      refused = true; // Trusted Types refuses the text assignment itself
    }
    expect(refused).to.equal(true);
    await until(() => win.__record.violations.length > 0);
    expect((win as unknown as { __inline?: number }).__inline).to.equal(undefined);
  });
});
