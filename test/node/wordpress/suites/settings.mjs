import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoSettings } from '../../../../scripts/wordpress/demo-content.mjs';
import { assertText, notices, saveSettings, settingsForm, strip } from '../lib/admin.mjs';
import { cookiesFor, visit } from '../lib/browser.mjs';

const OPTION = 'recovery_widgets_settings';

export function settingsSuite(ctx) {
  const saved = () => JSON.parse(ctx.site.php(`echo wp_json_encode( get_option( '${OPTION}' ) );`));

  describe('Settings → Recovery Widgets', () => {
    it('shows every field and saves them through the form', async () => {
      const { page } = await settingsForm(ctx.admin);
      const text = strip(page.text);
      for (const label of [
        'Organization',
        'Phone',
        'Text (SMS) number',
        'Email',
        'Contact page',
        'Hours',
        'Theme',
        'Brand color',
        'Language',
        'Default meeting feeds',
        'Link pattern for articles',
      ])
        assert.ok(text.includes(label), `the field ${label}`);
      assert.match(page.text, /<option value="es"[^>]*>Español<\/option>/);
      assert.ok(text.includes(`Default: ${ctx.site.url}/{slug}/`), 'the default link pattern is the site’s permalinks');

      const values = demoSettings(ctx.site.url);
      const res = await saveSettings(ctx.admin, values);
      assert.ok(
        notices(res.text).some((n) => n.includes('Settings saved.')),
        notices(res.text).join(' | '),
      );
      const { 'href-template': _, lang: __, ...kept } = values;
      assert.deepEqual(saved(), { ...kept, 'contact-url': `${ctx.site.url}/contact/` });
    });

    it('leaves out a value that does not pass, with the widget’s own message', async () => {
      const res = await saveSettings(ctx.admin, {
        ...demoSettings(ctx.site.url),
        phone: 'call us',
        email: 'help@harbor.example?bcc=all@evil.example',
        'contact-url': 'javascript:alert(1)',
        color: '#ffcc00',
        'href-template': '/blog/',
      });
      const shown = notices(res.text).join('\n');
      for (const message of [
        'Phone: phone="call us" is not a phone number (use digits, spaces, +, - or parentheses; capital letters such as 1-800-RECOVERY and an extension such as ext. 12 work too); it is left out.',
        'Email: email="help@harbor.example?bcc=all@evil.example" is not a plain email address; it is left out.',
        'Contact page: contact-url="javascript:alert(1)" is not an http(s) link; it is left out.',
        'Brand color: color="#ffcc00" has a contrast of 1.51:1 on the light theme\'s background (#ffffff); links and buttons need at least 4.5:1. Choose a darker color; it is left out.',
        'Link pattern for articles: href-template="/blog/" has no {slug} placeholder; it is ignored. Example: href-template="/blog/{slug}".',
      ])
        assert.ok(shown.includes(message), `${message}\nshown: ${shown}`);
      const now = saved();
      for (const field of ['phone', 'email', 'contact-url', 'color', 'href-template'])
        assert.equal(now[field], undefined, field);
      assert.equal(now.organization, 'Harbor Recovery Center');
      await saveSettings(ctx.admin, demoSettings(ctx.site.url));
    });

    it('a refused value is shown in the notice as text: a pasted payload never becomes markup in the admin', async () => {
      // A webmaster pastes what a "feed provider" sent into every field, in Chromium, and saves. The
      // notice quotes each refused value, so a value must come out as text there too.
      const payloads = ctx.hostile.SCRIPTY;
      const fields = Object.keys(demoSettings(ctx.site.url));
      const settingsUrl = `${ctx.site.url}/wp-admin/options-general.php?page=recovery-widgets`;
      const { page, close } = await visit(ctx.browser, settingsUrl, { cookies: cookiesFor(ctx.admin), ready: false });
      const clip = (p) => (p.length > 80 ? `${p.slice(0, 77)}...` : p);
      try {
        for (let round = 0; round * fields.length < payloads.length; round++) {
          const values = Object.fromEntries(
            fields.map((field, i) => [field, payloads[(round * fields.length + i) % payloads.length]]),
          );
          await page.evaluate(
            (option, values) => {
              for (const [field, value] of Object.entries(values)) {
                const input = document.querySelector(`[name="${option}[${field}]"]`);
                // A select (theme, language) gets the value as a choice of its own, as a forged form would send it.
                if (input instanceof HTMLSelectElement) input.add(new Option(value, value, true, true));
                else input.value = value;
              }
            },
            OPTION,
            values,
          );
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
          const shown = await page.evaluate((flag) => {
            const scripts = [...document.scripts].filter((s) => s.textContent.includes(flag)).length;
            return {
              ran: !!window[flag],
              elements: document.querySelectorAll('[data-pwned], iframe[srcdoc]').length,
              scripts,
              notices: [...document.querySelectorAll('.settings-error p')].map((p) => p.textContent),
            };
          }, ctx.hostile.PWNED_FLAG);
          assert.deepEqual(
            { ran: shown.ran, elements: shown.elements, scripts: shown.scripts },
            { ran: false, elements: 0, scripts: 0 },
            `round ${round}: ${shown.notices.join(' | ')}`,
          );
          // Phone, text number and email refuse every one of these payloads and quote it whole.
          for (const [field, label] of [
            ['phone', 'Phone'],
            ['sms', 'Text (SMS) number'],
          ])
            assert.ok(
              shown.notices.includes(
                `${label}: ${field}="${clip(values[field])}" is not a phone number (use digits, spaces, +, - or parentheses; capital letters such as 1-800-RECOVERY and an extension such as ext. 12 work too); it is left out.`,
              ),
              `round ${round}, ${field}: ${shown.notices.join(' | ')}`,
            );
          assert.ok(
            shown.notices.includes(
              `Email: email="${clip(values.email)}" is not a plain email address; it is left out.`,
            ),
            `round ${round}, email: ${shown.notices.join(' | ')}`,
          );
        }
      } finally {
        await close();
        await saveSettings(ctx.admin, demoSettings(ctx.site.url));
      }
    });

    it('saving without a valid nonce fails and changes nothing', async () => {
      const before = saved();
      const { hidden } = await settingsForm(ctx.admin);
      for (const nonce of [undefined, 'abc123', '']) {
        const res = await saveSettings(ctx.admin, { organization: 'Forged' }, { ...hidden, _wpnonce: nonce });
        assert.equal(res.status, 403, `nonce ${nonce}`);
        assertText(res.text, /The link you followed has expired/);
      }
      assert.deepEqual(saved(), before);
    });

    it('saving without the capability fails, even with the user’s own valid nonce (an editor)', async () => {
      const before = saved();
      ctx.site.php(
        `wp_insert_user( array( 'user_login' => 'editor', 'user_pass' => 'editor-pass-1', 'role' => 'editor', 'user_email' => 'editor@example.org' ) );`,
      );
      const editor = await ctx.site.login('editor', 'editor-pass-1');
      const page = await editor.get('/wp-admin/options-general.php?page=recovery-widgets');
      assert.equal(page.status, 403);
      assertText(page.text, /Sorry, you are not allowed to access this page/);
      // A nonce made for the editor's own session, as if the form had leaked: the capability still says no.
      const cookie = [...editor.cookies].find(([name]) => name.startsWith('wordpress_logged_in_'));
      const nonce = ctx.site
        .php(`$_COOKIE[ LOGGED_IN_COOKIE ] = $input; echo wp_create_nonce( 'recovery_widgets-options' );`, {
          input: decodeURIComponent(cookie[1]),
          user: editorId(ctx.site),
        })
        .trim();
      const res = await saveSettings(
        editor,
        { organization: 'Forged' },
        { option_page: 'recovery_widgets', action: 'update', _wpnonce: nonce, _wp_http_referer: '/wp-admin/' },
      );
      assert.equal(res.status, 403);
      assertText(res.text, /Sorry, you are not allowed to manage options for this site/);
      assert.deepEqual(saved(), before);
    });
  });
}

function editorId(site) {
  return Number(site.php(`echo get_user_by( 'login', 'editor' )->ID;`));
}
