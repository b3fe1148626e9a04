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
