// Installs node modules when they are missing or the lock file changed since, so `npm start` and `npm test` work on a fresh clone.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from './lib/run.mjs';

export function ensureInstall() {
  if (installed() && !lockChangedSinceInstall()) return;
  const cmd = existsSync('package-lock.json') ? 'ci' : 'install';
  console.log(`Installing node modules (npm ${cmd})...`);
  const status = run('npm', [cmd, '--no-audit', '--no-fund'], { shell: process.platform === 'win32' });
  if (status !== 0) {
    console.error(`npm ${cmd} failed (exit ${status}). Check your network and Node version (>= 20).`);
    process.exit(status);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureInstall();

function installed() {
  return existsSync('node_modules/.package-lock.json') && existsSync('node_modules/.bin/rollup');
}

// After a pull that adds a dependency, the lock file is newer than npm's record of the last install.
function lockChangedSinceInstall() {
  if (!existsSync('package-lock.json')) return false;
  return statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
}
