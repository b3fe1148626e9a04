/**
 * The longest task the page ran while watching, from the browser's own long-task entries (tasks
 * over 50 ms). For the few tests that must prove a hostile input cannot freeze the page.
 */
export function watchLongTasks() {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    /** Stops watching (after the entries still queued are read) and returns the longest, 0 if none. */
    stop(): number {
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return Math.max(0, ...durations);
    },
  };
}
