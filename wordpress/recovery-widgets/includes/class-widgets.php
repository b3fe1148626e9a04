<?php
/**
 * The four widgets, their shortcodes and blocks, and each attribute's rule.
 *
 * The attribute list of each widget is its block.json (blocks/<name>/block.json), so shortcodes
 * and blocks accept exactly the same attributes; a test compares those files with the library's
 * custom-elements.json, so they cannot drift from the elements' documented attributes.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets;

defined( 'ABSPATH' ) || exit;

final class Widgets {

	/** Element => block folder and shortcode. */
	const ALL = array(
		'recovery-article'     => array(
			'block'     => 'article',
			'shortcode' => 'recovery_article',
		),
		'related-posts'        => array(
			'block'     => 'related-posts',
			'shortcode' => 'related_posts',
		),
		'support-group-finder' => array(
			'block'     => 'support-group-finder',
			'shortcode' => 'support_group_finder',
		),
		'recovery-cta'         => array(
			'block'     => 'cta',
			'shortcode' => 'recovery_cta',
		),
	);

	/**
	 * Not element attributes, but accepted on every shortcode and block: an id, so that a
	 * <related-posts target="#id"> can name a <recovery-article> on the same page.
	 */
	const EXTRA = array( 'id' );

	/** The settings every widget (and <recovery-provider>) takes. */
	const SETTINGS = array( 'organization', 'phone', 'sms', 'email', 'contact-url', 'hours', 'theme', 'content-base', 'href-template' );

	/** Block attributes WordPress adds by itself (block supports); never element attributes. */
	const WORDPRESS_OWN = array( 'className', 'lock', 'metadata', 'style', 'align' );

	/** @var array<string, array> Attribute definitions per element, read once per request. */
	private static $attributes = array();

	/** The block.json of an element's block, decoded. */
	public static function block_json( $tag ) {
		$file = RECOVERY_WIDGETS_DIR . '/blocks/' . self::ALL[ $tag ]['block'] . '/block.json';
		return json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
	}

	/** Element attribute name (kebab-case) => block.json definition (type, enum, default). */
	public static function attributes( $tag ) {
		if ( ! isset( self::$attributes[ $tag ] ) ) {
			$out = array();
			foreach ( self::block_json( $tag )['attributes'] as $name => $definition ) {
				$out[ self::kebab( $name ) ] = $definition + array( 'block' => $name );
			}
			self::$attributes[ $tag ] = $out;
		}
		return self::$attributes[ $tag ];
	}

	/** headingLevel => heading-level. */
	public static function kebab( $name ) {
		return strtolower( preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', $name ) );
	}

	/**
	 * Checks one attribute value with its rule. Returns array( $clean, $why ): $clean is a string,
	 * or true/false for flags; null when refused.
	 */
	public static function check( $tag, $name, $value ) {
		switch ( $name ) {
			case 'organization':
			case 'hours':
			case 'heading':
				return Validate::text( $value );
			case 'phone':
			case 'sms':
				return Validate::phone( $value, 'sms' === $name );
			case 'email':
				return Validate::email( $value );
			case 'contact-url':
				return Validate::url( $value );
			case 'content-base':
				return Validate::url( $value, 'is not an http(s) URL; using content/ beside the script.' );
			case 'src':
				return 'support-group-finder' === $tag
					? Validate::url_list( $value )
					: Validate::url( $value, 'is not an http(s) URL; nothing is loaded.' );
			case 'href-template':
				return Validate::template( $value );
			case 'map-tiles':
				// Kept with its {z}/{x}/{y}: esc_url() would remove the braces; the widget checks it again.
				return Validate::tile_template( $value );
			case 'map-attribution':
			case 'map-view':
				return Validate::text( $value );
			case 'theme':
				return Validate::choice( $value, array( 'light', 'dark', 'auto' ), 'is not a theme (light, dark or auto); using light.' );
			case 'layout':
				return Validate::choice( $value, array( 'list', 'grid', 'compact' ), 'is not a layout (list, grid or compact); using list.' );
			case 'fellowship':
				return Validate::choice( $value, array( 'aa', 'al-anon', 'na' ), 'is not one of aa, al-anon, na; each feed uses its own type names.', true );
			case 'heading-level':
				return Validate::whole( $value, 2, 6, 'must be a whole number from 2 to 6; using 2.' );
			case 'limit':
				return Validate::whole( $value, 1, 100, 'must be a whole number from 1 to 100; showing 3.' );
			case 'soon-minutes':
				return Validate::whole( $value, 0, 720, 'must be a whole number of minutes from 0 to 720; using 30.' );
			case 'stale-after':
				return Validate::whole( $value, 1, 3650, 'must be a whole number of days from 1 to 3650; no listing is called out of date.' );
			case 'slug':
			case 'for':
				return Validate::slug( $value );
			case 'exclude':
			case 'topics':
				return Validate::slug_list( $value );
			case 'timezone':
				return Validate::timezone( $value );
			case 'target':
				return Validate::target( $value );
			case 'id':
				return Validate::html_id( $value );
			case 'toc':
			case 'reading-time':
			case 'history':
			case 'hide-helplines':
			case 'sync-url':
			case 'map-default':
			case 'saved':
				return Validate::flag( $value );
		}
		// An attribute the block.json lists but no rule covers is a bug in the plugin: refuse it.
		return array( null, 'has no rule in the plugin; it is left out.' );
	}

	/** Whether an attribute holds a link, to be printed with esc_url(). */
	public static function is_link( $tag, $name ) {
		return in_array( $name, array( 'contact-url', 'content-base', 'src' ), true );
	}

	/** The message a widget prints for a refused value: `phone="abc" is not a phone number ...`. */
	public static function message( $name, $value, $why ) {
		// About one token, or the list as a whole: the widget names the attribute, not its value.
		if ( 0 === strpos( $why, 'token ' ) || 0 === strpos( $why, 'lists ' ) ) {
			return $name . ' ' . $why;
		}
		return $name . '="' . Validate::clip( is_bool( $value ) ? ( $value ? 'true' : 'false' ) : $value ) . '" ' . $why;
	}
}
