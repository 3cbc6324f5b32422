<?php
// Router for `php -S`: serve existing files as-is (PHP files run), everything else through
// WordPress's front controller, as Apache's rewrite rules would (pretty permalinks, /wp-json/…).
$igny8_path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$igny8_file = $_SERVER['DOCUMENT_ROOT'] . $igny8_path;
if ( '/' !== $igny8_path && file_exists( $igny8_file ) && ! is_dir( $igny8_file ) ) {
	// IGNY8_WP_STATIC_MAX_AGE (start.mjs --static-max-age): static files with validators and a max-age, as a web server
	// with expiry headers sends them (php -S sends neither, so a browser fetches every file on every page view).
	$igny8_max_age = getenv( 'IGNY8_WP_STATIC_MAX_AGE' );
	if ( false === $igny8_max_age || '' === $igny8_max_age || '.php' === substr( $igny8_path, -4 ) ) {
		return false;
	}
	$igny8_types = array(
		'js'    => 'text/javascript; charset=utf-8',
		'mjs'   => 'text/javascript; charset=utf-8',
		'css'   => 'text/css; charset=utf-8',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'gif'   => 'image/gif',
		'jpg'   => 'image/jpeg',
		'jpeg'  => 'image/jpeg',
		'webp'  => 'image/webp',
		'ico'   => 'image/x-icon',
		'woff'  => 'font/woff',
		'woff2' => 'font/woff2',
		'ttf'   => 'font/ttf',
		'html'  => 'text/html; charset=utf-8',
		'txt'   => 'text/plain; charset=utf-8',
	);
	$igny8_ext = strtolower( pathinfo( $igny8_file, PATHINFO_EXTENSION ) );
	if ( ! isset( $igny8_types[ $igny8_ext ] ) ) {
		return false;
	}
	$igny8_mtime = filemtime( $igny8_file );
	$igny8_etag  = '"' . dechex( $igny8_mtime ) . '-' . dechex( filesize( $igny8_file ) ) . '"';
	header( 'Cache-Control: public, max-age=' . (int) $igny8_max_age );
	header( 'Last-Modified: ' . gmdate( 'D, d M Y H:i:s', $igny8_mtime ) . ' GMT' );
	header( 'ETag: ' . $igny8_etag );
	if ( isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) && $_SERVER['HTTP_IF_NONE_MATCH'] === $igny8_etag ) {
		http_response_code( 304 );
		return true;
	}
	header( 'Content-Type: ' . $igny8_types[ $igny8_ext ] );
	header( 'Content-Length: ' . filesize( $igny8_file ) );
	readfile( $igny8_file );
	return true;
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
