import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HttpClient } from '../../../../scripts/wordpress/http-client.mjs';
import { assertText } from '../lib/admin.mjs';
import { optionNames } from './install.mjs';

export function uninstallSuite(ctx) {
  describe('uninstalling', () => {
    it('Plugins → Deactivate, then Delete, removes the option and leaves nothing else behind', async () => {
      assert.ok(optionNames(ctx.site).includes('recovery_widgets_settings'), 'the settings were saved');
      // The admin's links are relative to /wp-admin/.
      const link = (text, action) => {
        const href = new RegExp(`href="([^"]*plugins\\.php\\?action=${action}[^"]*recovery-widgets[^"]*)"`).exec(
          text,
        )?.[1];
        assert.ok(href, `a ${action} link for the plugin`);
        return new URL(href.replace(/&amp;|&#038;/g, '&'), `${ctx.site.url}/wp-admin/`).href;
      };
      const list = (await ctx.admin.get('/wp-admin/plugins.php')).text;
      const deactivated = await ctx.admin.get(link(list, 'deactivate'));
      assertText(deactivated.text, /Plugin deactivated/);
      const confirm = await ctx.admin.get(link(deactivated.text, 'delete-selected'));
      assertText(confirm.text, /Are you sure you want to delete/);
      const fields = HttpClient.formFields(confirm.text, /plugins\.php/);
      const deleted = await ctx.admin.post('/wp-admin/plugins.php', {
        ...fields,
        'checked[]': 'recovery-widgets/recovery-widgets.php',
        action: 'delete-selected',
        verify_delete: '1',
      });
      assertText(deleted.text, /The selected plugin has been deleted/);

      assert.ok(
        !existsSync(join(ctx.site.dir, 'wp-content', 'plugins', 'recovery-widgets')),
        'the plugin folder is gone',
      );
      const added = optionNames(ctx.site).filter((name) => !ctx.optionsBefore.includes(name));
      assert.deepEqual(
        added.filter((name) => /recovery/i.test(name)),
        [],
        'no option of ours',
      );
      const mentions = ctx.site
        .sql(
          // recently_activated is WordPress's own "Recently Active" list, which it empties after a week.
          `SELECT option_name FROM wp_options WHERE option_name <> 'recently_activated' AND (option_value LIKE '%recovery-widgets%' OR option_value LIKE '%recovery_widgets%')
           UNION SELECT CONCAT('usermeta ', meta_key) FROM wp_usermeta WHERE meta_key LIKE '%recovery%' OR meta_value LIKE '%recovery-widgets%'
           UNION SELECT CONCAT('postmeta ', meta_key) FROM wp_postmeta WHERE meta_key LIKE '%recovery%'`,
          'wordpress',
        )
        .trim();
      assert.equal(mentions, '', 'nothing in the database names the plugin');
      const uploads = readdirSync(join(ctx.site.dir, 'wp-content', 'uploads'), { recursive: true }).filter((f) =>
        /recovery-widgets/.test(f),
      );
      assert.deepEqual(uploads, [], 'no files of ours in uploads');
    });

    it('PHP logged no warning or notice from the plugin', () => {
      assert.deepEqual(ctx.site.logLines(/recovery-widgets|RecoveryWidgets/), []);
    });
  });
}
