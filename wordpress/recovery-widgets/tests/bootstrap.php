<?php
/**
 * PHPUnit bootstrap. WordPress itself is loaded before PHPUnit, at the global scope, by
 * load-wordpress.php (php -d auto_prepend_file=...): WordPress's files expect to run there, and
 * PHPUnit loads a bootstrap inside a function, then copies its local variables over the globals.
 *
 * @package RecoveryWidgets
 */

if ( ! defined( 'ABSPATH' ) || ! class_exists( 'RecoveryWidgets\\Render' ) ) {
	fwrite( STDERR, "WordPress with the plugin is not loaded: run these tests through test/node/wordpress (npm test).\n" );
	exit( 1 );
}
require_once ABSPATH . 'wp-admin/includes/template.php';

/** Shared helpers. */
abstract class Recovery_Widgets_TestCase extends PHPUnit\Framework\TestCase {

	/** @var mixed The site's own settings, put back after each test. */
	private $saved_settings;

	protected function setUp(): void {
		wp_set_current_user( 0 );
		$this->saved_settings = get_option( RecoveryWidgets\Settings::OPTION, null );
		delete_option( RecoveryWidgets\Settings::OPTION );
	}

	protected function tearDown(): void {
		wp_set_current_user( 0 );
		delete_option( RecoveryWidgets\Settings::OPTION );
		if ( null !== $this->saved_settings ) {
			add_option( RecoveryWidgets\Settings::OPTION, $this->saved_settings );
		}
	}

	protected static function repo_json( $path ) {
		return json_decode( (string) file_get_contents( getenv( 'RECOVERY_REPO' ) . '/' . $path ), true );
	}

	/** The hostile payloads of test/fixtures/hostile/payloads.ts. */
	protected static function payloads() {
		return array_map( 'base64_decode', json_decode( (string) file_get_contents( getenv( 'RECOVERY_PAYLOADS' ) ), true ) );
	}

	/** Element => attribute names, from the library's custom-elements.json. */
	protected static function manifest() {
		static $out = null;
		if ( null !== $out ) {
			return $out;
		}
		$out = array();
		foreach ( self::repo_json( 'custom-elements.json' )['modules'] as $module ) {
			foreach ( isset( $module['declarations'] ) ? $module['declarations'] : array() as $declaration ) {
				if ( isset( $declaration['tagName'] ) ) {
					$out[ $declaration['tagName'] ] = array_map(
						function ( $a ) {
							return $a['name'];
						},
						isset( $declaration['attributes'] ) ? $declaration['attributes'] : array()
					);
				}
			}
		}
		return $out;
	}

	/**
	 * Asserts that $html is nothing but provider-wrapped widgets whose attributes are names from
	 * the lists and values with no quote or angle bracket left unescaped: no payload can have
	 * become markup, an attribute or an event handler.
	 */
	protected function assertOnlyWidgets( $html, $message = '' ) {
		$attr   = '(?:\s[a-z][a-z-]*(?:="[^"<>\']*")?)';
		$widget = '<recovery-provider' . $attr . '*><(recovery-article|related-posts|support-group-finder|recovery-cta)' . $attr . '*></\1></recovery-provider>';
		$this->assertMatchesRegularExpression( '#^(?:' . $widget . ')+$#', $html, $message );
		preg_match_all( '#<(recovery-[a-z]+|related-posts|support-group-finder)((?:' . $attr . ')*)>#', $html, $tags, PREG_SET_ORDER );
		$manifest = self::manifest();
		foreach ( $tags as $tag ) {
			// Attribute by attribute from the start: values were checked above to hold no quote.
			preg_match_all( '#\s([a-z][a-z-]*)(?:="[^"]*")?#', $tag[2], $names );
			$allowed = 'recovery-provider' === $tag[1]
				? array_merge( $manifest['recovery-provider'], array( 'lang', 'style', 'class' ) )
				: array_merge( $manifest[ $tag[1] ], array( 'id' ) );
			foreach ( $names[1] as $name ) {
				$this->assertContains( $name, $allowed, "<{$tag[1]}> got attribute $name. $message" );
			}
		}
		preg_match_all( '#\s(?:src|contact-url|content-base)="([^"]*)"#', $html, $links );
		foreach ( $links[1] as $list ) {
			foreach ( preg_split( '/\s+/', html_entity_decode( $list, ENT_QUOTES | ENT_HTML5, 'UTF-8' ), -1, PREG_SPLIT_NO_EMPTY ) as $link ) {
				$this->assertMatchesRegularExpression( '#^https?://#i', $link, "A link that is not http(s): $link. $message" );
			}
		}
	}
}
