<?php
/**
 * Checks of the post event queue (cap, drop-oldest, back-off, batches, answers, lock) and of edit detection, with
 * the in-memory options of stubs.php. Included by run.php when no WordPress is loaded.
 *
 * @package Igny8_Bridge
 */

// phpcs:disable WordPress.PHP.DevelopmentFunctions

/**
 * An event for post $n.
 *
 * @param int $n Post id.
 */
function igny8_test_event( $n ) {
	return array(
		'id'      => 'evt-' . $n,
		'type'    => 'post.edited',
		'post_id' => $n,
	);
}

/** Empties the in-memory options. */
function igny8_test_reset() {
	$GLOBALS['igny8_test_options'] = array();
}

/**
 * An error as Igny8_Api_Client returns for an HTTP answer.
 *
 * @param int $status HTTP status.
 */
function igny8_test_http_error( $status ) {
	return new WP_Error(
		'igny8_api_error',
		"answered {$status}",
		array(
			'status'          => 502,
			'upstream_status' => $status,
		)
	);
}

// Cap and drop-oldest.
$r = Igny8_Event_Queue::append( array( igny8_test_event( 1 ), igny8_test_event( 2 ), igny8_test_event( 3 ) ), igny8_test_event( 4 ), 3 );
igny8_check( 'a full queue drops its oldest event to take a new one', array( 2, 3, 4 ) === array_column( $r['queue'], 'post_id' ) && 1 === $r['dropped'] );
$r = Igny8_Event_Queue::append( array(), igny8_test_event( 1 ), 3 );
igny8_check( 'a queue with room drops nothing', 1 === count( $r['queue'] ) && 0 === $r['dropped'] );

igny8_test_reset();
for ( $i = 1; $i <= Igny8_Event_Queue::CAP + 7; $i++ ) {
	Igny8_Event_Queue::push( igny8_test_event( $i ) );
}
$queued = Igny8_Event_Queue::events();
igny8_check( 'the stored queue holds at most 500 events', Igny8_Event_Queue::CAP === count( $queued ), (string) count( $queued ) );
igny8_check( 'the oldest events were the ones dropped, the order kept', 8 === $queued[0]['post_id'] && Igny8_Event_Queue::CAP + 7 === end( $queued )['post_id'] );
igny8_check( 'the drops are counted in an option', 7 === (int) get_option( Igny8_Event_Queue::DROPPED_OPTION ), (string) get_option( Igny8_Event_Queue::DROPPED_OPTION ) );
igny8_check( 'the settings page status says so', 500 === Igny8_Event_Queue::status()['queued'] && 7 === Igny8_Event_Queue::status()['dropped'] );
igny8_check( 'no lock row is left behind by a push', ! array_key_exists( Igny8_Event_Queue::WRITE_LOCK, $GLOBALS['igny8_test_options'] ) );

// Back-off.
$minutes = array_map( array( 'Igny8_Event_Queue', 'backoff_minutes' ), range( 1, 10 ) );
igny8_check( 'the back-off waits 1, 2, 4 … minutes, at most 60', array( 1, 2, 4, 8, 16, 32, 60, 60, 60, 60 ) === $minutes, implode( ',', $minutes ) );

// Batches.
$events  = array_map( 'igny8_test_event', range( 1, 120 ) );
$batches = Igny8_Event_Queue::batches( $events );
igny8_check( '120 events go in batches of 50, 50 and 20, in order', array( 50, 50, 20 ) === array_map( 'count', $batches ) && 51 === $batches[1][0]['post_id'] );
igny8_check( 'exactly 50 events go in one batch', 1 === count( Igny8_Event_Queue::batches( array_slice( $events, 0, 50 ) ) ) );

// The answers.
$cases = array(
	'a 200 with data'                => array( array( 'accepted' => 2 ), 'delivered' ),
	'a 2xx without the envelope'     => array( new WP_Error( 'igny8_api_bad_response', 'x', array( 'status' => 502 ) ), 'delivered' ),
	'400'                            => array( igny8_test_http_error( 400 ), 'dropped' ),
	'404'                            => array( igny8_test_http_error( 404 ), 'dropped' ),
	'413'                            => array( igny8_test_http_error( 413 ), 'dropped' ),
	'422'                            => array( igny8_test_http_error( 422 ), 'dropped' ),
	'401'                            => array( igny8_test_http_error( 401 ), 'retry' ),
	'408'                            => array( igny8_test_http_error( 408 ), 'retry' ),
	'409'                            => array( igny8_test_http_error( 409 ), 'retry' ),
	'429'                            => array( igny8_test_http_error( 429 ), 'retry' ),
	'500'                            => array( igny8_test_http_error( 500 ), 'retry' ),
	'503'                            => array( igny8_test_http_error( 503 ), 'retry' ),
	'a 3xx (redirects not followed)' => array( igny8_test_http_error( 301 ), 'retry' ),
	'no answer (timeout)'            => array( new WP_Error( 'igny8_api_timeout', 'x', array( 'status' => 504 ) ), 'retry' ),
	'not connected'                  => array( new WP_Error( 'igny8_not_connected', 'x', array( 'status' => 409 ) ), 'retry' ),
);
foreach ( $cases as $name => $case ) {
	$got = Igny8_Event_Queue::classify( $case[0] );
	igny8_check( "an answer of {$name} counts as {$case[1]}", $case[1] === $got, $got );
}

// Flush: everything delivered, in order, in batches.
igny8_test_reset();
foreach ( $events as $event ) {
	Igny8_Event_Queue::push( $event );
}
$sent    = array();
$summary = Igny8_Event_Queue::flush(
	false,
	function ( $batch ) use ( &$sent ) {
		$sent[] = array_column( $batch, 'post_id' );
		return array( 'accepted' => count( $batch ) );
	}
);
igny8_check( 'flush() sends 120 events in three batches and empties the queue', 'delivered' === $summary['result'] && 120 === $summary['sent'] && 3 === $summary['batches'] && 0 === $summary['remaining'] && array() === Igny8_Event_Queue::events(), wp_json_encode_test( $summary ) );
igny8_check( 'flush() sends them oldest first', range( 1, 120 ) === array_merge( ...$sent ) );
igny8_check( 'flush() leaves no lock behind', ! array_key_exists( Igny8_Event_Queue::FLUSH_LOCK, $GLOBALS['igny8_test_options'] ) );
igny8_check( 'flush() of an empty queue sends nothing', 'empty' === Igny8_Event_Queue::flush( false, '__return_null_never_called' )['result'] );

// Flush: the server is down.
igny8_test_reset();
foreach ( array_slice( $events, 0, 60 ) as $event ) {
	Igny8_Event_Queue::push( $event );
}
$calls   = 0;
$down    = function () use ( &$calls ) {
	++$calls;
	return igny8_test_http_error( 503 );
};
$before  = time();
$summary = Igny8_Event_Queue::flush( false, $down );
$retry   = get_option( Igny8_Event_Queue::RETRY_OPTION );
igny8_check( 'a 503 keeps every event queued and stops at the first batch', 'retry' === $summary['result'] && 1 === $calls && 60 === $summary['remaining'] && 60 === count( Igny8_Event_Queue::events() ), wp_json_encode_test( $summary ) );
igny8_check( 'after the first failure the next attempt is in a minute', 1 === $retry['failures'] && $retry['next_at'] >= $before + 60 && $retry['next_at'] <= time() + 60 );
igny8_check( 'the failure is the last error, as retry', 'retry' === get_option( Igny8_Event_Queue::LAST_ERROR_OPTION )['kind'] && false !== strpos( get_option( Igny8_Event_Queue::LAST_ERROR_OPTION )['message'], 'HTTP 503' ) );
$summary = Igny8_Event_Queue::flush( false, $down );
igny8_check( 'before the next attempt is due, flush() waits and sends nothing', 'waiting' === $summary['result'] && 1 === $calls );
Igny8_Event_Queue::flush( true, $down );
Igny8_Event_Queue::flush( true, $down );
$retry = get_option( Igny8_Event_Queue::RETRY_OPTION );
igny8_check( 'each failure in a row doubles the wait (third: four minutes)', 3 === $retry['failures'] && $retry['next_at'] >= $before + 240 && $retry['next_at'] <= time() + 240 );
$sent    = array();
$summary = Igny8_Event_Queue::flush(
	true,
	function ( $batch ) use ( &$sent ) {
		$sent[] = array_column( $batch, 'post_id' );
		return array();
	}
);
igny8_check( 'once the server is back the events go, once each and in order', 'delivered' === $summary['result'] && range( 1, 60 ) === array_merge( ...$sent ) && array() === Igny8_Event_Queue::events() );
igny8_check( 'a delivery clears the back-off and the retry error', false === get_option( Igny8_Event_Queue::RETRY_OPTION ) && false === get_option( Igny8_Event_Queue::LAST_ERROR_OPTION ) );

// Flush: a batch the server refuses for good.
igny8_test_reset();
foreach ( array_slice( $events, 0, 70 ) as $event ) {
	Igny8_Event_Queue::push( $event );
}
$n       = 0;
$summary = Igny8_Event_Queue::flush(
	false,
	function () use ( &$n ) {
		return 1 === ++$n ? igny8_test_http_error( 422 ) : array();
	}
);
$error   = get_option( Igny8_Event_Queue::LAST_ERROR_OPTION );
igny8_check( 'a 422 drops that batch and the next one is still sent', 2 === $n && 50 === $summary['dropped'] && 20 === $summary['sent'] && array() === Igny8_Event_Queue::events(), wp_json_encode_test( $summary ) );
igny8_check( 'the dropped batch is the last error, with the reason', 'dropped' === $error['kind'] && false !== strpos( $error['message'], '50 events' ) && false !== strpos( $error['message'], 'HTTP 422' ), $error['message'] );

// The lock.
igny8_test_reset();
Igny8_Event_Queue::push( igny8_test_event( 1 ) );
$GLOBALS['igny8_test_options'][ Igny8_Event_Queue::FLUSH_LOCK ] = (string) ( time() + 60 );
$called  = false;
$sender  = function () use ( &$called ) {
	$called = true;
	return array();
};
$summary = Igny8_Event_Queue::flush( true, $sender );
igny8_check( 'while another flush holds the lock nothing is sent', 'locked' === $summary['result'] && ! $called && 1 === count( Igny8_Event_Queue::events() ) );
$GLOBALS['igny8_test_options'][ Igny8_Event_Queue::FLUSH_LOCK ] = (string) ( time() - 1 );
$summary = Igny8_Event_Queue::flush( true, $sender );
igny8_check( 'an expired lock (a crashed flush) is taken over', 'delivered' === $summary['result'] && $called );
$inserts = count( preg_grep( '/^INSERT IGNORE/', $GLOBALS['wpdb']->log ) );
igny8_check( 'the lock is taken with INSERT IGNORE', $inserts > 0 );

// Edit detection.
$before = (object) array(
	'post_title'        => 'Pruning roses',
	'post_content'      => '<p>Cut above a bud.</p>',
	'post_excerpt'      => '',
	'post_status'       => 'publish',
	'post_modified_gmt' => '2026-03-01 10:00:00',
);
$after                    = clone $before;
$after->post_status       = 'draft';
$after->post_modified_gmt = '2026-03-02 10:00:00';
igny8_check( 'a change of status or modified date alone is not an edit', false === Igny8_Post_Events::is_edit( $before, $after ) );
foreach ( array( 'post_title', 'post_content', 'post_excerpt' ) as $field ) {
	$edited           = clone $before;
	$edited->$field   = $before->$field . ' (changed)';
	igny8_check( "a change to {$field} is an edit", true === Igny8_Post_Events::is_edit( $before, $edited ) );
}
igny8_check( 'the same post is no edit', false === Igny8_Post_Events::is_edit( $before, clone $before ) );

// The event's shape.
$post     = (object) array(
	'ID'                => 42,
	'post_status'       => 'publish',
	'post_title'        => 'Pruning roses',
	'post_modified_gmt' => '2026-03-01 10:00:00',
);
$event    = Igny8_Post_Events::event( 'post.edited', '0b7c4d1e-2f3a-4b5c-8d6e-7f8091a2b3c4', $post, null, 1764000000 );
igny8_check( 'an event has exactly the documented fields, in order', array( 'id', 'type', 'content_id', 'post_id', 'status', 'previous_status', 'url', 'title', 'modified_gmt', 'occurred_at' ) === array_keys( $event ) );
igny8_check( 'an event id is a uuid v4', 1 === preg_match( '/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', $event['id'] ) );
igny8_check( 'times are ISO 8601 in UTC', '2026-03-01T10:00:00Z' === $event['modified_gmt'] && '2025-11-24T16:00:00Z' === $event['occurred_at'], $event['modified_gmt'] . ' ' . $event['occurred_at'] );
igny8_check( 'an edit of a published post carries its URL and title', 'http://example.test/?p=42' === $event['url'] && 'Pruning roses' === $event['title'] && 42 === $event['post_id'] && null === $event['previous_status'] );
$post->post_status = 'trash';
$event             = Igny8_Post_Events::event( 'post.trashed', 'c', $post, 'publish' );
igny8_check( 'a trashed post has no URL and says what it was', null === $event['url'] && 'trash' === $event['status'] && 'publish' === $event['previous_status'] );
$event = Igny8_Post_Events::event( 'post.deleted', 'c', $post, 'trash' );
igny8_check( 'a deleted post has the status "deleted"', 'deleted' === $event['status'] && null === $event['url'] );
$post->post_modified_gmt = '0000-00-00 00:00:00';
igny8_check( 'an unset modified date is null', null === Igny8_Post_Events::event( 'post.edited', 'c', $post, null )['modified_gmt'] );
igny8_check( 'without the post routes loaded, Igny8 is never "writing"', false === Igny8_Post_Events::igny8_is_writing() );
