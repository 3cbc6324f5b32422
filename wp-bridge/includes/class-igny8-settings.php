<?php
/**
 * Igny8 → Settings: API URL, connection code, status, test, rotate, disconnect.
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

	const SCRIPT_HANDLE = 'igny8-bridge-settings';

	/** @var string */
	private $hook_suffix = '';

	/** @var array|null The notice of the last action, taken once per page view. */
	private $notice = null;

	public function init() {
		// After the Igny8 menu itself (Igny8_Admin_Page::add_page), so that the widget page stays its first item.
		add_action( 'admin_menu', array( $this, 'add_page' ), 20 );
		add_action( 'admin_menu', array( $this, 'redirect_old_url' ), 1 );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
		add_action( 'admin_post_' . self::ACTION_CONNECT, array( $this, 'handle_connect' ) );
		add_action( 'admin_post_' . self::ACTION_TEST, array( $this, 'handle_test' ) );
		add_action( 'admin_post_' . self::ACTION_ROTATE, array( $this, 'handle_rotate' ) );
		add_action( 'admin_post_' . self::ACTION_DISCONNECT, array( $this, 'handle_disconnect' ) );
	}

	/** The settings page: Igny8 → Settings. */
	public static function url() {
		return admin_url( 'admin.php?page=' . self::PAGE );
	}

	public function add_page() {
		$this->hook_suffix = (string) add_submenu_page(
			Igny8_Admin_Page::SLUG,
			__( 'Igny8 settings', 'igny8-bridge' ),
			__( 'Settings', 'igny8-bridge' ),
			self::CAPABILITY,
			self::PAGE,
			array( $this, 'render' )
		);
	}

	/**
	 * The page lived under Settings → Igny8 (options-general.php?page=igny8-bridge) before it moved into the Igny8
	 * menu: bookmarks and links from older copies of the docs land on it still.
	 */
	public function redirect_old_url() {
		global $pagenow;
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a redirect, nothing is changed.
		if ( 'options-general.php' === $pagenow && isset( $_GET['page'] ) && self::PAGE === $_GET['page'] ) {
			wp_safe_redirect( self::url(), 301 );
			exit;
		}
	}

	/**
	 * After a successful "Test connection", the page checks from the browser what the widget needs: a session from
	 * this site's REST route, then the Igny8 API reached with it from this origin (CORS included).
	 *
	 * @param string $hook_suffix Current admin page.
	 */
	public function enqueue( $hook_suffix ) {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix || ! current_user_can( self::CAPABILITY ) ) {
			return;
		}
		$notice = $this->notice();
		if ( ! $notice || empty( $notice['check_widget'] ) || ! Igny8_Options::is_connected() ) {
			return;
		}
		wp_enqueue_script( self::SCRIPT_HANDLE, IGNY8_BRIDGE_URL . 'assets/igny8-settings.js', array(), IGNY8_BRIDGE_VERSION, true );
		$config = array(
			'apiBaseUrl' => Igny8_Options::api_base_url(),
			'sessionUrl' => rest_url( 'igny8/v1/widget-session' ),
			'restNonce'  => wp_create_nonce( 'wp_rest' ),
			'i18n'       => array(
				/* translators: %s: Igny8 API URL. */
				'ok'            => __( 'The widget can reach Igny8 at %s from this browser.', 'igny8-bridge' ),
				/* translators: 1: Igny8 API URL, 2: this page's origin. */
				'blocked'       => __( 'The widget cannot reach Igny8 at %1$s from this browser: the address is unreachable from here, or Igny8 does not allow %2$s. Reconnect the site to record this address.', 'igny8-bridge' ),
				/* translators: %s: reason. */
				'refused'       => __( 'The widget cannot use Igny8 from this browser: %s', 'igny8-bridge' ),
				'sessionFailed' => __( 'This site could not start a widget session.', 'igny8-bridge' ),
			),
		);
		wp_add_inline_script( self::SCRIPT_HANDLE, 'window.igny8BridgeSettings = ' . wp_json_encode( $config ) . ';', 'before' );
	}

	public function render() {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'You are not allowed to manage Igny8 settings.', 'igny8-bridge' ), 403 );
		}
		$connected = Igny8_Options::is_connected();
		$notice    = $this->notice();
		$types     = array(
			'error'   => 'error',
			'warning' => 'warning',
		);
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Igny8 settings', 'igny8-bridge' ); ?></h1>

			<?php if ( $notice ) : ?>
				<div class="notice notice-<?php echo esc_attr( isset( $types[ $notice['type'] ] ) ? $types[ $notice['type'] ] : 'success' ); ?> is-dismissible" id="igny8-notice" data-type="<?php echo esc_attr( $notice['type'] ); ?>">
					<p><?php echo esc_html( $notice['message'] ); ?></p>
				</div>
				<?php if ( ! empty( $notice['check_widget'] ) && $connected ) : ?>
					<div class="notice notice-info" id="igny8-widget-check" data-state="checking" role="status">
						<p><?php esc_html_e( 'Checking that the widget can reach Igny8 from this browser…', 'igny8-bridge' ); ?></p>
					</div>
				<?php endif; ?>
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
				<?php $this->render_events_row(); ?>
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

	/**
	 * One row on the post events on their way to Igny8: how many wait, how many were dropped, the last error.
	 */
	private function render_events_row() {
		$status = Igny8_Event_Queue::status();
		$parts  = array(
			sprintf(
				/* translators: %s: number of events waiting to be sent. */
				_n( '%s event waiting to be sent', '%s events waiting to be sent', $status['queued'], 'igny8-bridge' ),
				number_format_i18n( $status['queued'] )
			),
		);
		if ( $status['dropped'] > 0 ) {
			$parts[] = sprintf(
				/* translators: %s: number of events dropped because the queue was full. */
				_n( '%s dropped (queue full)', '%s dropped (queue full)', $status['dropped'], 'igny8-bridge' ),
				number_format_i18n( $status['dropped'] )
			);
		}
		if ( $status['queued'] > 0 && null !== $status['next_attempt'] ) {
			$parts[] = sprintf(
				/* translators: %s: date and time of the next attempt. */
				__( 'next attempt %s', 'igny8-bridge' ),
				wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $status['next_attempt'] )
			);
		}
		?>
		<tr>
			<th scope="row"><?php esc_html_e( 'Post events', 'igny8-bridge' ); ?></th>
			<td id="igny8-events" data-queued="<?php echo esc_attr( (string) $status['queued'] ); ?>" data-dropped="<?php echo esc_attr( (string) $status['dropped'] ); ?>">
				<?php echo esc_html( implode( ' · ', $parts ) ); ?>
				<?php if ( $status['last_error'] ) : ?>
					<br /><span id="igny8-events-error">
					<?php
					echo esc_html(
						sprintf(
							/* translators: 1: date and time, 2: error message. */
							__( 'Last error (%1$s): %2$s', 'igny8-bridge' ),
							wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) $status['last_error']['at'] ),
							(string) $status['last_error']['message']
						)
					);
					?>
					</span>
				<?php endif; ?>
			</td>
		</tr>
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

	/**
	 * Igny8 must accept this site's signature, and grant the widget this wp-admin's origin; the page then checks
	 * from the browser that the widget reaches the API (see enqueue()).
	 */
	public function handle_test() {
		$this->guard( self::ACTION_TEST );
		$data = Igny8_Api_Client::from_options()->signed( 'GET', '/v1/integrations/wordpress/ping' );
		if ( is_wp_error( $data ) ) {
			/* translators: %s: error message. */
			$this->finish( 'error', sprintf( __( 'Connection test failed: %s', 'igny8-bridge' ), $data->get_error_message() ) );
		}
		$granted = isset( $data['widget_origin'] ) && is_string( $data['widget_origin'] ) ? $data['widget_origin'] : '';
		$here    = Igny8_Options::origin_of( admin_url() );
		if ( $granted !== $here ) {
			$this->finish(
				'error',
				sprintf(
					/* translators: 1: origin Igny8 allows, 2: this wp-admin's origin. */
					__( 'Igny8 accepted this site’s signature, but it allows the widget on %1$s while wp-admin is on %2$s, so the widget cannot reach Igny8 from here. Connect again with a new code to record this address.', 'igny8-bridge' ),
					'' !== $granted ? $granted : __( 'no address', 'igny8-bridge' ),
					$here
				),
				true
			);
		}
		$this->finish( 'success', __( 'Connection test succeeded: Igny8 accepted this site’s signature and allows the widget on this address.', 'igny8-bridge' ), true );
	}

	public function handle_rotate() {
		$this->guard( self::ACTION_ROTATE );
		// Rotate and disconnect take no body: nothing is sent (the signature covers the empty body).
		$data = Igny8_Api_Client::from_options()->signed( 'POST', '/v1/integrations/wordpress/rotate' );
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
		// The site forgets its secret whether or not Igny8 hears about it, but the admin is told when it did not.
		$told = Igny8_Options::is_connected() ? Igny8_Api_Client::from_options()->signed( 'POST', '/v1/integrations/wordpress/disconnect' ) : true;
		Igny8_Options::forget_connection();
		if ( is_wp_error( $told ) ) {
			$this->finish(
				'warning',
				/* translators: %s: error message. */
				sprintf( __( 'This site forgot its Igny8 connection, but Igny8 could not be told (%s). Disconnect the site in Igny8 as well.', 'igny8-bridge' ), $told->get_error_message() )
			);
		}
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
	 * @param string $type         success|warning|error.
	 * @param string $message      Message (plain text; escaped on output).
	 * @param bool   $check_widget Whether the page then checks the widget's path from the browser.
	 */
	private function finish( $type, $message, $check_widget = false ) {
		set_transient(
			self::notice_key(),
			array(
				'type'         => $type,
				'message'      => $message,
				'check_widget' => (bool) $check_widget,
			),
			60
		);
		wp_safe_redirect( self::url() );
		exit;
	}

	/**
	 * The notice of the last action: read (and removed) once, then kept for the rest of this page view, which
	 * needs it both when enqueueing scripts and when rendering.
	 *
	 * @return array|null
	 */
	private function notice() {
		if ( null === $this->notice ) {
			$notice = get_transient( self::notice_key() );
			if ( false !== $notice ) {
				delete_transient( self::notice_key() );
			}
			$this->notice = is_array( $notice ) && isset( $notice['type'], $notice['message'] ) ? $notice : array();
		}
		return $this->notice ? $this->notice : null;
	}

	private static function notice_key() {
		return Igny8_Options::TRANSIENT_PREFIX . 'notice_' . get_current_user_id();
	}
}
