import { expect } from '@open-wc/testing';
import {
  FIRST_ROWS,
  PAGE_ROWS,
  RowsController,
} from '../../../../src/components/support-group-finder/controllers/rows.js';
import { mountHost, removeHosts } from './host.js';

/**
 * Replaces the page's idle callbacks while a test runs: the test decides when the page is idle and
 * for how long, so each step of the list's growth is one call.
 */
function fakeIdle() {
  const realRequest = globalThis.requestIdleCallback;
  const realCancel = globalThis.cancelIdleCallback;
  const pending = new Map<number, { run: IdleRequestCallback; timeout?: number }>();
  let next = 1;
  globalThis.requestIdleCallback = (run, options) => {
    pending.set(next, { run, timeout: options?.timeout });
    return next++;
  };
  globalThis.cancelIdleCallback = (id) => pending.delete(id);
  return {
    pending,
    /** The timeouts the waiting callbacks asked for. */
    timeouts: () => [...pending.values()].map((p) => p.timeout),
    /** One idle moment of `ms` milliseconds: every waiting callback runs. */
    idle(ms = 50) {
      const now = [...pending.values()];
      pending.clear();
      for (const p of now) p.run({ didTimeout: false, timeRemaining: () => ms });
    },
    restore() {
      globalThis.requestIdleCallback = realRequest;
      globalThis.cancelIdleCallback = realCancel;
    },
  };
}

describe('RowsController', () => {
  let page: ReturnType<typeof fakeIdle>;
  beforeEach(() => (page = fakeIdle()));
  afterEach(() => {
    removeHosts();
    page.restore();
  });

  /** A list of `total()` rows on a small host. */
  const rowsOf = (total: () => number) => mountHost((h) => new RowsController(h, total));

  it('draws the first rows at once, then grows in idle moments up to a page, and no further', async () => {
    const { host, controller } = await rowsOf(() => 500);
    expect(controller.limit).to.equal(FIRST_ROWS);
    // New data: the first step waits for a long idle moment (a frame to paint comes first).
    expect(page.timeouts()).to.deep.equal([1000]);
    page.idle(10);
    expect(controller.limit).to.equal(FIRST_ROWS);
    expect(page.timeouts()).to.deep.equal([1000]);
    const limits = [];
    while (page.pending.size) {
      page.idle();
      limits.push(controller.limit);
      await host.updateComplete;
    }
    expect(limits).to.deep.equal([30, PAGE_ROWS]);
  });

  it('does not grow when every row is already drawn', async () => {
    const { controller } = await rowsOf(() => 4);
    expect(page.pending.size).to.equal(0);
    expect(controller.limit).to.equal(FIRST_ROWS);
  });

  it('shows the next page on "Show more", cancelling a step that was waiting', async () => {
    const { host, controller } = await rowsOf(() => 500);
    host.updates = 0;
    controller.more();
    expect(controller.limit).to.equal(2 * PAGE_ROWS);
    expect(host.updates).to.equal(1);
    expect(page.pending.size).to.equal(0);
    controller.more();
    expect(controller.limit).to.equal(3 * PAGE_ROWS);
  });

  it('draws every row before printing, while it is in the page', async () => {
    const { host, controller } = await rowsOf(() => 500);
    dispatchEvent(new Event('beforeprint'));
    expect(controller.limit).to.equal(Number.POSITIVE_INFINITY);
    controller.reset();
    host.remove();
    dispatchEvent(new Event('beforeprint'));
    expect(controller.limit).to.equal(FIRST_ROWS);
  });

  it('goes back to the first rows on reset, and grows again from there', async () => {
    let total = 500;
    const { host, controller } = await rowsOf(() => total);
    page.idle();
    await host.updateComplete;
    expect(controller.limit).to.equal(30);
    expect(page.pending.size).to.equal(1);
    // New results (a filter changed): the waiting step of the old ones is cancelled.
    total = 25;
    controller.reset();
    expect(controller.limit).to.equal(FIRST_ROWS);
    expect(page.pending.size).to.equal(0);
    host.requestUpdate();
    await host.updateComplete;
    // Not quiet: the visitor is waiting for these rows.
    expect(page.timeouts()).to.deep.equal([250]);
    page.idle();
    await host.updateComplete;
    expect(controller.limit).to.equal(30);
    expect(page.pending.size).to.equal(0);
  });

  it('waits for a long idle moment after a quiet reset (new feeds)', async () => {
    const { host, controller } = await rowsOf(() => 500);
    controller.more();
    await host.updateComplete;
    controller.reset(true);
    host.requestUpdate();
    await host.updateComplete;
    expect(page.timeouts()).to.deep.equal([1000]);
  });

  it('stops growing when the host leaves the page', async () => {
    const { host } = await rowsOf(() => 500);
    expect(page.pending.size).to.equal(1);
    host.remove();
    expect(page.pending.size).to.equal(0);
  });
});
