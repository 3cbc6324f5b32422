<?php
/**
 * HMAC request signing shared by both directions of the bridge.
 *
 * Canonical string: "{timestamp}\n{nonce}\n{METHOD}\n{path}\n{sha256_hex(body)}", signed with
 * HMAC-SHA256 keyed by the site secret and sent as `X-Igny8-Signature: v1=<lowercase hex>` with
 * `X-Igny8-Site`, `X-Igny8-Timestamp` and `X-Igny8-Nonce`.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Signs outgoing requests and verifies incoming ones.
 */
final class Igny8_Signer {

	const HEADER_SITE      = 'X-Igny8-Site';
	const HEADER_TIMESTAMP = 'X-Igny8-Timestamp';
	const HEADER_NONCE     = 'X-Igny8-Nonce';
	const HEADER_SIGNATURE = 'X-Igny8-Signature';

	/** Maximum |now - timestamp|, and how long a nonce is remembered, in seconds. */
	const WINDOW = 300;

	const NONCE_PATTERN = '/^[A-Za-z0-9_-]{16,64}$/';

	/** @var string */
	private $site_id;

	/** @var string[] */
	private $secrets;

	/** @var Igny8_Replay_Cache */
	private $replay_cache;

	/**
	 * @param string             $site_id      Expected site id.
	 * @param string[]           $secrets      Secrets that verify (current first, then previous during rotation).
	 * @param Igny8_Replay_Cache $replay_cache Where seen nonces are remembered.
	 */
	public function __construct( $site_id, array $secrets, Igny8_Replay_Cache $replay_cache ) {
		$this->site_id      = (string) $site_id;
		$this->secrets      = array_values( array_filter( array_map( 'strval', $secrets ), 'strlen' ) );
		$this->replay_cache = $replay_cache;
	}

	/** A verifier for this site's stored connection. */
	public static function from_options() {
		return new self( Igny8_Options::site_id(), Igny8_Options::verifying_secrets(), new Igny8_Replay_Cache_Options() );
	}

	/**
	 * The canonical string that is signed.
	 *
	 * @param int|string $timestamp Unix seconds.
	 * @param string     $nonce     Nonce.
	 * @param string     $method    HTTP method.
	 * @param string     $path      Path with query string, exactly as sent.
	 * @param string     $body      Raw body ('' for none).
	 */
	public static function canonical_string( $timestamp, $nonce, $method, $path, $body ) {
		return $timestamp . "\n" . $nonce . "\n" . strtoupper( $method ) . "\n" . $path . "\n" . hash( 'sha256', (string) $body );
	}

	/**
	 * The signature header value, `v1=<lowercase hex>`.
	 *
	 * @param string     $secret    Key.
	 * @param int|string $timestamp Unix seconds.
	 * @param string     $nonce     Nonce.
	 * @param string     $method    HTTP method.
	 * @param string     $path      Path with query string.
	 * @param string     $body      Raw body.
	 */
	public static function signature( $secret, $timestamp, $nonce, $method, $path, $body ) {
		return 'v1=' . hash_hmac( 'sha256', self::canonical_string( $timestamp, $nonce, $method, $path, $body ), $secret );
	}

	/** A fresh random nonce (32 url-safe characters). */
	public static function new_nonce() {
		return bin2hex( random_bytes( 16 ) );
	}

	/**
	 * Headers for an outgoing signed request.
	 *
	 * @param string   $site_id Site id.
	 * @param string   $secret  Current secret.
	 * @param string   $method  HTTP method.
	 * @param string   $path    Path with query string, exactly as it will be sent.
	 * @param string   $body    Raw body.
	 * @param int|null $now     Unix time (for tests).
	 * @param string   $nonce   Nonce (for tests; random when empty).
	 * @return array<string,string>
	 */
	public static function sign_headers( $site_id, $secret, $method, $path, $body, $now = null, $nonce = '' ) {
		$timestamp = (string) ( null === $now ? time() : (int) $now );
		$nonce     = '' === $nonce ? self::new_nonce() : $nonce;
		return array(
			self::HEADER_SITE      => $site_id,
			self::HEADER_TIMESTAMP => $timestamp,
			self::HEADER_NONCE     => $nonce,
			self::HEADER_SIGNATURE => self::signature( $secret, $timestamp, $nonce, $method, $path, $body ),
		);
	}

	/**
	 * Verify an incoming request.
	 *
	 * The nonce is recorded only after the signature checks out, so unsigned traffic cannot fill
	 * or poison the replay cache.
	 *
	 * @param array    $headers Header name => value (or list of values); names in any case, `-` or `_`.
	 * @param string   $method  HTTP method.
	 * @param string   $path    Path with query string, exactly as received.
	 * @param string   $body    Raw body.
	 * @param int|null $now     Unix time (for tests).
	 * @return true|WP_Error
	 */
	public function verify( array $headers, $method, $path, $body, $now = null ) {
		$now     = null === $now ? time() : (int) $now;
		$headers = self::normalize_headers( $headers );

		if ( '' === $this->site_id || empty( $this->secrets ) ) {
			return self::error( 'igny8_not_connected', __( 'This site is not connected to Igny8.', 'igny8-bridge' ) );
		}

		$site      = isset( $headers['x-igny8-site'] ) ? $headers['x-igny8-site'] : '';
		$timestamp = isset( $headers['x-igny8-timestamp'] ) ? $headers['x-igny8-timestamp'] : '';
		$nonce     = isset( $headers['x-igny8-nonce'] ) ? $headers['x-igny8-nonce'] : '';
		$signature = isset( $headers['x-igny8-signature'] ) ? $headers['x-igny8-signature'] : '';

		if ( '' === $site || '' === $timestamp || '' === $nonce || '' === $signature ) {
			return self::error( 'igny8_signature_missing', __( 'The request is not signed.', 'igny8-bridge' ) );
		}
		if ( ! hash_equals( $this->site_id, $site ) ) {
			return self::error( 'igny8_site_mismatch', __( 'The request is signed for another site.', 'igny8-bridge' ) );
		}
		if ( ! preg_match( '/^\d{1,12}$/', $timestamp ) || abs( $now - (int) $timestamp ) > self::WINDOW ) {
			return self::error( 'igny8_timestamp_out_of_window', __( 'The request timestamp is missing, malformed or too far from the current time.', 'igny8-bridge' ) );
		}
		if ( ! preg_match( self::NONCE_PATTERN, $nonce ) ) {
			return self::error( 'igny8_nonce_invalid', __( 'The request nonce is malformed.', 'igny8-bridge' ) );
		}

		$valid = false;
		foreach ( $this->secrets as $secret ) {
			// Every secret is tried (no early exit) so timing does not reveal which one matched.
			if ( hash_equals( self::signature( $secret, $timestamp, $nonce, $method, $path, $body ), $signature ) ) {
				$valid = true;
			}
		}
		if ( ! $valid ) {
			return self::error( 'igny8_signature_invalid', __( 'The request signature is invalid.', 'igny8-bridge' ) );
		}

		// The timestamp window bounds how long a nonce must be remembered: 2 × WINDOW covers both skews.
		if ( ! $this->replay_cache->remember( $this->site_id . ':' . $nonce, 2 * self::WINDOW, $now ) ) {
			return self::error( 'igny8_nonce_replayed', __( 'The request nonce has already been used.', 'igny8-bridge' ) );
		}
		return true;
	}

	/**
	 * Verify a REST request against the stored connection. Used as a `permission_callback`.
	 *
	 * The signed path is the raw request URI (path plus query string exactly as sent), which is
	 * what the sender signs; WP_REST_Request only knows the route, not the URI.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public static function verify_rest_request( $request ) {
		$path = isset( $_SERVER['REQUEST_URI'] ) ? wp_unslash( $_SERVER['REQUEST_URI'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- compared byte for byte, never output.
		return self::from_options()->verify( $request->get_headers(), $request->get_method(), (string) $path, (string) $request->get_body() );
	}

	/**
	 * Lower-case, dash-separated names; first value of lists.
	 *
	 * @param array $headers Headers.
	 * @return array<string,string>
	 */
	private static function normalize_headers( array $headers ) {
		$out = array();
		foreach ( $headers as $name => $value ) {
			if ( is_array( $value ) ) {
				$value = count( $value ) ? reset( $value ) : '';
			}
			$out[ str_replace( '_', '-', strtolower( (string) $name ) ) ] = trim( (string) $value );
		}
		return $out;
	}

	/**
	 * A 401 error.
	 *
	 * @param string $code    Code.
	 * @param string $message Message.
	 */
	private static function error( $code, $message ) {
		return new WP_Error( $code, $message, array( 'status' => 401 ) );
	}
}
