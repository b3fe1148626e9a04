import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  createPages,
  demoPages,
  demoSettings,
  feedUrl,
  TIMEZONE,
} from '../../../../scripts/wordpress/demo-content.mjs';
import { saveSettings, strip } from '../lib/admin.mjs';
import { visit, widget } from '../lib/browser.mjs';
import { widgetMarkupProblems } from '../lib/markup.mjs';

/** What a visitor must see on each page, from the settings page's values. */
const EXPECT = {
  'recovery-cta': (w, ctx) => {
    for (const text of ['Harbor Recovery Center', '(206) 555-0142', '206-555-0143', 'Mon–Fri, 9am–5pm'])
      assert.ok(w.text.includes(text), `the call to action shows ${text}`);
    for (const link of ['tel:2065550142', 'sms:2065550143', 'mailto:help@harbor.example', `${ctx.site.url}/contact/`])
      assert.ok(w.links.includes(link), `the call to action links to ${link}: ${w.links.join(' ')}`);
  },
  'recovery-article': (w, ctx) => {
    const slug = w.attributes.slug;
    assert.ok(w.text.includes(ctx.titles[slug]), `the article ${slug} shows its title`);
    assert.ok(w.partCounts.toc >= 1, 'with its table of contents');
  },
  'related-posts': (w, ctx) => {
    const limit = Number(w.attributes.limit ?? 3);
    assert.equal(w.partCounts.item, limit, `${limit} related articles`);
    const links = w.links.filter((l) => !l.startsWith('mailto:'));
    assert.equal(links.length, limit);
    for (const link of links)
      assert.match(link, new RegExp(`^${ctx.site.url}/[a-z0-9-]+/$`), 'related articles link to the site’s own pages');
  },
  'support-group-finder': (w, ctx) => {
    if (!w.attributes.src) {
      assert.ok(w.partCounts.directory >= 1, 'no feeds: the directory of fellowships');
      return;
    }
    assert.equal(w.attributes.src, feedUrl(ctx.site.url), 'the default feeds from the settings');
    assert.equal(w.attributes.timezone, TIMEZONE, 'the site’s time zone');
    assert.ok(w.partCounts.meeting > 0, 'meetings from the feed');
    assert.equal(w.partCounts.error, 0);
  },
};

export function visitorSuite(ctx) {
  describe('pages, as a visitor sees them', () => {
    const pages = demoPages(join(ctx.root, 'dist', 'content'));
    before(() => {
      ctx.urls = createPages(ctx.site, pages);
      const index = JSON.parse(readFileSync(join(ctx.root, 'dist', 'content', 'index.en.json'), 'utf8'));
      ctx.titles = Object.fromEntries(index.articles.map((a) => [a.slug, a.title]));
    });

    for (const slug of Object.keys(pages).filter((s) => /^(shortcode|block)-/.test(s))) {
      const { widget: tag } = pages[slug];
      it(`${slug}: <${tag}> renders with the site’s settings, and the console stays clean`, async () => {
        const source = await (await fetch(ctx.urls[slug])).text();
        assert.deepEqual(widgetMarkupProblems(source, ctx.manifest), []);
        const { page, problems, close } = await visit(ctx.browser, ctx.urls[slug]);
        try {
          const w = await widget(page, tag);
          assert.equal(w.provider.organization, 'Harbor Recovery Center');
          assert.equal(w.provider['href-template'], `${ctx.site.url}/{slug}/`);
          EXPECT[tag](w, ctx);
          if (tag === 'recovery-cta') {
            const color = await page.evaluate(
              () =>
                getComputedStyle(
                  document.querySelector('recovery-cta').shadowRoot.querySelector('[part~="action-call"]'),
                ).backgroundColor,
            );
            assert.equal(color, 'rgb(27, 111, 92)', 'the brand color');
          }
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      });
    }

    it('the script is deferred, versioned and has its integrity hash; a page without a widget loads nothing', async () => {
      const source = await (await fetch(ctx.urls['shortcode-cta'])).text();
      const tags = [...source.matchAll(/<script\b[^>]*recovery-widgets\.js[^>]*>/g)].map((m) => m[0]);
      assert.equal(tags.length, 1, tags.join('\n'));
      const [tag] = tags;
      assert.match(tag, /\sdefer[\s>]/);
      assert.match(
        tag,
        new RegExp(
          `/wp-content/plugins/recovery-widgets/assets/recovery-widgets\\.js\\?ver=${ctx.plugin.version.replace(/\./g, '\\.')}['"]`,
        ),
      );
      const file = readFileSync(join(ctx.plugin.dir, 'assets', 'recovery-widgets.js'));
      assert.match(
        tag,
        new RegExp(`integrity="sha384-${createHash('sha384').update(file).digest('base64').replace(/[+/]/g, '\\$&')}"`),
      );

      const plain = await (await fetch(ctx.urls.contact)).text();
      assert.doesNotMatch(plain, /recovery-widgets/);
    });

    it('a related article opens the site’s page for it, with the article', async () => {
      const { page, problems, close } = await visit(ctx.browser, ctx.urls['you-cant-do-recovery-alone']);
      try {
        const first = await page.evaluate(() => {
          const link = document.querySelector('related-posts').shadowRoot.querySelector('a[part~="read-more"], a');
          link.click();
          return link.href;
        });
        await page.waitForNavigation({ waitUntil: 'load' });
        assert.equal(page.url(), first);
        await page.waitForFunction(() =>
          document.querySelector('recovery-article')?.shadowRoot?.querySelector('[part~="title"]'),
        );
        const slug = new URL(first).pathname.replaceAll('/', '');
        const title = await page.evaluate(() =>
          document.querySelector('recovery-article').shadowRoot.querySelector('[part~="title"]').textContent.trim(),
        );
        assert.equal(title, ctx.titles[slug]);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    it('the language setting puts the widgets in Spanish', async () => {
      await saveSettings(ctx.admin, { ...demoSettings(ctx.site.url), lang: 'es' });
      const { page, problems, close } = await visit(ctx.browser, ctx.urls['shortcode-cta']);
      try {
        const w = await widget(page, 'recovery-cta');
        assert.equal(w.provider.lang, 'es');
        const heading = ctx.ctaEs.headingWith.replace('{organization}', 'Harbor Recovery Center');
        assert.ok(w.text.includes(heading), w.text.slice(0, 120));
        assert.deepEqual(problems, []);
      } finally {
        await close();
        await saveSettings(ctx.admin, demoSettings(ctx.site.url));
      }
    });

    it('unknown attributes and refused values: a note for editors, nothing for visitors', async () => {
      const urls = createPages(ctx.site, {
        'with-mistakes': {
          title: 'With mistakes',
          content: '[recovery_cta colour="red" phone="call us" heading-level="3"]',
        },
      });
      const visitor = await (await fetch(urls['with-mistakes'])).text();
      assert.doesNotMatch(visitor, /recovery-widgets-note|colour/);
      assert.match(visitor, /<recovery-cta heading-level="3"><\/recovery-cta>/);
      // A block theme runs wptexturize over the page: "-" in the note's text may come out as "–".
      const editor = strip((await ctx.admin.get(urls['with-mistakes'])).text).replace(/\u2013/g, '-');
      assert.ok(
        editor.includes('Recovery Widgets, [recovery_cta]: Unknown attribute colour is ignored.'),
        editor.slice(0, 400),
      );
      assert.ok(
        editor.includes(
          'phone="call us" is not a phone number (use digits, spaces, +, - or parentheses; capital letters such as 1-800-RECOVERY and an extension such as ext. 12 work too); it is left out.',
        ),
      );
      assert.ok(editor.includes('Only people who can edit this page see this note.'));
    });
  });
}
