import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/recovery-cta/recovery-cta.js';
import '../../src/components/support-group-finder/support-group-finder.js';
import type { RecoveryCta } from '../../src/components/recovery-cta/recovery-cta.js';
import { checkContrast } from '../../src/internal/contrast-check.js';
import { contrast, PAIRS, readTokens } from '../../src/internal/contrast.js';
import { VERSION } from '../../src/util/version.js';
import { ours, recordConsole, type ConsoleRecord } from '../helpers/console.js';
import { closePages, openSrcdoc, until } from '../helpers/frame.js';
import { $ } from '../helpers/shadow.js';
import { ratioOfHex } from '../theme/wcag.js';

/**
 * The contrast check: a webmaster whose colors are hard to read hears about it once, with the
 * property to change, the pair, the ratio and a color that passes; pages whose colors pass hear
 * nothing, and pages with the built-in colors never even load the check.
 */
const contrastWarnings = (log: ConsoleRecord) => ours(log.warn).filter((m) => m.includes('contrast'));
const floor2 = (n: number) => String(Math.floor(n * 100) / 100);

describe('the contrast check', function () {
  this.timeout(20000);
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(async () => {
    log.restore();
    await emulateMedia({ colorScheme: 'light' });
    closePages();
  });

  it('names the token, the pair and the ratio of colors that cannot pass, once, with a color that does', async () => {
    const page =
      await fixture<HTMLElement>(html`<div style="--recovery-color-text: #777; --recovery-color-surface: #888">
      <recovery-cta organization="Harbor" phone="555-0100"></recovery-cta>
      <recovery-cta organization="Harbor"></recovery-cta>
    </div>`);
    const [a, b] = page.querySelectorAll<RecoveryCta>('recovery-cta');
    // The guard runs by itself, in an idle moment after the first render.
    await until(() => contrastWarnings(log).length, 8000);
    const [message] = contrastWarnings(log);
    expect(message).to.contain('<recovery-cta>').and.contain('light theme');
    expect(message).to.contain(
      `--recovery-color-text #777777 on --recovery-color-surface #888888 is ${floor2(ratioOfHex('#777', '#888'))}:1, under 4.5:1`,
    );
    const suggested = /try --recovery-color-text: (#[0-9a-f]{6})/.exec(message)![1];
    expect(ratioOfHex(suggested, '#888888')).to.be.at.least(4.5);
    // The built-in muted and primary colors fail on this surface too: named in the same message.
    expect(message).to.contain('--recovery-color-muted #50575e on --recovery-color-surface #888888');
    // Re-renders and a second widget of the same kind say nothing more.
    a.organization = 'Harbor Recovery';
    b.setAttribute('phone', '555-0199');
    await a.updateComplete;
    await new Promise((r) => setTimeout(r, 1500));
    expect(contrastWarnings(log)).to.deep.equal([message]);
    // The widget itself still renders.
    expect($(a, '[part~="action-call"]')).to.exist;
  });

  it('names the dark tokens in the dark theme, and in auto on a dark system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await fixture(html`<div style="--recovery-dark-color-primary: #333">
      <recovery-cta theme="auto" phone="555-0100"></recovery-cta>
    </div>`);
    await until(() => contrastWarnings(log).length, 8000);
    const [message] = contrastWarnings(log);
    expect(message).to.contain('dark theme');
    expect(message).to.contain(
      `--recovery-dark-color-primary #333333 on --recovery-dark-color-surface #1b1f24 is ${floor2(ratioOfHex('#333', '#1b1f24'))}:1`,
    );
    expect(message).to.contain('try --recovery-dark-color-primary: #');
  });

  it('counts transparency: faint text fails even in a passing color', async () => {
    const page = await fixture<HTMLElement>(html`<div style="--recovery-color-text: rgb(0 0 0 / 0.2)">
      <recovery-cta></recovery-cta>
    </div>`);
    checkContrast('recovery-cta', $(page.firstElementChild!, '.root')!);
    // 20% black over white is #cccccc.
    expect(contrastWarnings(log)[0]).to.contain(
      `--recovery-color-text #cccccc on --recovery-color-surface #ffffff is ${floor2(ratioOfHex('#ccc', '#fff'))}:1`,
    );
  });

  it('finds every built-in pair readable, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<HTMLElement>(html`<support-group-finder theme=${theme}></support-group-finder>`);
      const root = $(el, '.root')!;
      const colors = readTokens(root, [...new Set(PAIRS.flatMap((p) => p.slice(0, 2)))])!;
      for (const [fg, bg, min = '4.5'] of PAIRS) {
        expect(contrast(colors[fg], colors[bg]), `${theme} ${fg} on ${bg}`).to.be.at.least(+min);
      }
      checkContrast('support-group-finder', root);
    }
    expect(contrastWarnings(log)).to.deep.equal([]);
  });

  describe('in the drop-in script', () => {
    const FILE = 'recovery-widgets.contrast.js';
    const open = (style: string) =>
      openSrcdoc(
        `<script src="/dist/recovery-widgets.js" defer></script>${style}`,
        '<recovery-cta organization="Page Clinic" theme="dark"></recovery-cta>',
      );
    const requested = (win: Window) =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.pathname.endsWith(FILE))
        .map((u) => u.pathname + u.search);

    it('is never loaded by a page with the built-in colors', async () => {
      const win = await open('');
      await win.customElements.whenDefined('recovery-cta');
      // Long enough for the idle moment the check would wait for.
      await new Promise((r) => setTimeout(r, 1500));
      expect(requested(win)).to.deep.equal([]);
      expect(win.__record.warn).to.deep.equal([]);
    });

    it('is loaded beside the script by a page that sets its own colors, and warns from there', async () => {
      const win = await open('<style>:root { --recovery-dark-color-text: #555 }</style>');
      await until(() => win.__record.warn.length, 8000);
      expect(requested(win)).to.deep.equal([`/dist/${FILE}?v=${VERSION}`]);
      expect(win.__record.warn).to.have.length(1);
      expect(win.__record.warn[0]).to.contain('<recovery-cta>').and.contain('--recovery-dark-color-text #555555');
      expect(win.__record.errors).to.deep.equal([]);
    });

    it('says nothing when the colors set pass', async () => {
      const win = await open('<style>:root { --recovery-color-primary: #7a1f5c }</style>');
      await until(() => requested(win).length, 8000);
      await new Promise((r) => setTimeout(r, 300));
      expect(win.__record.warn).to.deep.equal([]);
    });
  });
});
