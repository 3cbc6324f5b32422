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

	/** Every widget feature: what a session for a user who can manage the site's options asks for. */
	const ALL_FEATURES = array( 'overview', 'keywords', 'writer', 'automation', 'publishing', 'billing', 'settings' );

	/**
	 * What a session for this user asks `POST /v1/widget-sessions` for. A user who can manage options (an
	 * administrator) gets the `admin` role and every feature, billing and settings included; anyone else the widget
	 * capability lets in (see the `igny8_widget_capability` filter) gets the `editor` role and the API's default
	 * features (no list sent: overview, keywords, writer, automation, publishing).
	 *
	 * @param WP_User $user User.
	 * @return array `role` and, for administrators, `features`.
	 */
	public static function access_for( $user ) {
		if ( user_can( $user, 'manage_options' ) ) {
			$access = array(
				'role'     => 'admin',
				'features' => self::ALL_FEATURES,
			);
		} else {
			$access = array( 'role' => 'editor' );
		}
		/**
		 * Filters the role and features of a user's widget sessions.
		 *
		 * @param array   $access `role` (admin|editor|viewer) and optionally `features`.
		 * @param WP_User $user   The user.
		 */
		return (array) apply_filters( 'igny8_widget_session_access', $access, $user );
	}

	/**
	 * Ask the Igny8 API for a widget session for a WordPress user.
	 *
	 * @param WP_User $user User.
	 * @return array|WP_Error `{ token, expiresAt, siteId, role, features }`.
	 */
	public static function mint_for_user( $user ) {
		if ( ! Igny8_Options::is_connected() ) {
			return new WP_Error( 'igny8_not_connected', __( 'This site is not connected to Igny8 yet. Connect it under Igny8 → Settings.', 'igny8-bridge' ), array( 'status' => 409 ) );
		}
		$access = self::access_for( $user );
		$body   = array(
			'site_id' => Igny8_Options::site_id(),
			'role'    => isset( $access['role'] ) ? (string) $access['role'] : 'editor',
			'user'    => array(
				'id'    => (int) $user->ID,
				'name'  => $user->display_name,
				'email' => $user->user_email,
			),
		);
		if ( isset( $access['features'] ) && is_array( $access['features'] ) ) {
			$body['features'] = array_values( array_unique( array_map( 'strval', $access['features'] ) ) );
		}
		$data = Igny8_Api_Client::from_options()->signed( 'POST', '/v1/widget-sessions', $body, self::MINT_TIMEOUT );
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
			'role'      => isset( $data['role'] ) ? $data['role'] : $body['role'],
			'features'  => isset( $data['features'] ) && is_array( $data['features'] ) ? $data['features'] : array(),
		);
	}
}
