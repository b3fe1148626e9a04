// Installs node modules when they are missing, so `npm start` and `npm test` work on a fresh clone.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from './lib/run.mjs';

export function ensureInstall() {
  if (existsSync('node_modules/.package-lock.json') && existsSync('node_modules/.bin/rollup')) return;
  const cmd = existsSync('package-lock.json') ? 'ci' : 'install';
  console.log(`Installing node modules (npm ${cmd})...`);
  const status = run('npm', [cmd, '--no-audit', '--no-fund'], { shell: process.platform === 'win32' });
  if (status !== 0) {
    console.error(`npm ${cmd} failed (exit ${status}). Check your network and Node version (>= 20).`);
    process.exit(status);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureInstall();
