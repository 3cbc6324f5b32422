<?php
/**
 * Wires the plugin's pieces to WordPress hooks.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Plugin bootstrap.
 */
final class Igny8_Plugin {

	/** @var Igny8_Plugin|null */
	private static $instance = null;

	public static function instance() {
		if ( null === self::$instance ) {
			self::$instance = new self();
		}
		return self::$instance;
	}

	public function init() {
		add_action( 'init', array( $this, 'load_textdomain' ) );
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
		add_action( 'wp_head', array( 'Igny8_Seo', 'print_json_ld' ) );
		Igny8_Event_Queue::init();
		Igny8_Post_Events::init();
		if ( is_admin() ) {
			( new Igny8_Posts_Column() )->init();
			( new Igny8_Settings() )->init();
			( new Igny8_Admin_Page() )->init();
			( new Igny8_Connect_Notice() )->init();
			add_filter( 'plugin_action_links_' . plugin_basename( IGNY8_BRIDGE_FILE ), array( $this, 'action_links' ) );
		}
	}

	/** Activation: the event queue's cron event, and the "connect this site" notice until it is connected. */
	public static function activate() {
		Igny8_Event_Queue::schedule();
		Igny8_Connect_Notice::activate();
	}

	public function load_textdomain() {
		load_plugin_textdomain( 'igny8-bridge', false, dirname( plugin_basename( IGNY8_BRIDGE_FILE ) ) . '/languages' );
	}

	public function register_routes() {
		( new Igny8_Rest_Health() )->register_routes();
		( new Igny8_Rest_Site() )->register_routes();
		( new Igny8_Rest_Widget_Session() )->register_routes();
		( new Igny8_Rest_Posts() )->register_routes();
	}

	/**
	 * @param string[] $links Links.
	 * @return string[]
	 */
	public function action_links( $links ) {
		array_unshift(
			$links,
			'<a href="' . esc_url( Igny8_Settings::url() ) . '">' . esc_html__( 'Settings', 'igny8-bridge' ) . '</a>'
		);
		return $links;
	}
}
