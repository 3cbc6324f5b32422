<?php
/**
 * The top-level "Igny8" wp-admin page that hosts the bundled widget.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * The Igny8 menu's first page, and the widget on it. The widget ships inside the plugin as ES modules
 * (assets/widget/igny8-widget.js, the entry, and assets/widget/chunks/*.js, which the entry imports relative to its
 * own URL as each screen first opens), with the build-generated assets/widget/igny8-widget.asset.php (a version
 * hashed over all of them); nothing is ever loaded from a remote host.
 */
final class Igny8_Admin_Page {

	const SLUG          = 'igny8';
	const WIDGET_HANDLE = 'igny8-widget';
	const GLUE_HANDLE   = 'igny8-bridge-admin';

	/** Where the widget's build lives in the plugin. */
	const WIDGET_DIR = 'assets/widget/';

	/** The widget's screens, for `&route=` (a link straight to one, e.g. admin.php?page=igny8&route=writer). */
	const ROUTES = array( 'overview', 'planner', 'writer', 'automation', 'publishing', 'billing', 'settings' );

	/** @var string */
	private $hook_suffix = '';

	/** @var string[] URLs for `<link rel="modulepreload">` on this page view (see preload_urls()). */
	private $preload = array();

	public function init() {
		add_action( 'admin_menu', array( $this, 'add_page' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
	}

	/**
	 * One top-level "Igny8" menu: the widget (its first item, named "Dashboard" as WordPress names the first page of
	 * a menu) and, added by Igny8_Settings, Settings.
	 */
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
		add_submenu_page(
			self::SLUG,
			__( 'Igny8', 'igny8-bridge' ),
			__( 'Dashboard', 'igny8-bridge' ),
			Igny8_Rest_Widget_Session::capability(),
			self::SLUG,
			array( $this, 'render' )
		);
	}

	/** Path of the bundled widget's entry, or '' when the plugin was built without it. */
	public static function widget_bundle_path() {
		$path = IGNY8_BRIDGE_DIR . self::WIDGET_DIR . 'igny8-widget.js';
		return is_readable( $path ) ? $path : '';
	}

	/**
	 * The widget's entry and the glue are ES modules; WordPress 6.1 has no wp_enqueue_script_module(), so they are
	 * enqueued as scripts and their tags get `type="module"` here (only the handle's own tag: the inline
	 * configuration printed before the glue stays a classic script, which runs first). Module scripts run in document
	 * order once the page is parsed, so the glue finds the widget the entry set up.
	 *
	 * @param string $tag    The `<script>` tag(s) WordPress prints for the handle.
	 * @param string $handle Script handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( self::WIDGET_HANDLE !== $handle && self::GLUE_HANDLE !== $handle ) {
			return $tag;
		}
		// The handle's own tag is the one with id="<handle>-js" (the inline ones are -js-before / -js-after).
		return (string) preg_replace_callback(
			'/<script\b([^>]*\sid=(["\'])' . preg_quote( $handle, '/' ) . '-js\2[^>]*)>/',
			function ( $match ) {
				$attributes = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $match[1] );
				return '<script type="module"' . $attributes . '>';
			},
			$tag,
			1
		);
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
		$asset_file = IGNY8_BRIDGE_DIR . self::WIDGET_DIR . 'igny8-widget.asset.php';
		$asset      = is_readable( $asset_file ) ? include $asset_file : array();
		$deps       = isset( $asset['dependencies'] ) && is_array( $asset['dependencies'] ) ? $asset['dependencies'] : array();
		$version    = isset( $asset['version'] ) ? (string) $asset['version'] : IGNY8_BRIDGE_VERSION;

		$entry = IGNY8_BRIDGE_URL . self::WIDGET_DIR . 'igny8-widget.js';
		wp_enqueue_script( self::WIDGET_HANDLE, $entry, $deps, $version, true );
		wp_enqueue_script( self::GLUE_HANDLE, IGNY8_BRIDGE_URL . 'assets/igny8-admin.js', array( self::WIDGET_HANDLE ), IGNY8_BRIDGE_VERSION, true );
		$config = self::config();
		wp_add_inline_script( self::GLUE_HANDLE, 'window.igny8Bridge = ' . wp_json_encode( $config ) . ';', 'before' );
		$preload       = isset( $asset['preload'] ) && is_array( $asset['preload'] ) ? $asset['preload'] : array();
		$this->preload = array_merge(
			array( add_query_arg( 'ver', $version, $entry ) ),
			self::preload_urls( $preload, $config['initialRoute'] ? $config['initialRoute'] : 'overview', $config['locale'] )
		);
		add_action( 'admin_print_scripts', array( $this, 'print_preloads' ) );
		add_action( 'admin_print_scripts', array( __CLASS__, 'print_session_prefetch' ) );
	}

	/**
	 * The modules the first screen needs, for `<link rel="modulepreload">`: the entry's static imports, the screen's
	 * chunk (with what it imports beyond the entry) and its catalogue in the user's language (with the shell's, but for
	 * English, whose shell strings are in the entry). The widget would otherwise fetch the entry's imports only once
	 * the entry arrived, and the screen's only once its session came; preloaded, they are fetched and compiled while
	 * the session is minted. `$preload` is the build's map (igny8-widget.asset.php).
	 *
	 * @param array  $preload `imports`, `screens` (route => files), `catalogues` (language => namespace => files).
	 * @param string $route   The screen the widget opens first.
	 * @param string $locale  The user's locale (BCP 47).
	 * @return string[] Absolute URLs, each once.
	 */
	public static function preload_urls( array $preload, $route, $locale ) {
		$language   = strtolower( (string) strtok( (string) $locale, '-' ) );
		$catalogues = isset( $preload['catalogues'] ) && is_array( $preload['catalogues'] ) ? $preload['catalogues'] : array();
		if ( ! isset( $catalogues[ $language ] ) ) {
			$language = 'en'; // The widget shows English for a language it has no catalogue of.
		}
		$files = isset( $preload['imports'] ) && is_array( $preload['imports'] ) ? $preload['imports'] : array();
		$lists = array(
			isset( $preload['screens'][ $route ] ) ? $preload['screens'][ $route ] : array(),
			'en' !== $language && isset( $catalogues[ $language ]['core'] ) ? $catalogues[ $language ]['core'] : array(),
			// Each screen's catalogue namespace is its route.
			isset( $catalogues[ $language ][ $route ] ) ? $catalogues[ $language ][ $route ] : array(),
		);
		foreach ( $lists as $list ) {
			$files = array_merge( $files, is_array( $list ) ? $list : array() );
		}
		$urls = array();
		foreach ( array_unique( $files ) as $file ) {
			if ( is_string( $file ) && preg_match( '#^chunks/[\w-]+\.js$#', $file ) ) {
				$urls[] = IGNY8_BRIDGE_URL . self::WIDGET_DIR . $file;
			}
		}
		return $urls;
	}

	/** `<link rel="modulepreload">` for what the first screen needs, in the page's <head>. */
	public function print_preloads() {
		foreach ( $this->preload as $url ) {
			echo '<link rel="modulepreload" href="' . esc_url( $url ) . '" />' . "\n";
		}
	}

	/**
	 * The first widget session, asked for from the page's <head>: the browser mints it while WordPress is still
	 * rendering the rest of the page and while the widget's modules load, instead of after both. The glue takes this
	 * answer for the first session (and asks again itself on "Try again" and for renewals). A rejection is caught
	 * here so that a page whose glue never runs logs nothing; the glue still sees it.
	 */
	public static function print_session_prefetch() {
		$request = array(
			'method'      => 'POST',
			'credentials' => 'same-origin',
			'headers'     => array(
				'X-WP-Nonce' => wp_create_nonce( 'wp_rest' ),
				'Accept'     => 'application/json',
			),
		);
		wp_print_inline_script_tag(
			'window.igny8BridgeFirstSession = fetch(' . wp_json_encode( rest_url( 'igny8/v1/widget-session' ) ) . ', ' . wp_json_encode( $request ) . ');'
			. 'window.igny8BridgeFirstSession.catch(function () {});',
			array( 'id' => 'igny8-session-prefetch' )
		);
	}

	/**
	 * What the glue hands the widget: where the API is, how to get sessions, and the user's wp-admin — locale, text
	 * direction and admin colour scheme (as theme tokens).
	 *
	 * @return array
	 */
	public static function config() {
		$user_id = get_current_user_id();
		$scheme  = (string) get_user_option( 'admin_color', $user_id );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which screen to open, nothing is changed.
		$route = isset( $_GET['route'] ) ? sanitize_key( wp_unslash( $_GET['route'] ) ) : '';
		return array(
			'apiBaseUrl'   => Igny8_Options::api_base_url(),
			'siteId'       => Igny8_Options::site_id(),
			'sessionUrl'   => rest_url( 'igny8/v1/widget-session' ),
			'restNonce'    => wp_create_nonce( 'wp_rest' ),
			'widgetUrl'    => IGNY8_BRIDGE_URL . self::WIDGET_DIR . 'igny8-widget.js',
			'locale'       => Igny8_Admin_Theme::bcp47( get_user_locale() ), // BCP 47, as the widget expects.
			'rtl'          => is_rtl(),
			'colorScheme'  => '' !== $scheme ? $scheme : 'fresh',
			/**
			 * Filters the widget's theme tokens (primary, onPrimary, background, surface, text, mutedText, border,
			 * danger, success, fontFamily, fontSize, radius, spacing; mode light|dark) on the Igny8 page.
			 *
			 * @param array  $tokens From the user's admin colour scheme (Igny8_Admin_Theme::tokens()).
			 * @param string $scheme The user's admin colour scheme.
			 */
			'theme'        => (array) apply_filters( 'igny8_widget_theme', Igny8_Admin_Theme::tokens( $scheme ), $scheme ),
			'brand'        => self::brand(),
			'initialRoute' => in_array( $route, self::ROUTES, true ) ? $route : null,
			'settingsUrl'  => Igny8_Settings::url(),
			// The widget's own strings as translated in this plugin's text domain (only those that differ from English).
			'messages'     => self::widget_messages(),
			'i18n'         => array(
				'retry'         => __( 'Try again', 'igny8-bridge' ),
				'settings'      => __( 'Igny8 settings', 'igny8-bridge' ),
				'failed'        => __( 'Igny8 could not be started.', 'igny8-bridge' ),
				'unreachable'   => __( 'WordPress did not answer while starting Igny8. Check your connection and try again.', 'igny8-bridge' ),
				'bundleMissing' => __( 'The Igny8 widget did not load. Reload the page; if it keeps happening, reinstall the plugin.', 'igny8-bridge' ),
			),
		);
	}

	/**
	 * The widget's brand in wp-admin: the page's own heading is its title (as on every wp-admin page, where notices
	 * go under it), so the widget shows none, nor a "Powered by Igny8" line under a page already called Igny8.
	 *
	 * @return array
	 */
	public static function brand() {
		/**
		 * Filters the widget's brand on the Igny8 page (name, hideTitle, terms, planName, upgradeUrl, supportUrl,
		 * hidePoweredBy, logoUrl), e.g. for an agency that sells Igny8 under its own name.
		 *
		 * @param array $brand The plugin's defaults.
		 */
		$brand = (array) apply_filters(
			'igny8_widget_brand',
			array(
				'name'          => __( 'Igny8', 'igny8-bridge' ),
				'hideTitle'     => true,
				'hidePoweredBy' => true,
			)
		);
		$brand['name'] = isset( $brand['name'] ) && is_string( $brand['name'] ) && '' !== $brand['name'] ? $brand['name'] : __( 'Igny8', 'igny8-bridge' );
		return $brand;
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
		$settings_url = Igny8_Settings::url() . '#igny8-connect-form';
		?>
		<div class="wrap">
			<h1 class="wp-heading-inline"><?php echo esc_html( self::brand()['name'] ); ?></h1>
			<hr class="wp-header-end" />
			<?php if ( '' === self::widget_bundle_path() ) : ?>
				<div class="notice notice-error" id="igny8-widget-missing">
					<p><?php esc_html_e( 'The Igny8 widget is missing from this copy of the plugin (assets/widget/igny8-widget.js and its chunks). Rebuild the plugin zip after building the widget, then reinstall it.', 'igny8-bridge' ); ?></p>
				</div>
			<?php elseif ( ! Igny8_Options::is_connected() ) : ?>
				<div class="notice notice-warning" id="igny8-not-connected">
					<p>
						<?php esc_html_e( 'This site is not connected to Igny8 yet.', 'igny8-bridge' ); ?>
						<a href="<?php echo esc_url( $settings_url ); ?>"><?php esc_html_e( 'Connect it in Igny8 → Settings.', 'igny8-bridge' ); ?></a>
					</p>
				</div>
			<?php endif; ?>
			<div id="igny8-admin"></div>
		</div>
		<?php
	}
}
