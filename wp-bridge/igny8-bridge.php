<?php
/**
 * Plugin Name:       Igny8 Bridge
 * Description:       Connects this WordPress site to Igny8: signed publishing API, site metadata and the Igny8 admin widget inside wp-admin.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Igny8
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       igny8-bridge
 * Domain Path:       /languages
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

define( 'IGNY8_BRIDGE_VERSION', '0.1.0' );
define( 'IGNY8_BRIDGE_FILE', __FILE__ );
define( 'IGNY8_BRIDGE_DIR', plugin_dir_path( __FILE__ ) );
define( 'IGNY8_BRIDGE_URL', plugin_dir_url( __FILE__ ) );

require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-options.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-replay-cache.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-signer.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-post-meta.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-api-client.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-rest-controller.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-event-queue.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-post-events.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-posts-column.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-rest-health.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-rest-site.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-rest-widget-session.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-url-guard.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-post-html.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-post-input.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-post-lock.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-seo.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-rest-posts.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-settings.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-admin-theme.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-admin-page.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-connect-notice.php';
require_once IGNY8_BRIDGE_DIR . 'includes/class-igny8-plugin.php';

register_activation_hook( __FILE__, array( 'Igny8_Plugin', 'activate' ) );
register_deactivation_hook( __FILE__, array( 'Igny8_Event_Queue', 'unschedule' ) );

Igny8_Plugin::instance()->init();
