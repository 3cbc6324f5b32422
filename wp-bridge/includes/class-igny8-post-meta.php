<?php
/**
 * The post meta the plugin keeps on the posts and attachments Igny8 published, in one place, so the post routes,
 * the event hooks, the posts list and uninstall.php agree on the names. Every key starts with an underscore: hidden
 * from the Custom Fields box, never shown to visitors.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Meta keys and small helpers over them.
 */
final class Igny8_Post_Meta {

	/** On a post: the Igny8 content id (uuid) it was published from. One post per content id. */
	const CONTENT_ID = '_igny8_content_id';

	/** On a post: `post_modified_gmt` right after Igny8 last wrote it (an edit since then is WordPress's own). */
	const SYNCED_MODIFIED = '_igny8_synced_modified_gmt';

	/** On a post: unix time of the first edit made in WordPress since Igny8 last wrote it; absent when none. */
	const EDITED_AT = '_igny8_edited_at';

	/** On a post: our JSON-LD (a JSON string), printed on its page only when no SEO plugin is active. */
	const JSON_LD = '_igny8_json_ld';

	/** On an attachment: the Igny8 image id (uuid) it was sideloaded from. */
	const IMAGE_ID = '_igny8_image_id';

	/** On an attachment: the version of the Igny8 image it holds (a new version is sideloaded again). */
	const IMAGE_VERSION = '_igny8_image_version';

	/** On an attachment: sha256 of the URL of an image that is not Igny8's own (an `<img>` in the html), for reuse. */
	const SOURCE_URL_HASH = '_igny8_source_url_hash';

	/**
	 * All keys, for uninstall.
	 *
	 * @return string[]
	 */
	public static function all() {
		return array( self::CONTENT_ID, self::SYNCED_MODIFIED, self::EDITED_AT, self::JSON_LD, self::IMAGE_ID, self::IMAGE_VERSION, self::SOURCE_URL_HASH );
	}

	/**
	 * The post published from a content id, in any status but deleted (trashed posts included), or null.
	 *
	 * @param string $content_id Content id.
	 * @return WP_Post|null
	 */
	public static function post_of( $content_id ) {
		$posts = get_posts(
			array(
				'post_type'        => 'any',
				'post_status'      => array( 'publish', 'future', 'draft', 'pending', 'private', 'trash' ),
				'meta_key'         => self::CONTENT_ID, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- one indexed key.
				'meta_value'       => (string) $content_id, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value
				'posts_per_page'   => 1,
				'orderby'          => 'ID',
				'order'            => 'ASC',
				'suppress_filters' => true,
				'no_found_rows'    => true,
			)
		);
		return $posts ? $posts[0] : null;
	}

	/**
	 * The content id of an Igny8 post, or '' for any other post.
	 *
	 * @param int $post_id Post id.
	 */
	public static function content_id_of( $post_id ) {
		return (string) get_post_meta( (int) $post_id, self::CONTENT_ID, true );
	}
}
