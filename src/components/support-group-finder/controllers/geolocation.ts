import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from './filter-state.js';

export type GeoStatus = 'idle' | 'asking' | 'ok' | 'denied' | 'unavailable';

/**
 * The visitor's location, asked for only when they press "Use my location", never stored, never
 * sent anywhere: it stays in the page for distances.
 */
export class GeolocationController implements ReactiveController {
  status: GeoStatus = 'idle';
  point?: Point;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the browser's answer is a place (the engine's `isPoint`), and what to do with it. */
    private readonly found: { accept: (point: Point) => boolean; use: (point: Point) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  locate(): void {
    const geo = navigator.geolocation;
    const set = (status: GeoStatus) => {
      this.status = status;
      this.host.requestUpdate();
    };
    if (!geo) {
      set('unavailable');
      return;
    }
    set('asking');
    const failed = (e?: GeolocationPositionError) => set(e?.code === 1 ? 'denied' : 'unavailable');
    try {
      geo.getCurrentPosition(
        ({ coords: { latitude, longitude } }) => {
          const point = { latitude, longitude };
          if (!this.found.accept(point)) {
            failed();
            return;
          }
          this.point = point;
          set('ok');
          this.found.use(point);
        },
        failed,
        { timeout: 15000, maximumAge: 600_000 },
      );
    } catch {
      failed();
    }
  }
}
