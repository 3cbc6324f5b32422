<?php
/**
 * Settings → Igny8: API URL, connection code, status, test, rotate, disconnect.
 *
 * Every action is an admin-post handler guarded by a nonce and `manage_options`; results are shown
 * after a redirect (post/redirect/get) through a short-lived per-user transient.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page.
 */
final class Igny8_Settings {

	const PAGE       = 'igny8-bridge';
	const CAPABILITY = 'manage_options';

	const ACTION_CONNECT    = 'igny8_bridge_connect';
	const ACTION_TEST       = 'igny8_bridge_test';
	const ACTION_ROTATE     = 'igny8_bridge_rotate';
	const ACTION_DISCONNECT = 'igny8_bridge_disconnect';

	public function init() {
		add_action( 'admin_menu', array( $this, 'add_page' ) );
		add_action( 'admin_post_' . self::ACTION_CONNECT, array( $this, 'handle_connect' ) );
		add_action( 'admin_post_' . self::ACTION_TEST, array( $this, 'handle_test' ) );
		add_action( 'admin_post_' . self::ACTION_ROTATE, array( $this, 'handle_rotate' ) );
		add_action( 'admin_post_' . self::ACTION_DISCONNECT, array( $this, 'handle_disconnect' ) );
	}

	public function add_page() {
		add_options_page(
			__( 'Igny8', 'igny8-bridge' ),
			__( 'Igny8', 'igny8-bridge' ),
			self::CAPABILITY,
			self::PAGE,
			array( $this, 'render' )
		);
	}

	public function render() {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'You are not allowed to manage Igny8 settings.', 'igny8-bridge' ), 403 );
		}
		$connected = Igny8_Options::is_connected();
		$notice    = $this->take_notice();
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Igny8', 'igny8-bridge' ); ?></h1>

			<?php if ( $notice ) : ?>
				<div class="notice notice-<?php echo esc_attr( 'error' === $notice['type'] ? 'error' : 'success' ); ?> is-dismissible" id="igny8-notice">
					<p><?php echo esc_html( $notice['message'] ); ?></p>
				</div>
			<?php endif; ?>

			<h2><?php esc_html_e( 'Status', 'igny8-bridge' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Connection', 'igny8-bridge' ); ?></th>
					<td id="igny8-status">
						<?php if ( $connected ) : ?>
							<strong><?php esc_html_e( 'Connected', 'igny8-bridge' ); ?></strong>
							<?php
							$hint = Igny8_Options::secret_hint();
							if ( '' !== $hint ) {
								/* translators: %s: last four characters of the signing secret. */
								echo ' &middot; ' . esc_html( sprintf( __( 'secret ending in …%s', 'igny8-bridge' ), $hint ) );
							}
							?>
						<?php else : ?>
							<strong><?php esc_html_e( 'Not connected', 'igny8-bridge' ); ?></strong>
						<?php endif; ?>
					</td>
				</tr>
				<?php if ( $connected ) : ?>
					<tr>
						<th scope="row"><?php esc_html_e( 'Site ID', 'igny8-bridge' ); ?></th>
						<td><code><?php echo esc_html( Igny8_Options::site_id() ); ?></code></td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'API', 'igny8-bridge' ); ?></th>
						<td><code><?php echo esc_html( Igny8_Options::api_base_url() ); ?></code></td>
					</tr>
				<?php endif; ?>
			</table>

			<?php if ( $connected ) : ?>
				<p>
					<?php $this->action_button( self::ACTION_TEST, __( 'Test connection', 'igny8-bridge' ), 'secondary' ); ?>
					<?php $this->action_button( self::ACTION_ROTATE, __( 'Rotate secret', 'igny8-bridge' ), 'secondary', __( 'Rotate the signing secret? The old one keeps working for five minutes.', 'igny8-bridge' ) ); ?>
					<?php $this->action_button( self::ACTION_DISCONNECT, __( 'Disconnect', 'igny8-bridge' ), 'delete', __( 'Disconnect this site from Igny8?', 'igny8-bridge' ) ); ?>
				</p>
			<?php endif; ?>

			<h2><?php echo $connected ? esc_html__( 'Reconnect', 'igny8-bridge' ) : esc_html__( 'Connect', 'igny8-bridge' ); ?></h2>
			<p><?php esc_html_e( 'In Igny8, open the site’s WordPress integration, create a connection code and paste it here with the Igny8 API URL. The code can be used once.', 'igny8-bridge' ); ?></p>
			<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" id="igny8-connect-form">
				<input type="hidden" name="action" value="<?php echo esc_attr( self::ACTION_CONNECT ); ?>" />
				<?php wp_nonce_field( self::ACTION_CONNECT ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="igny8-api-url"><?php esc_html_e( 'Igny8 API URL', 'igny8-bridge' ); ?></label></th>
						<td><input type="url" class="regular-text code" id="igny8-api-url" name="igny8_api_url" required value="<?php echo esc_attr( Igny8_Options::api_url() ); ?>" placeholder="https://api.example.com" /></td>
					</tr>
					<tr>
						<th scope="row"><label for="igny8-connection-code"><?php esc_html_e( 'Connection code', 'igny8-bridge' ); ?></label></th>
						<td><input type="password" class="regular-text code" id="igny8-connection-code" name="igny8_connection_code" required autocomplete="off" placeholder="igny8_cc_…" /></td>
					</tr>
				</table>
				<?php submit_button( $connected ? __( 'Reconnect', 'igny8-bridge' ) : __( 'Connect', 'igny8-bridge' ), 'primary', 'submit', true, array( 'id' => 'igny8-connect' ) ); ?>
			</form>
		</div>
		<?php
	}

	public function handle_connect() {
		$this->guard( self::ACTION_CONNECT );
		$api_url = isset( $_POST['igny8_api_url'] ) ? untrailingslashit( esc_url_raw( trim( wp_unslash( $_POST['igny8_api_url'] ) ), array( 'http', 'https' ) ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- esc_url_raw sanitizes.
		$code    = isset( $_POST['igny8_connection_code'] ) ? trim( sanitize_text_field( wp_unslash( $_POST['igny8_connection_code'] ) ) ) : '';

		if ( '' === $api_url ) {
			$this->finish( 'error', __( 'Enter the Igny8 API URL (http:// or https://).', 'igny8-bridge' ) );
		}
		update_option( Igny8_Options::API_URL, $api_url );
		if ( ! preg_match( '/^igny8_cc_[A-Za-z0-9_-]{8,200}$/', $code ) ) {
			$this->finish( 'error', __( 'That does not look like an Igny8 connection code (igny8_cc_…).', 'igny8-bridge' ) );
		}

		$data = ( new Igny8_Api_Client( $api_url ) )->connect( $code );
		if ( is_wp_error( $data ) ) {
			$this->finish( 'error', $data->get_error_message() );
		}
		$site_id  = isset( $data['site_id'] ) && is_string( $data['site_id'] ) ? $data['site_id'] : '';
		$secret   = isset( $data['secret'] ) && is_string( $data['secret'] ) ? $data['secret'] : '';
		$api_base = isset( $data['api_base_url'] ) && is_string( $data['api_base_url'] ) ? untrailingslashit( esc_url_raw( $data['api_base_url'], array( 'http', 'https' ) ) ) : '';
		if ( '' === $site_id || strlen( $secret ) < 16 ) {
			$this->finish( 'error', __( 'The Igny8 API returned an incomplete connection.', 'igny8-bridge' ) );
		}
		Igny8_Options::save_connection( $site_id, $secret, '' !== $api_base ? $api_base : $api_url );
		$this->finish( 'success', __( 'Connected to Igny8.', 'igny8-bridge' ) );
	}

	public function handle_test() {
		$this->guard( self::ACTION_TEST );
		$data = Igny8_Api_Client::from_options()->signed( 'GET', '/v1/integrations/wordpress/ping' );
		if ( is_wp_error( $data ) ) {
			/* translators: %s: error message. */
			$this->finish( 'error', sprintf( __( 'Connection test failed: %s', 'igny8-bridge' ), $data->get_error_message() ) );
		}
		$this->finish( 'success', __( 'Connection test succeeded: Igny8 accepted this site’s signature.', 'igny8-bridge' ) );
	}

	public function handle_rotate() {
		$this->guard( self::ACTION_ROTATE );
		$data = Igny8_Api_Client::from_options()->signed( 'POST', '/v1/integrations/wordpress/rotate', new stdClass() );
		if ( is_wp_error( $data ) ) {
			/* translators: %s: error message. */
			$this->finish( 'error', sprintf( __( 'Could not rotate the secret: %s', 'igny8-bridge' ), $data->get_error_message() ) );
		}
		if ( empty( $data['secret'] ) || ! is_string( $data['secret'] ) || strlen( $data['secret'] ) < 16 ) {
			$this->finish( 'error', __( 'The Igny8 API returned no new secret.', 'igny8-bridge' ) );
		}
		Igny8_Options::rotate_secret( $data['secret'] );
		$this->finish( 'success', __( 'The signing secret was rotated. The previous one stays valid for five minutes.', 'igny8-bridge' ) );
	}

	public function handle_disconnect() {
		$this->guard( self::ACTION_DISCONNECT );
		// Best effort: the site forgets its secret whether or not the API hears about it.
		if ( Igny8_Options::is_connected() ) {
			Igny8_Api_Client::from_options()->signed( 'POST', '/v1/integrations/wordpress/disconnect', new stdClass() );
		}
		Igny8_Options::forget_connection();
		$this->finish( 'success', __( 'Disconnected from Igny8.', 'igny8-bridge' ) );
	}

	/**
	 * A one-button form posting to admin-post.php.
	 *
	 * @param string $action  Action.
	 * @param string $label   Label.
	 * @param string $type    Button type.
	 * @param string $confirm Confirmation question, if any.
	 */
	private function action_button( $action, $label, $type, $confirm = '' ) {
		?>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" style="display:inline-block;margin-right:8px"<?php echo '' !== $confirm ? ' onsubmit="return window.confirm(' . esc_attr( wp_json_encode( $confirm ) ) . ');"' : ''; ?>>
			<input type="hidden" name="action" value="<?php echo esc_attr( $action ); ?>" />
			<?php wp_nonce_field( $action ); ?>
			<?php submit_button( $label, $type, 'submit', false, array( 'id' => str_replace( '_', '-', $action ) ) ); ?>
		</form>
		<?php
	}

	/**
	 * Nonce + capability, or die.
	 *
	 * @param string $action Action (also the nonce action).
	 */
	private function guard( $action ) {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'You are not allowed to manage Igny8 settings.', 'igny8-bridge' ), 403 );
		}
		check_admin_referer( $action );
	}

	/**
	 * Store a notice for the current user and redirect back to the settings page.
	 *
	 * @param string $type    success|error.
	 * @param string $message Message (plain text; escaped on output).
	 */
	private function finish( $type, $message ) {
		set_transient(
			self::notice_key(),
			array(
				'type'    => $type,
				'message' => $message,
			),
			60
		);
		wp_safe_redirect( admin_url( 'options-general.php?page=' . self::PAGE ) );
		exit;
	}

	/** @return array|null */
	private function take_notice() {
		$notice = get_transient( self::notice_key() );
		if ( false === $notice ) {
			return null;
		}
		delete_transient( self::notice_key() );
		return is_array( $notice ) && isset( $notice['type'], $notice['message'] ) ? $notice : null;
	}

	private static function notice_key() {
		return Igny8_Options::TRANSIENT_PREFIX . 'notice_' . get_current_user_id();
	}
}
