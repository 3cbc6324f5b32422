<?php
/**
 * The queue of post events on their way from WordPress to Igny8, and its delivery.
 *
 * Events (see Igny8_Post_Events) are kept in one autoload-off option, oldest first, capped at CAP (the oldest are
 * dropped when it is full, and counted). They are sent, signed, in batches of BATCH to the Igny8 API at the end of
 * the request that caused them, and retried with back-off by a WP-cron event and on admin page loads when a send
 * failed. The server dedupes by event id, so an event sent twice does no harm; a lock keeps two requests from
 * sending the same batch at once anyway.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Storage and delivery of post events.
 */
final class Igny8_Event_Queue {

	/** The queued events, oldest first (autoload off). */
	const OPTION = 'igny8_bridge_event_queue';

	/** How many events were dropped because the queue was full. */
	const DROPPED_OPTION = 'igny8_bridge_events_dropped';

	/** The last delivery error: array( message, at, kind: retry|dropped ). */
	const LAST_ERROR_OPTION = 'igny8_bridge_events_last_error';

	/** The back-off state after failed sends: array( failures, next_at ). */
	const RETRY_OPTION = 'igny8_bridge_events_retry';

	/** The lock row held while a flush sends (its value: the unix time it expires). */
	const FLUSH_LOCK = 'igny8_bridge_events_flush_lock';

	/** The lock row held while the queue option is read and written. */
	const WRITE_LOCK = 'igny8_bridge_events_write_lock';

	/** WP-cron hook that retries the queue. */
	const CRON_HOOK = 'igny8_bridge_flush_events';

	/** Custom WP-cron schedule: every five minutes. */
	const CRON_SCHEDULE = 'igny8_bridge_five_minutes';

	/** Transient (under Igny8_Options::TRANSIENT_PREFIX) that limits the admin_init flush to once a minute. */
	const ADMIN_TICK_TRANSIENT = 'igny8_bridge_events_admin_tick';

	/** The API route the events go to. */
	const PATH = '/v1/integrations/wordpress/events';

	/** At most this many events are kept. */
	const CAP = 500;

	/** At most this many events per request to the API. */
	const BATCH = 50;

	/** Longest wait between retries, in minutes. */
	const MAX_BACKOFF_MINUTES = 60;

	/** Seconds to wait for the API per batch. */
	const TIMEOUT = 10;

	/** Seconds a flush lock is honoured (a crashed flush frees it after this). */
	const FLUSH_LOCK_TTL = 120;

	/** Seconds a flush waits for another request's flush to finish before leaving the queue to it. */
	const FLUSH_LOCK_WAIT = 5.0;

	/** @var bool Whether a flush is already scheduled at this request's shutdown. */
	private static $shutdown_scheduled = false;

	/**
	 * All option names, for uninstall.
	 *
	 * @return string[]
	 */
	public static function options() {
		return array( self::OPTION, self::DROPPED_OPTION, self::LAST_ERROR_OPTION, self::RETRY_OPTION, self::FLUSH_LOCK, self::WRITE_LOCK );
	}

	/** Hooks: the cron schedule and event, the admin page flush. */
	public static function init() {
		add_filter( 'cron_schedules', array( __CLASS__, 'cron_schedules' ) ); // phpcs:ignore WordPress.WP.CronInterval.ChangeDetected -- five minutes.
		add_action( self::CRON_HOOK, array( __CLASS__, 'flush_from_cron' ) );
		add_action( 'init', array( __CLASS__, 'schedule' ) );
		add_action( 'admin_init', array( __CLASS__, 'maybe_flush_from_admin' ) );
	}

	/**
	 * @param array $schedules WP-cron schedules.
	 * @return array
	 */
	public static function cron_schedules( $schedules ) {
		$schedules[ self::CRON_SCHEDULE ] = array(
			'interval' => 5 * MINUTE_IN_SECONDS,
			'display'  => __( 'Every five minutes (Igny8 events)', 'igny8-bridge' ),
		);
		return $schedules;
	}

	/** Makes sure the retry event is scheduled (on activation and on init). */
	public static function schedule() {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + 5 * MINUTE_IN_SECONDS, self::CRON_SCHEDULE, self::CRON_HOOK );
		}
	}

	/** Removes the retry event (on deactivation and uninstall). */
	public static function unschedule() {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/** WP-cron: retry, respecting the back-off. */
	public static function flush_from_cron() {
		self::flush();
	}

	/** An admin page load with events waiting: send them at the end of the request, at most once a minute. */
	public static function maybe_flush_from_admin() {
		if ( self::$shutdown_scheduled ) {
			return;
		}
		if ( 0 === count( self::events() ) || false !== get_transient( self::ADMIN_TICK_TRANSIENT ) ) {
			return;
		}
		set_transient( self::ADMIN_TICK_TRANSIENT, 1, MINUTE_IN_SECONDS );
		self::flush_at_shutdown();
	}

	/**
	 * Adds an event to the queue (dropping the oldest when it is full) and sends the queue at the end of this request.
	 *
	 * @param array $event Event (see Igny8_Post_Events::event()).
	 * @return bool Whether it was stored.
	 */
	public static function push( array $event ) {
		if ( ! self::lock( self::WRITE_LOCK, 10, 3.0 ) ) {
			return false;
		}
		$result = self::append( self::events(), $event, self::CAP );
		self::write( $result['queue'] );
		self::unlock( self::WRITE_LOCK );
		if ( $result['dropped'] > 0 ) {
			update_option( self::DROPPED_OPTION, (int) get_option( self::DROPPED_OPTION, 0 ) + $result['dropped'], false );
		}
		self::flush_at_shutdown();
		return true;
	}

	/**
	 * The queue with an event appended, capped: the oldest events go first.
	 *
	 * @param array $queue Events, oldest first.
	 * @param array $event New event.
	 * @param int   $cap   Most events kept.
	 * @return array{queue: array, dropped: int}
	 */
	public static function append( array $queue, array $event, $cap ) {
		$queue[] = $event;
		$dropped = max( 0, count( $queue ) - max( 1, (int) $cap ) );
		return array(
			'queue'   => $dropped > 0 ? array_values( array_slice( $queue, $dropped ) ) : array_values( $queue ),
			'dropped' => $dropped,
		);
	}

	/**
	 * The events in the queue, oldest first, read from the database (not from a cache another request may have
	 * outdated).
	 *
	 * @return array[]
	 */
	public static function events() {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the fresh value is the point.
		$raw    = $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", self::OPTION ) );
		$events = null === $raw ? array() : maybe_unserialize( $raw );
		return is_array( $events ) ? array_values( array_filter( $events, 'is_array' ) ) : array();
	}

	/**
	 * Ids of the posts with events still queued.
	 *
	 * @return int[]
	 */
	public static function pending_post_ids() {
		$ids = array();
		foreach ( self::events() as $event ) {
			if ( isset( $event['post_id'] ) ) {
				$ids[ (int) $event['post_id'] ] = true;
			}
		}
		return array_keys( $ids );
	}

	/**
	 * What the settings page shows: queued, dropped, the last error and the next retry. No secrets.
	 *
	 * @return array{queued: int, dropped: int, last_error: array|null, next_attempt: int|null}
	 */
	public static function status() {
		$error = get_option( self::LAST_ERROR_OPTION, null );
		$retry = get_option( self::RETRY_OPTION, null );
		return array(
			'queued'       => count( self::events() ),
			'dropped'      => (int) get_option( self::DROPPED_OPTION, 0 ),
			'last_error'   => is_array( $error ) && isset( $error['message'] ) ? $error : null,
			'next_attempt' => is_array( $retry ) && isset( $retry['next_at'] ) ? (int) $retry['next_at'] : null,
		);
	}

	/** Sends the queue once this request is over (after the response went out, where PHP can tell so). */
	public static function flush_at_shutdown() {
		if ( self::$shutdown_scheduled ) {
			return;
		}
		self::$shutdown_scheduled = true;
		add_action( 'shutdown', array( __CLASS__, 'shutdown' ), 1000 );
	}

	/** The shutdown hook: let the visitor go, then send. */
	public static function shutdown() {
		if ( function_exists( 'fastcgi_finish_request' ) ) {
			fastcgi_finish_request();
		}
		self::flush();
	}

	/**
	 * Minutes to wait after the n-th failed send in a row: 1, 2, 4 … at most MAX_BACKOFF_MINUTES.
	 *
	 * @param int $failures Failed sends in a row (1 or more).
	 */
	public static function backoff_minutes( $failures ) {
		$failures = max( 1, (int) $failures );
		return $failures > 7 ? self::MAX_BACKOFF_MINUTES : min( self::MAX_BACKOFF_MINUTES, 2 ** ( $failures - 1 ) );
	}

	/**
	 * The queue cut in batches of at most $size, in order.
	 *
	 * @param array $events Events.
	 * @param int   $size   Batch size.
	 * @return array[]
	 */
	public static function batches( array $events, $size = self::BATCH ) {
		return array_chunk( array_values( $events ), max( 1, (int) $size ) );
	}

	/**
	 * What the answer to a batch means: `delivered` (any 2xx), `dropped` (a 4xx the same batch would get again:
	 * anything but 401, 408, 409 and 429) or `retry` (everything else: 401/408/409/429, 5xx, no answer).
	 *
	 * @param array|WP_Error $result What Igny8_Api_Client::signed() returned.
	 */
	public static function classify( $result ) {
		if ( ! is_wp_error( $result ) ) {
			return 'delivered';
		}
		// A 2xx whose body is not the API's envelope was still received.
		if ( 'igny8_api_bad_response' === $result->get_error_code() ) {
			return 'delivered';
		}
		$data   = $result->get_error_data();
		$status = is_array( $data ) && isset( $data['upstream_status'] ) ? (int) $data['upstream_status'] : 0;
		if ( $status >= 200 && $status < 300 ) {
			return 'delivered';
		}
		if ( $status >= 400 && $status < 500 && ! in_array( $status, array( 401, 408, 409, 429 ), true ) ) {
			return 'dropped';
		}
		return 'retry';
	}

	/**
	 * Sends the queued events, oldest first, in batches, until the queue is empty or a batch fails.
	 *
	 * @param bool          $force  Ignore the back-off (tests; the cron and page loads respect it).
	 * @param callable|null $sender Sends one batch: receives the events, returns what signed() would (tests).
	 * @return array{result: string, sent: int, dropped: int, remaining: int, batches: int}
	 *               result: empty|not_connected|waiting|locked|delivered|retry|dropped.
	 */
	public static function flush( $force = false, $sender = null ) {
		$once  = 'again' === $force;
		$force = $once ? true : $force;
		$summary = array(
			'result'    => 'empty',
			'sent'      => 0,
			'dropped'   => 0,
			'remaining' => 0,
			'batches'   => 0,
		);
		$queue   = self::events();
		if ( ! $queue ) {
			return $summary;
		}
		$summary['remaining'] = count( $queue );
		if ( null === $sender && ! Igny8_Options::is_connected() ) {
			$summary['result'] = 'not_connected';
			return $summary;
		}
		$retry = get_option( self::RETRY_OPTION, null );
		if ( ! $force && is_array( $retry ) && isset( $retry['next_at'] ) && (int) $retry['next_at'] > time() ) {
			$summary['result'] = 'waiting';
			return $summary;
		}
		// Another request is sending: wait a moment for it (it may have read the queue before this request's event).
		if ( ! self::lock( self::FLUSH_LOCK, self::FLUSH_LOCK_TTL, self::FLUSH_LOCK_WAIT ) ) {
			$summary['result'] = 'locked';
			return $summary;
		}
		if ( null === $sender ) {
			$sender = array( __CLASS__, 'send' );
		}

		$summary['result'] = 'delivered';
		// Read again under the lock: another request may have sent part of it meanwhile.
		$queue = self::events();
		while ( $queue ) {
			$batch  = array_slice( $queue, 0, self::BATCH );
			$result = call_user_func( $sender, $batch );
			$kind   = self::classify( $result );
			++$summary['batches'];
			if ( 'retry' === $kind ) {
				$failures = ( is_array( $retry ) && isset( $retry['failures'] ) ? (int) $retry['failures'] : 0 ) + 1;
				$retry    = array(
					'failures' => $failures,
					'next_at'  => time() + self::backoff_minutes( $failures ) * MINUTE_IN_SECONDS,
				);
				update_option( self::RETRY_OPTION, $retry, false );
				self::record_error( 'retry', self::describe( $result ) );
				$summary['result'] = 'retry';
				break;
			}
			$queue = self::remove( wp_list_pluck( $batch, 'id' ) );
			if ( 'dropped' === $kind ) {
				$summary['dropped'] += count( $batch );
				$summary['result']   = 'dropped';
				self::record_error(
					'dropped',
					sprintf(
						/* translators: 1: number of events, 2: the reason the Igny8 API gave. */
						_n( '%1$d event was refused by Igny8 and dropped: %2$s', '%1$d events were refused by Igny8 and dropped: %2$s', count( $batch ), 'igny8-bridge' ),
						count( $batch ),
						self::describe( $result )
					)
				);
			} else {
				$summary['sent'] += count( $batch );
			}
			if ( is_array( $retry ) ) {
				delete_option( self::RETRY_OPTION );
				$retry = null;
				$error = get_option( self::LAST_ERROR_OPTION, null );
				if ( is_array( $error ) && isset( $error['kind'] ) && 'retry' === $error['kind'] ) {
					delete_option( self::LAST_ERROR_OPTION );
				}
			}
		}
		self::unlock( self::FLUSH_LOCK );
		$summary['remaining'] = count( self::events() );
		// An event queued by a request that found the lock held while this one sent its last batch: sent now, once
		// more (a request that queues one after this check takes the lock itself).
		if ( $summary['remaining'] > 0 && 'retry' !== $summary['result'] && ! $once ) {
			$again = self::flush( 'again', $sender );
			$summary['sent']     += $again['sent'];
			$summary['dropped']  += $again['dropped'];
			$summary['batches']  += $again['batches'];
			$summary['remaining'] = $again['remaining'];
		}
		return $summary;
	}

	/**
	 * One batch to the API, signed.
	 *
	 * @param array[] $batch Events.
	 * @return array|WP_Error
	 */
	public static function send( array $batch ) {
		return Igny8_Api_Client::from_options()->signed( 'POST', self::PATH, array( 'events' => array_values( $batch ) ), self::TIMEOUT );
	}

	/**
	 * Removes the events with these ids from the stored queue (under the write lock) and returns what is left.
	 *
	 * @param string[] $ids Event ids.
	 * @return array[]
	 */
	private static function remove( array $ids ) {
		$gone   = array_flip( array_map( 'strval', $ids ) );
		$locked = self::lock( self::WRITE_LOCK, 10, 3.0 );
		$left   = array();
		foreach ( self::events() as $event ) {
			if ( ! isset( $event['id'] ) || ! isset( $gone[ (string) $event['id'] ] ) ) {
				$left[] = $event;
			}
		}
		if ( $locked ) {
			self::write( $left );
			self::unlock( self::WRITE_LOCK );
		}
		// Without the write lock the events stay stored and are sent again later: the server dedupes them.
		return $left;
	}

	/**
	 * @param array[] $queue Events to store.
	 */
	private static function write( array $queue ) {
		wp_cache_delete( self::OPTION, 'options' );
		if ( ! $queue ) {
			delete_option( self::OPTION );
			return;
		}
		if ( ! update_option( self::OPTION, array_values( $queue ), false ) && false === get_option( self::OPTION, false ) ) {
			add_option( self::OPTION, array_values( $queue ), '', 'no' );
		}
	}

	/**
	 * @param string $kind    retry|dropped.
	 * @param string $message Plain text (escaped where shown).
	 */
	private static function record_error( $kind, $message ) {
		update_option(
			self::LAST_ERROR_OPTION,
			array(
				'kind'    => $kind,
				'message' => $message,
				'at'      => time(),
			),
			false
		);
	}

	/**
	 * An error in one line: the API's HTTP status and message, or the transport's explanation.
	 *
	 * @param array|WP_Error $result Result.
	 */
	private static function describe( $result ) {
		if ( ! is_wp_error( $result ) ) {
			return '';
		}
		$data   = $result->get_error_data();
		$status = is_array( $data ) && isset( $data['upstream_status'] ) ? (int) $data['upstream_status'] : 0;
		return ( $status ? 'HTTP ' . $status . ': ' : '' ) . $result->get_error_message();
	}

	/**
	 * Takes a lock: one `INSERT IGNORE` against the options table's unique name, so only one request gets it; an
	 * expired lock is cleared first. Waits up to $wait seconds for it.
	 *
	 * @param string $name Lock option name.
	 * @param int    $ttl  Seconds the lock is honoured.
	 * @param float  $wait Seconds to wait for it.
	 */
	private static function lock( $name, $ttl, $wait = 0.0 ) {
		global $wpdb;
		$until = microtime( true ) + (float) $wait;
		do {
			$now = time();
			// phpcs:disable WordPress.DB.DirectDatabaseQuery -- atomicity is the point; these rows are never cached.
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s AND CAST(option_value AS UNSIGNED) < %d", $name, $now ) );
			$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')", $name, (string) ( $now + (int) $ttl ) ) );
			// phpcs:enable
			if ( 1 === $inserted ) {
				return true;
			}
			if ( microtime( true ) >= $until ) {
				return false;
			}
			usleep( 50000 );
		} while ( true );
	}

	/**
	 * @param string $name Lock option name.
	 */
	private static function unlock( $name ) {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s", $name ) );
		wp_cache_delete( $name, 'options' );
	}
}
