import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoSettings } from '../../../../scripts/wordpress/demo-content.mjs';
import { selectBlock } from '../../../../scripts/wordpress/screenshots.mjs';
import { saveSettings } from '../lib/admin.mjs';
import { cookiesFor, visit, widget } from '../lib/browser.mjs';

const BLOCKS = {
  'recovery-widgets/cta': 'recovery-cta',
  'recovery-widgets/article': 'recovery-article',
  'recovery-widgets/related-posts': 'related-posts',
  'recovery-widgets/support-group-finder': 'support-group-finder',
};

export function editorSuite(ctx) {
  describe('the block editor', () => {
    it('each block shows the live widget, its settings are in the sidebar, and the page gets the same output', async () => {
      const { page, problems, close } = await visit(
        ctx.browser,
        `${ctx.site.url}/wp-admin/post-new.php?post_type=page`,
        {
          cookies: cookiesFor(ctx.admin),
          ready: false,
          width: 1400,
        },
      );
      try {
        await page.waitForFunction(
          () => window.wp?.blocks?.getBlockType('recovery-widgets/cta') && window.wp.data.select('core/editor'),
          {
            timeout: 60000,
          },
        );
        await page.evaluate((blocks) => {
          const { select, dispatch } = window.wp.data;
          if (select('core/edit-post').isFeatureActive('welcomeGuide'))
            dispatch('core/edit-post').toggleFeature('welcomeGuide');
          dispatch('core/editor').editPost({ title: 'Made in the block editor' });
          dispatch('core/block-editor').insertBlocks([
            window.wp.blocks.createBlock('recovery-widgets/cta', { headingLevel: 3 }),
            window.wp.blocks.createBlock('recovery-widgets/article', {
              slug: 'four-main-triggers-for-relapse',
              readingTime: true,
            }),
            window.wp.blocks.createBlock('recovery-widgets/related-posts', {
              for: 'four-main-triggers-for-relapse',
              limit: 2,
            }),
            window.wp.blocks.createBlock('recovery-widgets/support-group-finder', {}),
          ]);
          return Object.keys(blocks);
        }, BLOCKS);

        // Every block previews its widget, drawn by the real script in the editor.
        await page.waitForFunction(
          (blocks) => {
            // The block editor's canvas: an iframe in newer WordPress, the page itself in 6.1.
            const doc = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
            return Object.entries(blocks).every(([name, tag]) => {
              const el = doc.querySelector(`[data-type="${name}"] ${tag}`);
              return (
                el?.shadowRoot?.childElementCount &&
                !el.shadowRoot.querySelector('[part~="skeleton"], [part~="placeholder"], [part~="loading"]')
              );
            });
          },
          { timeout: 30000, polling: 100 },
          BLOCKS,
        );

        // A flag reaches the preview as the element's attribute, as on the page.
        const flag = await page.evaluate(() =>
          (document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document)
            .querySelector('[data-type="recovery-widgets/article"] recovery-article')
            .hasAttribute('reading-time'),
        );
        assert.equal(flag, true, 'reading-time in the article preview');

        // The call to action's sidebar: its own settings, and the site's settings to override.
        await page.evaluate(selectBlock, 'recovery-widgets/cta');
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.block-editor-block-inspector label')].some(
            (l) => l.textContent === 'Heading level',
          ),
        );
        const toggle = await page.waitForSelector('::-p-text(Organization and links for this block)');
        await toggle.click();
        const input = await page.waitForFunction(() => {
          const label = [...document.querySelectorAll('.block-editor-block-inspector label')].find(
            (l) => l.textContent === 'Organization',
          );
          return label && document.getElementById(label.htmlFor);
        });
        await input.asElement().type('Harbor East');
        await page.waitForFunction(() =>
          (document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document)
            .querySelector('[data-type="recovery-widgets/cta"] recovery-cta')
            ?.shadowRoot?.textContent.includes('Harbor East'),
        );

        const link = await page.evaluate(async () => {
          const { select, dispatch } = window.wp.data;
          dispatch('core/editor').editPost({ status: 'publish' });
          await dispatch('core/editor').savePost();
          return select('core/editor').getCurrentPostAttribute('link');
        });
        const editorProblems = problems.filter((p) => /recovery|block validation|invalid content/i.test(p));
        assert.deepEqual(editorProblems, []);

        const { page: front, problems: frontProblems, close: closeFront } = await visit(ctx.browser, link);
        try {
          const cta = await widget(front, 'recovery-cta');
          assert.ok(cta.text.includes('Start your journey with Harbor East'), cta.text.slice(0, 100));
          assert.equal(cta.attributes['heading-level'], '3');
          assert.equal((await widget(front, 'related-posts')).partCounts.item, 2);
          assert.ok((await widget(front, 'support-group-finder')).partCounts.meeting > 0);
          assert.deepEqual(frontProblems, []);
        } finally {
          await closeFront();
        }
      } finally {
        await close();
      }
    });

    it('a setting that reads as markup inside a script (<!--<script>) leaves the editor working', async () => {
      // The editor's data is an inline <script>. In it, "<!--<script>" makes the HTML parser read on
      // past its </script> into the scripts after it, so the editor never starts; "</script>" must not
      // close it early either. An administrator pastes such a name (or is led to).
      const hostile = { organization: '<!--<script>', hours: '</script><script>window.__pwned=1</script>' };
      await saveSettings(ctx.admin, { ...demoSettings(ctx.site.url), ...hostile });
      const { page, close } = await visit(ctx.browser, `${ctx.site.url}/wp-admin/post-new.php?post_type=page`, {
        cookies: cookiesFor(ctx.admin),
        ready: false,
      });
      try {
        const ready = await page
          .waitForFunction(
            () => window.wp?.blocks?.getBlockType('recovery-widgets/cta') && window.recoveryWidgetsEditor,
            {
              timeout: 60000,
            },
          )
          .then(
            () => true,
            () => false,
          );
        const seen = await page.evaluate(
          (flag) => ({ data: window.recoveryWidgetsEditor?.provider ?? null, ran: !!window[flag] }),
          ctx.hostile.PWNED_FLAG,
        );
        assert.deepEqual(
          { ready, organization: seen.data?.organization, hours: seen.data?.hours, ran: seen.ran },
          { ready: true, ...hostile, ran: false },
        );
      } finally {
        await close();
        await saveSettings(ctx.admin, demoSettings(ctx.site.url));
      }
    });
  });
}
