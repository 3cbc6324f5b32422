<?php
/**
 * Calls from WordPress to the Igny8 API.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * A thin client over wp_remote_request(): JSON in and out, signed with the site secret, the API's
 * `{ error: { code, message } }` envelope turned into WP_Error.
 */
final class Igny8_Api_Client {

	/** Seconds to wait for the API, by default. */
	const TIMEOUT = 15;

	/** @var string */
	private $base_url;

	/**
	 * @param string $base_url API base URL without trailing slash (e.g. http://127.0.0.1:3000).
	 */
	public function __construct( $base_url ) {
		$this->base_url = untrailingslashit( (string) $base_url );
	}

	/** A client for the stored API base URL. */
	public static function from_options() {
		return new self( Igny8_Options::api_base_url() );
	}

	/**
	 * Exchange a one-time connection code for the site's id and secret (the only unsigned call).
	 *
	 * @param string $code Connection code (`igny8_cc_…`).
	 * @return array|WP_Error The `data` object: site_id, secret, api_base_url.
	 */
	public function connect( $code ) {
		return $this->request(
			'POST',
			'/v1/integrations/wordpress/connect',
			array(
				'code'           => $code,
				'site_url'       => home_url(),
				// Where Igny8 calls this site (`?rest_route=` with plain permalinks) and where the widget runs.
				'rest_url'       => rest_url(),
				'admin_url'      => admin_url(),
				'wp_version'     => get_bloginfo( 'version' ),
				'plugin_version' => IGNY8_BRIDGE_VERSION,
			),
			false
		);
	}

	/**
	 * A signed request with the stored connection.
	 *
	 * @param string     $method  HTTP method.
	 * @param string     $path    Path under the base URL, starting with `/v1/`.
	 * @param array|null $body    JSON body, or null for an operation that takes none (nothing is sent, not `{}`).
	 * @param float      $timeout Seconds to wait for the answer.
	 * @return array|WP_Error The `data` object of the response.
	 */
	public function signed( $method, $path, $body = null, $timeout = self::TIMEOUT ) {
		if ( ! Igny8_Options::is_connected() ) {
			return new WP_Error( 'igny8_not_connected', __( 'This site is not connected to Igny8.', 'igny8-bridge' ), array( 'status' => 409 ) );
		}
		return $this->request( $method, $path, $body, true, $timeout );
	}

	/**
	 * @param string     $method HTTP method.
	 * @param string     $path   Path under the base URL.
	 * @param array|null $body   JSON body or null.
	 * @param bool       $sign    Whether to sign.
	 * @param float      $timeout Seconds to wait.
	 * @return array|WP_Error
	 */
	private function request( $method, $path, $body, $sign, $timeout = self::TIMEOUT ) {
		if ( ! preg_match( '#^https?://[^/]+#i', $this->base_url ) ) {
			return new WP_Error( 'igny8_no_api_url', __( 'The Igny8 API URL is not set.', 'igny8-bridge' ), array( 'status' => 409 ) );
		}
		$url     = $this->base_url . $path;
		$raw     = null === $body ? '' : wp_json_encode( $body );
		$headers = array( 'Accept' => 'application/json' );
		if ( null !== $body ) {
			$headers['Content-Type'] = 'application/json';
		}
		if ( $sign ) {
			// Sign the path exactly as it goes on the wire, including any prefix in the base URL.
			$parts       = wp_parse_url( $url );
			$signed_path = ( isset( $parts['path'] ) ? $parts['path'] : '/' ) . ( isset( $parts['query'] ) ? '?' . $parts['query'] : '' );
			$headers     = array_merge( $headers, Igny8_Signer::sign_headers( Igny8_Options::site_id(), Igny8_Options::current_secret(), $method, $signed_path, $raw ) );
		}

		$response = wp_remote_request(
			$url,
			array(
				'method'      => strtoupper( $method ),
				'timeout'     => max( 0.5, (float) $timeout ),
				'redirection' => 0,
				'headers'     => $headers,
				'body'        => null === $body ? null : $raw,
				'user-agent'  => 'Igny8Bridge/' . IGNY8_BRIDGE_VERSION . '; WordPress/' . get_bloginfo( 'version' ),
			)
		);
		if ( is_wp_error( $response ) ) {
			return self::transport_error( $response, $this->base_url, $timeout );
		}

		$status  = (int) wp_remote_retrieve_response_code( $response );
		$decoded = json_decode( (string) wp_remote_retrieve_body( $response ), true );
		if ( $status >= 200 && $status < 300 ) {
			if ( 204 === $status ) {
				return array();
			}
			if ( is_array( $decoded ) && isset( $decoded['data'] ) && is_array( $decoded['data'] ) ) {
				return $decoded['data'];
			}
			return new WP_Error( 'igny8_api_bad_response', __( 'The Igny8 API returned an unexpected response.', 'igny8-bridge' ), array( 'status' => 502 ) );
		}

		$code    = 'igny8_api_error';
		$message = sprintf(
			/* translators: %d: HTTP status code. */
			__( 'The Igny8 API answered with HTTP %d.', 'igny8-bridge' ),
			$status
		);
		if ( is_array( $decoded ) && isset( $decoded['error'] ) && is_array( $decoded['error'] ) ) {
			if ( ! empty( $decoded['error']['code'] ) && is_string( $decoded['error']['code'] ) ) {
				$code = 'igny8_api_' . strtolower( preg_replace( '/[^A-Za-z0-9_]/', '_', $decoded['error']['code'] ) );
			}
			if ( ! empty( $decoded['error']['message'] ) && is_string( $decoded['error']['message'] ) ) {
				$message = $decoded['error']['message'];
			}
		}
		// 502: the failure is upstream; passing a 401 through would read as "you are logged out".
		// The message is the API's own: it says why (a code refused, a site not connected…).
		return new WP_Error(
			$code,
			$message,
			array(
				'status'          => 502,
				'upstream_status' => $status,
			)
		);
	}

	/**
	 * A transport failure in words an admin can act on. The transport's own text (cURL error numbers, host names
	 * resolved, bytes received) is not shown: it says nothing more to them, and the timeout says it better.
	 *
	 * @param WP_Error $error    From wp_remote_request().
	 * @param string   $base_url API base URL.
	 * @param float    $timeout  Seconds waited.
	 * @return WP_Error
	 */
	private static function transport_error( $error, $base_url, $timeout ) {
		$detail = strtolower( $error->get_error_message() );
		if ( false !== strpos( $detail, 'timed out' ) || false !== strpos( $detail, 'curl error 28' ) ) {
			return new WP_Error(
				'igny8_api_timeout',
				/* translators: 1: API URL, 2: seconds. */
				sprintf( __( 'The Igny8 API at %1$s did not answer within %2$s seconds. It may be down or overloaded; try again in a moment.', 'igny8-bridge' ), $base_url, number_format_i18n( $timeout, floor( $timeout ) == $timeout ? 0 : 1 ) ),
				array( 'status' => 504 )
			);
		}
		return new WP_Error(
			'igny8_api_unreachable',
			/* translators: %s: API URL. */
			sprintf( __( 'Could not reach the Igny8 API at %s. Check that it is running and that the API URL in Igny8 → Settings is right.', 'igny8-bridge' ), $base_url ),
			array( 'status' => 502 )
		);
	}
}
