<?php
/**
 * What a site sets once (Settings → Recovery Widgets), kept in one option, and how it becomes a
 * <recovery-provider> around each widget. A widget's own attributes still win, as in the library.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets;

defined( 'ABSPATH' ) || exit;

final class Settings {

	const OPTION = 'recovery_widgets_settings';

	/** Field => the attribute whose rule and message it uses. */
	const FIELDS = array(
		'organization'  => 'organization',
		'phone'         => 'phone',
		'sms'           => 'sms',
		'email'         => 'email',
		'contact-url'   => 'contact-url',
		'hours'         => 'hours',
		'theme'         => 'theme',
		'color'         => 'color',
		'lang'          => 'lang',
		'feeds'         => 'src',
		'href-template' => 'href-template',
	);

	/** The saved settings, checked again on the way out (the option may have been edited elsewhere). */
	public static function get() {
		$saved = get_option( self::OPTION, array() );
		list( $clean ) = self::clean( is_array( $saved ) ? $saved : array() );
		return $clean;
	}

	/**
	 * Checks every field with the widgets' rules. Returns array( $clean, $problems ), where
	 * $problems maps a field to the widget's message for the refused value.
	 */
	public static function clean( array $input ) {
		$clean    = array();
		$problems = array();
		$theme    = 'light';
		if ( isset( $input['theme'] ) && is_string( $input['theme'] ) && '' !== Validate::js_trim( $input['theme'] ) ) {
			list( $value, $why ) = Validate::choice( $input['theme'], array( 'light', 'dark', 'auto' ), 'is not a theme (light, dark or auto); using light.' );
			$theme               = null === $value ? 'light' : $value;
			$clean['theme']      = $theme;
			if ( null !== $why ) {
				$problems['theme'] = Widgets::message( 'theme', $input['theme'], $why );
			}
		}
		foreach ( self::FIELDS as $field => $attribute ) {
			if ( 'theme' === $field || ! isset( $input[ $field ] ) || ! is_string( $input[ $field ] ) ) {
				continue;
			}
			$raw = $input[ $field ];
			if ( '' === Validate::js_trim( $raw ) ) {
				continue;
			}
			if ( 'color' === $field ) {
				list( $value, $why ) = Validate::color( $raw, $theme );
			} elseif ( 'lang' === $field ) {
				list( $value, $why ) = Validate::choice( $raw, array_keys( self::languages() ), 'is not a language of this release (' . implode( ', ', array_keys( self::languages() ) ) . '); the page\'s language is used.' );
			} elseif ( 'contact-url' === $field ) {
				// Stored absolute, so it means the same on every page of the site.
				list( $value, $why ) = Validate::url( $raw );
				$value               = null === $value ? null : self::absolute( $value );
			} else {
				list( $value, $why ) = Widgets::check( 'support-group-finder', $attribute, $raw );
			}
			if ( null !== $value ) {
				$clean[ $field ] = $value;
			}
			if ( null !== $why ) {
				$problems[ $field ] = Widgets::message( 'feeds' === $field ? 'src' : $attribute, $raw, $why );
			}
		}
		return array( $clean, $problems );
	}

	/**
	 * The link pattern for articles when none is set: a page or post of this site named by the
	 * article's slug (with pretty permalinks /{slug}/, which WordPress also redirects to a post of
	 * that name under a date-based structure; with plain ones ?pagename={slug}).
	 */
	public static function default_template() {
		global $wp_rewrite;
		if ( $wp_rewrite && $wp_rewrite->using_permalinks() ) {
			return home_url( user_trailingslashit( '/{slug}', 'page' ) );
		}
		return home_url( '/?pagename={slug}' );
	}

	/**
	 * Languages of the release: English, and one per language pack it ships
	 * (assets/i18n/<lang>.json; en.json there is the English reference), each named in itself.
	 */
	public static function languages() {
		$names = array(
			'en' => 'English',
			'es' => 'Español',
			'fr' => 'Français',
			'pt' => 'Português',
			'zh' => '中文（简体）',
			'ar' => 'العربية',
		);
		$out   = array();
		foreach ( (array) glob( RECOVERY_WIDGETS_DIR . '/assets/i18n/*.json' ) as $file ) {
			if ( preg_match( '#/([a-z]{2,3})\.json$#', $file, $m ) ) {
				$out[ $m[1] ] = isset( $names[ $m[1] ] ) ? $names[ $m[1] ] : $m[1];
			}
		}
		ksort( $out );
		// English first: the language every widget has built in.
		return array( 'en' => 'English' ) + $out;
	}

	/**
	 * The <recovery-provider> attributes for a widget: the site's settings, with the link pattern
	 * defaulted. $theme is the widget's own theme, if it sets one: the brand color was checked
	 * against the site's theme, so a widget with another theme keeps its built-in colors.
	 */
	public static function provider_attributes( $theme = null ) {
		$s   = self::get();
		$out = array();
		foreach ( array( 'organization', 'phone', 'sms', 'email', 'contact-url', 'hours', 'theme' ) as $name ) {
			if ( isset( $s[ $name ] ) ) {
				$out[ $name ] = $s[ $name ];
			}
		}
		$out['href-template'] = isset( $s['href-template'] ) ? $s['href-template'] : self::default_template();
		if ( isset( $s['lang'] ) ) {
			$out['lang'] = $s['lang'];
		}
		$site_theme = isset( $s['theme'] ) ? $s['theme'] : 'light';
		if ( isset( $s['color'] ) && ( null === $theme || $theme === $site_theme ) ) {
			$out['style'] = '--recovery-color-primary:' . $s['color'];
		}
		return $out;
	}

	/** The site's default feeds for a finder without its own src. */
	public static function feeds() {
		$s = self::get();
		return isset( $s['feeds'] ) ? $s['feeds'] : null;
	}

	/** A link made absolute against the site's home, as a browser would on the home page. */
	public static function absolute( $url ) {
		return \WP_Http::make_absolute_url( $url, home_url( '/' ) );
	}
}
