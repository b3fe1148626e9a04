// The settings and pages the WordPress tests, screenshots and `npm run wordpress` use: each shortcode
// and each block on a page of its own, a page per library article (so related articles link to real
// pages), and a page with no widget.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FEED_FILE = 'edmonton-aa.json';
export const TIMEZONE = 'America/Edmonton';

/** The settings page's fields, as a webmaster fills them in. */
export function demoSettings(siteUrl) {
  return {
    organization: 'Harbor Recovery Center',
    phone: '(206) 555-0142',
    sms: '206-555-0143',
    email: 'help@harbor.example',
    'contact-url': '/contact/',
    hours: 'Mon–Fri, 9am–5pm',
    theme: 'light',
    color: '#1b6f5c',
    lang: '',
    feeds: feedUrl(siteUrl),
    'href-template': '',
  };
}

export const feedUrl = (siteUrl) => `${siteUrl}/wp-content/uploads/recovery-feeds/${FEED_FILE}`;

const block = (name, attributes = {}) =>
  `<!-- wp:recovery-widgets/${name} ${Object.keys(attributes).length ? `${JSON.stringify(attributes)} ` : ''}/-->`;

/** Pages: slug => { title, content, widget }. */
export function demoPages(contentDir = join(ROOT, 'dist', 'content')) {
  const index = JSON.parse(readFileSync(join(contentDir, 'index.en.json'), 'utf8'));
  const pages = {
    'shortcode-cta': { title: 'Call to action (shortcode)', widget: 'recovery-cta', content: '[recovery_cta]' },
    'shortcode-article': {
      title: 'Article (shortcode)',
      widget: 'recovery-article',
      content: '[recovery_article slug="you-cant-do-recovery-alone" toc reading-time heading-level="2"]',
    },
    'shortcode-related': {
      title: 'Related articles (shortcode)',
      widget: 'related-posts',
      content: '[related_posts for="you-cant-do-recovery-alone" layout="grid" heading="Read next"]',
    },
    'shortcode-finder': {
      title: 'Meetings (shortcode)',
      widget: 'support-group-finder',
      content: '[support_group_finder]',
    },
    'shortcode-directory': {
      title: 'Find a fellowship (shortcode)',
      widget: 'support-group-finder',
      content: '[support_group_finder src=""]',
    },
    'block-cta': {
      title: 'Call to action (block)',
      widget: 'recovery-cta',
      content: block('cta', { headingLevel: 2 }),
    },
    'block-article': {
      title: 'Article (block)',
      widget: 'recovery-article',
      content: block('article', { slug: 'four-main-triggers-for-relapse', toc: true }),
    },
    'block-related': {
      title: 'Related articles (block)',
      widget: 'related-posts',
      content: block('related-posts', { for: 'four-main-triggers-for-relapse', layout: 'list', limit: 2 }),
    },
    'block-finder': {
      title: 'Meetings (block)',
      widget: 'support-group-finder',
      content: block('support-group-finder', { align: 'wide' }),
    },
    contact: {
      title: 'Contact',
      widget: null,
      content: '<!-- wp:paragraph --><p>Call or write to us any time.</p><!-- /wp:paragraph -->',
    },
  };
  for (const article of index.articles) {
    pages[article.slug] = {
      title: article.title,
      widget: 'recovery-article',
      content: `[recovery_article slug="${article.slug}" toc reading-time]\n\n[related_posts]`,
    };
  }
  return pages;
}

/** Site settings the demo needs besides the plugin's: pretty permalinks, a time zone, the feed file. */
export function prepareSite(site) {
  const dir = join(site.dir, 'wp-content', 'uploads', 'recovery-feeds');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'test', 'fixtures', 'feeds', FEED_FILE), join(dir, FEED_FILE));
  site.php(`
    update_option( 'timezone_string', ${JSON.stringify(TIMEZONE)} );
    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure( '/%postname%/' );
    flush_rewrite_rules();
  `);
}

/** Creates (or replaces) the pages; returns slug => URL. */
export function createPages(site, pages) {
  const out = site.php(
    `
    kses_remove_filters();
    $urls = array();
    foreach ( $input as $slug => $page ) {
      $old = get_page_by_path( $slug );
      if ( $old ) { wp_delete_post( $old->ID, true ); }
      $id = wp_insert_post( wp_slash( array(
        'post_type' => 'page', 'post_status' => 'publish', 'post_name' => $slug,
        'post_title' => $page['title'], 'post_content' => $page['content'],
      ) ), true );
      if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
      $urls[ $slug ] = get_permalink( $id );
    }
    echo wp_json_encode( $urls );`,
    { input: pages },
  );
  return JSON.parse(out);
}
