<?php
/**
 * The SEO fields of a published post, written where the active SEO plugin reads them; our JSON-LD when none is.
 *
 * Each plugin's keys are its own public ones (see docs/wordpress.md for the versions checked):
 * - Yoast SEO: post meta `_yoast_wpseo_title`, `_yoast_wpseo_metadesc`, `_yoast_wpseo_focuskw`,
 *   `_yoast_wpseo_canonical` (Yoast rebuilds its indexable table from them when the post is saved).
 * - Rank Math: `rank_math_title`, `rank_math_description`, `rank_math_focus_keyword`, `rank_math_canonical_url`.
 * - All in One SEO 4: its `{prefix}aioseo_posts` table (title, description, keyphrases, canonical_url), through its
 *   model when loaded, else directly; plus the `_aioseo_title`, `_aioseo_description`, `_aioseo_keywords` meta.
 * - SEOPress: `_seopress_titles_title`, `_seopress_titles_desc`, `_seopress_analysis_target_kw`,
 *   `_seopress_robots_canonical`.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Writes SEO fields; prints JSON-LD.
 */
final class Igny8_Seo {

	/** Post meta keys by plugin: title, description, focus keyword, canonical. */
	const META_KEYS = array(
		'yoast'     => array(
			'title'         => '_yoast_wpseo_title',
			'description'   => '_yoast_wpseo_metadesc',
			'focus_keyword' => '_yoast_wpseo_focuskw',
			'canonical'     => '_yoast_wpseo_canonical',
		),
		'rank_math' => array(
			'title'         => 'rank_math_title',
			'description'   => 'rank_math_description',
			'focus_keyword' => 'rank_math_focus_keyword',
			'canonical'     => 'rank_math_canonical_url',
		),
		'aioseo'    => array(
			'title'         => '_aioseo_title',
			'description'   => '_aioseo_description',
			'focus_keyword' => '_aioseo_keywords',
		),
		'seopress'  => array(
			'title'         => '_seopress_titles_title',
			'description'   => '_seopress_titles_desc',
			'focus_keyword' => '_seopress_analysis_target_kw',
			'canonical'     => '_seopress_robots_canonical',
		),
	);

	/**
	 * The non-empty SEO meta of a plugin that reads post meta, sanitised, for `meta_input`: written as part of the
	 * post save, they are in place when WordPress fires its save hooks (Yoast builds the post's indexable then).
	 *
	 * @param string $plugin Igny8_Rest_Site::active_seo_plugin().
	 * @param array  $seo    `{ title, description, focus_keyword, canonical }`.
	 * @return array<string,string>
	 */
	public static function meta_values( $plugin, array $seo ) {
		$out = array();
		if ( isset( self::META_KEYS[ $plugin ] ) ) {
			$values = self::sanitized( $seo );
			foreach ( self::META_KEYS[ $plugin ] as $field => $key ) {
				if ( '' !== $values[ $field ] ) {
					$out[ $key ] = $values[ $field ];
				}
			}
		}
		return $out;
	}

	/**
	 * @param array $seo `{ title, description, focus_keyword, canonical }`, each string|null.
	 * @return array<string,string>
	 */
	private static function sanitized( array $seo ) {
		return array(
			'title'         => isset( $seo['title'] ) ? sanitize_text_field( $seo['title'] ) : '',
			'description'   => isset( $seo['description'] ) ? sanitize_textarea_field( $seo['description'] ) : '',
			'focus_keyword' => isset( $seo['focus_keyword'] ) ? sanitize_text_field( $seo['focus_keyword'] ) : '',
			'canonical'     => isset( $seo['canonical'] ) ? esc_url_raw( $seo['canonical'], array( 'http', 'https' ) ) : '',
		);
	}

	/**
	 * Write the SEO fields and the JSON-LD of a post for the active SEO plugin.
	 *
	 * A null or empty field removes what was there, so the plugin falls back to its own default (its title template,
	 * the excerpt…) rather than keeping a value Igny8 no longer sends.
	 *
	 * @param int        $post_id Post id.
	 * @param string     $plugin  Igny8_Rest_Site::active_seo_plugin().
	 * @param array      $seo     `{ title, description, focus_keyword, canonical }`, each string|null.
	 * @param array|null $json_ld JSON-LD, or null.
	 */
	public static function write( $post_id, $plugin, array $seo, $json_ld ) {
		$post_id = (int) $post_id;
		$values  = self::sanitized( $seo );

		if ( isset( self::META_KEYS[ $plugin ] ) ) {
			foreach ( self::META_KEYS[ $plugin ] as $field => $key ) {
				if ( '' === $values[ $field ] ) {
					delete_post_meta( $post_id, $key );
				} else {
					update_post_meta( $post_id, $key, wp_slash( $values[ $field ] ) );
				}
			}
		}
		if ( 'aioseo' === $plugin ) {
			self::write_aioseo( $post_id, $values );
		}

		// Our JSON-LD only where no SEO plugin prints its own schema (two graphs for one page confuse search engines).
		if ( 'none' === $plugin && is_array( $json_ld ) && array() !== $json_ld ) {
			update_post_meta( $post_id, Igny8_Post_Meta::JSON_LD, wp_slash( wp_json_encode( $json_ld ) ) );
		} else {
			delete_post_meta( $post_id, Igny8_Post_Meta::JSON_LD );
		}
	}

	/**
	 * All in One SEO 4 reads its own table: through its model when the plugin is loaded, else a direct upsert when
	 * the table exists (the plugin is installed but not loaded in this request, or its model changed name).
	 *
	 * @param int   $post_id Post id.
	 * @param array $values  Sanitised values.
	 */
	private static function write_aioseo( $post_id, array $values ) {
		global $wpdb;
		$model = '\AIOSEO\Plugin\Common\Models\Post';
		$row   = array(
			'title'         => '' === $values['title'] ? null : $values['title'],
			'description'   => '' === $values['description'] ? null : $values['description'],
			'canonical_url' => '' === $values['canonical'] ? null : $values['canonical'],
		);

		if ( class_exists( $model ) && method_exists( $model, 'getPost' ) ) {
			$post = call_user_func( array( $model, 'getPost' ), $post_id );
			if ( is_object( $post ) && method_exists( $post, 'set' ) && method_exists( $post, 'save' ) ) {
				$existing          = isset( $post->keyphrases ) ? $post->keyphrases : null;
				$row['keyphrases'] = self::aioseo_keyphrases( is_string( $existing ) ? $existing : wp_json_encode( $existing ), $values['focus_keyword'] );
				$row['post_id']    = $post_id;
				$post->set( $row );
				$post->save();
				return;
			}
		}

		$table = $wpdb->prefix . 'aioseo_posts';
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- the table belongs to AIOSEO, which has no API loaded here.
		if ( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) ) !== $table ) {
			return;
		}
		$existing = $wpdb->get_row( $wpdb->prepare( "SELECT id, keyphrases FROM {$table} WHERE post_id = %d ORDER BY id LIMIT 1", $post_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the table name is ours to build.
		$now      = current_time( 'mysql', true );

		$row['keyphrases'] = self::aioseo_keyphrases( $existing ? (string) $existing['keyphrases'] : '', $values['focus_keyword'] );
		$row['updated']    = $now;
		if ( $existing ) {
			$wpdb->update( $table, $row, array( 'id' => (int) $existing['id'] ) );
		} else {
			$row['post_id'] = $post_id;
			$row['created'] = $now;
			$wpdb->insert( $table, $row );
		}
		// phpcs:enable
	}

	/**
	 * AIOSEO's keyphrases JSON, `{"focus":{"keyphrase":…},"additional":[…]}`, with the focus keyphrase replaced and
	 * the additional ones (and any other data) kept.
	 *
	 * @param string $existing Existing JSON ('' for none).
	 * @param string $focus    Focus keyphrase.
	 */
	public static function aioseo_keyphrases( $existing, $focus ) {
		$data = json_decode( (string) $existing, true );
		if ( ! is_array( $data ) ) {
			$data = array();
		}
		if ( ! isset( $data['focus'] ) || ! is_array( $data['focus'] ) ) {
			$data['focus'] = array();
		}
		$data['focus']['keyphrase'] = (string) $focus;
		if ( ! isset( $data['additional'] ) || ! is_array( $data['additional'] ) ) {
			$data['additional'] = array();
		}
		return wp_json_encode( $data );
	}

	/**
	 * On `wp_head`: our JSON-LD, on the singular page of a post that has it, when no SEO plugin is active.
	 */
	public static function print_json_ld() {
		if ( ! is_singular() || 'none' !== Igny8_Rest_Site::active_seo_plugin() ) {
			return;
		}
		$raw = get_post_meta( (int) get_queried_object_id(), Igny8_Post_Meta::JSON_LD, true );
		if ( ! is_string( $raw ) || '' === $raw ) {
			return;
		}
		$json_ld = json_decode( $raw, true );
		if ( ! is_array( $json_ld ) ) {
			return;
		}
		// JSON_HEX_* turn <, >, &, ' and " into \u escapes: no `</script>` or comment opener can end the element.
		$encoded = wp_json_encode( $json_ld, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		if ( false === $encoded ) {
			return;
		}
		echo '<script type="application/ld+json">' . $encoded . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON encoded with every HTML-significant character escaped, above.
	}
}
