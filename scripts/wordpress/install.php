<?php
// Installs WordPress in the current directory and installs + activates the plugin zip.
// Run by start.mjs: php install.php <zip> <admin-user> <admin-password> [api-url] [pretty|plain]
[ , $igny8_zip, $igny8_user, $igny8_password, $igny8_api_url, $igny8_permalinks ] = $argv + array( null, null, null, null, '', 'pretty' );

define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'IGNY8_WP_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'IGNY8_WP_URL' ), PHP_URL_PORT );
require getcwd() . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

$igny8_result = wp_install( 'Igny8 Test Site', $igny8_user, $igny8_user . '@example.com', false, '', wp_slash( $igny8_password ) );
if ( is_wp_error( $igny8_result ) ) {
	fwrite( STDERR, 'wp_install failed: ' . $igny8_result->get_error_message() . "\n" );
	exit( 1 );
}
// Plain permalinks (no rewrite rules, as under nginx or `php -S` without a router) serve the REST API only at
// `index.php?rest_route=`; pretty ones at `/wp-json/`.
update_option( 'permalink_structure', 'plain' === $igny8_permalinks ? '' : '/%postname%/' );
// A throw-away site talks to loopback only: no Gravatar images in wp-admin.
update_option( 'show_avatars', 0 );
// Rewrite rules are generated lazily on the first front-end request.
delete_option( 'rewrite_rules' );

WP_Filesystem();
$igny8_unzipped = unzip_file( $igny8_zip, WP_PLUGIN_DIR );
if ( is_wp_error( $igny8_unzipped ) ) {
	fwrite( STDERR, 'unzip failed: ' . $igny8_unzipped->get_error_message() . "\n" );
	exit( 1 );
}
if ( '' !== $igny8_api_url ) {
	update_option( 'igny8_bridge_api_url', $igny8_api_url );
}
$igny8_activated = activate_plugin( 'igny8-bridge/igny8-bridge.php' );
if ( is_wp_error( $igny8_activated ) ) {
	fwrite( STDERR, 'activation failed: ' . $igny8_activated->get_error_message() . "\n" );
	exit( 1 );
}
echo "installed\n";
