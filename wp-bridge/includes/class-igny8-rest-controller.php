<?php
/**
 * The base of the plugin's REST controllers: one namespace, signed requests, JSON errors and input checks in one place.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * One controller per resource extends this. Routes registered with signed_route() verify the Igny8 signature
 * (Igny8_Signer::verify_rest_request) before their callback runs.
 */
abstract class Igny8_Rest_Controller {

	const REST_NAMESPACE = 'igny8/v1';

	/** Register the controller's routes (called on `rest_api_init`). */
	abstract public function register_routes();

	/**
	 * Register a route that only a request signed with the site secret may call.
	 *
	 * @param string   $route    Route (regex) under the namespace, starting with a slash.
	 * @param string   $methods  WP_REST_Server::READABLE, CREATABLE…
	 * @param callable $callback Callback.
	 * @param array    $args     Extra arguments for register_rest_route().
	 */
	protected function signed_route( $route, $methods, $callback, array $args = array() ) {
		register_rest_route(
			self::REST_NAMESPACE,
			$route,
			array_merge(
				$args,
				array(
					'methods'             => $methods,
					'callback'            => $callback,
					'permission_callback' => array( __CLASS__, 'verify_signature' ),
				)
			)
		);
	}

	/**
	 * The `permission_callback` of every signed route.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public static function verify_signature( $request ) {
		return Igny8_Signer::verify_rest_request( $request );
	}

	/**
	 * A JSON error: `{ code, message, data: { status, … } }`.
	 *
	 * @param string $code    Machine-readable code (`igny8_…`).
	 * @param string $message Human-readable message (translated).
	 * @param int    $status  HTTP status.
	 * @param array  $data    Extra data.
	 * @return WP_Error
	 */
	public static function error( $code, $message, $status, array $data = array() ) {
		return new WP_Error( $code, $message, array_merge( $data, array( 'status' => (int) $status ) ) );
	}

	/**
	 * The request's JSON body as an array, or a 400 error when it is not a JSON object.
	 *
	 * @param WP_REST_Request $request    Request.
	 * @param string          $error_code Code of the error.
	 * @return array|WP_Error
	 */
	protected static function json_body( $request, $error_code ) {
		$decoded = json_decode( (string) $request->get_body(), true );
		if ( ! is_array( $decoded ) || ( array() !== $decoded && array_keys( $decoded ) === range( 0, count( $decoded ) - 1 ) ) ) {
			return self::error( $error_code, __( 'The request body must be a JSON object.', 'igny8-bridge' ), 400, array( 'field' => '' ) );
		}
		return $decoded;
	}

	/**
	 * A 400 error naming the field that is wrong.
	 *
	 * @param string $code  Code.
	 * @param string $field Field path (`seo.title`, `images[2].url`).
	 * @param string $why   What is wrong with it (translated).
	 * @return WP_Error
	 */
	public static function invalid( $code, $field, $why ) {
		return self::error(
			$code,
			/* translators: 1: field name, 2: what is wrong with it. */
			sprintf( __( 'Invalid field "%1$s": %2$s', 'igny8-bridge' ), $field, $why ),
			400,
			array( 'field' => $field )
		);
	}
}
