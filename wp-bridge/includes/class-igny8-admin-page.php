<?php
/**
 * The top-level "Igny8" wp-admin page that hosts the bundled widget.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Menu page + widget enqueue. The widget bundle ships inside the plugin (assets/igny8-widget.js,
 * with the build-generated assets/igny8-widget.asset.php); nothing is ever loaded from a remote host.
 */
final class Igny8_Admin_Page {

	const SLUG          = 'igny8';
	const WIDGET_HANDLE = 'igny8-widget';
	const GLUE_HANDLE   = 'igny8-bridge-admin';

	/** @var string */
	private $hook_suffix = '';

	public function init() {
		add_action( 'admin_menu', array( $this, 'add_page' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	public function add_page() {
		$this->hook_suffix = (string) add_menu_page(
			__( 'Igny8', 'igny8-bridge' ),
			__( 'Igny8', 'igny8-bridge' ),
			Igny8_Rest_Widget_Session::capability(),
			self::SLUG,
			array( $this, 'render' ),
			'dashicons-edit-page',
			58
		);
	}

	/** Path of the bundled widget, or '' when the plugin was built without it. */
	public static function widget_bundle_path() {
		$path = IGNY8_BRIDGE_DIR . 'assets/igny8-widget.js';
		return is_readable( $path ) ? $path : '';
	}

	/**
	 * The widget and its glue, on the Igny8 page of a connected site. Nothing waits on the Igny8 API here: the page
	 * renders at once and the browser asks this site's REST route for the widget session, so an API that is down or
	 * hanging costs the admin a notice, not a blank wp-admin. Before the site is connected nothing is loaded (the page
	 * says how to connect).
	 *
	 * @param string $hook_suffix Current admin page.
	 */
	public function enqueue( $hook_suffix ) {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix || '' === self::widget_bundle_path() ) {
			return;
		}
		if ( ! Igny8_Options::is_connected() || ! current_user_can( Igny8_Rest_Widget_Session::capability() ) ) {
			return;
		}
		$asset_file = IGNY8_BRIDGE_DIR . 'assets/igny8-widget.asset.php';
		$asset      = is_readable( $asset_file ) ? include $asset_file : array();
		$deps       = isset( $asset['dependencies'] ) && is_array( $asset['dependencies'] ) ? $asset['dependencies'] : array();
		$version    = isset( $asset['version'] ) ? (string) $asset['version'] : IGNY8_BRIDGE_VERSION;

		wp_enqueue_script( self::WIDGET_HANDLE, IGNY8_BRIDGE_URL . 'assets/igny8-widget.js', $deps, $version, true );
		wp_enqueue_script( self::GLUE_HANDLE, IGNY8_BRIDGE_URL . 'assets/igny8-admin.js', array( self::WIDGET_HANDLE ), IGNY8_BRIDGE_VERSION, true );

		$config = array(
			'apiBaseUrl'  => Igny8_Options::api_base_url(),
			'siteId'      => Igny8_Options::site_id(),
			'sessionUrl'  => rest_url( 'igny8/v1/widget-session' ),
			'restNonce'   => wp_create_nonce( 'wp_rest' ),
			'locale'      => str_replace( '_', '-', get_user_locale() ), // BCP 47, as the widget expects.
			'rtl'         => is_rtl(),
			'settingsUrl' => admin_url( 'options-general.php?page=' . Igny8_Settings::PAGE ),
			// The widget's own strings as translated in this plugin's text domain (only those that differ from English).
			'messages'    => self::widget_messages(),
			'i18n'        => array(
				'retry'         => __( 'Try again', 'igny8-bridge' ),
				'settings'      => __( 'Igny8 settings', 'igny8-bridge' ),
				'failed'        => __( 'Igny8 could not be started.', 'igny8-bridge' ),
				'unreachable'   => __( 'WordPress did not answer while starting Igny8. Check your connection and try again.', 'igny8-bridge' ),
				'bundleMissing' => __( 'The Igny8 widget did not load. Reload the page; if it keeps happening, reinstall the plugin.', 'igny8-bridge' ),
			),
		);
		wp_add_inline_script( self::GLUE_HANDLE, 'window.igny8Bridge = ' . wp_json_encode( $config ) . ';', 'before' );
	}

	/**
	 * The widget's strings translated for the current user's locale: message key => text, for the keys whose
	 * translation differs from English. The keys and English come from languages/widget-strings.php (generated with
	 * the .pot by scripts/wordpress/make-pot.mjs); each is translated with its key as gettext context.
	 *
	 * @return object Key => text (an object, so that none encodes as `{}`).
	 */
	public static function widget_messages() {
		$file     = IGNY8_BRIDGE_DIR . 'languages/widget-strings.php';
		$strings  = is_readable( $file ) ? include $file : array();
		$messages = array();
		foreach ( is_array( $strings ) ? $strings : array() as $key => $english ) {
			// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText, WordPress.WP.I18n.NonSingularStringLiteralContext -- the widget's catalogue, listed in the .pot by make-pot.mjs.
			$translated = translate_with_gettext_context( (string) $english, (string) $key, 'igny8-bridge' );
			if ( is_string( $translated ) && '' !== $translated && $translated !== $english ) {
				$messages[ (string) $key ] = $translated;
			}
		}
		return (object) $messages;
	}

	public function render() {
		if ( ! current_user_can( Igny8_Rest_Widget_Session::capability() ) ) {
			wp_die( esc_html__( 'You are not allowed to use Igny8 on this site.', 'igny8-bridge' ), 403 );
		}
		$settings_url = admin_url( 'options-general.php?page=' . Igny8_Settings::PAGE );
		?>
		<div class="wrap">
			<?php if ( '' === self::widget_bundle_path() ) : ?>
				<div class="notice notice-error" id="igny8-widget-missing">
					<p><?php esc_html_e( 'The Igny8 widget is missing from this copy of the plugin (assets/igny8-widget.js). Rebuild the plugin zip after building the widget, then reinstall it.', 'igny8-bridge' ); ?></p>
				</div>
			<?php elseif ( ! Igny8_Options::is_connected() ) : ?>
				<div class="notice notice-warning" id="igny8-not-connected">
					<p>
						<?php esc_html_e( 'This site is not connected to Igny8 yet.', 'igny8-bridge' ); ?>
						<a href="<?php echo esc_url( $settings_url ); ?>"><?php esc_html_e( 'Connect it in Settings → Igny8.', 'igny8-bridge' ); ?></a>
					</p>
				</div>
			<?php endif; ?>
			<div id="igny8-admin"></div>
		</div>
		<?php
	}
}
