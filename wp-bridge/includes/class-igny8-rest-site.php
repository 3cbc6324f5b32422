<?php
/**
 * GET /wp-json/igny8/v1/site — signed; the site metadata the Igny8 server needs to publish.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Site metadata.
 */
final class Igny8_Rest_Site extends Igny8_Rest_Controller {

	/** Upper bound on terms and authors returned, so one request stays cheap on large sites. */
	const MAX_ITEMS = 1000;

	public function register_routes() {
		$this->signed_route( '/site', WP_REST_Server::READABLE, array( $this, 'get_site' ) );
	}

	/**
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_site( $request ) { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.Found
		$post_types = array();
		foreach ( get_post_types( array( 'public' => true ), 'objects' ) as $type ) {
			$post_types[] = array(
				'name'         => $type->name,
				'label'        => $type->label,
				'hierarchical' => (bool) $type->hierarchical,
				'rest_base'    => $type->rest_base ? $type->rest_base : $type->name,
			);
		}

		$taxonomies = array();
		foreach ( get_taxonomies( array( 'public' => true ), 'objects' ) as $taxonomy ) {
			$taxonomies[] = array(
				'name'         => $taxonomy->name,
				'label'        => $taxonomy->label,
				'hierarchical' => (bool) $taxonomy->hierarchical,
				'object_types' => array_values( (array) $taxonomy->object_type ),
			);
		}

		$authors = array();
		$users   = get_users(
			array(
				'capability' => 'edit_posts',
				'number'     => self::MAX_ITEMS,
				'orderby'    => 'ID',
				'fields'     => array( 'ID', 'display_name' ),
			)
		);
		foreach ( $users as $user ) {
			$authors[] = array(
				'id'   => (int) $user->ID,
				'name' => $user->display_name,
			);
		}

		return rest_ensure_response(
			array(
				'wp_version'     => get_bloginfo( 'version' ),
				'plugin_version' => IGNY8_BRIDGE_VERSION,
				'name'           => get_bloginfo( 'name' ),
				'description'    => get_bloginfo( 'description' ),
				'url'            => home_url(),
				'locale'         => get_locale(),
				'timezone'       => wp_timezone_string(),
				'post_types'     => $post_types,
				'taxonomies'     => $taxonomies,
				'terms'          => array(
					'category' => $this->terms( 'category' ),
					'post_tag' => $this->terms( 'post_tag' ),
				),
				'authors'        => $authors,
				'seo_plugin'     => self::active_seo_plugin(),
			)
		);
	}

	/**
	 * Which SEO plugin is active, detected by what each one defines once loaded.
	 *
	 * @return string yoast|rank_math|aioseo|seopress|none (the server reads rank-math too)
	 */
	public static function active_seo_plugin() {
		if ( defined( 'WPSEO_VERSION' ) || class_exists( 'WPSEO_Options' ) ) {
			return 'yoast';
		}
		if ( class_exists( 'RankMath' ) || defined( 'RANK_MATH_VERSION' ) ) {
			return 'rank_math';
		}
		if ( defined( 'AIOSEO_VERSION' ) || function_exists( 'aioseo' ) ) {
			return 'aioseo';
		}
		if ( defined( 'SEOPRESS_VERSION' ) || function_exists( 'seopress_init' ) ) {
			return 'seopress';
		}
		return 'none';
	}

	/**
	 * @param string $taxonomy Taxonomy.
	 * @return array<int,array{id:int,name:string,slug:string}>
	 */
	private function terms( $taxonomy ) {
		$terms = get_terms(
			array(
				'taxonomy'   => $taxonomy,
				'hide_empty' => false,
				'number'     => self::MAX_ITEMS,
				'orderby'    => 'term_id',
			)
		);
		if ( is_wp_error( $terms ) ) {
			return array();
		}
		$out = array();
		foreach ( $terms as $term ) {
			$out[] = array(
				'id'     => (int) $term->term_id,
				'name'   => $term->name,
				'slug'   => $term->slug,
				'parent' => (int) $term->parent,
			);
		}
		return $out;
	}
}
