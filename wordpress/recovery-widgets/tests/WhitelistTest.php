<?php
/**
 * Shortcodes and blocks accept exactly the elements' documented attributes (custom-elements.json),
 * drop anything else, and tell editors (never visitors) what they dropped.
 *
 * @package RecoveryWidgets
 */

use RecoveryWidgets\Render;
use RecoveryWidgets\Settings;
use RecoveryWidgets\Widgets;

final class WhitelistTest extends Recovery_Widgets_TestCase {

	public function test_each_block_json_lists_exactly_the_elements_attributes() {
		$manifest = self::manifest();
		foreach ( Widgets::ALL as $tag => $widget ) {
			$plugin = array_diff( array_keys( Widgets::attributes( $tag ) ), Widgets::EXTRA );
			sort( $plugin );
			$documented = $manifest[ $tag ];
			sort( $documented );
			$this->assertSame( $documented, $plugin, "blocks/{$widget['block']}/block.json and <$tag> in custom-elements.json" );
		}
	}

	public function test_every_attribute_has_a_rule() {
		foreach ( Widgets::ALL as $tag => $widget ) {
			foreach ( array_keys( Widgets::attributes( $tag ) ) as $name ) {
				list( , $why ) = Widgets::check( $tag, $name, 'x' );
				$this->assertNotSame( 'has no rule in the plugin; it is left out.', $why, "<$tag $name>" );
			}
		}
	}

	public function test_unknown_attributes_are_dropped() {
		$html = do_shortcode( '[recovery_cta colour="red" onclick="alert(1)" style="color:red" heading-level="3" data-x="1"]' );
		$this->assertStringContainsString( '<recovery-cta heading-level="3"></recovery-cta>', $html );
		foreach ( array( 'colour', 'onclick', 'style="color', 'data-x' ) as $dropped ) {
			$this->assertStringNotContainsString( $dropped, $html );
		}
		$this->assertOnlyWidgets( $html );
	}

	public function test_editors_see_a_note_naming_what_was_dropped_and_visitors_do_not() {
		$shortcode = '[recovery_cta colour="red" onclick="alert(1)" phone="call us"]';
		$this->assertStringNotContainsString( 'recovery-widgets-note', do_shortcode( $shortcode ) );

		wp_set_current_user( 1 );
		$html = do_shortcode( $shortcode );
		$this->assertStringContainsString( 'class="recovery-widgets-note"', $html );
		$this->assertStringContainsString( 'Unknown attributes colour, onclick are ignored.', $html );
		$this->assertStringContainsString( 'phone=&quot;call us&quot; is not a phone number (use digits, spaces, +, - or parentheses; capital letters such as 1-800-RECOVERY and an extension such as ext. 12 work too); it is left out.', $html );
		$this->assertStringContainsString( '[recovery_cta]', $html );
	}

	public function test_flags_stand_alone_or_are_written_out() {
		$html = do_shortcode( '[recovery_article slug="four-main-triggers-for-relapse" toc reading-time="false"]' );
		$this->assertStringContainsString( '<recovery-article slug="four-main-triggers-for-relapse" toc></recovery-article>', $html );
		$html = do_shortcode( '[recovery_article slug="four-main-triggers-for-relapse" toc="yes" reading-time="1"]' );
		$this->assertStringContainsString( ' toc reading-time>', $html );
		$html = do_shortcode( '[recovery_article slug="four-main-triggers-for-relapse" toc="maybe"]' );
		$this->assertStringNotContainsString( ' toc', $html );
	}

	public function test_a_block_prints_what_its_shortcode_prints() {
		update_option( Settings::OPTION, array( 'organization' => 'Harbor', 'color' => '#1b6f5c' ) );
		$pairs = array(
			'[recovery_cta heading-level="3" hide-helplines organization="Harbor &amp; Co"]' => '<!-- wp:recovery-widgets/cta {"headingLevel":3,"hideHelplines":true,"organization":"Harbor \u0026amp; Co"} /-->',
			'[recovery_article slug="four-main-triggers-for-relapse" toc id="main"]'        => '<!-- wp:recovery-widgets/article {"slug":"four-main-triggers-for-relapse","toc":true,"id":"main"} /-->',
			'[related_posts for="four-main-triggers-for-relapse" layout="grid" limit="2" target="#main"]' => '<!-- wp:recovery-widgets/related-posts {"for":"four-main-triggers-for-relapse","layout":"grid","limit":2,"target":"#main"} /-->',
			'[support_group_finder src="https://feeds.example/meetings.json" timezone="America/Denver" sync-url]' => '<!-- wp:recovery-widgets/support-group-finder {"src":"https://feeds.example/meetings.json","timezone":"America/Denver","syncUrl":true} /-->',
		);
		foreach ( $pairs as $shortcode => $block ) {
			$this->assertSame( trim( do_shortcode( $shortcode ) ), trim( do_blocks( $block ) ), $shortcode );
		}
	}

	public function test_the_site_settings_wrap_each_widget_and_its_own_attributes_win() {
		update_option(
			Settings::OPTION,
			array(
				'organization' => 'Harbor Recovery Center',
				'phone'        => '(206) 555-0142',
				'contact-url'  => 'https://harbor.example/contact/',
				'color'        => '#1b6f5c',
				'lang'         => 'es',
			)
		);
		$html = do_shortcode( '[recovery_cta organization="Harbor East"]' );
		$this->assertSame(
			'<recovery-provider organization="Harbor Recovery Center" phone="(206) 555-0142" contact-url="https://harbor.example/contact/" href-template="' . esc_attr( Settings::default_template() ) . '" lang="es" style="--recovery-color-primary:#1b6f5c"><recovery-cta organization="Harbor East"></recovery-cta></recovery-provider>',
			$html
		);
		// The brand color was checked against the site's (light) theme: a dark widget keeps its own colors.
		$this->assertStringNotContainsString( '--recovery-color-primary', do_shortcode( '[recovery_cta theme="dark"]' ) );
	}

	public function test_a_finder_without_feeds_uses_the_sites_and_an_empty_src_is_the_directory() {
		update_option( Settings::OPTION, array( 'feeds' => 'https://feeds.example/a.json https://feeds.example/b.json' ) );
		$zone = get_option( 'timezone_string' );
		update_option( 'timezone_string', 'America/Chicago' );
		$this->assertStringContainsString( '<support-group-finder src="https://feeds.example/a.json https://feeds.example/b.json" timezone="America/Chicago">', do_shortcode( '[support_group_finder]' ) );
		$this->assertStringContainsString( '<support-group-finder></support-group-finder>', do_shortcode( '[support_group_finder src=""]' ) );
		update_option( 'timezone_string', $zone );
	}

	public function test_links_are_resolved_and_escaped_and_templates_keep_their_placeholders() {
		$html = do_shortcode( '[related_posts href-template="/blog/{lang}/{slug}/?from=related&amp;x=1"]' );
		$this->assertStringContainsString( 'href-template="/blog/{lang}/{slug}/?from=related&amp;x=1"', $html );
		$html = do_shortcode( '[recovery_cta contact-url="contact-us/"]' );
		$this->assertStringContainsString( 'contact-url="' . esc_url( home_url( '/contact-us/' ) ) . '"', $html );
	}

	public function test_a_blocks_width_and_classes_go_on_its_outer_element() {
		$html = do_blocks( '<!-- wp:recovery-widgets/support-group-finder {"align":"wide","className":"my-finder \\u0022\\u003e\\u003cx onclick=y"} /-->' );
		$this->assertMatchesRegularExpression( '#^<recovery-provider [^>]* class="alignwide my-finder x onclicky"><support-group-finder[ >]#', trim( $html ) );
		$this->assertOnlyWidgets( trim( $html ) );
	}

	public function test_attribute_text_never_reads_as_a_shortcode_again() {
		$html = do_blocks( '<!-- wp:recovery-widgets/cta {"organization":"[recovery_cta phone=\\u0022555-0100\\u0022]"} /-->' );
		$this->assertStringContainsString( 'organization="&#91;recovery_cta phone=&quot;555-0100&quot;&#93;"', $html );
		$this->assertSame( $html, do_shortcode( $html ), 'a second do_shortcode() pass (block templates make one) changes nothing' );
	}

	public function test_related_posts_has_a_second_name_in_case_another_plugin_owns_the_first() {
		$this->assertSame( do_shortcode( '[related_posts limit="2"]' ), do_shortcode( '[recovery_related_posts limit="2"]' ) );
	}
}
