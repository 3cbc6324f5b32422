<?php
/**
 * The "Igny8" column on the Posts and Pages lists in wp-admin: which posts Igny8 published, which were edited in
 * WordPress since, and which have changes Igny8 has not heard about yet.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * The posts list column.
 */
final class Igny8_Posts_Column {

	const COLUMN = 'igny8';

	/** @var array<int,bool>|null Posts with events still queued, read once per page. */
	private $pending = null;

	public function init() {
		add_filter( 'manage_posts_columns', array( $this, 'add_column' ) );
		add_filter( 'manage_pages_columns', array( $this, 'add_column' ) );
		add_action( 'manage_posts_custom_column', array( $this, 'render' ), 10, 2 );
		add_action( 'manage_pages_custom_column', array( $this, 'render' ), 10, 2 );
	}

	/**
	 * @param string[] $columns Columns.
	 * @return string[]
	 */
	public function add_column( $columns ) {
		$columns[ self::COLUMN ] = __( 'Igny8', 'igny8-bridge' );
		return $columns;
	}

	/**
	 * The state of a post in words: what the column shows.
	 *
	 * @param int $post_id Post id.
	 * @return array{state: string, label: string}
	 */
	public function state_of( $post_id ) {
		if ( '' === Igny8_Post_Meta::content_id_of( $post_id ) ) {
			return array(
				'state' => 'none',
				'label' => '—',
			);
		}
		if ( null === $this->pending ) {
			$this->pending = array_fill_keys( Igny8_Event_Queue::pending_post_ids(), true );
		}
		if ( isset( $this->pending[ (int) $post_id ] ) ) {
			return array(
				'state' => 'pending',
				'label' => __( 'Sync pending', 'igny8-bridge' ),
			);
		}
		$edited = (int) get_post_meta( $post_id, Igny8_Post_Meta::EDITED_AT, true );
		if ( $edited > 0 ) {
			return array(
				'state' => 'edited',
				'label' => sprintf(
					/* translators: %s: date of the first edit made in WordPress. */
					__( 'Edited in WordPress (%s)', 'igny8-bridge' ),
					wp_date( get_option( 'date_format' ), $edited )
				),
			);
		}
		return array(
			'state' => 'published',
			'label' => __( 'Published by Igny8', 'igny8-bridge' ),
		);
	}

	/**
	 * @param string $column  Column.
	 * @param int    $post_id Post id.
	 */
	public function render( $column, $post_id ) {
		if ( self::COLUMN !== $column ) {
			return;
		}
		$state = $this->state_of( $post_id );
		echo '<span class="igny8-state" data-igny8-state="' . esc_attr( $state['state'] ) . '">' . esc_html( $state['label'] ) . '</span>';
	}
}
