<?php
/**
 * Plain-PHP checks for what the Igny8 page hands the widget: the admin colour schemes as theme tokens (every text
 * colour ≥ 4.5:1, computed here independently of the class), WordPress locales as BCP 47, the module script tags,
 * and the role and features a user's widget sessions ask for. Required by run.php (with or without WordPress).
 *
 * @package Igny8_Bridge
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions

if ( ! class_exists( 'Igny8_Admin_Theme' ) ) {
	require_once dirname( __DIR__ ) . '/includes/class-igny8-admin-theme.php';
	require_once dirname( __DIR__ ) . '/includes/class-igny8-admin-page.php';
	require_once dirname( __DIR__ ) . '/includes/class-igny8-rest-widget-session.php';
}

/** For failure output, with or without WordPress. */
function igny8_test_export( $value ) {
	return (string) json_encode( $value );
}

/**
 * WCAG 2 contrast, written out again from the definition (sRGB → linear, relative luminance, (L1 + .05) / (L2 + .05)).
 *
 * @param string $a `#rrggbb`.
 * @param string $b `#rrggbb`.
 */
function igny8_test_contrast( $a, $b ) {
	$luminance = function ( $hex ) {
		$linear = array();
		foreach ( str_split( substr( $hex, 1 ), 2 ) as $pair ) {
			$c        = hexdec( $pair ) / 255;
			$linear[] = $c <= 0.03928 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4;
		}
		return 0.2126 * $linear[0] + 0.7152 * $linear[1] + 0.0722 * $linear[2];
	};
	$la = $luminance( $a );
	$lb = $luminance( $b );
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/** The hue of a `#rrggbb` colour, in degrees (to check that darkening keeps it). */
function igny8_test_hue( $hex ) {
	list( $r, $g, $b ) = array_map( 'hexdec', str_split( substr( $hex, 1 ), 2 ) );
	$max               = max( $r, $g, $b );
	$min               = min( $r, $g, $b );
	if ( $max === $min ) {
		return 0.0;
	}
	$d = $max - $min;
	if ( $max === $r ) {
		$h = fmod( ( $g - $b ) / $d, 6 );
	} elseif ( $max === $g ) {
		$h = ( $b - $r ) / $d + 2;
	} else {
		$h = ( $r - $g ) / $d + 4;
	}
	return fmod( $h * 60 + 360, 360 );
}

// ---------------------------------------------------------------------------------------------
// Admin colour schemes → theme tokens.

// The widget's light theme (packages/widget/src/theme/tokens.ts): the text colours the tokens do not change.
$igny8_text_colors = array(
	'text'      => '#1d2327',
	'mutedText' => '#50575e',
	'danger'    => '#b32d2e',
	'success'   => '#00702e',
);
$igny8_schemes     = array( 'fresh', 'light', 'modern', 'blue', 'coffee', 'ectoplasm', 'midnight', 'ocean', 'sunrise' );
igny8_check( 'every one of WordPress\'s nine admin colour schemes has tokens', array_keys( Igny8_Admin_Theme::SCHEMES ) === $igny8_schemes );
$igny8_primaries = array();
foreach ( $igny8_schemes as $igny8_scheme ) {
	$igny8_tokens = Igny8_Admin_Theme::tokens( $igny8_scheme );
	$igny8_bg     = $igny8_tokens['background'];
	$igny8_low    = array();
	foreach ( array( '#ffffff' => 'surface', $igny8_bg => 'background' ) as $igny8_under => $igny8_name ) {
		$igny8_pairs = array( 'primary' => $igny8_tokens['primary'] ) + $igny8_text_colors;
		foreach ( $igny8_pairs as $igny8_token => $igny8_color ) {
			$igny8_ratio = igny8_test_contrast( $igny8_color, $igny8_under );
			if ( $igny8_ratio < 4.5 ) {
				$igny8_low[] = sprintf( '%s %s on %s %s: %.2f', $igny8_token, $igny8_color, $igny8_name, $igny8_under, $igny8_ratio );
			}
		}
	}
	$igny8_on_primary = igny8_test_contrast( $igny8_tokens['onPrimary'], $igny8_tokens['primary'] );
	if ( $igny8_on_primary < 4.5 ) {
		$igny8_low[] = sprintf( 'onPrimary on primary: %.2f', $igny8_on_primary );
	}
	igny8_check( "the {$igny8_scheme} scheme's tokens keep every text colour at 4.5:1 or more", array() === $igny8_low, implode( '; ', $igny8_low ) );
	$igny8_highlight = Igny8_Admin_Theme::SCHEMES[ $igny8_scheme ]['highlight'];
	$igny8_hue_shift = abs( igny8_test_hue( $igny8_tokens['primary'] ) - igny8_test_hue( $igny8_highlight ) );
	igny8_check( "the {$igny8_scheme} scheme's primary keeps its highlight colour's hue ({$igny8_highlight} → {$igny8_tokens['primary']})", min( $igny8_hue_shift, 360 - $igny8_hue_shift ) < 4 );
	// No darker than needed: one step lighter would fall below 4.5:1 (unless it is the highlight colour itself).
	if ( $igny8_tokens['primary'] !== $igny8_highlight ) {
		igny8_check( "the {$igny8_scheme} scheme's primary is only as dark as it must be", igny8_test_contrast( $igny8_tokens['primary'], $igny8_bg ) < 4.75 );
	}
	$igny8_primaries[ $igny8_scheme ] = $igny8_tokens['primary'];
}
igny8_check( 'the default scheme keeps WordPress\'s own blue (#2271b1), already readable', '#2271b1' === $igny8_primaries['fresh'], $igny8_primaries['fresh'] );
igny8_check( 'the nine schemes give nine different primary colours', 9 === count( array_unique( $igny8_primaries ) ) );
igny8_check( 'Ocean\'s light green (#9ebaa0, 2.1:1 under white text) is darkened to a readable green', '#9ebaa0' !== $igny8_primaries['ocean'] && igny8_test_contrast( '#ffffff', $igny8_primaries['ocean'] ) >= 4.5, $igny8_primaries['ocean'] );
$igny8_unknown = Igny8_Admin_Theme::tokens( 'a-scheme-from-a-plugin' );
igny8_check( 'an unknown scheme gets the default scheme\'s tokens', Igny8_Admin_Theme::tokens( 'fresh' ) === $igny8_unknown && Igny8_Admin_Theme::tokens( '' ) === $igny8_unknown );
igny8_check( 'the tokens are light mode, white text on the primary colour', 'light' === $igny8_unknown['mode'] && '#ffffff' === $igny8_unknown['onPrimary'] );
igny8_check( 'the contrast function agrees with the definition (#767676 on white is 4.54:1)', abs( Igny8_Admin_Theme::contrast( '#767676', '#ffffff' ) - 4.54 ) < 0.01 );

// ---------------------------------------------------------------------------------------------
// WordPress locales → BCP 47.

$igny8_locales = array(
	'en_US'          => 'en-US',
	'de_DE'          => 'de-DE',
	'fr_FR'          => 'fr-FR',
	'ar'             => 'ar',
	'es_MX'          => 'es-MX',
	'de_DE_formal'   => 'de-DE',
	'de_CH_informal' => 'de-CH',
	'pt_PT_ao90'     => 'pt-PT',
	'nl_NL_formal'   => 'nl-NL',
	'es_419'         => 'es-419',
	'ary'            => 'ary',
	'zh_CN'          => 'zh-CN',
	'he_IL'          => 'he-IL',
	'fa_IR'          => 'fa-IR',
	'sr_RS'          => 'sr-RS',
	'en'             => 'en',
	''               => 'en',
	'x'              => 'en',
	'<script>'       => 'en',
);
foreach ( $igny8_locales as $igny8_wp => $igny8_expected ) {
	$igny8_got = Igny8_Admin_Theme::bcp47( $igny8_wp );
	igny8_check( "the WordPress locale '{$igny8_wp}' is '{$igny8_expected}' in BCP 47", $igny8_expected === $igny8_got, $igny8_got );
}

// ---------------------------------------------------------------------------------------------
// The module script tags (WordPress 6.1 has no wp_enqueue_script_module()).

$igny8_inline = "<script id='igny8-bridge-admin-js-before'>\nwindow.igny8Bridge = {\"a\":\"<script src=x>\"};\n</script>\n";
$igny8_tag    = "<script src='http://example.test/wp-content/plugins/igny8-bridge/assets/igny8-admin.js?ver=0.1.0' id='igny8-bridge-admin-js'></script>\n";
$igny8_out    = Igny8_Admin_Page::module_tag( $igny8_inline . $igny8_tag, Igny8_Admin_Page::GLUE_HANDLE );
igny8_check( 'the glue\'s tag becomes a module script', false !== strpos( $igny8_out, "<script type=\"module\" src='http://example.test/wp-content/plugins/igny8-bridge/assets/igny8-admin.js?ver=0.1.0' id='igny8-bridge-admin-js'>" ), $igny8_out );
igny8_check( 'the inline configuration before it stays a classic script (it must run first)', 0 === strpos( $igny8_out, "<script id='igny8-bridge-admin-js-before'>" ) && 1 === substr_count( $igny8_out, 'type="module"' ) );
$igny8_typed = Igny8_Admin_Page::module_tag( "<script type='text/javascript' src='/w.js' id='igny8-widget-js'></script>", Igny8_Admin_Page::WIDGET_HANDLE );
igny8_check( 'a type="text/javascript" WordPress printed is replaced, not doubled', "<script type=\"module\" src='/w.js' id='igny8-widget-js'></script>" === $igny8_typed, $igny8_typed );
igny8_check( 'other handles are left alone', $igny8_tag === Igny8_Admin_Page::module_tag( $igny8_tag, 'jquery' ) );

// ---------------------------------------------------------------------------------------------
// The role and features of a user's widget sessions.

if ( ! function_exists( 'user_can' ) ) {
	/** The stub: a user is an object with a `caps` list. */
	function user_can( $user, $capability ) { // phpcs:ignore
		return in_array( $capability, $user->caps, true );
	}
}
$igny8_admin_user  = (object) array(
	'ID'    => 1,
	'caps'  => array( 'manage_options', 'edit_posts' ),
	'roles' => array( 'administrator' ),
);
$igny8_editor_user = (object) array(
	'ID'    => 2,
	'caps'  => array( 'edit_posts', 'edit_others_posts' ),
	'roles' => array( 'editor' ),
);
if ( function_exists( 'get_role' ) ) {
	// With WordPress loaded, real users of the two roles.
	$igny8_admin_user  = new WP_User( 0 );
	$igny8_editor_user = new WP_User( 0 );
	$igny8_admin_user->add_role( 'administrator' );
	$igny8_editor_user->add_role( 'editor' );
}
$igny8_admin_access = Igny8_Rest_Widget_Session::access_for( $igny8_admin_user );
igny8_check(
	'an administrator\'s sessions ask for the admin role and every feature, billing and settings included',
	array(
		'role'     => 'admin',
		'features' => array( 'overview', 'keywords', 'writer', 'automation', 'publishing', 'billing', 'settings' ),
	) === $igny8_admin_access,
	igny8_test_export( $igny8_admin_access )
);
$igny8_editor_access = Igny8_Rest_Widget_Session::access_for( $igny8_editor_user );
igny8_check( 'an editor\'s sessions ask for the editor role and no feature list (the API\'s defaults)', array( 'role' => 'editor' ) === $igny8_editor_access, igny8_test_export( $igny8_editor_access ) );

// ---------------------------------------------------------------------------------------------
// What the Igny8 page preloads for the first screen.

if ( ! defined( 'IGNY8_BRIDGE_URL' ) ) {
	define( 'IGNY8_BRIDGE_URL', 'http://example.test/wp-content/plugins/igny8-bridge/' );
}
$igny8_map = array(
	'imports'    => array( 'chunks/chunk-a.js', 'chunks/chunk-b.js' ),
	'screens'    => array(
		'overview' => array( 'chunks/overview-1.js', 'chunks/chunk-c.js' ),
		'writer'   => array( 'chunks/writer-1.js', 'chunks/chunk-c.js' ),
	),
	'catalogues' => array(
		'en' => array(
			'core'     => array( 'chunks/core-en.js' ),
			'overview' => array( 'chunks/overview-en.js' ),
		),
		'fr' => array(
			'core'     => array( 'chunks/core-fr.js' ),
			'overview' => array( 'chunks/overview-fr.js' ),
			'writer'   => array( 'chunks/writer-fr.js' ),
		),
	),
);
$igny8_base  = IGNY8_BRIDGE_URL . 'assets/widget/';
$igny8_names = function ( $urls ) use ( $igny8_base ) {
	return array_map(
		function ( $url ) use ( $igny8_base ) {
			return str_replace( $igny8_base, '', $url );
		},
		$urls
	);
};
igny8_check(
	'the overview in French preloads the entry\'s imports, the screen\'s chunks and the French shell and overview catalogues',
	array( 'chunks/chunk-a.js', 'chunks/chunk-b.js', 'chunks/overview-1.js', 'chunks/chunk-c.js', 'chunks/core-fr.js', 'chunks/overview-fr.js' ) === $igny8_names( Igny8_Admin_Page::preload_urls( $igny8_map, 'overview', 'fr-FR' ) ),
	igny8_test_export( $igny8_names( Igny8_Admin_Page::preload_urls( $igny8_map, 'overview', 'fr-FR' ) ) )
);
igny8_check(
	'in English the shell catalogue is not preloaded (it is in the entry)',
	array( 'chunks/chunk-a.js', 'chunks/chunk-b.js', 'chunks/overview-1.js', 'chunks/chunk-c.js', 'chunks/overview-en.js' ) === $igny8_names( Igny8_Admin_Page::preload_urls( $igny8_map, 'overview', 'en-US' ) )
);
igny8_check(
	'a language without a catalogue preloads English\'s, as the widget shows it',
	$igny8_names( Igny8_Admin_Page::preload_urls( $igny8_map, 'overview', 'en' ) ) === $igny8_names( Igny8_Admin_Page::preload_urls( $igny8_map, 'overview', 'pt-BR' ) )
);
igny8_check(
	'another first screen preloads its own chunks and catalogue, each file once',
	array( 'chunks/chunk-a.js', 'chunks/chunk-b.js', 'chunks/writer-1.js', 'chunks/chunk-c.js', 'chunks/core-fr.js', 'chunks/writer-fr.js' ) === $igny8_names( Igny8_Admin_Page::preload_urls( $igny8_map, 'writer', 'fr' ) )
);
igny8_check(
	'a map naming anything but chunks/*.js preloads nothing of it, and no map preloads nothing',
	array() === Igny8_Admin_Page::preload_urls( array( 'imports' => array( '../../wp-config.php', 'https://elsewhere.test/x.js' ) ), 'overview', 'en' ) && array() === Igny8_Admin_Page::preload_urls( array(), 'overview', 'en' )
);
