<?php
/**
 * The release's script, served from the plugin's folder and loaded only on pages with a widget:
 * deferred, versioned for cache busting, with Subresource Integrity when it comes from this site.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets;

defined( 'ABSPATH' ) || exit;

final class Assets {

	const HANDLE = 'recovery-widgets';

	/**
	 * The plugin's one stylesheet. Each widget's <recovery-provider> is a block box (the element
	 * itself is display: contents), so a block theme's content width and alignment apply to it as to
	 * a paragraph. Space is kept while the script loads, so the page does not move when the widgets
	 * appear (the heights the README gives for an article and a finder with feeds).
	 */
	const STYLE = 'recovery-provider{display:block}recovery-article:not(:defined){display:block;min-height:26rem}support-group-finder[src]:not(:defined){display:block;min-height:30rem}';

	/** What `npm run release` wrote beside the files: version and integrity hashes. */
	public static function release() {
		static $release = null;
		if ( null === $release ) {
			$file    = RECOVERY_WIDGETS_DIR . '/assets/release.php';
			$release = is_readable( $file ) ? (array) include $file : array();
		}
		return $release;
	}

	public static function version() {
		$release = self::release();
		return isset( $release['version'] ) ? (string) $release['version'] : RECOVERY_WIDGETS_VERSION;
	}

	public static function register() {
		wp_register_script(
			self::HANDLE,
			plugins_url( 'assets/recovery-widgets.js', RECOVERY_WIDGETS_FILE ),
			array(),
			self::version(),
			// WordPress 6.3+ reads the strategy; older versions read a true $in_footer and get defer below.
			array(
				'in_footer' => true,
				'strategy'  => 'defer',
			)
		);
		wp_register_style( self::HANDLE, false, array(), self::version() );
		wp_add_inline_style( self::HANDLE, self::STYLE );
	}

	/** Called by every widget that renders. */
	public static function enqueue() {
		wp_enqueue_script( self::HANDLE );
		wp_enqueue_style( self::HANDLE );
	}

	/**
	 * A post that will render a widget loads the style in the head (where it keeps the page still)
	 * rather than in the footer; anything else (a widget in a template part) still loads on render.
	 */
	public static function enqueue_for_singular() {
		$post = is_singular() ? get_post() : null;
		if ( ! $post ) {
			return;
		}
		foreach ( Widgets::ALL as $tag => $widget ) {
			$shortcodes = 'related-posts' === $tag ? array( 'recovery_related_posts', $widget['shortcode'] ) : array( $widget['shortcode'] );
			foreach ( $shortcodes as $shortcode ) {
				if ( has_shortcode( $post->post_content, $shortcode ) && Render::owns( $shortcode ) ) {
					self::enqueue();
					return;
				}
			}
			if ( has_block( 'recovery-widgets/' . $widget['block'], $post ) ) {
				self::enqueue();
				return;
			}
		}
	}

	/** The block editor's canvas shows live widgets, so it loads the script too. */
	public static function enqueue_in_editor() {
		if ( is_admin() ) {
			self::enqueue();
		}
	}

	/** Adds defer (before WordPress 6.3) and integrity to our script tag. */
	public static function script_tag( $tag, $handle, $src ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		if ( ! preg_match( '/<script[^>]*\sdefer[\s=>]/', $tag ) ) {
			$tag = preg_replace( '/<script(?=[\s>])/', '<script defer', $tag, 1 );
		}
		$integrity = self::integrity( $src );
		if ( $integrity && false === strpos( $tag, ' integrity=' ) ) {
			$tag = preg_replace( '/<script(?=[\s>])/', '<script integrity="' . esc_attr( $integrity ) . '"', $tag, 1 );
		}
		return $tag;
	}

	/**
	 * The file's hash, when the browser can check it: only from this site's own host (a CDN or
	 * optimizing plugin that rewrites the URL may also rewrite the file). Filter
	 * `recovery_widgets_integrity` returns false to leave it out.
	 */
	private static function integrity( $src ) {
		$release = self::release();
		if ( empty( $release['integrity']['recovery-widgets.js'] ) ) {
			return null;
		}
		$host = wp_parse_url( $src, PHP_URL_HOST );
		if ( $host && ! in_array( $host, array( wp_parse_url( home_url(), PHP_URL_HOST ), wp_parse_url( site_url(), PHP_URL_HOST ) ), true ) ) {
			return null;
		}
		return apply_filters( 'recovery_widgets_integrity', (string) $release['integrity']['recovery-widgets.js'], $src );
	}
}
