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
final class Igny8_Rest_Health extends Igny8_Rest_Controller {

	public function register_routes() {
		$this->signed_route( '/health', WP_REST_Server::READABLE, array( $this, 'get_health' ) );
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
