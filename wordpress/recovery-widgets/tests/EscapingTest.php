<?php
/**
 * Every hostile payload of test/fixtures/hostile/payloads.ts, in every attribute of every widget
 * (as shortcode text and as block attributes) and in every settings field: the output is only
 * widgets, with known attribute names, escaped values and http(s) links.
 *
 * @package RecoveryWidgets
 */

use RecoveryWidgets\Render;
use RecoveryWidgets\Settings;
use RecoveryWidgets\Validate;
use RecoveryWidgets\Widgets;

final class EscapingTest extends Recovery_Widgets_TestCase {

	public function test_the_payload_list_is_the_projects() {
		$payloads = self::payloads();
		$this->assertGreaterThan( 50, count( $payloads ) );
		$this->assertContains( '<script>window.__pwned=1</script>', $payloads );
		$this->assertContains( 'javascript:window.__pwned=1', $payloads );
	}

	public function test_every_payload_in_every_attribute_as_a_shortcode_or_block_value() {
		foreach ( Widgets::ALL as $tag => $widget ) {
			$names = array_merge( array_keys( Widgets::attributes( $tag ) ), Widgets::EXTRA );
			foreach ( self::payloads() as $i => $payload ) {
				$given = array();
				$block = array();
				foreach ( $names as $name ) {
					$given[ $name ]                               = $payload;
					$block[ lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) ) ] = $payload;
				}
				$this->assertOnlyWidgets( Render::widget( $tag, $given, 'test' ), "<$tag> payload $i" );
				$this->assertOnlyWidgets( Render::block( $tag, $block + array( 'className' => $payload ) ), "$tag block, payload $i" );
				foreach ( $names as $name ) {
					$this->assertOnlyWidgets( Render::widget( $tag, array( $name => $payload ), 'test' ), "<$tag $name> payload $i" );
				}
			}
		}
	}

	public function test_every_payload_in_every_settings_field_even_written_straight_to_the_database() {
		foreach ( self::payloads() as $i => $payload ) {
			$all = array_fill_keys( array_keys( Settings::FIELDS ), $payload );
			// Written directly (no settings form): the output checks the values again.
			update_option( Settings::OPTION, $all );
			foreach ( array_keys( Widgets::ALL ) as $tag ) {
				$this->assertOnlyWidgets( Render::widget( $tag, array(), 'test' ), "<$tag> with settings payload $i" );
			}
			list( $clean ) = Settings::clean( $all );
			$this->assertSame( array( $clean, array() ), Settings::clean( $clean ), "what is kept of payload $i passes again" );
		}
	}

	public function test_no_dangerous_url_becomes_a_link() {
		foreach ( self::payloads() as $payload ) {
			list( $value ) = Validate::url( $payload );
			if ( null !== $value ) {
				$this->assertDoesNotMatchRegularExpression( '/^\s*(javascript|data|vbscript|file|blob):/i', preg_replace( '/[\t\n\r]/', '', $value ), $payload );
			}
		}
	}
}
