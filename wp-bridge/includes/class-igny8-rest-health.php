<?php
/**
 * GET /wp-json/igny8/v1/health — signed.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Health check for the Igny8 server.
 */
final class Igny8_Rest_Health {

	const REST_NAMESPACE = 'igny8/v1';

	public function register_routes() {
		register_rest_route(
			self::REST_NAMESPACE,
			'/health',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_health' ),
				'permission_callback' => array( 'Igny8_Signer', 'verify_rest_request' ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_health( $request ) { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.Found
		return rest_ensure_response(
			array(
				'status'         => 'ok',
				'plugin_version' => IGNY8_BRIDGE_VERSION,
				'wp_version'     => get_bloginfo( 'version' ),
			)
		);
	}
}
