<?php
/**
 * Plugins → Delete: the plugin's one option goes, on every site of a network. The plugin keeps
 * nothing else (no tables, no post meta, no transients, no files outside its folder).
 *
 * @package RecoveryWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $recovery_widgets_site ) {
		switch_to_blog( $recovery_widgets_site );
		delete_option( 'recovery_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'recovery_widgets_settings' );
}
