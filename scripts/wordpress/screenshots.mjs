// The README's WordPress screenshots (npm run wordpress -- --screenshots): the settings page, a block
// and a shortcode in the editor, and the widgets on the page, saved as docs/screenshots/wordpress-*.png.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../lib/find-chrome.mjs';
import { createPages, TIMEZONE } from './demo-content.mjs';
import { ADMIN } from './site.mjs';

const OUT = 'docs/screenshots';

export async function takeScreenshots(site, urls) {
  mkdirSync(OUT, { recursive: true });
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${site.url}/wp-login.php`);
    await page.type('#user_login', ADMIN.user);
    await page.type('#user_pass', ADMIN.password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);

    await page.goto(`${site.url}/wp-admin/options-general.php?page=recovery-widgets`, { waitUntil: 'load' });
    await shot(page, 'wordpress-settings', { fullPage: true });

    const extra = createPages(site, {
      'shortcode-in-the-editor': {
        title: 'Our meetings',
        content:
          '<!-- wp:paragraph --><p>Meetings in and around Edmonton, updated by the intergroup every night.</p><!-- /wp:paragraph -->\n' +
          '<!-- wp:shortcode -->[support_group_finder heading-level="2" soon-minutes="45"]<!-- /wp:shortcode -->\n' +
          '<!-- wp:shortcode -->[recovery_cta hide-helplines]<!-- /wp:shortcode -->',
      },
    });
    await page.setViewport({ width: 1400, height: 1000 });
    await editor(page, site, 'block-cta', async () => {
      await page.evaluate(selectBlock, 'recovery-widgets/cta');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.block-editor-block-inspector label')].some(
          (l) => l.textContent === 'Heading level',
        ),
      );
      const more = await page.waitForSelector('::-p-text(Organization and links for this block)');
      await more.click();
    });
    await shot(page, 'wordpress-editor-block');
    await editor(page, site, 'shortcode-in-the-editor');
    await shot(page, 'wordpress-editor-shortcode');

    await page.setViewport({ width: 1280, height: 900 });
    const visitor = await browser.createBrowserContext();
    const front = await visitor.newPage();
    await front.setViewport({ width: 1280, height: 900 });
    // A visitor near the meetings, so the finder shows their own local times.
    await front.emulateTimezone(TIMEZONE);
    for (const [slug, name] of [
      ['shortcode-cta', 'wordpress-page-cta'],
      ['block-finder', 'wordpress-page-finder'],
      ['you-cant-do-recovery-alone', 'wordpress-page-article'],
    ]) {
      await front.goto(urls[slug] ?? extra[slug], { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 800));
      // From the page's title down: the theme's header lists every page of the demo site.
      const top = await front.evaluate(
        () => document.querySelector('main h1, h1')?.getBoundingClientRect().top + scrollY - 24,
      );
      await shot(front, name, { clip: { x: 0, y: Math.max(0, top), width: 1280, height: 1100 } });
    }
  } finally {
    await browser.close();
  }
}

/** Selects the first block named `name` and shows its settings in the sidebar (runs in the page). */
export function selectBlock(name) {
  const { select, dispatch } = window.wp.data;
  const block = select('core/block-editor')
    .getBlocks()
    .find((b) => b.name === name);
  dispatch('core/block-editor').selectBlock(block.clientId);
  dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
}

/** Opens a page of the demo site in the block editor, without the welcome guide. */
async function editor(page, site, slug, then) {
  const id = site.php(`echo get_page_by_path( ${JSON.stringify(slug)} )->ID;`).trim();
  await page.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.wp?.data?.select('core/edit-post'));
  await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide'))
      dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('recovery-cta, support-group-finder, recovery-article, related-posts')].every(
        (el) => el.shadowRoot?.childElementCount,
      ),
    { timeout: 20000 },
  );
  if (then) await then();
  await new Promise((r) => setTimeout(r, 800));
}

async function shot(page, name, options = {}) {
  await page.screenshot({ path: `${OUT}/${name}.png`, ...options });
  console.log(`${OUT}/${name}.png`);
}
