/**
 * Resolves in a new task, so the browser can paint and handle input first. `scheduler.yield`
 * keeps the work's place in line; a message is the fallback, because background tabs slow timers
 * to one a second. Framework-free: the meeting engine uses it too.
 */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * How long work in steps may run before it gives the page a turn: Lighthouse multiplies the
 * tasks it measures by four for a mid-range phone, and a task counts as blocking past 50 ms.
 */
export const TASK_BUDGET_MS = 8;

/**
 * A pause for work done in steps: it waits for a new task (`nextTask`) only when the task so far
 * plus one more step like the last would run past `budgetMs`; otherwise it returns at once, so a
 * fast device runs several steps in one task instead of waiting a task hop (and often a frame)
 * after each. A slow device still yields between steps. The first call always yields: the
 * caller's task has just done work of its own (parsing a feed, say).
 */
export function pauseEvery(budgetMs = TASK_BUDGET_MS): () => Promise<void> {
  let taskStart = Number.NEGATIVE_INFINITY;
  let lastCall = performance.now();
  return async () => {
    const now = performance.now();
    const step = now - lastCall;
    lastCall = now;
    if (now - taskStart + step < budgetMs) return;
    await nextTask();
    taskStart = lastCall = performance.now();
  };
}

/**
 * Runs `steps` one per task, in order; resolves when all have run. A step that throws is skipped:
 * these are warm-ups whose real use happens later and reports its own failure.
 */
export function runSteps(steps: Array<() => unknown>): Promise<void> {
  return new Promise((resolve) => {
    const next = () => {
      try {
        steps.shift()?.();
      } catch {
        // The real call, later, meets the same problem and handles it.
      }
      if (steps.length) void nextTask().then(next);
      else resolve();
    };
    // A task of its own each: queued ahead of a response the caller waits for (an idle callback
    // could come after it), and not slowed to one a second in a background tab (a timer would be).
    void nextTask().then(next);
  });
}

/**
 * Runs `task` when the page is idle (soon after, where the browser cannot say); returns a cancel.
 * With `quiet`, only in a long idle time (no frame to paint), so it never delays one.
 */
export function whenIdle(task: () => void, quiet = false): () => void {
  if (typeof requestIdleCallback === 'function') {
    let id: number;
    const run = (idle: IdleDeadline) => {
      if (quiet && !idle.didTimeout && idle.timeRemaining() < 40) id = requestIdleCallback(run, { timeout: 1000 });
      else task();
    };
    id = requestIdleCallback(run, { timeout: quiet ? 1000 : 250 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, quiet ? 200 : 20);
  return () => clearTimeout(id);
}

/**
 * Runs `task` once the page has finished loading (scripts that set attributes have run by then).
 * An element added later, by a single-page app, gets a second for its script to set them.
 */
export function afterPageLoad(task: () => void): void {
  if (document.readyState === 'complete') setTimeout(task, 1000);
  else addEventListener('load', () => setTimeout(task), { once: true });
}
