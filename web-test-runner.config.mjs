import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/lib/find-chrome.mjs';
import { leafletCssText } from './scripts/lib/leaflet-css.mjs';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';
import { testServerMiddleware } from './scripts/wtr/middleware.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium pauses animation frames in a page that is not in front, and
  // fixtures wait for a frame, so parallel pages made tests time out at random.
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  middleware: testServerMiddleware,
  // Tests run Lit's development build, which checks what the production build does not (tests
  // that look for Lit's warnings rely on it), and which announces itself once per test file.
  // Lit lets a page turn one warning off by its code: only that notice goes, every other warning
  // stays. Demo and partner pages under test load the built script, which is Lit's production build.
  // Tests read the page's resource entries to prove what was (or was not) requested: the browser
  // keeps only 250 by default, and a file's later tests (the map's tiles) would go unrecorded.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>(globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');performance.setResourceTimingBufferSize(100000);</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    // The map's `import leafletCss from 'virtual:leaflet-css'`, as the build makes it (rollup.config.mjs).
    {
      name: 'leaflet-css',
      resolveImport: ({ source }) => (source === 'virtual:leaflet-css' ? '/__virtual/leaflet-css.js' : undefined),
      serve: (context) =>
        context.path === '/__virtual/leaflet-css.js'
          ? { body: `export default ${JSON.stringify(leafletCssText())};`, type: 'js' }
          : undefined,
    },
    esbuildPlugin({
      ts: true,
      // 'auto' leaves plain .js alone, so the built drop-in script is served byte for byte.
      target: 'auto',
      tsconfig: 'tsconfig.json',
      define: { __RECOVERY_VERSION__: JSON.stringify(pkg.version) },
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    summaryReporter({ file: 'node_modules/.cache/recovery-test-summary.json' }),
  ],
};
