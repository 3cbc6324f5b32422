<?php
/**
 * Replay cache for signed requests: a nonce is accepted once within its time window.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Remembers nonces for a while.
 */
interface Igny8_Replay_Cache {

	/**
	 * Record a nonce.
	 *
	 * @param string $nonce The nonce (already validated for format).
	 * @param int    $ttl   Seconds to remember it.
	 * @param int    $now   Current unix time.
	 * @return bool True when the nonce had not been seen (and is now recorded), false on a replay.
	 */
	public function remember( $nonce, $ttl, $now );
}

/**
 * Replay cache stored as one autoload-off row per nonce in the options table.
 *
 * The check-and-record is a single `INSERT IGNORE` against the unique `option_name` index, so two
 * concurrent requests carrying the same nonce cannot both succeed (a get_option()/add_option() pair
 * could). Expired rows are reused atomically and pruned as we go; uninstall.php removes the rest.
 */
final class Igny8_Replay_Cache_Options implements Igny8_Replay_Cache {

	/**
	 * {@inheritDoc}
	 *
	 * @param string $nonce Nonce.
	 * @param int    $ttl   TTL.
	 * @param int    $now   Now.
	 */
	public function remember( $nonce, $ttl, $now ) {
		global $wpdb;
		$name    = Igny8_Options::NONCE_PREFIX . hash( 'sha256', $nonce );
		$expires = (string) ( (int) $now + (int) $ttl );

		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- atomicity is the point; these rows are never cached.
		$wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s AND CAST(option_value AS UNSIGNED) < %d",
				$wpdb->esc_like( Igny8_Options::NONCE_PREFIX ) . '%',
				(int) $now
			)
		);
		$inserted = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')",
				$name,
				$expires
			)
		);
		// phpcs:enable
		return 1 === $inserted;
	}
}
