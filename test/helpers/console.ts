import { resetMessagesForTests } from '../../src/internal/warn.js';

export interface ConsoleRecord {
  warn: string[];
  error: string[];
  info: string[];
  /** Stops recording and puts the real console back. */
  restore(): void;
}

/**
 * Records what widgets say to webmasters, so tests can assert the clear message (and that a
 * healthy page says nothing). Messages still reach the real console for debugging.
 */
export function recordConsole(): ConsoleRecord {
  resetMessagesForTests();
  const original = { warn: console.warn, error: console.error, info: console.info };
  const record: ConsoleRecord = {
    warn: [],
    error: [],
    info: [],
    restore() {
      Object.assign(console, original);
    },
  };
  for (const level of ['warn', 'error', 'info'] as const) {
    console[level] = (...args: unknown[]) => {
      record[level].push(args.map(String).join(' '));
    };
  }
  return record;
}

/** The messages from this library only. */
export const ours = (messages: string[]) => messages.filter((m) => m.startsWith('[recovery-widgets]'));

/** The page's own view of anything thrown out of a widget: uncaught errors and rejections. */
export function watchUncaught() {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(e.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    uncaught,
    stop() {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}
