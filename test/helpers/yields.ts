type Scheduler = { yield: () => Promise<void> };

/**
 * Runs `body` with `scheduler.yield` wrapped, so `onYield` sees every task boundary the code under
 * test asks for (`nextTask()` uses it in Chromium); the real scheduler is back afterwards.
 */
export async function watchingYields<T>(onYield: () => void, body: () => Promise<T>): Promise<T> {
  const g = globalThis as unknown as { scheduler: Scheduler };
  const original = g.scheduler;
  const real = original.yield.bind(original);
  Object.defineProperty(g, 'scheduler', { configurable: true, value: { yield: () => (onYield(), real()) } });
  try {
    return await body();
  } finally {
    Object.defineProperty(g, 'scheduler', { value: original, configurable: true, writable: true });
  }
}
