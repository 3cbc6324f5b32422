<?php
// php db.php create|drop <database>; connection from IGNY8_WP_DB_HOST (host:port), _USER, _PASSWORD.
[ , $igny8_cmd, $igny8_db ] = $argv + array( null, null, null );
if ( ! in_array( $igny8_cmd, array( 'create', 'drop' ), true ) || ! preg_match( '/^igny8_wp_[a-z0-9_]+$/', (string) $igny8_db ) ) {
	fwrite( STDERR, "usage: php db.php create|drop igny8_wp_<name>\n" );
	exit( 2 );
}
[ $igny8_host, $igny8_port ] = explode( ':', getenv( 'IGNY8_WP_DB_HOST' ) ?: '127.0.0.1:3306' ) + array( '127.0.0.1', '3306' );
mysqli_report( MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT );
$igny8_mysqli = new mysqli( $igny8_host, getenv( 'IGNY8_WP_DB_USER' ) ?: 'root', getenv( 'IGNY8_WP_DB_PASSWORD' ) ?: '', '', (int) $igny8_port );
$igny8_mysqli->query(
	'create' === $igny8_cmd
		? "CREATE DATABASE `$igny8_db` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
		: "DROP DATABASE IF EXISTS `$igny8_db`"
);
