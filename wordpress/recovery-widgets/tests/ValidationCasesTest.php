<?php
/**
 * The table of checks the plugin shares with the widgets (test/fixtures/validation-cases.json),
 * through the plugin's rules: the same values accepted, the same messages for the others.
 *
 * @package RecoveryWidgets
 */

use RecoveryWidgets\Widgets;

final class ValidationCasesTest extends Recovery_Widgets_TestCase {

	public static function cases() {
		$out = array();
		foreach ( self::repo_json( 'test/fixtures/validation-cases.json' )['cases'] as $case ) {
			$out[ sprintf( '<%s %s="%s">', $case['element'], $case['attribute'], $case['input'] ) ] = array( $case );
		}
		return $out;
	}

	/** @dataProvider cases */
	public function test_the_plugin_agrees_with_the_widgets( array $case ) {
		list( $value, $why ) = Widgets::check( $case['element'], $case['attribute'], $case['input'] );
		if ( $case['accepted'] ) {
			$this->assertNull( $why, 'no message' );
			$this->assertNotNull( $value, 'the value is kept' );
		} elseif ( isset( $case['kept'] ) ) {
			$this->assertSame( $case['kept'], $value, 'the part that can be used is kept' );
			$this->assertStringStartsWith( $case['message'], Widgets::message( $case['attribute'], $case['input'], $why ) );
		} else {
			$this->assertNull( $value, 'the value is left out' );
			$this->assertNotNull( $why, 'a message says why' );
			$this->assertStringStartsWith( $case['message'], Widgets::message( $case['attribute'], $case['input'], $why ) );
		}
	}
}
