<?php
/**
 * The notice after activation: "connect this site", leading to the connect form on Igny8 → Settings.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shown on every wp-admin screen, from activation until the site is connected, to users who can manage options
 * (they are the ones who can connect it) and have not dismissed it — dismissal is per user (user meta), by the
 * notice's × (remembered in the background) or its "Dismiss" link (which works without JavaScript). Not shown on
 * the plugin's own pages, which say the same in their own words.
 */
final class Igny8_Connect_Notice {

	const ACTION      = 'igny8_bridge_dismiss_connect_notice';
	const DISMISSED   = 'igny8_bridge_connect_notice_dismissed';
	const NOTICE_ID   = 'igny8-connect-notice';
	const SCRIPT_HOOK = 'common';
	const CAPABILITY  = 'manage_options';

	public function init() {
		add_action( 'admin_notices', array( $this, 'render' ) );
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle_dismiss' ) );
	}

	/** At activation: the notice shows until the site is connected. */
	public static function activate() {
		if ( ! Igny8_Options::is_connected() ) {
			update_option( Igny8_Options::CONNECT_NOTICE, time(), false );
		}
	}

	/** Whether the current user sees the notice on this screen. */
	public static function visible() {
		if ( false === get_option( Igny8_Options::CONNECT_NOTICE, false ) ) {
			return false;
		}
		if ( Igny8_Options::is_connected() ) {
			delete_option( Igny8_Options::CONNECT_NOTICE );
			return false;
		}
		if ( ! current_user_can( self::CAPABILITY ) || get_user_meta( get_current_user_id(), self::DISMISSED, true ) ) {
			return false;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which page this is, nothing is changed.
		$page = isset( $_GET['page'] ) ? sanitize_key( wp_unslash( $_GET['page'] ) ) : '';
		return ! in_array( $page, array( Igny8_Admin_Page::SLUG, Igny8_Settings::PAGE ), true );
	}

	public function render() {
		if ( ! self::visible() ) {
			return;
		}
		$dismiss = wp_nonce_url( admin_url( 'admin-post.php?action=' . self::ACTION ), self::ACTION );
		?>
		<div class="notice notice-info is-dismissible" id="<?php echo esc_attr( self::NOTICE_ID ); ?>" data-dismiss-url="<?php echo esc_url( $dismiss ); ?>">
			<p><strong><?php esc_html_e( 'Igny8 is active. Connect this site to Igny8 to plan, write and publish from wp-admin.', 'igny8-bridge' ); ?></strong></p>
			<p>
				<a class="button button-primary" href="<?php echo esc_url( Igny8_Settings::url() . '#igny8-connect-form' ); ?>"><?php esc_html_e( 'Connect this site', 'igny8-bridge' ); ?></a>
				<a class="igny8-connect-notice-dismiss" href="<?php echo esc_url( $dismiss ); ?>" style="margin-inline-start:12px"><?php esc_html_e( 'Dismiss', 'igny8-bridge' ); ?></a>
			</p>
		</div>
		<?php
		// WordPress's own × (common.js) only hides the notice: remember it too, without leaving the page.
		wp_add_inline_script(
			self::SCRIPT_HOOK,
			'document.addEventListener("click",function(e){var n=e.target.closest&&e.target.closest("#' . self::NOTICE_ID . ' .notice-dismiss");if(n){fetch(n.parentNode.getAttribute("data-dismiss-url"),{credentials:"same-origin",redirect:"manual"});}});'
		);
	}

	/** The "Dismiss" link (and the × in the background): remembered for this user, then back where they were. */
	public function handle_dismiss() {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'You are not allowed to manage Igny8 settings.', 'igny8-bridge' ), 403 );
		}
		check_admin_referer( self::ACTION );
		update_user_meta( get_current_user_id(), self::DISMISSED, time() );
		$back = wp_get_referer();
		wp_safe_redirect( $back ? $back : admin_url() );
		exit;
	}
}
