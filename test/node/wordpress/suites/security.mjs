import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createPages, demoSettings } from '../../../../scripts/wordpress/demo-content.mjs';
import { saveSettings, settingsForm } from '../lib/admin.mjs';
import { visit } from '../lib/browser.mjs';
import { widgetMarkupProblems } from '../lib/markup.mjs';

const PER_PAGE = 16;

/** The payloads as base64 of their UTF-8, so PHP gets every one (JSON cannot carry a lone surrogate). */
const b64 = (list) => list.map((p) => Buffer.from(p, 'utf8').toString('base64'));

/**
 * In the page: did anything run, or become markup? The fixture's own pwned() and dangerousLinks()
 * on every widget (with its provider), plus the whole document for anything that escaped them.
 */
function inertCheck(page, hostile) {
  return page.evaluate(
    (pwnedSource, linksSource, flag) => {
      // biome-ignore lint/correctness/noUnusedVariables: the fixture's functions read PWNED_FLAG.
      const PWNED_FLAG = flag;
      // biome-ignore lint/security/noGlobalEval: the fixture's own functions, sent as source.
      const pwned = eval(`(${pwnedSource})`);
      // biome-ignore lint/security/noGlobalEval: as above.
      const dangerousLinks = eval(`(${linksSource})`);
      const out = [];
      if (window[flag]) out.push('a payload ran');
      for (const provider of document.querySelectorAll('recovery-provider')) {
        if (pwned(provider)) out.push(`markup or script inside <${provider.firstElementChild?.localName}>`);
        const links = dangerousLinks(provider);
        if (links.length) out.push(`dangerous links: ${links.join(' ')}`);
      }
      if (document.querySelector('[data-pwned]')) out.push('an element from a payload');
      // The article's schema.org data is a JSON script the widget builds through the DOM: not code.
      for (const s of document.scripts)
        if (s.type !== 'application/ld+json' && s.textContent.includes(flag))
          out.push(`a script with ${s.textContent.slice(0, 80)}`);
      for (const el of document.querySelectorAll('*'))
        for (const a of el.attributes)
          if (/^on/i.test(a.name) && a.value.includes(flag)) out.push(`<${el.localName} ${a.name}> from a payload`);
      return out;
    },
    hostile.pwned.toString(),
    hostile.dangerousLinks.toString(),
    hostile.PWNED_FLAG,
  );
}

/** The page's source holds only well-formed widgets, and in Chromium nothing ran or became markup. */
async function assertInert(ctx, url, where) {
  const source = await (await fetch(url)).text();
  assert.deepEqual(widgetMarkupProblems(source, ctx.manifest), [], `${where}: the page source`);
  await assertRendersInert(ctx, url, where);
  return source;
}

async function assertRendersInert(ctx, url, where) {
  const { page, close } = await visit(ctx.browser, url, { ready: 'defined' });
  try {
    assert.deepEqual(await inertCheck(page, ctx.hostile), [], `${where}: the rendered widgets`);
  } finally {
    await close();
  }
}

export function securitySuite(ctx) {
  describe('hostile values', () => {
    it('every payload in every shortcode attribute and every block attribute comes out inert', async () => {
      const payloads = ctx.hostile.ALL_PAYLOADS;
      const groups = [];
      for (let i = 0; i < payloads.length; i += PER_PAGE) groups.push(b64(payloads.slice(i, i + PER_PAGE)));
      // Built in PHP, as an author would write them: each shortcode with every attribute set to the
      // payload (quoted with " or '), each block through WordPress's own serialize_block().
      const urls = JSON.parse(
        ctx.site.php(
          `
          kses_remove_filters();
          $urls = array();
          foreach ( $input as $n => $group ) {
            $content = '';
            foreach ( $group as $b64 ) {
              $p = base64_decode( $b64 );
              foreach ( RecoveryWidgets\\Widgets::ALL as $tag => $w ) {
                $names = array_merge( array_keys( RecoveryWidgets\\Widgets::attributes( $tag ) ), RecoveryWidgets\\Widgets::EXTRA );
                $q = false === strpos( $p, '"' ) ? '"' : "'";
                $v = ( false !== strpos( $p, '"' ) && false !== strpos( $p, "'" ) ) ? str_replace( '"', '&quot;', $p ) : $p;
                $content .= '[' . $w['shortcode'];
                foreach ( $names as $name ) { $content .= ' ' . $name . '=' . $q . $v . $q; }
                $content .= "]\\n\\n";
                $attrs = array();
                foreach ( $names as $name ) { $attrs[ lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) ) ] = $p; }
                $content .= serialize_block( array( 'blockName' => 'recovery-widgets/' . $w['block'], 'attrs' => $attrs, 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) ) . "\\n\\n";
              }
            }
            $id = wp_insert_post( wp_slash( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => "Hostile $n", 'post_content' => $content ) ), true );
            if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
            $urls[] = get_permalink( $id );
          }
          echo wp_json_encode( $urls );`,
          { input: groups },
        ),
      );
      for (const [n, url] of urls.entries()) {
        const source = await assertInert(ctx, url, `payloads ${n * PER_PAGE}-${n * PER_PAGE + PER_PAGE - 1}`);
        const count = source.split('<recovery-provider').length - 1;
        assert.equal(
          count,
          Math.min(PER_PAGE, payloads.length - n * PER_PAGE) * 8,
          `every shortcode and block of page ${n} rendered`,
        );
      }
    });

    it('every payload in every settings field, saved through the form, comes out inert', async () => {
      const payloads = ctx.hostile.ALL_PAYLOADS;
      const fields = Object.keys(demoSettings(ctx.site.url));
      const urls = createPages(ctx.site, {
        'hostile-settings': {
          title: 'Hostile settings',
          content:
            '[recovery_cta][related_posts for="four-main-triggers-for-relapse"][support_group_finder]' +
            '<!-- wp:recovery-widgets/cta /--><!-- wp:recovery-widgets/article {"slug":"four-main-triggers-for-relapse"} /-->',
        },
      });
      const { hidden } = await settingsForm(ctx.admin);
      const rendered = [];
      try {
        // Round n puts payload n + i in field i, so every payload meets every field. Each round's
        // page source is checked as it is served; the widgets of all rounds are then rendered
        // together, in one page of the site that loads the plugin's script.
        for (let n = 0; n < payloads.length; n++) {
          const values = Object.fromEntries(fields.map((field, i) => [field, payloads[(n + i) % payloads.length]]));
          const res = await saveSettings(ctx.admin, values, hidden, { follow: false });
          assert.equal(res.status, 302, `round ${n}: saved`);
          const source = await (await fetch(urls['hostile-settings'])).text();
          assert.deepEqual(widgetMarkupProblems(source, ctx.manifest), [], `settings round ${n}: the page source`);
          rendered.push(...source.match(/<recovery-provider[\s\S]*?<\/recovery-provider>/g));
        }
      } finally {
        await saveSettings(ctx.admin, demoSettings(ctx.site.url));
      }
      assert.equal(rendered.length, payloads.length * 5);
      const script = `${ctx.site.url}/wp-content/plugins/recovery-widgets/assets/recovery-widgets.js`;
      writeFileSync(
        join(ctx.site.dir, 'wp-content', 'uploads', 'hostile-settings.html'),
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Hostile settings</title><body>${rendered.join('\n')}<script src="${script}" defer></script>`,
      );
      await assertRendersInert(ctx, `${ctx.site.url}/wp-content/uploads/hostile-settings.html`, 'every settings round');
    });

    it('a contributor cannot set a javascript: (or any non-http) link, in a shortcode or a block', async () => {
      ctx.site.php(
        `wp_insert_user( array( 'user_login' => 'contributor', 'user_pass' => 'contributor-pass-1', 'role' => 'contributor', 'user_email' => 'contributor@example.org' ) );`,
      );
      const contributor = await ctx.site.login('contributor', 'contributor-pass-1');
      const nonce = (await contributor.get('/wp-admin/admin-ajax.php?action=rest-nonce')).text.trim();
      let content = '';
      for (const url of ctx.hostile.DANGEROUS_URLS) {
        const q = url.includes('"') ? "'" : '"';
        content += `[recovery_cta contact-url=${q}${url}${q} content-base=${q}${url}${q}]\n\n`;
        content += `[support_group_finder src=${q}${url}${q}]\n\n[recovery_article src=${q}${url}${q}]\n\n`;
        content += `<!-- wp:recovery-widgets/cta ${JSON.stringify({ contactUrl: url, contentBase: url })} /-->\n\n`;
      }
      const res = await contributor.request('/wp-json/wp/v2/posts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
        body: JSON.stringify({ title: 'From a contributor', content, status: 'pending' }),
      });
      assert.equal(res.status, 201, res.text.slice(0, 300));
      const post = JSON.parse(res.text);
      assert.equal(post.status, 'pending', 'a contributor can only submit for review');
      // An editor publishes it without looking closely.
      const url = ctx.site
        .php(`wp_publish_post( ${Number(post.id)} ); echo get_permalink( ${Number(post.id)} );`)
        .trim();
      const source = await assertInert(ctx, url, 'a contributor’s post');
      const ours = [...source.matchAll(/<recovery-provider[\s\S]*?<\/recovery-provider>/g)].map((m) => m[0]).join('\n');
      assert.doesNotMatch(
        ours.replace(/&#0*58;|&colon;/gi, ':').replace(/[\s\u0000-\u001f]/g, ''),
        /(javascript|data|vbscript|file|blob):/i,
      );
    });
  });
}
