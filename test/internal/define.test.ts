import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define, defineInTurns } from '../../src/internal/define.js';
import { watchingYields } from '../helpers/yields.js';
import { VERSION } from '../../src/util/version.js';
import { ours, recordConsole } from '../helpers/console.js';

const versions = () =>
  (globalThis as unknown as Record<symbol, Map<string, string>>)[Symbol.for('recovery-widgets.versions')];

describe('define()', () => {
  it('defines a tag and records the version that defined it', () => {
    class A extends LitElement {}
    define('rw-test-define-a', A);
    expect(customElements.get('rw-test-define-a')).to.equal(A);
    expect(versions().get('rw-test-define-a')).to.equal(VERSION);
  });

  it('is silent when the same version defines a tag again', () => {
    const log = recordConsole();
    try {
      class B extends LitElement {}
      class B2 extends LitElement {}
      define('rw-test-define-b', B);
      define('rw-test-define-b', B);
      define('rw-test-define-b', B2);
      expect(ours(log.warn)).to.deep.equal([]);
      expect(customElements.get('rw-test-define-b')).to.equal(B);
    } finally {
      log.restore();
    }
  });

  it('warns once, naming both versions, when another version got there first', () => {
    const log = recordConsole();
    try {
      class Old extends LitElement {}
      customElements.define('rw-test-define-c', Old);
      customElements.define('rw-test-define-d', class extends LitElement {});
      versions().set('rw-test-define-c', '0.0.1-old');
      versions().set('rw-test-define-d', '0.0.1-old');
      expect(() => define('rw-test-define-c', class extends LitElement {})).not.to.throw();
      define('rw-test-define-d', class extends LitElement {});
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('0.0.1-old').and.contain(VERSION);
      expect(customElements.get('rw-test-define-c')).to.equal(Old);
    } finally {
      log.restore();
    }
  });

  it('never throws, even for a name the registry refuses', () => {
    const log = recordConsole();
    try {
      expect(() => define('notvalid', class extends HTMLElement {})).not.to.throw();
      expect(ours(log.warn)[0]).to.contain('<notvalid>');
    } finally {
      log.restore();
    }
  });
});

describe('defineInTurns()', () => {
  const tags = (name: string) => ['a', 'b', 'c'].map((x) => `rw-test-turns-${name}-${x}`);

  it('defines one element per task, none during the call itself', async () => {
    // Defining a tag draws every copy of it on the page: all at once, with the script's own
    // evaluation, was one task long enough to block a phone.
    const names = tags('one');
    const definedAtEachYield: number[] = [];
    const count = () => names.filter((t) => customElements.get(t)).length;
    await watchingYields(
      () => definedAtEachYield.push(count()),
      async () => {
        // A page that has painted: the turns are not folded into a frame.
        const done = defineInTurns(
          names.map((t) => [t, class extends LitElement {}]),
          { painted: () => true },
        );
        expect(count(), 'defined during the call').to.equal(0);
        expect(
          names.map((t) => versions().get(t)),
          'claimed during the call',
        ).to.deep.equal([VERSION, VERSION, VERSION]);
        await done;
      },
    );
    expect(definedAtEachYield).to.deep.equal([0, 1, 2]);
    expect(count()).to.equal(3);
  });

  it('defines the tags already on the page first, in page order', async () => {
    const [a, b, c] = tags('order');
    const page = document.createElement('div');
    page.innerHTML = `<${c}></${c}><p></p><${b}></${b}>`;
    document.body.append(page);
    const order: string[] = [];
    try {
      for (const t of [a, b, c]) void customElements.whenDefined(t).then(() => order.push(t));
      await defineInTurns([a, b, c].map((t) => [t, class extends LitElement {}]));
      await Promise.resolve();
      expect(order).to.deep.equal([c, b, a]);
    } finally {
      page.remove();
    }
  });

  /**
   * Defines `names` in turns, with every task boundary waiting for a frame to pass (as on a busy
   * machine); returns how many were defined when the first frame came.
   */
  async function definedAtFirstFrame(names: string[], painted: boolean): Promise<number> {
    const g = globalThis as unknown as { scheduler: { yield: () => Promise<void> } };
    const original = g.scheduler;
    const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    Object.defineProperty(g, 'scheduler', { configurable: true, value: { yield: afterFrame } });
    try {
      const done = defineInTurns(
        names.map((t) => [t, class extends LitElement {}]),
        { painted: () => painted },
      );
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const count = names.filter((t) => customElements.get(t)).length;
      await done;
      return count;
    } finally {
      Object.defineProperty(g, 'scheduler', { value: original, configurable: true, writable: true });
    }
  }

  it('before the first paint, a frame that comes between two turns shows every widget', async () => {
    // The widgets drawn after the page's first frame would push it down (a layout shift).
    expect(await definedAtFirstFrame(tags('frame'), false)).to.equal(3);
  });

  it('once the page has painted, keeps one element per task even when frames come between', async () => {
    const names = tags('painted');
    expect(await definedAtFirstFrame(names, true)).to.equal(0);
    expect(names.every((t) => customElements.get(t))).to.equal(true);
  });

  it('a second copy that loads while the first waits its turn leaves the tag to the first, silently', async () => {
    const log = recordConsole();
    try {
      const [tag] = tags('second');
      class First extends LitElement {}
      class Second extends LitElement {}
      const done = defineInTurns([[tag, First]]);
      define(tag, Second);
      await defineInTurns([[tag, Second]]);
      await done;
      expect(customElements.get(tag) === First, 'the first copy defined it').to.equal(true);
      expect(ours(log.warn)).to.deep.equal([]);
    } finally {
      log.restore();
    }
  });

  it('never throws, and frees the name, when the registry refuses a tag', async () => {
    const log = recordConsole();
    try {
      await defineInTurns([['notvalid2', class extends HTMLElement {}]]);
      expect(ours(log.warn)[0]).to.contain('<notvalid2>').and.contain('could not be defined');
      expect(versions().has('notvalid2')).to.equal(false);
    } finally {
      log.restore();
    }
  });
});
