import { LitElement, type PropertyDeclaration } from 'lit';

/**
 * The smallest host for the finder's controllers: a Lit element that draws nothing and carries the
 * fields the controllers read from the finder (plain fields: a test sets one, then asks for an
 * update). It counts the updates the controllers ask for, and Lit runs their lifecycle for real:
 * `hostConnected` when it is put in the page, `hostUpdate`/`hostUpdated` around each update,
 * `hostDisconnected` when it is taken out.
 */
export class TestHost extends LitElement {
  src?: string;
  timezone?: string;
  fellowship?: string;
  feedTimeout = 10_000;
  syncUrl = false;
  now?: Date;
  /** `requestUpdate()` calls since the host was made (or since a test set it back to 0). */
  updates = 0;

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    this.updates = (this.updates ?? 0) + 1;
    super.requestUpdate(name, oldValue, options);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('controller-test-host', TestHost);

/** A host, set up by `setup` (where a test adds its controller) before it is put in the page. */
export async function mountHost<T>(
  setup: (host: TestHost) => T,
  fields: Partial<Pick<TestHost, 'src' | 'timezone' | 'fellowship' | 'feedTimeout' | 'syncUrl' | 'now'>> = {},
): Promise<{ host: TestHost; controller: T }> {
  const host = document.createElement('controller-test-host') as TestHost;
  Object.assign(host, fields);
  const controller = setup(host);
  document.body.append(host);
  await host.updateComplete;
  return { host, controller };
}

/** Takes every test host out of the page (their controllers' `hostDisconnected` runs). */
export function removeHosts(): void {
  for (const host of document.querySelectorAll('controller-test-host')) host.remove();
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Replaces the page's timers while a test runs: time moves only when the test calls `tick(ms)`,
 * so a debounce or a minute is a call rather than a wait. Timers still pending at `restore()` go
 * back to the real clock.
 */
export function fakeClock() {
  const real = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
  };
  const timers = new Map<number, { at: number; run: () => void; every?: number }>();
  let now = 0;
  let next = 1;
  const add = (run: () => void, ms = 0, every?: number) => {
    timers.set(next, { at: now + ms, run, every });
    return next++;
  };
  const clear = (id?: number) => void timers.delete(id as number);
  Object.assign(globalThis, {
    setTimeout: (run: () => void, ms?: number) => add(run, ms),
    setInterval: (run: () => void, ms = 0) => add(run, ms, Math.max(ms, 1)),
    clearTimeout: clear,
    clearInterval: clear,
  });
  return {
    timers,
    /** Moves the clock on by `ms`, running each timer that falls due, in order. */
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        const [id, timer] = due;
        now = timer.at;
        if (timer.every) timer.at += timer.every;
        else timers.delete(id);
        timer.run();
      }
      now = end;
    },
    restore() {
      Object.assign(globalThis, real);
      // Called as globals again: the browser's timers throw "Illegal invocation" on another `this`.
      for (const t of timers.values()) {
        if (t.every) globalThis.setInterval(t.run, t.every);
        else globalThis.setTimeout(t.run, Math.max(0, t.at - now));
      }
    },
  };
}
