<?php
/**
 * Tells Igny8 what happens in WordPress to the posts it published: edits, status changes, trash and deletion.
 *
 * Only posts with an Igny8 content id are watched; revisions and autosaves never count, and nothing is reported
 * while Igny8 itself writes a post through the plugin's routes (Igny8_Rest_Posts::$writing). Each change becomes
 * one event in Igny8_Event_Queue, sent at the end of the request.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * The post hooks.
 */
final class Igny8_Post_Events {

	const EDITED         = 'post.edited';
	const STATUS_CHANGED = 'post.status_changed';
	const TRASHED        = 'post.trashed';
	const DELETED        = 'post.deleted';

	/** @var array<string,bool> Events already queued in this request, by type and post, to report an edit once. */
	private static $seen = array();

	public static function init() {
		add_action( 'post_updated', array( __CLASS__, 'on_post_updated' ), 10, 3 );
		add_action( 'transition_post_status', array( __CLASS__, 'on_transition' ), 10, 3 );
		add_action( 'trashed_post', array( __CLASS__, 'on_trashed' ), 10, 1 );
		add_action( 'before_delete_post', array( __CLASS__, 'on_before_delete' ), 10, 1 );
	}

	/**
	 * Whether Igny8 itself is writing posts in this request (the signed post routes), when nothing is reported.
	 */
	public static function igny8_is_writing() {
		return class_exists( 'Igny8_Rest_Posts' ) && ! empty( Igny8_Rest_Posts::$writing );
	}

	/**
	 * An edit is a change to what a reader sees: the title, the content or the excerpt.
	 *
	 * @param WP_Post|array|object $before The post before the update.
	 * @param WP_Post|array|object $after  The post after it.
	 */
	public static function is_edit( $before, $after ) {
		$before = (array) $before;
		$after  = (array) $after;
		foreach ( array( 'post_title', 'post_content', 'post_excerpt' ) as $field ) {
			$old = isset( $before[ $field ] ) ? (string) $before[ $field ] : '';
			$new = isset( $after[ $field ] ) ? (string) $after[ $field ] : '';
			if ( $old !== $new ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The content id of a post we watch, or '' (not Igny8's, a revision, an autosave, or Igny8 is writing).
	 *
	 * @param int|WP_Post $post Post.
	 */
	private static function watched( $post ) {
		$post = get_post( $post );
		if ( ! $post || self::igny8_is_writing() ) {
			return '';
		}
		if ( 'revision' === $post->post_type || wp_is_post_revision( $post ) || wp_is_post_autosave( $post ) ) {
			return '';
		}
		return Igny8_Post_Meta::content_id_of( $post->ID );
	}

	/**
	 * @param int     $post_id Post id.
	 * @param WP_Post $after   After.
	 * @param WP_Post $before  Before.
	 */
	public static function on_post_updated( $post_id, $after, $before ) {
		$content_id = self::watched( $post_id );
		if ( '' === $content_id || ! self::is_edit( $before, $after ) ) {
			return;
		}
		if ( '' === (string) get_post_meta( $post_id, Igny8_Post_Meta::EDITED_AT, true ) ) {
			update_post_meta( $post_id, Igny8_Post_Meta::EDITED_AT, time() );
		}
		self::queue( self::EDITED, $content_id, get_post( $post_id ), null );
	}

	/**
	 * @param string  $new_status New status.
	 * @param string  $old_status Old status.
	 * @param WP_Post $post       Post.
	 */
	public static function on_transition( $new_status, $old_status, $post ) {
		// Creation is not a change; trashing is reported by on_trashed() once the post is in the trash.
		if ( $new_status === $old_status || in_array( $old_status, array( 'new', 'auto-draft' ), true ) || in_array( $new_status, array( 'auto-draft', 'trash', 'inherit' ), true ) ) {
			return;
		}
		$content_id = self::watched( $post );
		if ( '' === $content_id ) {
			return;
		}
		self::queue( self::STATUS_CHANGED, $content_id, $post, (string) $old_status );
	}

	/**
	 * @param int $post_id Post id.
	 */
	public static function on_trashed( $post_id ) {
		$content_id = self::watched( $post_id );
		if ( '' === $content_id ) {
			return;
		}
		$previous = (string) get_post_meta( $post_id, '_wp_trash_meta_status', true );
		self::queue( self::TRASHED, $content_id, get_post( $post_id ), '' !== $previous ? $previous : null );
	}

	/**
	 * Before deletion: the meta (and the content id in it) is still there.
	 *
	 * @param int $post_id Post id.
	 */
	public static function on_before_delete( $post_id ) {
		$content_id = self::watched( $post_id );
		if ( '' === $content_id ) {
			return;
		}
		$post = get_post( $post_id );
		self::queue( self::DELETED, $content_id, $post, $post ? (string) $post->post_status : null );
	}

	/**
	 * @param string      $type       Event type.
	 * @param string      $content_id Igny8 content id.
	 * @param WP_Post     $post       Post.
	 * @param string|null $previous   Previous status.
	 */
	private static function queue( $type, $content_id, $post, $previous ) {
		if ( ! $post ) {
			return;
		}
		$key = $type . ':' . $post->ID;
		if ( self::EDITED === $type && isset( self::$seen[ $key ] ) ) {
			return;
		}
		self::$seen[ $key ] = true;
		Igny8_Event_Queue::push( self::event( $type, $content_id, $post, $previous ) );
	}

	/**
	 * One event, as Igny8's events route takes it.
	 *
	 * @param string      $type       Event type.
	 * @param string      $content_id Igny8 content id.
	 * @param WP_Post     $post       Post (as it is now).
	 * @param string|null $previous   Previous status, when known.
	 * @param int|null    $now        Unix time (tests).
	 * @return array
	 */
	public static function event( $type, $content_id, $post, $previous, $now = null ) {
		$status = self::DELETED === $type ? 'deleted' : (string) $post->post_status;
		$url    = null;
		if ( ! in_array( $status, array( 'deleted', 'trash' ), true ) ) {
			$link = get_permalink( $post );
			$url  = is_string( $link ) && '' !== $link ? $link : null;
		}
		$modified = isset( $post->post_modified_gmt ) ? (string) $post->post_modified_gmt : '';
		return array(
			'id'              => wp_generate_uuid4(),
			'type'            => $type,
			'content_id'      => (string) $content_id,
			'post_id'         => (int) $post->ID,
			'status'          => $status,
			'previous_status' => null === $previous ? null : (string) $previous,
			'url'             => $url,
			'title'           => isset( $post->post_title ) ? (string) $post->post_title : null,
			'modified_gmt'    => '' !== $modified && '0000-00-00 00:00:00' !== $modified ? gmdate( 'Y-m-d\TH:i:s\Z', (int) strtotime( $modified . ' UTC' ) ) : null,
			'occurred_at'     => gmdate( 'Y-m-d\TH:i:s\Z', null === $now ? time() : (int) $now ),
		);
	}
}
