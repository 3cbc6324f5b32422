<?php
/**
 * The `<img>` tags of a post's html: listing their sources, pointing them at attachments, removing refused ones.
 *
 * Tags are edited in place with regular expressions over the tags themselves (never by re-serialising a DOM), so the
 * rest of the html — block comments included — reaches WordPress byte for byte.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Pure functions over html strings.
 */
final class Igny8_Post_Html {

	const IMG_TAG = '/<img\b(?:[^>"\']|"[^"]*"|\'[^\']*\')*>/i';

	/**
	 * The value of an attribute of a tag, decoded, or null when it is absent.
	 *
	 * @param string $tag  The tag.
	 * @param string $name Attribute name.
	 */
	public static function attribute( $tag, $name ) {
		if ( preg_match( '/\s' . preg_quote( $name, '/' ) . '\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'>]+))/i', $tag, $m ) ) {
			$value = isset( $m[3] ) && '' !== $m[3] ? $m[3] : ( isset( $m[2] ) && '' !== $m[2] ? $m[2] : $m[1] );
			return html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
		return null;
	}

	/**
	 * A tag with an attribute set (replaced when present, added before the end otherwise).
	 *
	 * @param string $tag   The tag.
	 * @param string $name  Attribute name.
	 * @param string $value Raw value (escaped here).
	 */
	public static function with_attribute( $tag, $name, $value ) {
		$quoted  = $name . '="' . htmlspecialchars( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) . '"';
		$pattern = '/(\s)' . preg_quote( $name, '/' ) . '\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'>]+)/i';
		if ( preg_match( $pattern, $tag ) ) {
			return preg_replace_callback(
				$pattern,
				static function ( $m ) use ( $quoted ) {
					return $m[1] . $quoted;
				},
				$tag,
				1
			);
		}
		return preg_replace( '/\s*(\/?)>$/', ' ' . $quoted . '$1>', $tag, 1 );
	}

	/**
	 * Every `<img>` src in the html, decoded, in order, without duplicates.
	 *
	 * @param string $html Html.
	 * @return string[]
	 */
	public static function image_sources( $html ) {
		$sources = array();
		if ( preg_match_all( self::IMG_TAG, (string) $html, $matches ) ) {
			foreach ( $matches[0] as $tag ) {
				$src = self::attribute( $tag, 'src' );
				if ( null !== $src && '' !== trim( $src ) ) {
					$sources[] = trim( $src );
				}
			}
		}
		return array_values( array_unique( $sources ) );
	}

	/**
	 * Point every `<img>` whose src is `$src` at an attachment: its URL, a `wp-image-N` class, and the alt text when
	 * the tag has none. `srcset`/`sizes` pointing at the old image are dropped (WordPress adds its own on display).
	 *
	 * @param string $html          Html.
	 * @param string $src           Source to replace (decoded).
	 * @param string $new_src       Attachment URL.
	 * @param int    $attachment_id Attachment id.
	 * @param string $alt           Alt text ('' to leave the tag's).
	 */
	public static function replace_image( $html, $src, $new_src, $attachment_id, $alt = '' ) {
		return preg_replace_callback(
			self::IMG_TAG,
			static function ( $m ) use ( $src, $new_src, $attachment_id, $alt ) {
				$tag = $m[0];
				if ( trim( (string) self::attribute( $tag, 'src' ) ) !== $src ) {
					return $tag;
				}
				$tag     = preg_replace( '/\s(?:srcset|sizes)\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'>]+)/i', '', $tag );
				$tag     = self::with_attribute( $tag, 'src', $new_src );
				$classes = preg_split( '/\s+/', trim( (string) self::attribute( $tag, 'class' ) ), -1, PREG_SPLIT_NO_EMPTY );
				$classes = array_values(
					array_filter(
						$classes,
						static function ( $c ) {
							return ! preg_match( '/^wp-image-\d+$/', $c );
						}
					)
				);
				$classes[] = 'wp-image-' . (int) $attachment_id;
				$tag       = self::with_attribute( $tag, 'class', implode( ' ', $classes ) );
				if ( '' !== $alt && '' === trim( (string) self::attribute( $tag, 'alt' ) ) ) {
					$tag = self::with_attribute( $tag, 'alt', $alt );
				}
				return $tag;
			},
			(string) $html
		);
	}

	/**
	 * Remove every `<img>` whose src is `$src`, with the `<figure>` around it (and that figure's image block comments)
	 * when there is one, so no empty frame or caption is left behind.
	 *
	 * @param string $html Html.
	 * @param string $src  Source (decoded).
	 */
	public static function remove_image( $html, $src ) {
		$is_target = static function ( $tag ) use ( $src ) {
			return trim( (string) self::attribute( $tag, 'src' ) ) === $src;
		};
		// Figures (they do not nest) that hold the image, with a block comment pair around them when present.
		$html = preg_replace_callback(
			'/(?:<!--\s*wp:image\b(?:(?!-->).)*-->\s*)?<figure\b[^>]*>((?:(?!<\/figure>).)*)<\/figure>(?:\s*<!--\s*\/wp:image\s*-->)?/is',
			static function ( $m ) use ( $is_target ) {
				if ( preg_match_all( self::IMG_TAG, $m[1], $tags ) ) {
					foreach ( $tags[0] as $tag ) {
						if ( $is_target( $tag ) ) {
							return '';
						}
					}
				}
				return $m[0];
			},
			(string) $html
		);
		// Images outside any figure.
		return preg_replace_callback(
			self::IMG_TAG,
			static function ( $m ) use ( $is_target ) {
				return $is_target( $m[0] ) ? '' : $m[0];
			},
			$html
		);
	}
}
