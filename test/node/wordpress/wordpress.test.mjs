// The WordPress plugin on a real WordPress (Debian's wordpress, php and mariadb-server packages),
// started here and removed at the end: installed from the release zip through the admin, set up
// through its settings page, used through shortcodes and blocks, attacked, unit-tested with
// PHPUnit, and uninstalled. Skipped, with one line saying why, where the packages are missing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { importTs } from '../../../scripts/lib/import-ts.mjs';
import { buildPlugin } from '../../../scripts/wordpress/build-plugin.mjs';
import { prepareSite } from '../../../scripts/wordpress/demo-content.mjs';
import { missingRequirements, startSite } from '../../../scripts/wordpress/site.mjs';
import { launch } from './lib/browser.mjs';
import { manifestAttributes } from './lib/markup.mjs';
import { editorSuite } from './suites/editor.mjs';
import { installSuite } from './suites/install.mjs';
import { phpunitSuite } from './suites/phpunit.mjs';
import { securitySuite } from './suites/security.mjs';
import { settingsSuite } from './suites/settings.mjs';
import { uninstallSuite } from './suites/uninstall.mjs';
import { visitorSuite } from './suites/visitor.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname;
const missing = missingRequirements();
// Without the packages the suite is skipped, and the reporter prints this reason on one line.
const skip = missing ? `WordPress tests skipped: ${missing}` : false;

/** Filled in by before(): the site, the built plugin, a browser, the payloads. Suites read it. */
const ctx = { root: ROOT };

describe('WordPress plugin on a real WordPress', { skip, timeout: 10 * 60 * 1000 }, () => {
  const started = Date.now();
  before(async () => {
    for (const file of ['dist/recovery-widgets.js', 'custom-elements.json'])
      if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run npm run build first.`);
    ctx.out = mkdtempSync(join(tmpdir(), 'recovery-plugin-'));
    ctx.plugin = buildPlugin({ assetsFrom: join(ROOT, 'dist'), outDir: ctx.out });
    ctx.manifest = manifestAttributes(join(ROOT, 'custom-elements.json'));
    ctx.hostile = await importTs(ROOT, 'test/fixtures/hostile/payloads.ts', 'payloads');
    // The call to action's Spanish, from the shipped pack (the plugin serves it beside the script).
    ctx.ctaEs = JSON.parse(readFileSync(join(ROOT, 'i18n/es.json'), 'utf8')).messages.cta;
    [ctx.site, ctx.browser] = await Promise.all([startSite({ log: (line) => console.log(line) }), launch()]);
    prepareSite(ctx.site);
  });

  after(async () => {
    await ctx.browser?.close();
    await ctx.site?.stop();
    if (ctx.out) rmSync(ctx.out, { recursive: true, force: true });
    console.log(`WordPress part: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  installSuite(ctx);
  settingsSuite(ctx);
  visitorSuite(ctx);
  editorSuite(ctx);
  securitySuite(ctx);
  phpunitSuite(ctx);
  uninstallSuite(ctx);
});
