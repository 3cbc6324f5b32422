<?php
/**
 * Just enough of WordPress for the signer and the pure parts of the post routes to load without it.
 *
 * @package Igny8_Bridge
 */

define( 'ABSPATH', __DIR__ . '/' );

if ( ! function_exists( '__' ) ) {
	function __( $text, $domain = 'default' ) { // phpcs:ignore
		return $text;
	}
}

if ( ! class_exists( 'WP_Error' ) ) {
	/** Minimal WP_Error. */
	class WP_Error { // phpcs:ignore
		private $code;
		private $message;
		private $data;
		public function __construct( $code = '', $message = '', $data = '' ) {
			$this->code    = $code;
			$this->message = $message;
			$this->data    = $data;
		}
		public function get_error_code() {
			return $this->code;
		}
		public function get_error_message() {
			return $this->message;
		}
		public function get_error_data() {
			return $this->data;
		}
	}
}

if ( ! function_exists( 'is_wp_error' ) ) {
	function is_wp_error( $thing ) { // phpcs:ignore
		return $thing instanceof WP_Error;
	}
}

if ( ! function_exists( 'wp_parse_url' ) ) {
	function wp_parse_url( $url, $component = -1 ) { // phpcs:ignore
		return parse_url( $url, $component ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url
	}
}

if ( ! function_exists( 'apply_filters' ) ) {
	function apply_filters( $hook, $value ) { // phpcs:ignore
		return $value;
	}
}
// ---------------------------------------------------------------------------------------------
// The options table in memory, for the event queue's checks: the option functions and the few
// statements the queue sends through $wpdb (its fresh read and its INSERT IGNORE locks).

if ( ! defined( 'MINUTE_IN_SECONDS' ) ) {
	define( 'MINUTE_IN_SECONDS', 60 );
}

$GLOBALS['igny8_test_options'] = array();

/** Just enough of wpdb for Igny8_Event_Queue. */
class Igny8_Test_Wpdb { // phpcs:ignore
	public $options = 'wp_options';
	/** @var string[] Statements run, for the checks. */
	public $log = array();
	public function prepare( $query, ...$args ) {
		return array( $query, $args );
	}
	public function get_var( $prepared ) {
		list( $sql, $args ) = $prepared;
		$this->log[]        = $sql;
		if ( 0 === strpos( $sql, 'SELECT option_value' ) ) {
			return array_key_exists( $args[0], $GLOBALS['igny8_test_options'] ) ? serialize( $GLOBALS['igny8_test_options'][ $args[0] ] ) : null; // phpcs:ignore
		}
		return null;
	}
	public function query( $prepared ) {
		list( $sql, $args ) = $prepared;
		$this->log[]        = $sql;
		$options            = &$GLOBALS['igny8_test_options'];
		if ( 0 === strpos( $sql, 'INSERT IGNORE' ) ) {
			if ( array_key_exists( $args[0], $options ) ) {
				return 0;
			}
			$options[ $args[0] ] = $args[1];
			return 1;
		}
		if ( 0 === strpos( $sql, 'DELETE' ) && false !== strpos( $sql, 'CAST(option_value' ) ) {
			if ( array_key_exists( $args[0], $options ) && (int) $options[ $args[0] ] < (int) $args[1] ) {
				unset( $options[ $args[0] ] );
				return 1;
			}
			return 0;
		}
		if ( 0 === strpos( $sql, 'DELETE' ) ) {
			$had = array_key_exists( $args[0], $options );
			unset( $options[ $args[0] ] );
			return $had ? 1 : 0;
		}
		return false;
	}
}
$GLOBALS['wpdb'] = new Igny8_Test_Wpdb();

function get_option( $name, $default_value = false ) { // phpcs:ignore
	return array_key_exists( $name, $GLOBALS['igny8_test_options'] ) ? $GLOBALS['igny8_test_options'][ $name ] : $default_value;
}
function update_option( $name, $value, $autoload = null ) { // phpcs:ignore
	$GLOBALS['igny8_test_options'][ $name ] = $value;
	return true;
}
function add_option( $name, $value = '', $deprecated = '', $autoload = 'yes' ) { // phpcs:ignore
	if ( array_key_exists( $name, $GLOBALS['igny8_test_options'] ) ) {
		return false;
	}
	$GLOBALS['igny8_test_options'][ $name ] = $value;
	return true;
}
function delete_option( $name ) { // phpcs:ignore
	unset( $GLOBALS['igny8_test_options'][ $name ] );
	return true;
}
function wp_cache_delete( $key, $group = '' ) { // phpcs:ignore
	return true;
}
function maybe_unserialize( $data ) { // phpcs:ignore
	return is_string( $data ) ? unserialize( $data ) : $data; // phpcs:ignore
}
function is_wp_error( $thing ) { // phpcs:ignore
	return $thing instanceof WP_Error;
}
function wp_list_pluck( $list, $field ) { // phpcs:ignore
	return array_map(
		function ( $item ) use ( $field ) {
			return is_array( $item ) ? $item[ $field ] : $item->$field;
		},
		$list
	);
}
function _n( $single, $plural, $number, $domain = 'default' ) { // phpcs:ignore
	return 1 === (int) $number ? $single : $plural;
}
function add_action() { // phpcs:ignore
	return true;
}
function add_filter() { // phpcs:ignore
	return true;
}
function wp_generate_uuid4() { // phpcs:ignore
	$b    = random_bytes( 16 );
	$b[6] = chr( ord( $b[6] ) & 0x0f | 0x40 );
	$b[8] = chr( ord( $b[8] ) & 0x3f | 0x80 );
	return vsprintf( '%s%s-%s-%s-%s-%s%s%s', str_split( bin2hex( $b ), 4 ) );
}
function get_permalink( $post ) { // phpcs:ignore
	return 'http://example.test/?p=' . (int) $post->ID;
}
function wp_json_encode_test( $data ) { // phpcs:ignore
	return (string) json_encode( $data ); // phpcs:ignore
}
