<?php
/**
 * Plugin Name:       Recovery Widgets
 * Plugin URI:        https://www.npmjs.com/package/recovery-widgets
 * Description:       Private, accessible recovery widgets: articles, related articles, a support-group and meeting finder, and a call to action with your contact details and the national helplines. Shortcodes, blocks and one settings page.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Recovery Widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       recovery-widgets
 *
 * The plugin is a thin wrapper over the release files in assets/: it prints custom elements
 * (<recovery-cta>, ...) and loads the widget script on the pages that use them. Every value that
 * reaches the page (shortcode and block attributes, settings) is checked with the widgets' own
 * rules and escaped on output.
 *
 * @package RecoveryWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'RECOVERY_WIDGETS_VERSION', '0.1.0' );
define( 'RECOVERY_WIDGETS_FILE', __FILE__ );
define( 'RECOVERY_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/class-validate.php';
require_once __DIR__ . '/includes/class-widgets.php';
require_once __DIR__ . '/includes/class-settings.php';
require_once __DIR__ . '/includes/class-assets.php';
require_once __DIR__ . '/includes/class-render.php';
require_once __DIR__ . '/includes/class-blocks.php';
require_once __DIR__ . '/includes/class-settings-page.php';

add_action( 'init', array( 'RecoveryWidgets\\Assets', 'register' ) );
add_action( 'init', array( 'RecoveryWidgets\\Render', 'register_shortcodes' ) );
add_action( 'init', array( 'RecoveryWidgets\\Blocks', 'register' ) );
add_action( 'wp_enqueue_scripts', array( 'RecoveryWidgets\\Assets', 'enqueue_for_singular' ) );
add_action( 'enqueue_block_assets', array( 'RecoveryWidgets\\Assets', 'enqueue_in_editor' ) );
add_filter( 'script_loader_tag', array( 'RecoveryWidgets\\Assets', 'script_tag' ), 10, 3 );
RecoveryWidgets\Settings_Page::hook();
