/** Opens a test page in an iframe, as a partner's page, and gives access to what it recorded. */
export interface Recorded {
  errors: string[];
  warn: string[];
  error: string[];
  info: string[];
  violations: string[];
}
export type PageWindow = Window & typeof globalThis & { __record: Recorded };

export async function openPage(url: string, { width = 1024, height = 768 } = {}): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/**
 * A partner page written inline: `head` and `body` markup, with test/pages/record.js first so the
 * test sees what the page prints, throws and requests.
 */
export async function openSrcdoc(head: string, body: string, { width = 1024, height = 768 } = {}): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script src="/test/pages/record.js"></script>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

export function closePages(): void {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
}

/** Waits until `check` passes, or throws its last error after `timeout` ms. */
export async function until<T>(check: () => T, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    try {
      const value = check();
      if (value) return value;
    } catch (e) {
      if (performance.now() - start > timeout) throw e;
    }
    if (performance.now() - start > timeout) throw new Error('until(): timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
