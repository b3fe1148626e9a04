<?php
/**
 * Settings → Recovery Widgets: one form, one option, checked with the widgets' own rules.
 * WordPress's options.php checks the nonce and the capability (manage_options) before saving.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets;

defined( 'ABSPATH' ) || exit;

final class Settings_Page {

	const SLUG  = 'recovery-widgets';
	const GROUP = 'recovery_widgets';

	public static function hook() {
		add_action( 'admin_menu', array( self::class, 'menu' ) );
		add_action( 'admin_init', array( self::class, 'register' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( RECOVERY_WIDGETS_FILE ), array( self::class, 'action_link' ) );
	}

	public static function menu() {
		add_options_page(
			__( 'Recovery Widgets', 'recovery-widgets' ),
			__( 'Recovery Widgets', 'recovery-widgets' ),
			'manage_options',
			self::SLUG,
			array( self::class, 'render' )
		);
	}

	public static function action_link( $links ) {
		if ( current_user_can( 'manage_options' ) ) {
			$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=' . self::SLUG ) ) . '">' . esc_html__( 'Settings', 'recovery-widgets' ) . '</a>';
		}
		return $links;
	}

	/** Field => label, section and kind of input. */
	private static function fields() {
		return array(
			'organization'  => array( __( 'Organization', 'recovery-widgets' ), 'contact', 'text', __( 'Your organization\'s name, shown in the call to action.', 'recovery-widgets' ) ),
			'phone'         => array( __( 'Phone', 'recovery-widgets' ), 'contact', 'tel', __( 'Digits, spaces, +, - and parentheses, e.g. (206) 555-0142. Letters in capitals (1-800-RECOVERY) and an extension (ext. 12) work too.', 'recovery-widgets' ) ),
			'sms'           => array( __( 'Text (SMS) number', 'recovery-widgets' ), 'contact', 'tel', __( 'A number that takes text messages (without an extension).', 'recovery-widgets' ) ),
			'email'         => array( __( 'Email', 'recovery-widgets' ), 'contact', 'email', __( 'One plain address, e.g. help@example.org.', 'recovery-widgets' ) ),
			'contact-url'   => array( __( 'Contact page', 'recovery-widgets' ), 'contact', 'url', __( 'A page of your site (/contact/) or a full http(s) link.', 'recovery-widgets' ) ),
			'hours'         => array( __( 'Hours', 'recovery-widgets' ), 'contact', 'text', __( 'Free text, e.g. Mon–Fri, 9am–5pm.', 'recovery-widgets' ) ),
			'theme'         => array( __( 'Theme', 'recovery-widgets' ), 'look', 'theme', __( 'Automatic follows each visitor\'s light or dark system setting.', 'recovery-widgets' ) ),
			'color'         => array( __( 'Brand color', 'recovery-widgets' ), 'look', 'color', __( 'Links and buttons, as #rrggbb. It must be readable on the theme\'s background (contrast 4.5:1); the automatic theme keeps the built-in colors.', 'recovery-widgets' ) ),
			'lang'          => array( __( 'Language', 'recovery-widgets' ), 'look', 'lang', __( 'The widgets\' language. By default, the language of the page.', 'recovery-widgets' ) ),
			'feeds'         => array( __( 'Default meeting feeds', 'recovery-widgets' ), 'content', 'feeds', __( 'Meeting Guide JSON or BMLT feed URLs, one per line (at most 10), for every support group finder that names none. Leave empty for a directory of fellowships. The feed\'s server must allow your site (CORS).', 'recovery-widgets' ) ),
			/* translators: %s: the default link pattern */
			'href-template' => array( __( 'Link pattern for articles', 'recovery-widgets' ), 'content', 'template', sprintf( __( 'Where related articles link to; {slug} is the article\'s name, {lang} its language. Default: %s (a page of this site named like the article).', 'recovery-widgets' ), Settings::default_template() ) ),
		);
	}

	public static function register() {
		register_setting(
			self::GROUP,
			Settings::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => array(),
				'show_in_rest'      => false,
			)
		);
		add_settings_section( 'contact', __( 'Your organization', 'recovery-widgets' ), array( self::class, 'intro' ), self::SLUG );
		add_settings_section( 'look', __( 'Look and language', 'recovery-widgets' ), '__return_false', self::SLUG );
		add_settings_section( 'content', __( 'Meetings and articles', 'recovery-widgets' ), '__return_false', self::SLUG );
		foreach ( self::fields() as $field => $spec ) {
			add_settings_field(
				'recovery-widgets-' . $field,
				$spec[0],
				array( self::class, 'field' ),
				self::SLUG,
				$spec[1],
				array(
					'field'     => $field,
					'kind'      => $spec[2],
					'help'      => $spec[3],
					'label_for' => 'recovery-widgets-' . $field,
				)
			);
		}
	}

	public static function intro() {
		echo '<p>' . esc_html__( 'Set these once: every Recovery Widgets shortcode and block on the site uses them, and any shortcode or block can still set its own.', 'recovery-widgets' ) . '</p>';
	}

	/**
	 * Checks every field; a refused value is left out, with the widget's own message. (options.php
	 * has checked the nonce and manage_options, and unslashed the input, before this runs.)
	 */
	public static function sanitize( $input ) {
		$input = is_array( $input ) ? $input : array();
		if ( isset( $input['feeds'] ) && is_string( $input['feeds'] ) ) {
			$input['feeds'] = preg_replace( '/\s+/', ' ', $input['feeds'] );
		}
		list( $clean, $problems ) = Settings::clean( $input );
		$fields                   = self::fields();
		foreach ( $problems as $field => $message ) {
			// settings_errors() prints a message as HTML, and this one quotes the refused value: escaped
			// here, entities too (esc_html() keeps "&lt;" as is, so the notice would show "<", not what was typed).
			add_settings_error( Settings::OPTION, 'recovery-widgets-' . $field, htmlspecialchars( $fields[ $field ][0] . ': ' . $message, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8' ) );
		}
		return $clean;
	}

	public static function field( $args ) {
		$settings = Settings::get();
		$field    = $args['field'];
		$id       = 'recovery-widgets-' . $field;
		$name     = Settings::OPTION . '[' . $field . ']';
		$value    = isset( $settings[ $field ] ) ? (string) $settings[ $field ] : '';
		$help     = $id . '-help';
		switch ( $args['kind'] ) {
			case 'theme':
				$choices = array(
					'light' => __( 'Light', 'recovery-widgets' ),
					'dark'  => __( 'Dark', 'recovery-widgets' ),
					'auto'  => __( 'Automatic', 'recovery-widgets' ),
				);
				self::select( $id, $name, $value ? $value : 'light', $choices, $help );
				break;
			case 'lang':
				$choices = array( '' => __( 'The page\'s language', 'recovery-widgets' ) ) + Settings::languages();
				self::select( $id, $name, $value, $choices, $help );
				break;
			case 'feeds':
				printf(
					'<textarea id="%s" name="%s" rows="3" class="large-text code" aria-describedby="%s">%s</textarea>',
					esc_attr( $id ),
					esc_attr( $name ),
					esc_attr( $help ),
					esc_textarea( str_replace( ' ', "\n", $value ) )
				);
				break;
			default:
				$modes = array(
					'tel'   => 'tel',
					'email' => 'email',
					'url'   => 'url',
				);
				printf(
					'<input type="text" id="%s" name="%s" value="%s" class="%s" aria-describedby="%s"%s%s>',
					esc_attr( $id ),
					esc_attr( $name ),
					esc_attr( $value ),
					'color' === $args['kind'] ? 'code recovery-widgets-color' : 'regular-text',
					esc_attr( $help ),
					isset( $modes[ $args['kind'] ] ) ? ' inputmode="' . esc_attr( $modes[ $args['kind'] ] ) . '"' : '',
					'template' === $args['kind'] ? ' placeholder="' . esc_attr( Settings::default_template() ) . '"' : ( 'color' === $args['kind'] ? ' placeholder="#1b6f5c"' : '' )
				);
		}
		if ( 'color' === $args['kind'] && isset( $settings['color'] ) ) {
			// The saved color passed Validate::color(): #rrggbb only.
			echo ' <span aria-hidden="true" style="display:inline-block;width:1.75em;height:1.75em;vertical-align:middle;border:1px solid #8c8f94;border-radius:4px;background:' . esc_attr( $settings['color'] ) . '"></span>';
		}
		echo '<p class="description" id="' . esc_attr( $help ) . '">' . esc_html( $args['help'] ) . '</p>';
	}

	private static function select( $id, $name, $value, array $choices, $help ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" aria-describedby="' . esc_attr( $help ) . '">';
		foreach ( $choices as $key => $label ) {
			echo '<option value="' . esc_attr( $key ) . '"' . selected( $value, (string) $key, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	}

	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'recovery-widgets' ), 403 );
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		echo '<style>.recovery-widgets-color{width:7.5em}</style>';
		echo '<form method="post" action="' . esc_url( admin_url( 'options.php' ) ) . '">';
		settings_fields( self::GROUP );
		do_settings_sections( self::SLUG );
		submit_button();
		echo '</form>';
		self::usage();
		echo '</div>';
	}

	/** The shortcodes, for people who do not use the block editor. */
	private static function usage() {
		echo '<h2>' . esc_html__( 'Shortcodes and blocks', 'recovery-widgets' ) . '</h2>';
		echo '<p>' . esc_html__( 'In the block editor, add the blocks Recovery article, Related recovery articles, Support group finder and Recovery call to action. Anywhere else, use a shortcode:', 'recovery-widgets' ) . '</p><ul>';
		$examples = array(
			'[recovery_article slug="you-cant-do-recovery-alone" toc reading-time]',
			'[related_posts limit="3" layout="grid"]',
			'[support_group_finder src="https://example.org/wp-admin/admin-ajax.php?action=meetings"]',
			'[recovery_cta heading-level="3"]',
		);
		foreach ( $examples as $example ) {
			echo '<li><code>' . esc_html( $example ) . '</code></li>';
		}
		echo '</ul>';
	}
}
