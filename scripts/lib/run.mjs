import { spawnSync } from 'node:child_process';

/** Runs a command with inherited output; returns its exit status. */
export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`Could not run ${cmd}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** A binary from node_modules/.bin. */
export const bin = (name) => `node_modules/.bin/${name}`;
