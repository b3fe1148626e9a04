<?php
/**
 * Settings → Recovery Widgets: the same rules and messages as the widgets, plus the brand color,
 * the language and the default link pattern.
 *
 * @package RecoveryWidgets
 */

use RecoveryWidgets\Settings;
use RecoveryWidgets\Settings_Page;
use RecoveryWidgets\Validate;

final class SettingsTest extends Recovery_Widgets_TestCase {

	public function test_good_values_are_kept_and_the_contact_page_is_made_absolute() {
		list( $clean, $problems ) = Settings::clean(
			array(
				'organization' => ' Harbor Recovery Center ',
				'phone'        => '(206) 555-0142',
				'email'        => 'help@harbor.example',
				'contact-url'  => '/contact/',
				'theme'        => 'dark',
				'color'        => '#9CCAFF',
				'lang'         => 'es',
				'feeds'        => 'https://feeds.example/a.json /local.json',
			)
		);
		$this->assertSame( array(), $problems );
		$this->assertSame( 'Harbor Recovery Center', $clean['organization'] );
		$this->assertSame( home_url( '/contact/' ), $clean['contact-url'] );
		$this->assertSame( '#9ccaff', $clean['color'] );
		$this->assertSame( 'https://feeds.example/a.json /local.json', $clean['feeds'] );
	}

	public function test_bad_values_are_left_out_with_the_widgets_messages() {
		list( $clean, $problems ) = Settings::clean(
			array(
				'phone'         => '1-800-get-help',
				'email'         => 'help@harbor.example?bcc=x@evil.example',
				'contact-url'   => 'javascript:alert(1)',
				'theme'         => 'purple',
				'href-template' => '/blog/',
				'feeds'         => 'javascript:alert(1)',
			)
		);
		$this->assertSame( array( 'theme' => 'light' ), $clean );
		$this->assertSame( 'phone="1-800-get-help" is not a phone number (use digits, spaces, +, - or parentheses; capital letters such as 1-800-RECOVERY and an extension such as ext. 12 work too); it is left out.', $problems['phone'] );
		$this->assertSame( 'email="help@harbor.example?bcc=x@evil.example" is not a plain email address; it is left out.', $problems['email'] );
		$this->assertSame( 'contact-url="javascript:alert(1)" is not an http(s) link; it is left out.', $problems['contact-url'] );
		$this->assertSame( 'theme="purple" is not a theme (light, dark or auto); using light.', $problems['theme'] );
		$this->assertSame( 'href-template="/blog/" has no {slug} placeholder; it is ignored. Example: href-template="/blog/{slug}".', $problems['href-template'] );
		$this->assertSame( 'src token "javascript:alert(1)" is not an http(s) URL; it was skipped, the other feeds still load.', $problems['feeds'] );
	}

	public function test_the_brand_color_must_be_readable_on_the_themes_background() {
		$this->assertSame( array( '#1b6f5c', null ), Validate::color( '#1b6f5c', 'light' ) );
		$this->assertSame( array( '#112233', null ), Validate::color( '#123', 'light' ) );
		$this->assertSame( array( '#9ccaff', null ), Validate::color( '#9ccaff', 'dark' ) );
		$this->assertSame( 'has a contrast of 1.51:1 on the light theme\'s background (#ffffff); links and buttons need at least 4.5:1. Choose a darker color; it is left out.', Validate::color( '#ffcc00', 'light' )[1] );
		$this->assertStringStartsWith( 'has a contrast of ', Validate::color( '#1b6f5c', 'dark' )[1] );
		$this->assertStringStartsWith( 'cannot be used with the automatic theme', Validate::color( '#1b6f5c', 'auto' )[1] );
		$this->assertSame( 'is not a hex color such as #1b6f5c; it is left out.', Validate::color( 'red' )[1] );
		$this->assertNull( Validate::color( '#1b6f5c;background:url(x)' )[0] );
	}

	public function test_languages_are_those_the_release_ships() {
		$this->assertSame( array( 'en', 'ar', 'es', 'fr', 'pt', 'zh' ), array_keys( Settings::languages() ) );
		$this->assertSame( 'Français', Settings::languages()['fr'] );
		$this->assertSame( 'العربية', Settings::languages()['ar'] );
		list( , $problems ) = Settings::clean( array( 'lang' => 'de' ) );
		$this->assertSame( 'lang="de" is not a language of this release (en, ar, es, fr, pt, zh); the page\'s language is used.', $problems['lang'] );
	}

	public function test_the_default_link_pattern_follows_the_sites_permalinks() {
		global $wp_rewrite;
		$structure = get_option( 'permalink_structure' );
		$wp_rewrite->set_permalink_structure( '/%postname%/' );
		$this->assertSame( home_url( '/{slug}/' ), Settings::default_template() );
		$wp_rewrite->set_permalink_structure( '' );
		$this->assertSame( home_url( '/?pagename={slug}' ), Settings::default_template() );
		$wp_rewrite->set_permalink_structure( $structure );
	}

	public function test_the_settings_page_saves_through_the_sanitizer_with_messages() {
		global $wp_settings_errors;
		$wp_settings_errors = array();
		$clean              = Settings_Page::sanitize( array( 'organization' => 'Harbor', 'phone' => 'call us' ) );
		$this->assertSame( array( 'organization' => 'Harbor' ), $clean );
		$errors = get_settings_errors( Settings::OPTION );
		$this->assertCount( 1, $errors );
		// As settings_errors() prints it: HTML, so the quoted value is escaped.
		$this->assertSame( 'Phone: phone=&quot;call us&quot; is not a phone number (use digits, spaces, +, - or parentheses; capital letters such as 1-800-RECOVERY and an extension such as ext. 12 work too); it is left out.', $errors[0]['message'] );
	}

	public function test_a_refused_value_is_escaped_in_the_notice_entities_included() {
		global $wp_settings_errors;
		$wp_settings_errors = array();
		Settings_Page::sanitize( array( 'email' => '<img src=x onerror=alert(1)>&lt;b&gt;' ) );
		$errors = get_settings_errors( Settings::OPTION );
		$this->assertSame( 'Email: email=&quot;&lt;img src=x onerror=alert(1)&gt;&amp;lt;b&amp;gt;&quot; is not a plain email address; it is left out.', $errors[0]['message'] );
	}
}
