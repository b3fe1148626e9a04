import { expect } from '@open-wc/testing';
import { MinuteClock } from '../../../../src/components/support-group-finder/controllers/minute-clock.js';
import { fakeClock, mountHost, removeHosts } from './host.js';

describe('MinuteClock', () => {
  let clock: ReturnType<typeof fakeClock>;
  beforeEach(() => (clock = fakeClock()));
  afterEach(() => {
    removeHosts();
    clock.restore();
  });

  it('asks the host to draw again each minute while there is something to schedule', async () => {
    const { host } = await mountHost((h) => new MinuteClock(h, () => true));
    expect([...clock.timers.values()].map((t) => t.every)).to.deep.equal([60_000]);
    host.updates = 0;
    clock.tick(59_999);
    expect(host.updates).to.equal(0);
    clock.tick(1);
    expect(host.updates).to.equal(1);
    clock.tick(60_000);
    expect(host.updates).to.equal(2);
  });

  it('does not tick for a host on a fixed now (tests and demos)', async () => {
    const { host } = await mountHost((h) => new MinuteClock(h, () => true), { now: new Date(2026, 10, 23, 18, 45) });
    host.updates = 0;
    clock.tick(60_000);
    expect(host.updates).to.equal(0);
  });

  it('does not tick while there is nothing to schedule', async () => {
    let ticking = false;
    const { host } = await mountHost((h) => new MinuteClock(h, () => ticking));
    host.updates = 0;
    clock.tick(60_000);
    expect(host.updates).to.equal(0);
    ticking = true;
    clock.tick(60_000);
    expect(host.updates).to.equal(1);
  });

  it('stops with the host, and starts again when it is put back', async () => {
    const { host } = await mountHost((h) => new MinuteClock(h, () => true));
    host.remove();
    expect(clock.timers.size).to.equal(0);
    document.body.append(host);
    expect(clock.timers.size).to.equal(1);
  });

  it('tells the time: the host’s fixed now when valid, else the real time', async () => {
    const fixed = new Date(2026, 10, 23, 18, 45);
    const { host, controller } = await mountHost((h) => new MinuteClock(h, () => true), { now: fixed });
    expect(controller.now()).to.equal(fixed);
    host.now = new Date('not a date');
    const before = Date.now();
    const real = controller.now().getTime();
    expect(real).to.be.within(before, Date.now());
    host.now = undefined;
    expect(controller.now().getTime()).to.be.within(before, Date.now());
  });
});
