import { expect } from '@open-wc/testing';
import type { Point } from '../../../../src/components/support-group-finder/controllers/filter-state.js';
import { GeolocationController } from '../../../../src/components/support-group-finder/controllers/geolocation.js';
import { isPoint } from '../../../../src/meetings/distance.js';
import { mountHost, removeHosts } from './host.js';

type Answer = (success: PositionCallback, failure?: PositionErrorCallback | null) => void;

/** Stands in for `navigator.geolocation`: each request is answered by `answer` (or never, without one). */
function fakeGeolocation(answer?: Answer) {
  const asked: PositionOptions[] = [];
  const geo = {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null, options?: PositionOptions) {
      asked.push(options ?? {});
      answer?.(success, failure);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { value: geo, configurable: true });
  return asked;
}

const at = (latitude: number, longitude: number) =>
  ({ coords: { latitude, longitude }, timestamp: Date.now() }) as GeolocationPosition;
const failing = (code: number) => ({ code, message: '' }) as GeolocationPositionError;

/** The controller as the finder makes it: the engine's `isPoint` decides what is a place. */
function locator(used: Point[]) {
  return mountHost(
    (h) =>
      new GeolocationController(h, {
        accept: (p) => isPoint(p.latitude, p.longitude),
        use: (p) => used.push(p),
      }),
  );
}

describe('GeolocationController', () => {
  afterEach(() => {
    removeHosts();
    // The page's own geolocation again (the fake was an own property of navigator).
    delete (navigator as { geolocation?: unknown }).geolocation;
  });

  it('asks for the location only when the visitor presses the button (locate)', async () => {
    const asked = fakeGeolocation();
    const used: Point[] = [];
    const { host, controller } = await locator(used);
    await host.updateComplete;
    expect(asked).to.have.length(0);
    expect(controller.status).to.equal('idle');
    host.updates = 0;
    controller.locate();
    expect(asked).to.have.length(1);
    expect(controller.status).to.equal('asking');
    expect(host.updates).to.equal(1);
  });

  it('keeps the point and hands it on when the browser answers with a place', async () => {
    fakeGeolocation((ok) => ok(at(42.36, -71.06)));
    const used: Point[] = [];
    const { host, controller } = await locator(used);
    host.updates = 0;
    controller.locate();
    expect(controller.status).to.equal('ok');
    expect(controller.point).to.deep.equal({ latitude: 42.36, longitude: -71.06 });
    expect(used).to.deep.equal([{ latitude: 42.36, longitude: -71.06 }]);
    expect(host.updates).to.equal(2);
  });

  it('is denied when the visitor says no', async () => {
    fakeGeolocation((_, fail) => fail?.(failing(1)));
    const used: Point[] = [];
    const { controller } = await locator(used);
    controller.locate();
    expect(controller.status).to.equal('denied');
    expect(controller.point).to.equal(undefined);
    expect(used).to.deep.equal([]);
  });

  for (const code of [2, 3]) {
    it(`is unavailable when the browser cannot find the place (error code ${code})`, async () => {
      fakeGeolocation((_, fail) => fail?.(failing(code)));
      const used: Point[] = [];
      const { controller } = await locator(used);
      controller.locate();
      expect(controller.status).to.equal('unavailable');
      expect(used).to.deep.equal([]);
    });
  }

  it('is unavailable in a browser without geolocation, and in one whose geolocation throws', async () => {
    Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
    const used: Point[] = [];
    const { controller } = await locator(used);
    controller.locate();
    expect(controller.status).to.equal('unavailable');
    fakeGeolocation(() => {
      throw new Error('blocked by a permissions policy');
    });
    controller.locate();
    expect(controller.status).to.equal('unavailable');
    expect(used).to.deep.equal([]);
  });

  it('refuses an answer that is not a point (accept says no): nothing is kept or used', async () => {
    for (const [latitude, longitude] of [
      [0, 0],
      [Number.NaN, 10],
      [91, 10],
    ]) {
      fakeGeolocation((ok) => ok(at(latitude, longitude)));
      const used: Point[] = [];
      const { controller } = await locator(used);
      controller.locate();
      expect(controller.status, `${latitude},${longitude}`).to.equal('unavailable');
      expect(controller.point).to.equal(undefined);
      expect(used).to.deep.equal([]);
    }
  });
});
