<?php
/**
 * Removes everything the plugin stored: options, replay-cache rows, transients, the event queue and its cron event,
 * and the plugin's post meta. The posts Igny8 published stay: they are the site owner's.
 *
 * @package Igny8_Bridge
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/class-igny8-options.php';
require_once __DIR__ . '/includes/class-igny8-post-meta.php';
require_once __DIR__ . '/includes/class-igny8-event-queue.php';
require_once __DIR__ . '/includes/class-igny8-post-lock.php';

/**
 * Delete this site's data.
 */
function igny8_bridge_uninstall_site() {
	global $wpdb;
	foreach ( array_merge( Igny8_Options::all(), Igny8_Event_Queue::options() ) as $option ) {
		delete_option( $option );
	}
	Igny8_Event_Queue::unschedule();
	// Who dismissed the "connect this site" notice (Igny8_Connect_Notice::DISMISSED).
	delete_metadata( 'user', 0, 'igny8_bridge_connect_notice_dismissed', '', true );
	foreach ( Igny8_Post_Meta::all() as $meta_key ) {
		delete_post_meta_by_key( $meta_key );
	}
	// phpcs:disable WordPress.DB.DirectDatabaseQuery -- bulk delete of our own prefixed rows.
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( Igny8_Options::NONCE_PREFIX ) . '%',
			$wpdb->esc_like( Igny8_Post_Lock::PREFIX ) . '%',
			$wpdb->esc_like( '_transient_' . Igny8_Options::TRANSIENT_PREFIX ) . '%',
			$wpdb->esc_like( '_transient_timeout_' . Igny8_Options::TRANSIENT_PREFIX ) . '%'
		)
	);
	// phpcs:enable
	wp_cache_flush();
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $igny8_blog_id ) {
		switch_to_blog( $igny8_blog_id );
		igny8_bridge_uninstall_site();
		restore_current_blog();
	}
} else {
	igny8_bridge_uninstall_site();
}
