// npm run wordpress: builds the library and the plugin, starts a real WordPress from Debian's
// packages with the plugin active, the demo settings and a page for each shortcode and block, and
// prints the addresses. Ctrl+C stops it and removes everything it made.
//   npm run wordpress                  (a free port; --port 8080 to choose)
//   npm run wordpress -- --screenshots (saves docs/screenshots/wordpress-*.png, then stops)
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlugin } from './build-plugin.mjs';
import { createPages, demoPages, demoSettings, prepareSite } from './demo-content.mjs';
import { ADMIN, missingRequirements, startSite } from './site.mjs';

const args = process.argv.slice(2);
const missing = missingRequirements();
if (missing) {
  console.error(`Cannot start WordPress: ${missing}.`);
  process.exit(1);
}
if (!args.includes('--no-build')) {
  const { build } = await import('../build.mjs');
  await build();
}
const plugin = buildPlugin({ assetsFrom: 'dist', outDir: 'node_modules/.cache/recovery-wordpress' });
const portArg = args.indexOf('--port');
const site = await startSite({
  port: portArg >= 0 ? Number(args[portArg + 1]) : undefined,
  log: (line) => console.log(line),
});
const stop = async () => {
  await site.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

cpSync(plugin.dir, join(site.dir, 'wp-content', 'plugins', 'recovery-widgets'), { recursive: true });
prepareSite(site);
site.php(
  `
  $done = activate_plugin( 'recovery-widgets/recovery-widgets.php' );
  if ( is_wp_error( $done ) ) { fwrite( STDERR, $done->get_error_message() ); exit( 1 ); }
  update_option( RecoveryWidgets\\Settings::OPTION, RecoveryWidgets\\Settings::clean( $input )[0] );`,
  { input: demoSettings(site.url) },
);
const pages = demoPages();
const urls = createPages(site, pages);

if (args.includes('--screenshots')) {
  const { takeScreenshots } = await import('./screenshots.mjs');
  await takeScreenshots(site, urls);
  await stop();
}

console.log(`
Recovery Widgets ${plugin.version} on WordPress ${site.version()}: ${site.url}/
  Log in:    ${site.url}/wp-login.php  (${ADMIN.user} / ${ADMIN.password})
  Settings:  ${site.url}/wp-admin/options-general.php?page=recovery-widgets
  Pages:     ${Object.keys(pages)
    .filter((slug) => /^(shortcode|block)-/.test(slug))
    .map((slug) => urls[slug])
    .join('\n             ')}
The plugin is a copy of ${plugin.dir}; run this command again after changing it.
Press Ctrl+C to stop (the site and its database are removed).`);
