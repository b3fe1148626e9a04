<?php
/**
 * Blocks for the block editor, registered from each blocks/<name>/block.json. They are dynamic:
 * the page gets the same server-side output as the shortcode; the editor shows the live widget.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets;

defined( 'ABSPATH' ) || exit;

final class Blocks {

	const EDITOR = 'recovery-widgets-editor';

	public static function register() {
		$base = plugins_url( 'blocks/', RECOVERY_WIDGETS_FILE );
		// One plain script for all four blocks: no build step, only WordPress's own packages.
		wp_register_script(
			self::EDITOR,
			$base . 'editor.js',
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
			Assets::version(),
			true
		);
		wp_register_style( self::EDITOR, $base . 'editor.css', array(), Assets::version() );
		if ( function_exists( 'wp_set_script_translations' ) ) {
			wp_set_script_translations( self::EDITOR, 'recovery-widgets' );
		}
		foreach ( Widgets::ALL as $tag => $widget ) {
			register_block_type(
				RECOVERY_WIDGETS_DIR . '/blocks/' . $widget['block'],
				array(
					'render_callback' => static function ( $attributes ) use ( $tag ) {
						return Render::block( $tag, $attributes );
					},
				)
			);
		}
		add_action( 'enqueue_block_editor_assets', array( self::class, 'editor_data' ) );
	}

	/** What the editor's previews need: the site's settings, the articles, where to change them. */
	public static function editor_data() {
		$settings = Settings::get();
		$data     = array(
			'provider'    => Settings::provider_attributes(),
			'feeds'       => isset( $settings['feeds'] ) ? $settings['feeds'] : '',
			'articles'    => self::articles( isset( $settings['lang'] ) ? $settings['lang'] : 'en' ),
			'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=recovery-widgets' ) : '',
		);
		// Inside a <script>, "<!--<script>" in a setting would make the HTML parser read past its end
		// (and "</script>" end it early): < and > as \u escapes, which JSON reads back unchanged.
		wp_add_inline_script( self::EDITOR, 'window.recoveryWidgetsEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	}

	/** Slug and title of every article of the release, for the article block's menu. */
	private static function articles( $lang ) {
		$dir  = RECOVERY_WIDGETS_DIR . '/assets/content/';
		$file = is_readable( $dir . 'index.' . $lang . '.json' ) ? $dir . 'index.' . $lang . '.json' : $dir . 'index.en.json';
		if ( ! is_readable( $file ) ) {
			return array();
		}
		$index = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$out   = array();
		foreach ( isset( $index['articles'] ) ? (array) $index['articles'] : array() as $article ) {
			if ( isset( $article['slug'], $article['title'] ) && null !== Validate::slug( $article['slug'] )[0] ) {
				$out[] = array(
					'slug'  => (string) $article['slug'],
					'title' => (string) $article['title'],
				);
			}
		}
		return $out;
	}
}
