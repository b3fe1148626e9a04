import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';

/**
 * The test runner's page turns off only Lit's "dev mode" notice (web-test-runner.config.mjs), which
 * printed once per test file. Lit's development checks themselves stay on: a real mistake still
 * gets its warning, and tests that watch the console still see it.
 */
describe("Lit's development checks in the test runner", () => {
  it('still warn about a real mistake (an update scheduled after an update)', async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
    try {
      class ChangeInUpdate extends LitElement {
        static override properties = { n: { type: Number } };
        n = 0;
        override updated() {
          if (this.n < 1) this.n++;
        }
        override render() {
          return html`${this.n}`;
        }
      }
      customElements.define('x-change-in-update', ChangeInUpdate);
      const el = document.createElement('x-change-in-update') as ChangeInUpdate;
      document.body.append(el);
      await el.updateComplete;
      await el.updateComplete;
      el.remove();
    } finally {
      console.warn = original;
    }
    expect(warned.some((w) => w.includes('change-in-update'))).to.equal(true);
  });

  it('say nothing about dev mode itself', () => {
    const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
    expect(issued?.has('dev-mode')).to.equal(true);
  });
});
