<?php
/**
 * What the widget takes from wp-admin to look and read like the rest of it: the user's admin colour scheme as theme
 * tokens, and the user's locale as a BCP 47 tag. Pure functions (no WordPress call), so tests/admin.php checks them
 * without WordPress.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Admin colour scheme → widget theme tokens; WordPress locale → BCP 47.
 */
final class Igny8_Admin_Theme {

	/** WCAG AA for normal text: every text colour the tokens give must reach it on the widget's backgrounds. */
	const MIN_CONTRAST = 4.5;

	/** The widget's surface (cards, tables): white in every light scheme. */
	const SURFACE = '#ffffff';

	/**
	 * WordPress's own schemes (wp-includes/general-template.php, wp-admin/css/colors/<scheme>/colors.scss): the
	 * highlight colour — the current menu item's background, and the primary button's in every scheme but Blue, whose
	 * buttons are gold — and the page background (`$body-background`).
	 */
	const SCHEMES = array(
		'fresh'     => array(
			'highlight'  => '#2271b1',
			'background' => '#f0f0f1',
		),
		'light'     => array(
			'highlight'  => '#04a4cc',
			'background' => '#f5f5f5',
		),
		'modern'    => array(
			'highlight'  => '#3858e9',
			'background' => '#f1f1f1',
		),
		'blue'      => array(
			'highlight'  => '#096484',
			'background' => '#f1f1f1',
		),
		'coffee'    => array(
			'highlight'  => '#c7a589',
			'background' => '#f1f1f1',
		),
		'ectoplasm' => array(
			'highlight'  => '#a3b745',
			'background' => '#f1f1f1',
		),
		'midnight'  => array(
			'highlight'  => '#e14d43',
			'background' => '#f1f1f1',
		),
		'ocean'     => array(
			'highlight'  => '#9ebaa0',
			'background' => '#f1f1f1',
		),
		'sunrise'   => array(
			'highlight'  => '#dd823b',
			'background' => '#f1f1f1',
		),
	);

	/**
	 * The widget's theme tokens for an admin colour scheme: `primary` is the scheme's highlight colour, darkened
	 * (its hue kept) until it reads at ≥ 4.5:1 as text on the surface and the background and under white text
	 * (`onPrimary`) — several of WordPress's schemes use lighter colours on their buttons (Ocean's white on #9ebaa0
	 * is 2.1:1) —, and `background` the scheme's page background. A scheme this table does not know (one a plugin
	 * registered) keeps the widget's defaults, which are WordPress's default scheme.
	 *
	 * @param string $scheme The user's `admin_color`.
	 * @return array<string,string> Theme tokens for the widget's mount().
	 */
	public static function tokens( $scheme ) {
		$scheme = is_string( $scheme ) && isset( self::SCHEMES[ $scheme ] ) ? $scheme : 'fresh';
		$colors = self::SCHEMES[ $scheme ];
		$white  = '#ffffff';
		return array(
			'mode'       => 'light',
			'primary'    => self::readable( $colors['highlight'], array( self::SURFACE, $colors['background'], $white ) ),
			'onPrimary'  => $white,
			'background' => $colors['background'],
		);
	}

	/**
	 * The colour itself, or the colour darkened in 1 % steps (each channel scaled towards black, so the hue stays)
	 * until it has at least MIN_CONTRAST against every one of `$against` (light colours).
	 *
	 * @param string   $color   `#rrggbb`.
	 * @param string[] $against `#rrggbb` colours.
	 * @return string `#rrggbb`.
	 */
	public static function readable( $color, array $against ) {
		list( $r, $g, $b ) = self::rgb( $color );
		for ( $step = 100; $step >= 0; $step-- ) {
			$candidate = sprintf( '#%02x%02x%02x', (int) round( $r * $step / 100 ), (int) round( $g * $step / 100 ), (int) round( $b * $step / 100 ) );
			$ok        = true;
			foreach ( $against as $other ) {
				if ( self::contrast( $candidate, $other ) < self::MIN_CONTRAST ) {
					$ok = false;
					break;
				}
			}
			if ( $ok ) {
				return $candidate;
			}
		}
		return '#000000';
	}

	/**
	 * WCAG 2 contrast ratio of two `#rrggbb` colours (1–21).
	 *
	 * @param string $a Colour.
	 * @param string $b Colour.
	 * @return float
	 */
	public static function contrast( $a, $b ) {
		$la = self::luminance( $a );
		$lb = self::luminance( $b );
		return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
	}

	/**
	 * WCAG relative luminance.
	 *
	 * @param string $color `#rrggbb`.
	 * @return float
	 */
	private static function luminance( $color ) {
		$channels = array();
		foreach ( self::rgb( $color ) as $value ) {
			$s          = $value / 255;
			$channels[] = $s <= 0.03928 ? $s / 12.92 : pow( ( $s + 0.055 ) / 1.055, 2.4 );
		}
		return 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
	}

	/**
	 * @param string $color `#rrggbb` or `#rgb`.
	 * @return int[] Red, green, blue (0–255).
	 */
	private static function rgb( $color ) {
		$hex = ltrim( (string) $color, '#' );
		if ( 3 === strlen( $hex ) ) {
			$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
		}
		if ( ! preg_match( '/^[0-9a-fA-F]{6}$/', $hex ) ) {
			return array( 0, 0, 0 );
		}
		return array( hexdec( substr( $hex, 0, 2 ) ), hexdec( substr( $hex, 2, 2 ) ), hexdec( substr( $hex, 4, 2 ) ) );
	}

	/**
	 * A WordPress locale as a BCP 47 tag: `de_DE` → `de-DE`, `pt_PT_ao90` → `pt-PT`, `de_CH_informal` → `de-CH`,
	 * `ary` → `ary`, `sr_RS` → `sr-RS`. WordPress's variants (formal, informal, ao90…) are not BCP 47 subtags a
	 * browser's Intl accepts everywhere, and the widget only needs the language and region; anything malformed is
	 * `en`.
	 *
	 * @param string $locale WordPress locale (get_user_locale()).
	 * @return string
	 */
	public static function bcp47( $locale ) {
		$parts = explode( '_', str_replace( '-', '_', (string) $locale ) );
		if ( ! preg_match( '/^[a-zA-Z]{2,3}$/', $parts[0] ) ) {
			return 'en';
		}
		$tag = strtolower( $parts[0] );
		foreach ( array_slice( $parts, 1 ) as $part ) {
			if ( preg_match( '/^[a-zA-Z]{4}$/', $part ) ) {
				$tag .= '-' . ucfirst( strtolower( $part ) ); // A script (`Latn`, `Hans`).
			} elseif ( preg_match( '/^([a-zA-Z]{2}|[0-9]{3})$/', $part ) ) {
				$tag .= '-' . strtoupper( $part ); // A region; what follows is a WordPress variant.
				break;
			} else {
				break;
			}
		}
		return $tag;
	}
}
