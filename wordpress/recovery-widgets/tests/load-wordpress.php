<?php
/**
 * Loads the test site's WordPress at the global scope, before PHPUnit starts
 * (php -d auto_prepend_file=tests/load-wordpress.php phpunit ...). test/node/wordpress sets:
 *   RECOVERY_WP_SITE      the site's folder (with wp-load.php)
 *   RECOVERY_WP_HOST      its host:port
 *   RECOVERY_REPO         the repository (for test/fixtures and custom-elements.json)
 *   RECOVERY_PAYLOADS     a JSON file: the hostile payloads (base64 of their UTF-8)
 *
 * @package RecoveryWidgets
 */

foreach ( array( 'RECOVERY_WP_SITE', 'RECOVERY_WP_HOST', 'RECOVERY_REPO', 'RECOVERY_PAYLOADS' ) as $recovery_widgets_var ) {
	if ( ! getenv( $recovery_widgets_var ) ) {
		fwrite( STDERR, "$recovery_widgets_var is not set: run these tests through test/node/wordpress (npm test).\n" );
		exit( 1 );
	}
}
$_SERVER['HTTP_HOST']   = getenv( 'RECOVERY_WP_HOST' );
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require getenv( 'RECOVERY_WP_SITE' ) . '/wp-load.php';
