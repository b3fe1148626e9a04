// npm start: install if needed, build, then serve the demo and print its address.
import { ensureInstall } from './ensure-install.mjs';

ensureInstall();
const { build } = await import('./build.mjs');
await build();
const { serve } = await import('./serve.mjs');
const port = await serve();
console.log(`\nDemo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
