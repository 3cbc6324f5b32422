<?php
/**
 * A per-content lock, so two upserts of one Igny8 content cannot write at once (two posts, or images twice).
 *
 * One autoload-off row per held lock in the options table, taken with a single `INSERT IGNORE` against the unique
 * `option_name` index (as the replay cache does); its value is the unix time it expires at, so a lock left behind by
 * a PHP process that died is taken over once expired, atomically, by an `UPDATE … WHERE value < now`.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Acquire / release by content id.
 */
final class Igny8_Post_Lock {

	/** Prefix of the lock rows (uninstall removes what a crash left). */
	const PREFIX = 'igny8_bridge_lock_';

	/** Seconds a lock is held at most: longer than a publish with images takes. */
	const TTL = 300;

	/**
	 * Take the lock of a content.
	 *
	 * @param string   $content_id Content id (uuid).
	 * @param int|null $now        Unix time (for tests).
	 * @return string|false A token for release(), or false when someone else holds it.
	 */
	public static function acquire( $content_id, $now = null ) {
		global $wpdb;
		$now   = null === $now ? time() : (int) $now;
		$name  = self::PREFIX . $content_id;
		$value = (string) ( $now + self::TTL );

		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- atomicity is the point; these rows are never cached.
		$inserted = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')",
				$name,
				$value
			)
		);
		if ( 1 !== $inserted ) {
			// Held: take it over only when it has expired.
			$inserted = $wpdb->query(
				$wpdb->prepare(
					"UPDATE {$wpdb->options} SET option_value = %s WHERE option_name = %s AND CAST(option_value AS UNSIGNED) < %d",
					$value,
					$name,
					$now
				)
			);
		}
		// phpcs:enable
		return 1 === $inserted ? $value : false;
	}

	/**
	 * Release a lock taken with acquire() (only if it is still ours).
	 *
	 * @param string $content_id Content id.
	 * @param string $token      acquire()'s answer.
	 */
	public static function release( $content_id, $token ) {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- see acquire().
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s AND option_value = %s", self::PREFIX . $content_id, $token ) );
	}
}
