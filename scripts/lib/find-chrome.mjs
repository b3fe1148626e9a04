import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A Chromium or Chrome for headless tests: CHROME_PATH, else Debian's `chromium`, else Chrome.
 * Test tools cannot download their own browser here, so we use the system's.
 */
export function findChrome() {
  if (process.env.CHROME_PATH) {
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) {
    try {
      const found = execSync(`command -v ${name}`, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        shell: '/bin/sh',
      }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  const known = [
    '/usr/bin/chromium',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return known.find((p) => existsSync(p));
}

export const NO_CHROME_HELP = `No Chromium or Chrome was found for the browser tests.
Install one, or point CHROME_PATH at it:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
  any system:     CHROME_PATH=/path/to/chrome npm test`;

/** Flags that keep headless Chromium quiet on a machine with no internet and no sandbox (root). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test files run in parallel pages; a page in the background must still get animation frames
  // and timers, or fixtures that wait for a frame time out.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
