import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertText, strip, uploadAndActivate } from '../lib/admin.mjs';

export function installSuite(ctx) {
  describe('installing', () => {
    it('the release zip installs through Plugins → Add New → Upload Plugin and activates', async () => {
      ctx.optionsBefore = optionNames(ctx.site);
      ctx.admin = await ctx.site.login();
      const { installed, activated } = await uploadAndActivate(ctx.admin, ctx.plugin.zip);
      assertText(installed, /Plugin installed successfully/);
      assertText(activated, /Plugin activated/);
      assert.equal(
        ctx.site.php("echo is_plugin_active( 'recovery-widgets/recovery-widgets.php' ) ? 'active' : 'inactive';"),
        'active',
      );
    });

    it('the plugin list shows its name, version and a Settings link', async () => {
      const text = (await ctx.admin.get('/wp-admin/plugins.php')).text;
      const row = /<tr[^>]*data-slug="recovery-widgets"[\s\S]*?<\/tr>/.exec(text)?.[0] ?? '';
      assert.match(
        strip(row),
        new RegExp(`Recovery Widgets[\\s\\S]*Version ${ctx.plugin.version.replace(/\./g, '\\.')}`),
      );
      assert.match(row, /options-general\.php\?page=recovery-widgets/);
    });
  });
}

/** Every option name in the site's database. */
export function optionNames(site) {
  return site.sql('SELECT option_name FROM wp_options ORDER BY option_name', 'wordpress').trim().split('\n');
}
