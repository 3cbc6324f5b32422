<?php
// Installs WordPress in the current directory and installs + activates the plugin zip.
// Run by start.mjs: php install.php <zip> <admin-user> <admin-password> [api-url]
[ , $igny8_zip, $igny8_user, $igny8_password, $igny8_api_url ] = $argv + array( null, null, null, null, '' );

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
update_option( 'permalink_structure', '/%postname%/' );
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
