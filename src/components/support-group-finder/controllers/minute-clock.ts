import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * "In progress" and "starting soon" move with the clock: the host draws again each minute, unless
 * it runs on a fixed `now` (tests and demos) or has nothing to schedule.
 */
export class MinuteClock implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost & { now?: Date },
    private readonly ticking: () => boolean,
  ) {
    host.addController(this);
  }

  /** The time the schedule uses: the host's fixed `now` when valid, else the real time. */
  now(): Date {
    const n = this.host.now;
    return n instanceof Date && !Number.isNaN(n.getTime()) ? n : new Date();
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      if (!this.host.now && this.ticking()) this.host.requestUpdate();
    }, 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
