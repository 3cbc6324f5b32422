<?php
/**
 * Strict validation of the bodies of the post routes. Pure PHP over decoded JSON: no WordPress call but __(), so
 * the checks run without WordPress too (wp-bridge/tests/run.php).
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Validates and normalises `POST /posts` and `POST /posts/{content_id}/retract` bodies.
 */
final class Igny8_Post_Input {

	const ERROR = 'igny8_invalid_post';

	const UUID = '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/';

	const STATUSES = array( 'draft', 'pending', 'publish', 'future' );

	const MAX_HTML_BYTES = 5000000;

	const MAX_CATEGORIES = 20;

	const MAX_TAGS = 40;

	const MAX_IMAGES = 100;

	const MAX_JSON_LD_BYTES = 100000;

	/** Keys a post body may have. */
	const KEYS = array( 'content_id', 'title', 'html', 'excerpt', 'slug', 'status', 'date_gmt', 'categories', 'tags', 'author_id', 'featured_image', 'images', 'seo', 'json_ld', 'force' );

	const IMAGE_KEYS = array( 'image_id', 'version', 'url', 'alt', 'filename' );

	const SEO_KEYS = array( 'title', 'description', 'focus_keyword', 'canonical' );

	/**
	 * Validate a post body.
	 *
	 * @param mixed    $body Decoded JSON.
	 * @param int|null $now  Unix time (for tests).
	 * @return array|WP_Error The normalised input; `date_gmt` becomes `Y-m-d H:i:s` (UTC) or null.
	 */
	public static function parse_post( $body, $now = null ) {
		$now = null === $now ? time() : (int) $now;
		if ( ! self::is_object( $body ) ) {
			return self::invalid( '', __( 'the body must be a JSON object', 'igny8-bridge' ) );
		}
		$unknown = self::unknown_key( $body, self::KEYS );
		if ( null !== $unknown ) {
			return self::invalid( $unknown, __( 'unknown field', 'igny8-bridge' ) );
		}
		$out = array();

		if ( ! isset( $body['content_id'] ) || ! is_string( $body['content_id'] ) || ! preg_match( self::UUID, strtolower( $body['content_id'] ) ) ) {
			return self::invalid( 'content_id', __( 'a UUID is required', 'igny8-bridge' ) );
		}
		$out['content_id'] = strtolower( $body['content_id'] );

		if ( ! isset( $body['title'] ) || ! is_string( $body['title'] ) ) {
			return self::invalid( 'title', __( 'a string is required', 'igny8-bridge' ) );
		}
		$title = trim( $body['title'] );
		if ( '' === $title || self::length( $title ) > 500 ) {
			return self::invalid( 'title', __( 'between 1 and 500 characters are required', 'igny8-bridge' ) );
		}
		$out['title'] = $title;

		if ( ! isset( $body['html'] ) || ! is_string( $body['html'] ) ) {
			return self::invalid( 'html', __( 'a string is required', 'igny8-bridge' ) );
		}
		if ( strlen( $body['html'] ) > self::MAX_HTML_BYTES ) {
			return self::invalid( 'html', __( 'at most 5,000,000 bytes are allowed', 'igny8-bridge' ) );
		}
		$out['html'] = $body['html'];

		$excerpt = self::optional_string( $body, 'excerpt', 0, 5000, '' );
		if ( is_wp_error( $excerpt ) ) {
			return $excerpt;
		}
		$out['excerpt'] = (string) $excerpt;

		$slug = self::optional_string( $body, 'slug', 1, 200, null );
		if ( is_wp_error( $slug ) ) {
			return $slug;
		}
		$out['slug'] = $slug;

		$status = array_key_exists( 'status', $body ) ? $body['status'] : 'draft';
		if ( ! is_string( $status ) || ! in_array( $status, self::STATUSES, true ) ) {
			return self::invalid( 'status', __( 'one of draft, pending, publish or future is required', 'igny8-bridge' ) );
		}
		$out['status'] = $status;

		$out['date_gmt'] = null;
		if ( array_key_exists( 'date_gmt', $body ) && null !== $body['date_gmt'] ) {
			$date = self::utc_date( $body['date_gmt'] );
			if ( null === $date ) {
				return self::invalid( 'date_gmt', __( 'a UTC date such as 2026-05-01T09:30:00Z is required', 'igny8-bridge' ) );
			}
			$out['date_gmt'] = $date;
		}
		if ( 'future' === $status && ( null === $out['date_gmt'] || strtotime( $out['date_gmt'] . ' UTC' ) <= $now ) ) {
			return self::invalid( 'date_gmt', __( 'a date in the future is required to schedule a post', 'igny8-bridge' ) );
		}

		foreach ( array(
			'categories' => self::MAX_CATEGORIES,
			'tags'       => self::MAX_TAGS,
		) as $key => $max ) {
			$names = self::names( $body, $key, $max );
			if ( is_wp_error( $names ) ) {
				return $names;
			}
			$out[ $key ] = $names;
		}

		$out['author_id'] = null;
		if ( array_key_exists( 'author_id', $body ) && null !== $body['author_id'] ) {
			if ( ! is_int( $body['author_id'] ) || $body['author_id'] < 1 ) {
				return self::invalid( 'author_id', __( 'a positive integer or null is required', 'igny8-bridge' ) );
			}
			$out['author_id'] = $body['author_id'];
		}

		$out['featured_image'] = null;
		if ( array_key_exists( 'featured_image', $body ) && null !== $body['featured_image'] ) {
			$image = self::image( $body['featured_image'], 'featured_image' );
			if ( is_wp_error( $image ) ) {
				return $image;
			}
			$out['featured_image'] = $image;
		}

		$out['images'] = array();
		if ( array_key_exists( 'images', $body ) ) {
			if ( ! self::is_list( $body['images'] ) || count( $body['images'] ) > self::MAX_IMAGES ) {
				return self::invalid( 'images', __( 'a list of at most 100 images is required', 'igny8-bridge' ) );
			}
			foreach ( $body['images'] as $i => $entry ) {
				$image = self::image( $entry, 'images[' . $i . ']' );
				if ( is_wp_error( $image ) ) {
					return $image;
				}
				$out['images'][] = $image;
			}
		}

		$out['seo'] = array_fill_keys( self::SEO_KEYS, null );
		if ( array_key_exists( 'seo', $body ) && null !== $body['seo'] ) {
			if ( ! self::is_object( $body['seo'] ) ) {
				return self::invalid( 'seo', __( 'an object is required', 'igny8-bridge' ) );
			}
			$unknown = self::unknown_key( $body['seo'], self::SEO_KEYS );
			if ( null !== $unknown ) {
				return self::invalid( 'seo.' . $unknown, __( 'unknown field', 'igny8-bridge' ) );
			}
			foreach ( array(
				'title'         => 300,
				'description'   => 1000,
				'focus_keyword' => 200,
				'canonical'     => 2048,
			) as $key => $max ) {
				$value = self::optional_string( $body['seo'], $key, 0, $max, null, 'seo.' );
				if ( is_wp_error( $value ) ) {
					return $value;
				}
				$out['seo'][ $key ] = null === $value ? null : trim( $value );
			}
			if ( null !== $out['seo']['canonical'] && '' !== $out['seo']['canonical'] && ! self::is_http_url( $out['seo']['canonical'] ) ) {
				return self::invalid( 'seo.canonical', __( 'an http or https URL is required', 'igny8-bridge' ) );
			}
		}

		$out['json_ld'] = null;
		if ( array_key_exists( 'json_ld', $body ) && null !== $body['json_ld'] ) {
			if ( ! is_array( $body['json_ld'] ) ) {
				return self::invalid( 'json_ld', __( 'an object, an array or null is required', 'igny8-bridge' ) );
			}
			if ( strlen( (string) json_encode( $body['json_ld'] ) ) > self::MAX_JSON_LD_BYTES ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode -- a size check, also without WordPress.
				return self::invalid( 'json_ld', __( 'at most 100,000 bytes are allowed', 'igny8-bridge' ) );
			}
			$out['json_ld'] = $body['json_ld'];
		}

		$out['force'] = false;
		if ( array_key_exists( 'force', $body ) ) {
			if ( ! is_bool( $body['force'] ) ) {
				return self::invalid( 'force', __( 'true or false is required', 'igny8-bridge' ) );
			}
			$out['force'] = $body['force'];
		}
		return $out;
	}

	/**
	 * Validate a retract body.
	 *
	 * @param mixed $body Decoded JSON.
	 * @return array|WP_Error `{ mode }`.
	 */
	public static function parse_retract( $body ) {
		if ( ! self::is_object( $body ) ) {
			return self::invalid( '', __( 'the body must be a JSON object', 'igny8-bridge' ) );
		}
		$unknown = self::unknown_key( $body, array( 'mode' ) );
		if ( null !== $unknown ) {
			return self::invalid( $unknown, __( 'unknown field', 'igny8-bridge' ) );
		}
		if ( ! isset( $body['mode'] ) || ! in_array( $body['mode'], array( 'trash', 'draft' ), true ) ) {
			return self::invalid( 'mode', __( 'trash or draft is required', 'igny8-bridge' ) );
		}
		return array( 'mode' => $body['mode'] );
	}

	/**
	 * `Y-m-d H:i:s` for `YYYY-MM-DDTHH:MM:SSZ`, or null when it is not one (or not a real date).
	 *
	 * @param mixed $value Value.
	 */
	public static function utc_date( $value ) {
		if ( ! is_string( $value ) || ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/', $value, $m ) ) {
			return null;
		}
		if ( ! checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) || (int) $m[4] > 23 || (int) $m[5] > 59 || (int) $m[6] > 59 || (int) $m[1] < 1970 ) {
			return null;
		}
		return "{$m[1]}-{$m[2]}-{$m[3]} {$m[4]}:{$m[5]}:{$m[6]}";
	}

	/**
	 * @param mixed  $value Value.
	 * @param string $field Field path for errors.
	 * @return array|WP_Error
	 */
	private static function image( $value, $field ) {
		if ( ! self::is_object( $value ) ) {
			return self::invalid( $field, __( 'an object is required', 'igny8-bridge' ) );
		}
		$unknown = self::unknown_key( $value, self::IMAGE_KEYS );
		if ( null !== $unknown ) {
			return self::invalid( $field . '.' . $unknown, __( 'unknown field', 'igny8-bridge' ) );
		}
		if ( ! isset( $value['image_id'] ) || ! is_string( $value['image_id'] ) || ! preg_match( self::UUID, strtolower( $value['image_id'] ) ) ) {
			return self::invalid( $field . '.image_id', __( 'a UUID is required', 'igny8-bridge' ) );
		}
		if ( ! isset( $value['version'] ) || ! is_string( $value['version'] ) || '' === $value['version'] || strlen( $value['version'] ) > 100 ) {
			return self::invalid( $field . '.version', __( 'a string of 1 to 100 characters is required', 'igny8-bridge' ) );
		}
		if ( ! isset( $value['url'] ) || ! is_string( $value['url'] ) || strlen( $value['url'] ) > 4096 || ! self::is_http_url( $value['url'] ) ) {
			return self::invalid( $field . '.url', __( 'an http or https URL is required', 'igny8-bridge' ) );
		}
		if ( ! isset( $value['alt'] ) || ! is_string( $value['alt'] ) || self::length( $value['alt'] ) > 1000 ) {
			return self::invalid( $field . '.alt', __( 'a string of at most 1000 characters is required', 'igny8-bridge' ) );
		}
		if ( ! isset( $value['filename'] ) || ! is_string( $value['filename'] ) || '' === trim( $value['filename'] ) || strlen( $value['filename'] ) > 255 ) {
			return self::invalid( $field . '.filename', __( 'a string of 1 to 255 characters is required', 'igny8-bridge' ) );
		}
		return array(
			'image_id' => strtolower( $value['image_id'] ),
			'version'  => $value['version'],
			'url'      => $value['url'],
			'alt'      => trim( $value['alt'] ),
			'filename' => trim( $value['filename'] ),
		);
	}

	/**
	 * A list of term names: strings of 1 to 200 characters, duplicates (case-insensitive) dropped.
	 *
	 * @param array  $body Body.
	 * @param string $key  Key.
	 * @param int    $max  Maximum count.
	 * @return string[]|WP_Error
	 */
	private static function names( array $body, $key, $max ) {
		if ( ! array_key_exists( $key, $body ) || null === $body[ $key ] ) {
			return array();
		}
		if ( ! self::is_list( $body[ $key ] ) || count( $body[ $key ] ) > $max ) {
			/* translators: %d: maximum number of names. */
			return self::invalid( $key, sprintf( __( 'a list of at most %d names is required', 'igny8-bridge' ), $max ) );
		}
		$names = array();
		$seen  = array();
		foreach ( $body[ $key ] as $i => $name ) {
			if ( ! is_string( $name ) || '' === trim( $name ) || self::length( trim( $name ) ) > 200 ) {
				return self::invalid( $key . '[' . $i . ']', __( 'a name of 1 to 200 characters is required', 'igny8-bridge' ) );
			}
			$name  = trim( $name );
			$lower = function_exists( 'mb_strtolower' ) ? mb_strtolower( $name, 'UTF-8' ) : strtolower( $name );
			if ( ! isset( $seen[ $lower ] ) ) {
				$seen[ $lower ] = true;
				$names[]        = $name;
			}
		}
		return $names;
	}

	/**
	 * An optional string field: the value, `$default` when absent, or an error.
	 *
	 * @param array       $body    Object.
	 * @param string      $key     Key.
	 * @param int         $min     Minimum length.
	 * @param int         $max     Maximum length.
	 * @param string|null $default Default (null: null is allowed too).
	 * @param string      $prefix  Field path prefix.
	 * @return string|null|WP_Error
	 */
	private static function optional_string( array $body, $key, $min, $max, $default, $prefix = '' ) {
		if ( ! array_key_exists( $key, $body ) ) {
			return $default;
		}
		$value = $body[ $key ];
		if ( null === $value && null === $default ) {
			return null;
		}
		if ( ! is_string( $value ) ) {
			return self::invalid( $prefix . $key, null === $default ? __( 'a string or null is required', 'igny8-bridge' ) : __( 'a string is required', 'igny8-bridge' ) );
		}
		$length = self::length( $value );
		if ( $length < $min || $length > $max ) {
			/* translators: 1: minimum length, 2: maximum length. */
			return self::invalid( $prefix . $key, sprintf( __( 'between %1$d and %2$d characters are required', 'igny8-bridge' ), $min, $max ) );
		}
		return $value;
	}

	/**
	 * @param string $url URL.
	 */
	private static function is_http_url( $url ) {
		return (bool) preg_match( '#^https?://[^\s/?\#]+[^\s]*$#i', $url );
	}

	/** @param mixed $value Value. */
	private static function is_object( $value ) {
		return is_array( $value ) && ( array() === $value || ! self::is_list( $value ) );
	}

	/** @param mixed $value Value. */
	private static function is_list( $value ) {
		return is_array( $value ) && ( array() === $value || array_keys( $value ) === range( 0, count( $value ) - 1 ) );
	}

	/**
	 * The first key of `$value` not in `$allowed`, or null.
	 *
	 * @param array    $value   Object.
	 * @param string[] $allowed Allowed keys.
	 */
	private static function unknown_key( array $value, array $allowed ) {
		foreach ( array_keys( $value ) as $key ) {
			if ( ! in_array( (string) $key, $allowed, true ) ) {
				return (string) $key;
			}
		}
		return null;
	}

	/** @param string $value Value. */
	private static function length( $value ) {
		return function_exists( 'mb_strlen' ) ? mb_strlen( $value, 'UTF-8' ) : strlen( $value );
	}

	/**
	 * @param string $field Field.
	 * @param string $why   Why.
	 */
	private static function invalid( $field, $why ) {
		return Igny8_Rest_Controller::invalid( self::ERROR, $field, $why );
	}
}
