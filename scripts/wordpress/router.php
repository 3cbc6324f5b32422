<?php
// Router for `php -S`: serve existing files as-is (PHP files run), everything else through
// WordPress's front controller, as Apache's rewrite rules would (pretty permalinks, /wp-json/…).
$igny8_path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$igny8_file = $_SERVER['DOCUMENT_ROOT'] . $igny8_path;
if ( '/' !== $igny8_path && file_exists( $igny8_file ) && ! is_dir( $igny8_file ) ) {
	return false;
}
if ( is_dir( $igny8_file ) && file_exists( rtrim( $igny8_file, '/' ) . '/index.php' ) ) {
	if ( '/' !== substr( $igny8_path, -1 ) ) {
		header( 'Location: ' . $igny8_path . '/', true, 301 );
		return true;
	}
	$_SERVER['SCRIPT_NAME'] = rtrim( $igny8_path, '/' ) . '/index.php';
	$_SERVER['SCRIPT_FILENAME'] = rtrim( $igny8_file, '/' ) . '/index.php';
	$_SERVER['PHP_SELF'] = $_SERVER['SCRIPT_NAME'];
	chdir( dirname( $_SERVER['SCRIPT_FILENAME'] ) );
	require $_SERVER['SCRIPT_FILENAME'];
	return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
require $_SERVER['SCRIPT_FILENAME'];
