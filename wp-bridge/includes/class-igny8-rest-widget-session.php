<?php
/**
 * POST /wp-json/igny8/v1/widget-session — for the logged-in wp-admin user; mints a widget session.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Widget sessions, minted by the plugin with a signed call to `POST /v1/widget-sessions`.
 */
final class Igny8_Rest_Widget_Session {

	const REST_NAMESPACE = 'igny8/v1';

	/**
	 * Seconds to wait for the API when minting. The widget waits on this while the admin looks at it, and a healthy
	 * API answers in milliseconds, so a hanging one is reported after this long rather than PHP's usual 15 s.
	 */
	const MINT_TIMEOUT = 1.5;

	public function register_routes() {
		register_rest_route(
			self::REST_NAMESPACE,
			'/widget-session',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'create_session' ),
				'permission_callback' => array( $this, 'permission' ),
			)
		);
	}

	/** The capability needed to use the widget (and see its menu page). */
	public static function capability() {
		return (string) apply_filters( 'igny8_widget_capability', 'manage_options' );
	}

	/**
	 * Cookie-authenticated user + valid `wp_rest` nonce + capability.
	 *
	 * Core already drops cookie authentication when the nonce is missing, but the nonce is checked
	 * here again so that other authentication schemes (application passwords, …) cannot mint
	 * widget sessions: this route exists only for the browser.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function permission( $request ) {
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'igny8_not_logged_in', __( 'You must be logged in.', 'igny8-bridge' ), array( 'status' => 401 ) );
		}
		$nonce = (string) $request->get_header( 'X-WP-Nonce' );
		if ( '' === $nonce || ! wp_verify_nonce( $nonce, 'wp_rest' ) ) {
			return new WP_Error( 'igny8_invalid_nonce', __( 'The security token is missing or expired. Reload the page.', 'igny8-bridge' ), array( 'status' => 403 ) );
		}
		if ( ! current_user_can( self::capability() ) ) {
			return new WP_Error( 'igny8_forbidden', __( 'You are not allowed to use Igny8 on this site.', 'igny8-bridge' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_session( $request ) { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.Found
		$session = self::mint_for_user( wp_get_current_user() );
		if ( is_wp_error( $session ) ) {
			return $session;
		}
		$response = rest_ensure_response( $session );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * Ask the Igny8 API for a widget session for a WordPress user.
	 *
	 * @param WP_User $user User.
	 * @return array|WP_Error `{ token, expiresAt, siteId, role, features }`.
	 */
	public static function mint_for_user( $user ) {
		if ( ! Igny8_Options::is_connected() ) {
			return new WP_Error( 'igny8_not_connected', __( 'This site is not connected to Igny8 yet. Connect it under Settings → Igny8.', 'igny8-bridge' ), array( 'status' => 409 ) );
		}
		$data = Igny8_Api_Client::from_options()->signed(
			'POST',
			'/v1/widget-sessions',
			array(
				'site_id' => Igny8_Options::site_id(),
				'role'    => 'admin',
				'user'    => array(
					'id'    => (int) $user->ID,
					'name'  => $user->display_name,
					'email' => $user->user_email,
				),
			),
			self::MINT_TIMEOUT
		);
		if ( is_wp_error( $data ) ) {
			return $data;
		}
		if ( empty( $data['token'] ) || ! is_string( $data['token'] ) ) {
			return new WP_Error( 'igny8_api_bad_response', __( 'The Igny8 API returned no session token.', 'igny8-bridge' ), array( 'status' => 502 ) );
		}
		return array(
			'token'     => $data['token'],
			'expiresAt' => isset( $data['expires_at'] ) ? $data['expires_at'] : null,
			'siteId'    => isset( $data['site_id'] ) ? $data['site_id'] : Igny8_Options::site_id(),
			'role'      => isset( $data['role'] ) ? $data['role'] : 'admin',
			'features'  => isset( $data['features'] ) && is_array( $data['features'] ) ? $data['features'] : array(),
		);
	}
}
