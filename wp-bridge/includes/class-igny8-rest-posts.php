<?php
/**
 * POST /wp-json/igny8/v1/posts and POST …/posts/{content_id}/retract — signed; Igny8 publishes and retracts posts.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * The posts Igny8 publishes: one per Igny8 content id, upserted.
 */
final class Igny8_Rest_Posts extends Igny8_Rest_Controller {

	/**
	 * True while the plugin itself writes a post, its terms, meta or images: the plugin's own hooks that notice
	 * edits made in WordPress ignore what happens while this is set.
	 *
	 * @var bool
	 */
	public static $writing = false;

	public function register_routes() {
		$this->signed_route( '/posts', WP_REST_Server::CREATABLE, array( $this, 'upsert_post' ) );
		$this->signed_route( '/posts/(?P<content_id>[0-9a-f-]{36})/retract', WP_REST_Server::CREATABLE, array( $this, 'retract_post' ) );
	}

	/**
	 * Create or update the post of an Igny8 content.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function upsert_post( $request ) {
		$body = self::json_body( $request, Igny8_Post_Input::ERROR );
		if ( is_wp_error( $body ) ) {
			return $body;
		}
		$input = Igny8_Post_Input::parse_post( $body );
		if ( is_wp_error( $input ) ) {
			return $input;
		}

		$token = Igny8_Post_Lock::acquire( $input['content_id'] );
		if ( false === $token ) {
			return self::error( 'igny8_busy', __( 'This content is being published right now. Try again in a moment.', 'igny8-bridge' ), 409 );
		}
		$was_writing = self::$writing;
		try {
			return $this->write_post( $input );
		} finally {
			self::$writing = $was_writing;
			Igny8_Post_Lock::release( $input['content_id'], $token );
		}
	}

	/**
	 * The upsert, under the content's lock.
	 *
	 * @param array $input Igny8_Post_Input::parse_post()'s answer.
	 * @return WP_REST_Response|WP_Error
	 */
	private function write_post( array $input ) {
		$existing = Igny8_Post_Meta::post_of( $input['content_id'] );
		if ( $existing ) {
			$edited_at = (int) get_post_meta( $existing->ID, Igny8_Post_Meta::EDITED_AT, true );
			if ( $edited_at > 0 && ! $input['force'] ) {
				return self::error(
					'igny8_edited_in_wordpress',
					__( 'This post was edited in WordPress since Igny8 last published it. Publish again with force to overwrite those edits.', 'igny8-bridge' ),
					409,
					array(
						'post_id'   => (int) $existing->ID,
						'edited_at' => gmdate( 'Y-m-d\TH:i:s\Z', $edited_at ),
					)
				);
			}
		}

		self::$writing = true;
		if ( $existing && 'trash' === $existing->post_status ) {
			wp_untrash_post( $existing->ID );
		}

		$warnings = array();
		$images   = array();
		$html     = wp_kses_post( $input['html'] );
		$html     = $this->place_images( $html, $input['images'], $existing ? (int) $existing->ID : 0, $images, $warnings );

		$featured_id = 0;
		if ( null !== $input['featured_image'] ) {
			$placed = $this->attachment_for( $input['featured_image']['url'], $input['featured_image'], $existing ? (int) $existing->ID : 0 );
			if ( is_wp_error( $placed ) ) {
				$warnings[] = self::warning( $placed, $input['featured_image']['image_id'], $input['featured_image']['url'] );
			} else {
				$featured_id = $placed;
				$images[]    = array(
					'image_id'      => $input['featured_image']['image_id'],
					'attachment_id' => $placed,
					'url'           => (string) wp_get_attachment_url( $placed ),
				);
			}
		}

		$postarr = array(
			'post_type'    => 'post',
			'post_title'   => $input['title'],
			'post_content' => $html,
			'post_excerpt' => $input['excerpt'],
			'post_status'  => $input['status'],
			'post_author'  => $this->author_id( $input['author_id'], $existing ),
		);
		if ( null !== $input['slug'] ) {
			$postarr['post_name'] = sanitize_title( $input['slug'] );
		}
		if ( null !== $input['date_gmt'] ) {
			$postarr['post_date_gmt'] = $input['date_gmt'];
			$postarr['post_date']     = get_date_from_gmt( $input['date_gmt'] );
			$postarr['edit_date']     = true;
		}
		$seo_plugin            = Igny8_Rest_Site::active_seo_plugin();
		$postarr['meta_input'] = array_merge( Igny8_Seo::meta_values( $seo_plugin, $input['seo'] ), array( Igny8_Post_Meta::CONTENT_ID => $input['content_id'] ) );
		if ( $existing ) {
			$postarr['ID'] = (int) $existing->ID;
			$post_id       = wp_update_post( wp_slash( $postarr ), true );
		} else {
			$post_id = wp_insert_post( wp_slash( $postarr ), true );
		}
		if ( is_wp_error( $post_id ) ) {
			return self::error( 'igny8_post_not_saved', __( 'WordPress could not save the post.', 'igny8-bridge' ), 500, array( 'reason' => $post_id->get_error_message() ) );
		}
		$post_id = (int) $post_id;

		foreach ( array(
			'category' => $input['categories'],
			'post_tag' => $input['tags'],
		) as $taxonomy => $names ) {
			$term_ids = $this->term_ids( $taxonomy, $names );
			if ( 'category' === $taxonomy && array() === $term_ids ) {
				$term_ids = array( (int) get_option( 'default_category' ) );
			}
			wp_set_post_terms( $post_id, $term_ids, $taxonomy, false );
		}

		foreach ( $images as $image ) {
			$this->attach( $image['attachment_id'], $post_id );
		}
		if ( $featured_id ) {
			set_post_thumbnail( $post_id, $featured_id );
		} elseif ( null === $input['featured_image'] ) {
			delete_post_thumbnail( $post_id );
		}

		// Removes the fields sent empty, writes AIOSEO's table and our JSON-LD.
		Igny8_Seo::write( $post_id, $seo_plugin, $input['seo'], $input['json_ld'] );

		update_post_meta( $post_id, Igny8_Post_Meta::CONTENT_ID, $input['content_id'] );
		delete_post_meta( $post_id, Igny8_Post_Meta::EDITED_AT );
		clean_post_cache( $post_id );
		$post = get_post( $post_id );
		update_post_meta( $post_id, Igny8_Post_Meta::SYNCED_MODIFIED, $post->post_modified_gmt );

		$response = rest_ensure_response(
			array(
				'post_id'      => $post_id,
				'url'          => (string) get_permalink( $post ),
				'status'       => $post->post_status,
				'created'      => ! $existing,
				'modified_gmt' => self::iso( $post->post_modified_gmt ),
				'seo_plugin'   => $seo_plugin,
				'images'       => $images,
				'warnings'     => $warnings,
			)
		);
		$response->set_status( $existing ? 200 : 201 );
		return $response;
	}

	/**
	 * Sideload every `<img>` of the html and point it at its attachment; remove the ones refused or failed.
	 *
	 * @param string $html     Html (already through wp_kses_post).
	 * @param array  $entries  The body's `images` (Igny8's own images, by URL).
	 * @param int    $post_id  The post, 0 when not created yet.
	 * @param array  $images   Out: `{ image_id, attachment_id, url }` per image placed.
	 * @param array  $warnings Out: warnings.
	 * @return string
	 */
	private function place_images( $html, array $entries, $post_id, array &$images, array &$warnings ) {
		$by_url = array();
		foreach ( $entries as $entry ) {
			$by_url[ $entry['url'] ] = $entry;
		}
		foreach ( Igny8_Post_Html::image_sources( $html ) as $src ) {
			$entry = isset( $by_url[ $src ] ) ? $by_url[ $src ] : null;
			if ( null === $entry && $this->is_own_upload( $src ) ) {
				continue; // Already in this site's media library.
			}
			$placed = $this->attachment_for( $src, $entry, $post_id );
			if ( is_wp_error( $placed ) ) {
				$warnings[] = self::warning( $placed, $entry ? $entry['image_id'] : null, $src );
				$html       = Igny8_Post_Html::remove_image( $html, $src );
				continue;
			}
			$url      = (string) wp_get_attachment_url( $placed );
			$alt      = $entry ? $entry['alt'] : (string) get_post_meta( $placed, '_wp_attachment_image_alt', true );
			$html     = Igny8_Post_Html::replace_image( $html, $src, $url, $placed, $alt );
			$images[] = array(
				'image_id'      => $entry ? $entry['image_id'] : null,
				'attachment_id' => $placed,
				'url'           => $url,
			);
		}
		return $html;
	}

	/**
	 * The attachment for an image: one sideloaded before for the same Igny8 image and version (or the same foreign
	 * URL), else a new one downloaded through the URL guard.
	 *
	 * @param string     $url     Image URL.
	 * @param array|null $entry   `{ image_id, version, alt, filename }` for Igny8's images, null for a foreign one.
	 * @param int        $post_id Post to attach to (0: none yet).
	 * @return int|WP_Error Attachment id, or `image_refused` / `image_failed`.
	 */
	private function attachment_for( $url, $entry, $post_id ) {
		$reuse = $entry
			? array(
				array(
					'key'   => Igny8_Post_Meta::IMAGE_ID,
					'value' => $entry['image_id'],
				),
				array(
					'key'   => Igny8_Post_Meta::IMAGE_VERSION,
					'value' => $entry['version'],
				),
			)
			: array(
				array(
					'key'   => Igny8_Post_Meta::SOURCE_URL_HASH,
					'value' => hash( 'sha256', $url ),
				),
			);
		$found = get_posts(
			array(
				'post_type'        => 'attachment',
				'post_status'      => 'inherit',
				'meta_query'       => $reuse, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- indexed keys, one row.
				'posts_per_page'   => 1,
				'fields'           => 'ids',
				'orderby'          => 'ID',
				'order'            => 'DESC',
				'suppress_filters' => true,
				'no_found_rows'    => true,
			)
		);
		if ( $found ) {
			$attachment_id = (int) $found[0];
			if ( $entry ) {
				update_post_meta( $attachment_id, '_wp_attachment_image_alt', wp_slash( sanitize_text_field( $entry['alt'] ) ) );
			}
			return $attachment_id;
		}

		$checked = Igny8_Url_Guard::check( $url, Igny8_Url_Guard::origin( Igny8_Options::api_base_url() ), Igny8_Url_Guard::private_allowed() );
		if ( is_wp_error( $checked ) ) {
			return $checked;
		}
		$download = Igny8_Url_Guard::download( $checked );
		if ( is_wp_error( $download ) ) {
			return $download;
		}

		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/media.php';
		require_once ABSPATH . 'wp-admin/includes/image.php';

		$base = $entry ? $entry['filename'] : (string) wp_basename( (string) wp_parse_url( $url, PHP_URL_PATH ) );
		$base = preg_replace( '/\.[A-Za-z0-9]{1,5}$/', '', sanitize_file_name( $base ) );
		$name = ( '' !== $base ? $base : 'image' ) . '.' . $download['ext'];
		$alt  = $entry ? sanitize_text_field( $entry['alt'] ) : '';

		$attachment_id = media_handle_sideload(
			array(
				'name'     => $name,
				'tmp_name' => $download['file'],
			),
			(int) $post_id,
			'' !== $alt ? $alt : null
		);
		if ( is_wp_error( $attachment_id ) ) {
			wp_delete_file( $download['file'] );
			return new WP_Error( 'image_failed', __( 'WordPress could not add the image to the media library', 'igny8-bridge' ) );
		}
		$attachment_id = (int) $attachment_id;
		if ( '' !== $alt ) {
			update_post_meta( $attachment_id, '_wp_attachment_image_alt', wp_slash( $alt ) );
		}
		if ( $entry ) {
			update_post_meta( $attachment_id, Igny8_Post_Meta::IMAGE_ID, $entry['image_id'] );
			update_post_meta( $attachment_id, Igny8_Post_Meta::IMAGE_VERSION, wp_slash( $entry['version'] ) );
		} else {
			update_post_meta( $attachment_id, Igny8_Post_Meta::SOURCE_URL_HASH, hash( 'sha256', $url ) );
		}
		return $attachment_id;
	}

	/**
	 * Attach an unattached attachment to the post (an image sideloaded before the post existed).
	 *
	 * @param int $attachment_id Attachment.
	 * @param int $post_id       Post.
	 */
	private function attach( $attachment_id, $post_id ) {
		$attachment = get_post( $attachment_id );
		if ( $attachment && 0 === (int) $attachment->post_parent ) {
			wp_update_post(
				array(
					'ID'          => (int) $attachment_id,
					'post_parent' => (int) $post_id,
				)
			);
		}
	}

	/**
	 * Whether a URL is a file in this site's uploads folder (nothing to download).
	 *
	 * @param string $url URL.
	 */
	private function is_own_upload( $url ) {
		$uploads = wp_get_upload_dir();
		$base    = isset( $uploads['baseurl'] ) ? trailingslashit( set_url_scheme( $uploads['baseurl'], 'http' ) ) : '';
		return '' !== $base && 0 === strpos( set_url_scheme( $url, 'http' ), $base );
	}

	/**
	 * The author: the requested user when they can edit posts, else the post's current author (on an update), else the
	 * first administrator.
	 *
	 * @param int|null     $requested Requested user id.
	 * @param WP_Post|null $existing  Existing post.
	 */
	private function author_id( $requested, $existing ) {
		if ( null !== $requested ) {
			$user = get_userdata( $requested );
			if ( $user && user_can( $user, 'edit_posts' ) ) {
				return (int) $user->ID;
			}
		}
		if ( $existing && $existing->post_author && user_can( (int) $existing->post_author, 'edit_posts' ) ) {
			return (int) $existing->post_author;
		}
		$admins = get_users(
			array(
				'role'    => 'administrator',
				'number'  => 1,
				'orderby' => 'ID',
				'order'   => 'ASC',
				'fields'  => 'ID',
			)
		);
		return $admins ? (int) $admins[0] : 0;
	}

	/**
	 * Term ids for names: an existing term whose name or slug matches (case-insensitively), else a new one.
	 *
	 * @param string   $taxonomy Taxonomy.
	 * @param string[] $names    Names.
	 * @return int[]
	 */
	private function term_ids( $taxonomy, array $names ) {
		$ids = array();
		foreach ( $names as $name ) {
			$term = get_term_by( 'name', $name, $taxonomy ); // Case-insensitive: MySQL's collation.
			if ( ! $term ) {
				$term = get_term_by( 'slug', sanitize_title( $name ), $taxonomy );
			}
			if ( $term ) {
				$ids[] = (int) $term->term_id;
				continue;
			}
			$created = wp_insert_term( $name, $taxonomy );
			if ( is_wp_error( $created ) ) {
				// Created by a concurrent request in the meantime: WordPress says which.
				$existing = $created->get_error_data( 'term_exists' );
				if ( $existing ) {
					$ids[] = (int) $existing;
				}
				continue;
			}
			$ids[] = (int) $created['term_id'];
		}
		return array_values( array_unique( $ids ) );
	}

	/**
	 * Unpublish (to draft) or trash the post of a content.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function retract_post( $request ) {
		$body = self::json_body( $request, Igny8_Post_Input::ERROR );
		if ( is_wp_error( $body ) ) {
			return $body;
		}
		$input = Igny8_Post_Input::parse_retract( $body );
		if ( is_wp_error( $input ) ) {
			return $input;
		}
		$content_id = strtolower( (string) $request->get_param( 'content_id' ) );
		if ( ! preg_match( Igny8_Post_Input::UUID, $content_id ) ) {
			return Igny8_Rest_Controller::invalid( Igny8_Post_Input::ERROR, 'content_id', __( 'a UUID is required', 'igny8-bridge' ) );
		}
		$post = Igny8_Post_Meta::post_of( $content_id );
		if ( ! $post ) {
			return self::error( 'igny8_post_not_found', __( 'No post was published from this content.', 'igny8-bridge' ), 404 );
		}

		$was_writing   = self::$writing;
		self::$writing = true;
		try {
			if ( 'trash' === $input['mode'] ) {
				if ( 'trash' !== $post->post_status && ! wp_trash_post( $post->ID ) ) {
					return self::error( 'igny8_post_not_saved', __( 'WordPress could not move the post to the trash.', 'igny8-bridge' ), 500 );
				}
			} else {
				if ( 'trash' === $post->post_status ) {
					wp_untrash_post( $post->ID );
				}
				$updated = wp_update_post(
					array(
						'ID'          => (int) $post->ID,
						'post_status' => 'draft',
					),
					true
				);
				if ( is_wp_error( $updated ) ) {
					return self::error( 'igny8_post_not_saved', __( 'WordPress could not unpublish the post.', 'igny8-bridge' ), 500 );
				}
			}
			clean_post_cache( $post->ID );
			$post = get_post( $post->ID );
			update_post_meta( $post->ID, Igny8_Post_Meta::SYNCED_MODIFIED, $post->post_modified_gmt );
		} finally {
			self::$writing = $was_writing;
		}

		return rest_ensure_response(
			array(
				'post_id' => (int) $post->ID,
				'status'  => $post->post_status,
				'url'     => (string) get_permalink( $post ),
			)
		);
	}

	/**
	 * A warning of the answer.
	 *
	 * @param WP_Error    $error    image_refused or image_failed.
	 * @param string|null $image_id Igny8 image id.
	 * @param string      $url      URL.
	 */
	private static function warning( $error, $image_id, $url ) {
		$code = 'image_refused' === $error->get_error_code() ? 'image_refused' : 'image_failed';
		return array(
			'code'     => $code,
			'image_id' => $image_id,
			'url'      => $url,
			'message'  => 'image_refused' === $code
				/* translators: %s: the reason. */
				? sprintf( __( 'The image was not downloaded: %s.', 'igny8-bridge' ), $error->get_error_message() )
				/* translators: %s: the reason. */
				: sprintf( __( 'The image could not be added: %s.', 'igny8-bridge' ), $error->get_error_message() ),
		);
	}

	/**
	 * `YYYY-MM-DDTHH:MM:SSZ` for a GMT MySQL date.
	 *
	 * @param string $gmt `Y-m-d H:i:s`.
	 */
	private static function iso( $gmt ) {
		return str_replace( ' ', 'T', (string) $gmt ) . 'Z';
	}
}
