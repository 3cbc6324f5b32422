<?php
/**
 * Every option the plugin stores, in one place, so uninstall.php and the rest of the code agree.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Typed access to the plugin's options.
 *
 * The secrets are stored with autoload off so they are not loaded on every page view and never
 * end up in the `alloptions` cache; no method here ever returns them for display.
 */
final class Igny8_Options {

	const API_URL         = 'igny8_bridge_api_url';
	const API_BASE_URL    = 'igny8_bridge_api_base_url';
	const SITE_ID         = 'igny8_bridge_site_id';
	const SECRET          = 'igny8_bridge_secret';
	const PREVIOUS_SECRET = 'igny8_bridge_previous_secret';
	const CONNECTED_AT    = 'igny8_bridge_connected_at';

	/** Set at activation and cleared once connected: the "connect this site" notice shows meanwhile. */
	const CONNECT_NOTICE = 'igny8_bridge_connect_notice';

	/** Prefix of the per-nonce rows of the replay cache (see Igny8_Replay_Cache_Options). */
	const NONCE_PREFIX = 'igny8_bridge_nonce_';

	/** Prefix of every transient the plugin sets. */
	const TRANSIENT_PREFIX = 'igny8_bridge_';

	/** How long a rotated-out secret keeps verifying requests, in seconds. */
	const ROTATION_GRACE = 300;

	/**
	 * All option names, for uninstall.
	 *
	 * @return string[]
	 */
	public static function all() {
		return array( self::API_URL, self::API_BASE_URL, self::SITE_ID, self::SECRET, self::PREVIOUS_SECRET, self::CONNECTED_AT, self::CONNECT_NOTICE );
	}

	/** The API URL the admin typed (used to connect). */
	public static function api_url() {
		return (string) get_option( self::API_URL, '' );
	}

	/** The API base URL to call: the one returned by the server on connect, else the typed one. */
	public static function api_base_url() {
		$base = (string) get_option( self::API_BASE_URL, '' );
		return untrailingslashit( '' !== $base ? $base : self::api_url() );
	}

	public static function site_id() {
		return (string) get_option( self::SITE_ID, '' );
	}

	public static function is_connected() {
		return '' !== self::site_id() && '' !== self::current_secret();
	}

	/** Internal: the current signing secret. Never print it. */
	public static function current_secret() {
		return (string) get_option( self::SECRET, '' );
	}

	/**
	 * Secrets that may verify an incoming request: the current one and, for ROTATION_GRACE
	 * seconds after a rotation, the previous one.
	 *
	 * @param int|null $now Unix time (for tests).
	 * @return string[]
	 */
	public static function verifying_secrets( $now = null ) {
		$now     = null === $now ? time() : (int) $now;
		$secrets = array();
		$current = self::current_secret();
		if ( '' !== $current ) {
			$secrets[] = $current;
		}
		$previous = get_option( self::PREVIOUS_SECRET, array() );
		if ( is_array( $previous ) && ! empty( $previous['secret'] ) && isset( $previous['expires'] ) && (int) $previous['expires'] >= $now ) {
			$secrets[] = (string) $previous['secret'];
		}
		return $secrets;
	}

	/**
	 * The origin of a URL as browsers send it (`scheme://host[:port]`, default ports left out), or ''.
	 *
	 * @param string $url URL.
	 */
	public static function origin_of( $url ) {
		$parts = wp_parse_url( (string) $url );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
			return '';
		}
		$scheme  = strtolower( $parts['scheme'] );
		$default = 'https' === $scheme ? 443 : 80;
		$port    = isset( $parts['port'] ) && (int) $parts['port'] !== $default ? ':' . (int) $parts['port'] : '';
		return $scheme . '://' . strtolower( $parts['host'] ) . $port;
	}

	/** The last four characters of the secret, the most the UI may show. */
	public static function secret_hint() {
		$secret = self::current_secret();
		return strlen( $secret ) >= 12 ? substr( $secret, -4 ) : '';
	}

	/**
	 * Store a new connection. Secrets are written with autoload off.
	 *
	 * @param string $site_id      Site id (uuid) from the API.
	 * @param string $secret       Signing secret.
	 * @param string $api_base_url API base URL returned by the API.
	 */
	public static function save_connection( $site_id, $secret, $api_base_url ) {
		update_option( self::SITE_ID, $site_id );
		update_option( self::API_BASE_URL, $api_base_url );
		self::write_private( self::SECRET, $secret );
		delete_option( self::PREVIOUS_SECRET );
		update_option( self::CONNECTED_AT, time(), false );
	}

	/**
	 * Replace the secret, keeping the old one valid for ROTATION_GRACE seconds.
	 *
	 * @param string $new_secret The new secret.
	 */
	public static function rotate_secret( $new_secret ) {
		$old = self::current_secret();
		if ( '' !== $old ) {
			self::write_private(
				self::PREVIOUS_SECRET,
				array(
					'secret'  => $old,
					'expires' => time() + self::ROTATION_GRACE,
				)
			);
		}
		self::write_private( self::SECRET, $new_secret );
	}

	/** Forget the connection (the typed API URL stays, to make reconnecting easy). */
	public static function forget_connection() {
		delete_option( self::SECRET );
		delete_option( self::PREVIOUS_SECRET );
		delete_option( self::SITE_ID );
		delete_option( self::API_BASE_URL );
		delete_option( self::CONNECTED_AT );
	}

	/**
	 * Write an option with autoload off, even when it already exists with autoload on
	 * (update_option() only changes autoload when the value changes).
	 *
	 * @param string $name  Option name.
	 * @param mixed  $value Value.
	 */
	private static function write_private( $name, $value ) {
		delete_option( $name );
		add_option( $name, $value, '', 'no' );
	}
}
