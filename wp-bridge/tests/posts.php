<?php
/**
 * Plain-PHP checks for the pure parts of the post routes: the SSRF guard's address classifier and URL rule, the html
 * image edits, and the validation of the request bodies. Required by run.php (with or without WordPress).
 *
 * @package Igny8_Bridge
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions

if ( ! class_exists( 'Igny8_Url_Guard' ) ) {
	require_once dirname( __DIR__ ) . '/includes/class-igny8-rest-controller.php';
	require_once dirname( __DIR__ ) . '/includes/class-igny8-url-guard.php';
	require_once dirname( __DIR__ ) . '/includes/class-igny8-post-html.php';
	require_once dirname( __DIR__ ) . '/includes/class-igny8-post-input.php';
}

// ---------------------------------------------------------------------------------------------
// The address classifier.

$igny8_addresses = array(
	'8.8.8.8'                 => '',
	'1.1.1.1'                 => '',
	'93.184.216.34'           => '',
	'127.0.0.1'               => 'loopback',
	'127.255.255.254'         => 'loopback',
	'10.1.2.3'                => 'private',
	'172.16.0.1'              => 'private',
	'172.31.255.255'          => 'private',
	'172.32.0.1'              => '',
	'192.168.1.1'             => 'private',
	'169.254.169.254'         => 'link-local',
	'100.64.0.1'              => 'cgnat',
	'100.127.255.255'         => 'cgnat',
	'100.128.0.1'             => '',
	'0.0.0.0'                 => 'reserved',
	'192.0.2.10'              => 'reserved',
	'198.18.0.1'              => 'reserved',
	'240.0.0.1'               => 'reserved',
	'255.255.255.255'         => 'reserved',
	'224.0.0.251'             => 'multicast',
	'2606:4700:4700::1111'    => '',
	'2001:4860:4860::8888'    => '',
	'::1'                     => 'loopback',
	'::'                      => 'reserved',
	'fe80::1'                 => 'link-local',
	'fd12:3456::1'            => 'private',
	'fc00::1'                 => 'private',
	'ff02::1'                 => 'multicast',
	'2001:db8::1'             => 'reserved',
	'::ffff:127.0.0.1'        => 'loopback',
	'::ffff:7f00:1'           => 'loopback',
	'::ffff:10.0.0.1'         => 'private',
	'::ffff:169.254.169.254'  => 'link-local',
	'::ffff:8.8.8.8'          => '',
	'64:ff9b::a9fe:a9fe'      => 'link-local',
	'2002:7f00:1::1'          => 'loopback',
	'::127.0.0.1'             => 'reserved',
	'[::1]'                   => 'loopback',
	'not-an-ip'               => 'invalid',
	'1.2.3'                   => 'invalid',
);
foreach ( $igny8_addresses as $igny8_ip => $igny8_expected ) {
	$igny8_got = Igny8_Url_Guard::classify_ip( $igny8_ip );
	igny8_check( "the address {$igny8_ip} is " . ( '' === $igny8_expected ? 'public' : $igny8_expected ), $igny8_expected === $igny8_got, $igny8_got );
}
igny8_check( 'a loopback address is refused with words an admin reads', 'the address points to a loopback network (this server itself)' === Igny8_Url_Guard::reason_message( 'loopback' ) );

// ---------------------------------------------------------------------------------------------
// The URL rule.

$igny8_dns = static function ( $host ) {
	$zone = array(
		'cdn.example.com'     => array( '93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946' ),
		'sneaky.example.com'  => array( '93.184.216.34', '127.0.0.1' ),
		'v6sneaky.example.com' => array( '93.184.216.34', '::ffff:10.0.0.5' ),
		'meta.example.com'    => array( '169.254.169.254' ),
		'only6.example.com'   => array( '2606:2800:220:1:248:1893:25c8:1946' ),
	);
	return isset( $zone[ $host ] ) ? $zone[ $host ] : array();
};
$igny8_api = 'http://127.0.0.1:8080';
$igny8_code_of = static function ( $result ) {
	return is_wp_error( $result ) ? $result->get_error_code() : 'ok';
};

$r = Igny8_Url_Guard::check( 'https://cdn.example.com/a.png', $igny8_api, false, $igny8_dns );
igny8_check( 'a host whose every address is public passes, pinned to its IPv4 address', 'ok' === $igny8_code_of( $r ) && '93.184.216.34' === $r['ip'] && 443 === $r['port'] && false === $r['trusted'], wp_json_encode_or_export( $r ) );
$r = Igny8_Url_Guard::check( 'https://only6.example.com/a.png', $igny8_api, false, $igny8_dns );
igny8_check( 'an IPv6-only public host passes, pinned to its IPv6 address', 'ok' === $igny8_code_of( $r ) && '2606:2800:220:1:248:1893:25c8:1946' === $r['ip'] );
$r = Igny8_Url_Guard::check( 'http://sneaky.example.com/a.png', $igny8_api, false, $igny8_dns );
igny8_check( 'a host with one loopback address among public ones is refused', 'image_refused' === $igny8_code_of( $r ) && false !== strpos( $r->get_error_message(), 'loopback' ) );
$r = Igny8_Url_Guard::check( 'http://v6sneaky.example.com/a.png', $igny8_api, false, $igny8_dns );
igny8_check( 'a host with an IPv4-mapped private AAAA record is refused', 'image_refused' === $igny8_code_of( $r ) && false !== strpos( $r->get_error_message(), 'private' ) );
$r = Igny8_Url_Guard::check( 'http://meta.example.com/latest/meta-data/', $igny8_api, false, $igny8_dns );
igny8_check( 'a host resolving to the metadata address is refused as link-local', 'image_refused' === $igny8_code_of( $r ) && false !== strpos( $r->get_error_message(), 'link-local' ) );
$r = Igny8_Url_Guard::check( 'http://127.0.0.1:8080/v1/files/x.png?sig=1', $igny8_api, false, $igny8_dns );
igny8_check( 'a URL on the Igny8 API origin exactly passes without a DNS check (trusted)', 'ok' === $igny8_code_of( $r ) && true === $r['trusted'] && null === $r['ip'] );
$r = Igny8_Url_Guard::check( 'http://127.0.0.1:8081/x.png', $igny8_api, false, $igny8_dns );
igny8_check( 'the API host on another port is refused (the origin must match exactly)', 'image_refused' === $igny8_code_of( $r ) );
$r = Igny8_Url_Guard::check( 'https://127.0.0.1:8080/x.png', $igny8_api, false, $igny8_dns );
igny8_check( 'the API host and port with another scheme is refused', 'image_refused' === $igny8_code_of( $r ) );
$r = Igny8_Url_Guard::check( 'http://localhost:8080/x.png', $igny8_api, false, static function () {
	return array( '127.0.0.1' );
} );
igny8_check( 'another name for the API host is not its origin', 'image_refused' === $igny8_code_of( $r ) );
$r = Igny8_Url_Guard::check( 'https://api.igny8.test/f.png', 'https://api.igny8.test', false, $igny8_dns );
igny8_check( 'the API origin with its default port left out matches', 'ok' === $igny8_code_of( $r ) && true === $r['trusted'] );
$r = Igny8_Url_Guard::check( 'https://api.igny8.test:443/f.png', 'https://api.igny8.test', false, $igny8_dns );
igny8_check( 'the API origin with its default port written out matches', 'ok' === $igny8_code_of( $r ) && true === $r['trusted'] );
$r = Igny8_Url_Guard::check( 'http://[::1]/x.png', $igny8_api, false, $igny8_dns );
igny8_check( 'an IPv6 loopback literal is refused', 'image_refused' === $igny8_code_of( $r ) );
$r = Igny8_Url_Guard::check( 'http://[::ffff:127.0.0.1]/x.png', $igny8_api, false, $igny8_dns );
igny8_check( 'an IPv4-mapped loopback literal is refused', 'image_refused' === $igny8_code_of( $r ) );
$r = Igny8_Url_Guard::check( 'http://10.0.0.5/x.png', $igny8_api, true, $igny8_dns );
igny8_check( 'a private address passes when private addresses are allowed, still pinned', 'ok' === $igny8_code_of( $r ) && '10.0.0.5' === $r['ip'] );
foreach ( array( 'ftp://cdn.example.com/a.png', 'file:///etc/passwd', 'gopher://cdn.example.com/', 'javascript:alert(1)', '//cdn.example.com/a.png', 'not a url' ) as $igny8_url ) {
	$r = Igny8_Url_Guard::check( $igny8_url, $igny8_api, true, $igny8_dns );
	igny8_check( "a URL that is not http(s) is refused: {$igny8_url}", 'image_refused' === $igny8_code_of( $r ) );
}
$r = Igny8_Url_Guard::check( 'http://user:pw@cdn.example.com/a.png', $igny8_api, false, $igny8_dns );
igny8_check( 'a URL with credentials is refused', 'image_refused' === $igny8_code_of( $r ) );
$r = Igny8_Url_Guard::check( 'http://nowhere.example.com/a.png', $igny8_api, false, $igny8_dns );
igny8_check( 'a host that does not resolve fails (image_failed)', 'image_failed' === $igny8_code_of( $r ) );

/**
 * For failure output.
 *
 * @param mixed $value Value.
 */
function wp_json_encode_or_export( $value ) {
	return is_wp_error( $value ) ? $value->get_error_code() . ': ' . $value->get_error_message() : var_export( $value, true );
}

// ---------------------------------------------------------------------------------------------
// Html image edits.

$igny8_html = '<p>Intro</p><!-- wp:image {"id":1} --><figure class="wp-block-image"><img src="https://x.test/a.png?s=1&amp;t=2" alt="" class="size-large"/><figcaption>A</figcaption></figure><!-- /wp:image -->'
	. '<p>Text <img src=\'https://x.test/b.png\' alt="Bee" srcset="https://x.test/b-300.png 300w" sizes="100vw"> more</p>'
	. '<figure><img src="https://evil.test/c.png"><figcaption>C</figcaption></figure><p>End <img src="https://evil.test/c.png" /></p>';
igny8_check( 'image_sources() lists every <img> src once, entities decoded, in order', array( 'https://x.test/a.png?s=1&t=2', 'https://x.test/b.png', 'https://evil.test/c.png' ) === Igny8_Post_Html::image_sources( $igny8_html ), implode( ', ', Igny8_Post_Html::image_sources( $igny8_html ) ) );
$igny8_out = Igny8_Post_Html::replace_image( $igny8_html, 'https://x.test/a.png?s=1&t=2', 'http://wp.test/uploads/a.png', 41, 'A rose' );
igny8_check( 'replace_image() sets the attachment URL, a wp-image-N class and the missing alt', false !== strpos( $igny8_out, '<img src="http://wp.test/uploads/a.png" alt="A rose" class="size-large wp-image-41"/>' ), $igny8_out );
igny8_check( 'replace_image() leaves the figure, caption and block comments as they were', false !== strpos( $igny8_out, '<!-- wp:image {"id":1} --><figure class="wp-block-image">' ) && false !== strpos( $igny8_out, '<figcaption>A</figcaption></figure><!-- /wp:image -->' ) );
$igny8_out = Igny8_Post_Html::replace_image( $igny8_html, 'https://x.test/b.png', 'http://wp.test/uploads/b.png', 7, 'Ignored' );
igny8_check( 'replace_image() keeps an alt the tag has, and drops the old srcset and sizes', false !== strpos( $igny8_out, '<img src="http://wp.test/uploads/b.png" alt="Bee" class="wp-image-7">' ), $igny8_out );
$igny8_out = Igny8_Post_Html::replace_image( '<img class="wp-image-3 x" src="a">', 'a', 'b"c', 9 );
igny8_check( 'replace_image() replaces an old wp-image-N class and escapes the URL', '<img class="x wp-image-9" src="b&quot;c">' === $igny8_out, $igny8_out );
$igny8_out = Igny8_Post_Html::remove_image( $igny8_html, 'https://evil.test/c.png' );
igny8_check( 'remove_image() removes the <img> and the <figure> wrapping it, and a bare one elsewhere', false === strpos( $igny8_out, 'evil.test' ) && false === strpos( $igny8_out, '<figcaption>C</figcaption>' ) && false !== strpos( $igny8_out, '<p>End </p>' ), $igny8_out );
igny8_check( 'remove_image() leaves the other figures alone', false !== strpos( $igny8_out, '<figcaption>A</figcaption>' ) && false !== strpos( $igny8_out, 'x.test/b.png' ) );
$igny8_out = Igny8_Post_Html::remove_image( $igny8_html, 'https://x.test/a.png?s=1&t=2' );
igny8_check( 'remove_image() removes the image block comments around the figure too', 0 === strpos( $igny8_out, '<p>Intro</p><p>Text' ), $igny8_out );
igny8_check( 'an <img> with ">" inside a quoted attribute is one tag', array( 'https://x.test/q.png' ) === Igny8_Post_Html::image_sources( '<img alt="a > b" src="https://x.test/q.png">' ) );

// ---------------------------------------------------------------------------------------------
// Input validation.

$igny8_now   = 1764000000;
$igny8_valid = array(
	'content_id'     => '0e8400e2-9b1d-41d4-a716-446655440000',
	'title'          => 'How to prune roses',
	'html'           => '<p>Hi</p>',
	'excerpt'        => '',
	'slug'           => null,
	'status'         => 'publish',
	'date_gmt'       => null,
	'categories'     => array( 'Garden', 'garden', 'Roses' ),
	'tags'           => array( 'a', 'b' ),
	'author_id'      => 2,
	'featured_image' => array(
		'image_id' => '1e8400e2-9b1d-41d4-a716-446655440000',
		'version'  => '3',
		'url'      => 'https://api.test/f.png',
		'alt'      => 'A rose',
		'filename' => 'rose.png',
	),
	'images'         => array(),
	'seo'            => array(
		'title'         => 'T',
		'description'   => null,
		'focus_keyword' => 'roses',
		'canonical'     => null,
	),
	'json_ld'        => array( '@type' => 'Article' ),
	'force'          => false,
);
$r = Igny8_Post_Input::parse_post( $igny8_valid, $igny8_now );
igny8_check( 'a valid post body is accepted; categories are deduplicated case-insensitively', is_array( $r ) && array( 'Garden', 'Roses' ) === $r['categories'] && 2 === $r['author_id'], wp_json_encode_or_export( $r ) );
$r = Igny8_Post_Input::parse_post(
	array(
		'content_id' => '0E8400E2-9B1D-41D4-A716-446655440000',
		'title'      => ' T ',
		'html'       => '',
	),
	$igny8_now
);
igny8_check( 'a minimal body gets the defaults (draft, no terms, no images, not forced)', is_array( $r ) && 'draft' === $r['status'] && array() === $r['tags'] && null === $r['featured_image'] && false === $r['force'] && 'T' === $r['title'] && '0e8400e2-9b1d-41d4-a716-446655440000' === $r['content_id'] );

$igny8_bad = array(
	'content_id'                => array( array( 'content_id' => 'nope' ), 'content_id' ),
	'missing title'             => array( array( 'title' => null ), 'title' ),
	'empty title'               => array( array( 'title' => '   ' ), 'title' ),
	'title of 501 characters'   => array( array( 'title' => str_repeat( 'é', 501 ) ), 'title' ),
	'html not a string'         => array( array( 'html' => array() ), 'html' ),
	'excerpt null'              => array( array( 'excerpt' => null ), 'excerpt' ),
	'empty slug'                => array( array( 'slug' => '' ), 'slug' ),
	'status private'            => array( array( 'status' => 'private' ), 'status' ),
	'date without Z'            => array( array( 'date_gmt' => '2026-05-01T09:30:00' ), 'date_gmt' ),
	'date with offset'          => array( array( 'date_gmt' => '2026-05-01T09:30:00+02:00' ), 'date_gmt' ),
	'impossible date'           => array( array( 'date_gmt' => '2026-02-30T09:30:00Z' ), 'date_gmt' ),
	'future without date'       => array( array( 'status' => 'future' ), 'date_gmt' ),
	'future in the past'        => array(
		array(
			'status'   => 'future',
			'date_gmt' => '2025-01-01T00:00:00Z',
		),
		'date_gmt',
	),
	'21 categories'             => array( array( 'categories' => array_map( 'strval', range( 1, 21 ) ) ), 'categories' ),
	'41 tags'                   => array( array( 'tags' => array_map( 'strval', range( 1, 41 ) ) ), 'tags' ),
	'a category not a string'   => array( array( 'categories' => array( 'a', 3 ) ), 'categories[1]' ),
	'categories as an object'   => array( array( 'categories' => array( 'x' => 'a' ) ), 'categories' ),
	'author as a string'        => array( array( 'author_id' => '2' ), 'author_id' ),
	'author zero'               => array( array( 'author_id' => 0 ), 'author_id' ),
	'featured image without id' => array( array( 'featured_image' => array( 'url' => 'https://a.test/x.png' ) ), 'featured_image.image_id' ),
	'image with a file URL'     => array(
		array(
			'images' => array(
				array(
					'image_id' => '1e8400e2-9b1d-41d4-a716-446655440000',
					'version'  => '1',
					'url'      => 'file:///etc/passwd',
					'alt'      => '',
					'filename' => 'x.png',
				),
			),
		),
		'images[0].url',
	),
	'image with an extra field' => array(
		array(
			'images' => array(
				array(
					'image_id' => '1e8400e2-9b1d-41d4-a716-446655440000',
					'version'  => '1',
					'url'      => 'https://a.test/x.png',
					'alt'      => '',
					'filename' => 'x.png',
					'width'    => 3,
				),
			),
		),
		'images[0].width',
	),
	'seo canonical not a URL'   => array( array( 'seo' => array( 'canonical' => 'javascript:alert(1)' ) ), 'seo.canonical' ),
	'seo unknown field'         => array( array( 'seo' => array( 'robots' => 'noindex' ) ), 'seo.robots' ),
	'json_ld a string'          => array( array( 'json_ld' => '{"a":1}' ), 'json_ld' ),
	'force a string'            => array( array( 'force' => 'yes' ), 'force' ),
	'an unknown field'          => array( array( 'post_type' => 'page' ), 'post_type' ),
);
foreach ( $igny8_bad as $igny8_name => list( $igny8_change, $igny8_field ) ) {
	$r = Igny8_Post_Input::parse_post( array_merge( $igny8_valid, $igny8_change ), $igny8_now );
	$igny8_data = is_wp_error( $r ) ? $r->get_error_data() : array();
	igny8_check(
		"a body with {$igny8_name} is refused with 400 igny8_invalid_post naming {$igny8_field}",
		is_wp_error( $r ) && 'igny8_invalid_post' === $r->get_error_code() && 400 === $igny8_data['status'] && $igny8_field === $igny8_data['field'] && false !== strpos( $r->get_error_message(), '"' . $igny8_field . '"' ),
		wp_json_encode_or_export( $r )
	);
}
$r = Igny8_Post_Input::parse_post( array_merge( $igny8_valid, array( 'status' => 'future', 'date_gmt' => '2026-01-01T00:00:00Z' ) ), $igny8_now );
igny8_check( 'a future post with a date in the future is accepted, the date as MySQL UTC', is_array( $r ) && '2026-01-01 00:00:00' === $r['date_gmt'] );
$r = Igny8_Post_Input::parse_post( array( 1, 2 ), $igny8_now );
igny8_check( 'a JSON array body is refused', is_wp_error( $r ) );
igny8_check( 'a retract body with mode trash or draft is accepted', array( 'mode' => 'trash' ) === Igny8_Post_Input::parse_retract( array( 'mode' => 'trash' ) ) && array( 'mode' => 'draft' ) === Igny8_Post_Input::parse_retract( array( 'mode' => 'draft' ) ) );
$r = Igny8_Post_Input::parse_retract( array( 'mode' => 'delete' ) );
igny8_check( 'a retract body with another mode is refused naming mode', is_wp_error( $r ) && 'mode' === $r->get_error_data()['field'] );
