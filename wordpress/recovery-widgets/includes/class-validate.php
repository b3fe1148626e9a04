<?php
/**
 * The widgets' own checks, ported from src/util/validate.ts, src/internal/resolve-settings.ts and
 * the widgets' option readers, with the same messages. test/fixtures/validation-cases.json holds
 * the cases both sides must agree on (PHPUnit and a browser test run it).
 *
 * Pure PHP on purpose (no WordPress calls), so the rules read like their TypeScript originals.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Each check returns array( $clean, $why ): the value to print, or null and the reason it was
 * refused (the end of the widget's console message, e.g. "is not a plain email address; it is left out.").
 */
final class Validate {

	/** What JavaScript's `\s` and `String.prototype.trim()` treat as white space. */
	const JS_SPACE = '\s\x{00a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}';

	const TEXT_MAX = 200;

	/** Feeds one finder reads (MAX_FEEDS in the widget's feeds controller). */
	const MAX_FEEDS = 10;

	/** JavaScript's `trim()`: PHP's own trim() also strips NUL and misses non-breaking spaces. */
	public static function js_trim( $value ) {
		$value = (string) $value;
		$out   = preg_replace( '/^[' . self::JS_SPACE . ']+|[' . self::JS_SPACE . ']+$/u', '', $value );
		// Not UTF-8: nothing from it is used.
		return null === $out ? '' : $out;
	}

	/** Free text (organization, hours, heading): no control characters, at most 200 characters. */
	public static function text( $value ) {
		$text = preg_replace( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', '', self::js_trim( $value ) );
		if ( '' === $text ) {
			return array( null, 'is empty; it is left out.' );
		}
		return array( self::cut( $text, self::TEXT_MAX ), null );
	}

	/**
	 * cleanPhone(): a number as people write it. Digits and the punctuation people write in numbers,
	 * starting with a digit (after + or a parenthesis), at least three digits of its own; letters in
	 * capitals after that are a vanity number (1-800-RECOVERY, dialed by the keypad); an extension
	 * may end it (ext. 12, extension 12, x12, #12), which the widget dials after a pause.
	 * For sms (a text message cannot reach an extension), a number with one is refused.
	 */
	public static function phone( $value, $sms = false ) {
		$text   = self::js_trim( $value );
		$space  = '[' . self::JS_SPACE . ']*';
		$number = preg_match( '/^(.*?)' . $space . '(?:ext(?:ension)?\.?|x|#)' . $space . '(\d+)$/iu', $text, $m ) ? $m[1] : $text;
		$ok     = 1 === preg_match( '/^\+?[' . self::JS_SPACE . '(]*\d[\dA-Z' . self::JS_SPACE . '().-]*$/u', $number )
			&& strlen( preg_replace( '/\D/', '', $number ) ) >= 3;
		if ( ! $ok ) {
			return array( null, 'is not a phone number (use digits, spaces, +, - or parentheses; capital letters such as 1-800-RECOVERY and an extension such as ext. 12 work too); it is left out.' );
		}
		return $sms && $number !== $text
			? array( null, 'has an extension, and a text message cannot reach one; it is left out.' )
			: array( $text, null );
	}

	/**
	 * cleanEmail(): one plain address and nothing else (letters, digits and . _ ' + - before the @;
	 * a host of letters, digits and hyphens, an international one in its xn-- form), so no `?bcc=`
	 * or `&body=` can ride along into a mailto: link.
	 */
	public static function email( $value ) {
		$text = self::js_trim( $value );
		return strlen( $text ) < 255 && 1 === preg_match( "/^[A-Za-z0-9_.'+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+$/i", $text )
			? array( $text, null )
			: array( null, 'is not a plain email address; it is left out.' );
	}

	/**
	 * safeHttpUrl(): an http(s) link, absolute or relative (a relative one is resolved by the
	 * browser against an http(s) page, as the widget does with document.baseURI). Anything with
	 * another scheme (javascript:, data:, vbscript:, file:) or with spaces or control characters is
	 * refused.
	 */
	public static function is_http_url( $value ) {
		$text = self::js_trim( $value );
		if ( '' === $text || preg_match( '/[' . self::JS_SPACE . '\x00-\x1f\x7f]/u', $text ) ) {
			return false;
		}
		// A user name or password makes a link read as another host (https://aa.org@evil.example/
		// goes to evil.example): refused, as the widget's safeHttpUrl() does. Browsers read \ as /.
		if ( preg_match( '#^(?:[a-z][a-z0-9+.\-]*:)?[/\\\\]{2,}([^/\\\\?\#]*)#i', $text, $authority ) && false !== strpos( $authority[1], '@' ) ) {
			return false;
		}
		if ( preg_match( '/^([a-z][a-z0-9+.\-]*):(.*)$/is', $text, $m ) ) {
			// The browser needs a host after http(s):; "http://" alone is refused as new URL() does.
			return in_array( strtolower( $m[1] ), array( 'http', 'https' ), true )
				&& 1 === preg_match( '#^[/\\\\]{2,}[^/\\\\?\#]#', $m[2] );
		}
		return true;
	}

	/** A link attribute: contact-url, content-base, an article's src. */
	public static function url( $value, $why = 'is not an http(s) link; it is left out.' ) {
		$text = self::js_trim( $value );
		return self::is_http_url( $text ) ? array( $text, null ) : array( null, $why );
	}

	/**
	 * A finder's src: feed URLs separated by spaces. A bad token is dropped and the others kept, as
	 * the finder does; $why names each dropped token.
	 */
	public static function url_list( $value ) {
		$tokens = preg_split( '/[' . self::JS_SPACE . ']+/u', self::js_trim( $value ), -1, PREG_SPLIT_NO_EMPTY );
		$good   = array();
		$bad    = array();
		foreach ( (array) $tokens as $token ) {
			if ( self::is_http_url( $token ) ) {
				$good[] = $token;
			} else {
				$bad[] = $token;
			}
		}
		$why = null;
		if ( $bad ) {
			// The finder's own message, for the first bad token (the finder's console names up to three
			// and counts the rest; the editor is told of the first and how many more).
			$why = 'token "' . self::cut( $bad[0], 80 ) . '" is not an http(s) URL; it was skipped, the other feeds still load.'
				. ( count( $bad ) > 1 ? ' (' . ( count( $bad ) - 1 ) . ' more like it.)' : '' );
		}
		$good = array_values( array_unique( $good ) );
		if ( count( $good ) > self::MAX_FEEDS ) {
			// The finder reads the first ten and says so; the plugin keeps those and tells the editor.
			$skipped = count( $good ) - self::MAX_FEEDS;
			$why     = $why ?? 'lists ' . count( $good ) . ' feeds; the finder reads the first ' . self::MAX_FEEDS
				. ' and skipped ' . $skipped . " (it is made for an intergroup's feed, or a few).";
			$good    = array_slice( $good, 0, self::MAX_FEEDS );
		}
		return array( $good ? implode( ' ', $good ) : null, $why );
	}

	/** href-template, as <related-posts> checks it: a {slug} placeholder and an http(s) link. */
	public static function template( $value ) {
		$text = self::js_trim( $value );
		if ( false === strpos( $text, '{slug}' ) ) {
			return array( null, 'has no {slug} placeholder; it is ignored. Example: href-template="/blog/{slug}".' );
		}
		$filled = str_replace( array( '{slug}', '{lang}' ), array( 'slug', 'en' ), $text );
		return self::is_http_url( $filled )
			? array( $text, null )
			: array( null, 'does not make http(s) links; it is ignored.' );
	}

	/** A map tile template (map-tiles): http(s) with {z}, {x} and {y}, as the widget's map-config.ts reads it. */
	public static function tile_template( $value ) {
		$text = self::js_trim( $value );
		$has  = false !== strpos( $text, '{z}' ) && false !== strpos( $text, '{x}' )
			&& ( false !== strpos( $text, '{y}' ) || false !== strpos( $text, '{-y}' ) );
		if ( ! $has ) {
			return array( null, 'must contain {z}, {x} and {y}; the map is off.' );
		}
		$filled = preg_replace( '/\{-?[a-z]\}/', 'a', $text );
		return self::is_http_url( $filled ) && false === strpos( $filled, '{' )
			? array( $text, null )
			: array( null, 'must be an http(s) tile address; the map is off.' );
	}

	/** One of a list (theme, layout, fellowship); $why is the widget's own fallback message. */
	public static function choice( $value, array $choices, $why, $lowercase = false ) {
		$text = self::js_trim( $value );
		if ( $lowercase ) {
			$text = strtolower( $text );
		}
		return in_array( $text, $choices, true ) ? array( $text, null ) : array( null, $why );
	}

	/** A whole number in a range, read the way JavaScript's Number() reads attribute text. */
	public static function whole( $value, $min, $max, $why ) {
		$n  = self::js_number( $value );
		$ok = is_float( $n ) && is_finite( $n ) && floor( $n ) === $n
			&& $n >= $min && ( null === $max || $n <= $max );
		return $ok ? array( (string) (int) $n, null ) : array( null, $why );
	}

	/** An article slug, the content build's pattern. */
	public static function slug( $value ) {
		$text = self::js_trim( $value );
		return 1 === preg_match( '/^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/', $text )
			? array( $text, null )
			: array( null, 'is not a slug (lowercase letters, digits and hyphens).' );
	}

	/** Slugs separated by spaces or commas (exclude, topics); bad ones are dropped. */
	public static function slug_list( $value ) {
		$good = array();
		$bad  = array();
		foreach ( (array) preg_split( '/[' . self::JS_SPACE . ',]+/u', self::js_trim( $value ), -1, PREG_SPLIT_NO_EMPTY ) as $one ) {
			if ( null !== self::slug( $one )[0] ) {
				$good[] = $one;
			} else {
				$bad[] = '"' . self::cut( $one, 40 ) . '"';
			}
		}
		$why = $bad ? 'has items that are not slugs (' . implode( ', ', $bad ) . '); they are left out.' : null;
		return array( $good ? implode( ' ', array_unique( $good ) ) : null, $why );
	}

	/** An IANA time zone name, as Intl knows them (case-insensitive; printed in its usual case). */
	public static function timezone( $value ) {
		$text = self::js_trim( $value );
		foreach ( \DateTimeZone::listIdentifiers( \DateTimeZone::ALL_WITH_BC ) as $zone ) {
			if ( 0 === strcasecmp( $zone, $text ) ) {
				return array( $zone, null );
			}
		}
		return array( null, "is not an IANA time zone (like America/Chicago); using the visitor's zone." );
	}

	/** An HTML id (for a <related-posts target>), and a target written as "#id". */
	public static function html_id( $value ) {
		$text = self::js_trim( $value );
		return 1 === preg_match( '/^[A-Za-z][A-Za-z0-9_-]{0,99}$/', $text )
			? array( $text, null )
			: array( null, 'is not an id (a letter, then letters, digits, - or _); it is left out.' );
	}

	public static function target( $value ) {
		list( $id, $why ) = self::html_id( ltrim( self::js_trim( $value ), '#' ) );
		return null === $id ? array( null, 'is not "#" and the id of a <recovery-article> on the page; it is left out.' ) : array( '#' . $id, $why );
	}

	/**
	 * A shortcode flag: present on its own ([recovery_article toc]), or true/false written out.
	 * Returns true, false, or null with a reason.
	 */
	public static function flag( $value ) {
		if ( true === $value || false === $value ) {
			return array( $value, null );
		}
		$text = strtolower( self::js_trim( $value ) );
		if ( in_array( $text, array( '', '1', 'true', 'yes', 'on' ), true ) ) {
			return array( true, null );
		}
		if ( in_array( $text, array( '0', 'false', 'no', 'off' ), true ) ) {
			return array( false, null );
		}
		return array( null, 'is not true or false; it is left out.' );
	}

	/**
	 * A brand color: #rgb or #rrggbb, readable as link and button color on the theme's surface
	 * (WCAG AA, 4.5:1). One color cannot be readable on both light and dark, so the automatic theme
	 * takes none.
	 */
	public static function color( $value, $theme = 'light' ) {
		$text = strtolower( self::js_trim( $value ) );
		if ( ! preg_match( '/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/', $text ) ) {
			return array( null, 'is not a hex color such as #1b6f5c; it is left out.' );
		}
		if ( 'auto' === $theme ) {
			return array( null, 'cannot be used with the automatic theme: one color is not readable on both light and dark backgrounds. Choose the light or dark theme, or leave the color empty; it is left out.' );
		}
		$surface = 'dark' === $theme ? '#1b1f24' : '#ffffff';
		$ratio   = self::contrast( $text, $surface );
		if ( $ratio < 4.5 ) {
			return array(
				null,
				sprintf(
					'has a contrast of %s:1 on the %s theme\'s background (%s); links and buttons need at least 4.5:1. Choose a %s color; it is left out.',
					// Rounded down, so a color just under the bar never reads as 4.50:1.
					number_format( floor( $ratio * 100 ) / 100, 2 ),
					'dark' === $theme ? 'dark' : 'light',
					$surface,
					'dark' === $theme ? 'lighter' : 'darker'
				),
			);
		}
		return array( strlen( $text ) === 4 ? '#' . $text[1] . $text[1] . $text[2] . $text[2] . $text[3] . $text[3] : $text, null );
	}

	/** WCAG 2 contrast ratio of two #rrggbb colors. */
	public static function contrast( $a, $b ) {
		$la = self::luminance( $a );
		$lb = self::luminance( $b );
		return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
	}

	private static function luminance( $hex ) {
		$hex = ltrim( $hex, '#' );
		if ( 3 === strlen( $hex ) ) {
			$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
		}
		$sum = 0.0;
		foreach ( array( 0.2126, 0.7152, 0.0722 ) as $i => $weight ) {
			$c    = hexdec( substr( $hex, $i * 2, 2 ) ) / 255;
			$sum += $weight * ( $c <= 0.04045 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 ) );
		}
		return $sum;
	}

	/**
	 * JavaScript's Number() for attribute text: decimal with an exponent, 0x/0o/0b, white space
	 * around; anything else is NaN (null here). An empty string is 0, as in JavaScript.
	 */
	public static function js_number( $value ) {
		$text = self::js_trim( is_bool( $value ) ? '' : (string) $value );
		if ( '' === $text ) {
			return 0.0;
		}
		if ( preg_match( '/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i', $text ) ) {
			return (float) $text;
		}
		if ( preg_match( '/^0x([0-9a-f]+)$/i', $text, $m ) ) {
			return (float) hexdec( $m[1] );
		}
		if ( preg_match( '/^0o([0-7]+)$/i', $text, $m ) ) {
			return (float) octdec( $m[1] );
		}
		if ( preg_match( '/^0b([01]+)$/i', $text, $m ) ) {
			return (float) bindec( $m[1] );
		}
		return null;
	}

	/** Keeps a hostile 100 KB value from flooding a message (resolve-settings.ts' clip()). */
	public static function clip( $value, $max = 80 ) {
		$value = (string) $value;
		return self::length( $value ) > $max ? self::cut( $value, $max - 3 ) . '...' : $value;
	}

	// WordPress provides mb_strlen() and mb_substr() where the mbstring extension is missing.
	private static function length( $text ) {
		return mb_strlen( $text, 'UTF-8' );
	}

	private static function cut( $text, $max ) {
		return mb_substr( $text, 0, $max, 'UTF-8' );
	}
}
