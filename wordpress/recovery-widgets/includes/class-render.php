<?php
/**
 * One renderer for shortcodes and blocks: keeps the element's documented attributes, checks each
 * value with the widget's rule, escapes everything it prints, wraps the element in a
 * <recovery-provider> with the site's settings, and loads the script.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets;

defined( 'ABSPATH' ) || exit;

final class Render {

	public static function register_shortcodes() {
		foreach ( Widgets::ALL as $tag => $widget ) {
			$callback = static function ( $atts ) use ( $tag, $widget ) {
				return Render::shortcode( $tag, $widget['shortcode'], $atts );
			};
			// [related_posts] is a common name: another plugin may own it. [recovery_related_posts] always works.
			if ( 'related-posts' === $tag ) {
				add_shortcode( 'recovery_related_posts', $callback );
				self::$shortcodes[] = 'recovery_related_posts';
				if ( shortcode_exists( 'related_posts' ) ) {
					continue;
				}
			}
			add_shortcode( $widget['shortcode'], $callback );
			self::$shortcodes[] = $widget['shortcode'];
		}
	}

	/** @var string[] The shortcodes this plugin registered. */
	private static $shortcodes = array();

	/** Whether $shortcode is ours (another plugin may own [related_posts]). */
	public static function owns( $shortcode ) {
		return in_array( $shortcode, self::$shortcodes, true );
	}

	/** A shortcode's attributes: flags may stand alone ([recovery_article toc]). */
	public static function shortcode( $tag, $shortcode, $atts ) {
		$given = array();
		foreach ( (array) $atts as $name => $value ) {
			if ( is_int( $name ) ) {
				// WordPress passes '' when a shortcode has no attributes at all.
				if ( '' !== trim( (string) $value ) ) {
					$given[ strtolower( trim( (string) $value ) ) ] = true;
				}
			} else {
				$given[ strtolower( (string) $name ) ] = (string) $value;
			}
		}
		return self::widget( $tag, $given, '[' . $shortcode . ']' );
	}

	/** A block's attributes (camelCase, already typed by WordPress from block.json). */
	public static function block( $tag, $attributes ) {
		$given   = array();
		$classes = '';
		foreach ( (array) $attributes as $name => $value ) {
			// The block's own classes (Advanced → Additional CSS class, wide or full width) go on its outer element.
			if ( 'className' === $name && is_string( $value ) ) {
				$classes .= ' ' . $value;
				continue;
			}
			if ( 'align' === $name && in_array( $value, array( 'wide', 'full' ), true ) ) {
				$classes .= ' align' . $value;
				continue;
			}
			if ( in_array( $name, Widgets::WORDPRESS_OWN, true ) ) {
				continue;
			}
			if ( null === $value || '' === $value || ( false === $value ) ) {
				continue;
			}
			$given[ Widgets::kebab( (string) $name ) ] = is_bool( $value ) ? $value : ( is_scalar( $value ) ? (string) $value : '' );
		}
		return self::widget( $tag, $given, Widgets::block_json( $tag )['title'] . ' block', $classes );
	}

	/**
	 * The element for $given attributes (name => string, or true for a flag), inside a provider
	 * with the site's settings. $where names the shortcode or block in the editors' note.
	 */
	public static function widget( $tag, array $given, $where, $classes = '' ) {
		$known    = Widgets::attributes( $tag );
		$unknown  = array();
		$problems = array();
		$clean    = array();
		foreach ( $given as $name => $value ) {
			if ( ! isset( $known[ $name ] ) && ! in_array( $name, Widgets::EXTRA, true ) ) {
				$unknown[] = $name;
				continue;
			}
			if ( ! is_bool( $value ) && '' === Validate::js_trim( $value ) ) {
				continue;
			}
			list( $ok, $why ) = Widgets::check( $tag, $name, $value );
			if ( null !== $why ) {
				$problems[] = Widgets::message( $name, $value, $why );
			}
			if ( null !== $ok ) {
				$clean[ $name ] = $ok;
			}
		}

		// A finder with no feeds of its own uses the site's (and the site's time zone, when it has one).
		if ( 'support-group-finder' === $tag && ! isset( $clean['src'] ) && ! isset( $given['src'] ) ) {
			$feeds = Settings::feeds();
			if ( $feeds ) {
				$clean['src'] = $feeds;
			}
		}
		if ( 'support-group-finder' === $tag && isset( $clean['src'] ) && ! isset( $clean['timezone'] ) ) {
			list( $zone ) = Validate::timezone( (string) get_option( 'timezone_string' ) );
			if ( $zone ) {
				$clean['timezone'] = $zone;
			}
		}

		$element = '<' . $tag;
		if ( isset( $clean['id'] ) ) {
			$element .= ' id="' . self::escape( $clean['id'] ) . '"';
		}
		foreach ( $known as $name => $definition ) {
			if ( isset( $clean[ $name ] ) ) {
				$element .= self::attribute( $tag, $name, $clean[ $name ] );
			}
		}
		$element .= '></' . $tag . '>';

		$provider = '<recovery-provider';
		foreach ( Settings::provider_attributes( isset( $clean['theme'] ) ? $clean['theme'] : null ) as $name => $value ) {
			$provider .= ' ' . $name . '="' . self::escape( self::link( $name, $value ) ) . '"';
		}
		$class = trim( implode( ' ', array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $classes ) ) ) ) );
		if ( '' !== $class ) {
			$provider .= ' class="' . esc_attr( $class ) . '"';
		}
		$provider .= '>';

		Assets::enqueue();
		return self::note( $where, $unknown, $problems ) . $provider . $element . '</recovery-provider>';
	}

	/** ` name="value"`, a link through esc_url(), a flag bare. */
	private static function attribute( $tag, $name, $value ) {
		if ( true === $value ) {
			return ' ' . $name;
		}
		if ( false === $value ) {
			return '';
		}
		if ( Widgets::is_link( $tag, $name ) ) {
			$links = array();
			foreach ( preg_split( '/\s+/', $value, -1, PREG_SPLIT_NO_EMPTY ) as $one ) {
				$url = esc_url( self::absolute( $one ) );
				if ( '' !== $url ) {
					$links[] = $url;
				}
			}
			return $links ? ' ' . $name . '="' . self::escape( implode( ' ', $links ) ) . '"' : '';
		}
		// href-template keeps its {slug}: esc_url() would remove the braces; the widget checks the links it makes.
		return ' ' . $name . '="' . self::escape( $value ) . '"';
	}

	/**
	 * esc_attr(), and square brackets as entities: a block template runs do_shortcode() once more
	 * over the rendered page, and attribute text must never read as a shortcode there.
	 */
	private static function escape( $value ) {
		return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), esc_attr( $value ) );
	}

	/** A provider value: the contact page is a link; everything else is text. */
	private static function link( $name, $value ) {
		return 'contact-url' === $name ? esc_url( $value ) : $value;
	}

	/**
	 * A link made absolute against the page, as the browser would read it: esc_url() would
	 * otherwise take "contact" for the host http://contact.
	 */
	private static function absolute( $url ) {
		if ( preg_match( '/^[a-z][a-z0-9+.\-]*:/i', $url ) ) {
			return $url;
		}
		if ( 0 === strpos( $url, '//' ) ) {
			return ( is_ssl() ? 'https:' : 'http:' ) . $url;
		}
		$page = is_singular() ? get_permalink() : false;
		// Not the request's own Host header: a page cached for one host must not link to another.
		return \WP_Http::make_absolute_url( $url, $page ? $page : home_url( '/' ) );
	}

	/**
	 * A short note for the people who can edit the page: what was left out and why. Visitors see
	 * nothing; the widget itself still renders with the rest.
	 */
	private static function note( $where, array $unknown, array $problems ) {
		if ( ( ! $unknown && ! $problems ) || ! self::viewer_can_edit() ) {
			return '';
		}
		$lines = array();
		if ( $unknown ) {
			$lines[] = sprintf(
				/* translators: %s: attribute names */
				_n( 'Unknown attribute %s is ignored.', 'Unknown attributes %s are ignored.', count( $unknown ), 'recovery-widgets' ),
				implode( ', ', array_map( array( Validate::class, 'clip' ), $unknown ) )
			);
		}
		foreach ( $problems as $problem ) {
			$lines[] = $problem;
		}
		$html  = '<div class="recovery-widgets-note" role="note" style="border:2px solid #b32d2e;padding:.5em 1em;margin:1em 0;background:#fff;color:#1d2327;font-size:.9rem">';
		$html .= '<strong>' . esc_html( sprintf( /* translators: %s: a shortcode or block name */ __( 'Recovery Widgets, %s:', 'recovery-widgets' ), $where ) ) . '</strong>';
		$html .= '<ul style="margin:.25em 0 .25em 1.25em">';
		foreach ( $lines as $line ) {
			$html .= '<li>' . esc_html( $line ) . '</li>';
		}
		$html .= '</ul><em>' . esc_html__( 'Only people who can edit this page see this note.', 'recovery-widgets' ) . '</em></div>';
		return $html;
	}

	private static function viewer_can_edit() {
		$post = get_the_ID();
		return $post ? current_user_can( 'edit_post', $post ) : current_user_can( 'edit_theme_options' );
	}
}
