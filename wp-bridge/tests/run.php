<?php
/**
 * Plain-PHP checks for the signing code, the pure parts of the post routes (tests/posts.php), what the Igny8 page
 * hands the widget (tests/admin.php: admin colour schemes as theme tokens, locales, module tags, session access), the
 * post event queue and edit detection (tests/events.php). No PHPUnit, no WordPress needed:
 *
 *   php wp-bridge/tests/run.php
 *
 * With a WordPress started by scripts/wordpress/start.mjs, it also checks the options-backed replay
 * cache, rotation through the stored options, and signed HTTP requests against the running site:
 *
 *   IGNY8_WP_DIR=/tmp/igny8-wp-XXXX IGNY8_WP_URL=http://127.0.0.1:PORT php wp-bridge/tests/run.php
 *
 * Exits non-zero when any check fails.
 *
 * @package Igny8_Bridge
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions

$igny8_wp_dir = getenv( 'IGNY8_WP_DIR' );
if ( $igny8_wp_dir ) {
	$_SERVER['HTTP_HOST'] = (string) parse_url( (string) getenv( 'IGNY8_WP_URL' ), PHP_URL_HOST );
	require rtrim( $igny8_wp_dir, '/' ) . '/wp-load.php';
	if ( ! class_exists( 'Igny8_Signer' ) ) {
		fwrite( STDERR, "The Igny8 Bridge plugin is not active in that WordPress.\n" );
		exit( 1 );
	}
} else {
	require __DIR__ . '/stubs.php';
	require dirname( __DIR__ ) . '/includes/class-igny8-replay-cache.php';
	require dirname( __DIR__ ) . '/includes/class-igny8-signer.php';
	require dirname( __DIR__ ) . '/includes/class-igny8-post-meta.php';
	require dirname( __DIR__ ) . '/includes/class-igny8-event-queue.php';
	require dirname( __DIR__ ) . '/includes/class-igny8-post-events.php';
}

/** In-memory replay cache for the unit checks. */
final class Igny8_Test_Replay_Cache implements Igny8_Replay_Cache {
	/** @var array<string,int> */
	public $seen = array();

	public function remember( $nonce, $ttl, $now ) {
		if ( isset( $this->seen[ $nonce ] ) && $this->seen[ $nonce ] >= $now ) {
			return false;
		}
		$this->seen[ $nonce ] = $now + $ttl;
		return true;
	}
}

$igny8_failures = 0;
$igny8_count    = 0;

/**
 * @param string $name Check name (a sentence).
 * @param bool   $ok   Result.
 * @param string $info Extra output on failure.
 */
function igny8_check( $name, $ok, $info = '' ) {
	global $igny8_failures, $igny8_count;
	++$igny8_count;
	if ( $ok ) {
		echo "ok   - {$name}\n";
	} else {
		++$igny8_failures;
		echo "FAIL - {$name}" . ( '' !== $info ? " ({$info})" : '' ) . "\n";
	}
}

/** @param true|WP_Error $result */
function igny8_code( $result ) {
	return true === $result ? 'true' : ( $result instanceof WP_Error ? $result->get_error_code() . '/' . ( $result->get_error_data()['status'] ?? '?' ) : gettype( $result ) );
}

// ---------------------------------------------------------------------------------------------
// Unit checks: Igny8_Signer with an in-memory replay cache.

$site   = '7b0f3a52-9c1e-4d8a-b1f2-0c3d4e5f6a7b';
$secret = 'test-secret-0123456789abcdef';
$now    = 1764000000;
$nonce  = 'nonce_0123456789abcdef';
$path   = '/wp-json/igny8/v1/site?fields=terms';
$body   = '{"hello":"world"}';

// Known vector, computed here independently of the class.
$expected_canonical = "1764000000\nnonce_0123456789abcdef\nPOST\n/wp-json/igny8/v1/site?fields=terms\n" . hash( 'sha256', '{"hello":"world"}' );
$expected_signature = 'v1=' . hash_hmac( 'sha256', $expected_canonical, 'test-secret-0123456789abcdef' );
igny8_check( 'the canonical string is timestamp, nonce, METHOD, path and body hash joined by newlines', Igny8_Signer::canonical_string( $now, $nonce, 'post', $path, $body ) === $expected_canonical );
igny8_check( 'the signature is v1= plus the lowercase hex HMAC-SHA256 of the canonical string', Igny8_Signer::signature( $secret, $now, $nonce, 'POST', $path, $body ) === $expected_signature );
// The vectors the server's tests check too, in one file outside the plugin (the zip never ships it); each signature was
// computed with openssl, independently of both implementations.
$igny8_vectors_file = dirname( __DIR__, 2 ) . '/packages/test-support/signing-vectors.json';
$igny8_vectors      = is_readable( $igny8_vectors_file ) ? json_decode( (string) file_get_contents( $igny8_vectors_file ), true ) : null;
if ( ! is_array( $igny8_vectors ) || empty( $igny8_vectors['vectors'] ) ) {
	fwrite( STDERR, "Cannot read the signing vectors at {$igny8_vectors_file}.\n" );
	exit( 1 );
}
igny8_check( 'an empty body hashes as the empty string', false !== strpos( Igny8_Signer::canonical_string( $now, $nonce, 'GET', '/x', '' ), $igny8_vectors['emptyBodySha256'] ) );
foreach ( $igny8_vectors['vectors'] as $igny8_vector ) {
	$igny8_args = array( $igny8_vector['timestamp'], $igny8_vector['nonce'], $igny8_vector['method'], $igny8_vector['path'], $igny8_vector['body'] );
	igny8_check( "the shared vector's canonical string matches: {$igny8_vector['name']}", Igny8_Signer::canonical_string( ...$igny8_args ) === $igny8_vector['canonical'] );
	igny8_check( "the shared vector's signature matches: {$igny8_vector['name']}", Igny8_Signer::signature( $igny8_vector['secret'], ...$igny8_args ) === $igny8_vector['signature'] );
}

$headers = Igny8_Signer::sign_headers( $site, $secret, 'POST', $path, $body, $now, $nonce );
igny8_check( 'sign_headers() produces the four X-Igny8 headers', array( 'X-Igny8-Site', 'X-Igny8-Timestamp', 'X-Igny8-Nonce', 'X-Igny8-Signature' ) === array_keys( $headers ) && $headers['X-Igny8-Signature'] === $expected_signature );
igny8_check( 'generated nonces match [A-Za-z0-9_-]{16,64}', 1 === preg_match( Igny8_Signer::NONCE_PATTERN, Igny8_Signer::new_nonce() ) );

$verifier = new Igny8_Signer( $site, array( $secret ), new Igny8_Test_Replay_Cache() );
igny8_check( 'a correctly signed request is accepted', true === $verifier->verify( $headers, 'POST', $path, $body, $now ), igny8_code( $verifier->verify( $headers, 'POST', $path, $body, $now ) ) );
$r = $verifier->verify( $headers, 'POST', $path, $body, $now + 1 );
igny8_check( 'the same nonce a second time is refused as a replay (401)', 'igny8_nonce_replayed/401' === igny8_code( $r ), igny8_code( $r ) );

$lower = array();
foreach ( Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now ) as $k => $v ) {
	$lower[ str_replace( '-', '_', strtolower( $k ) ) ] = array( $v );
}
igny8_check( 'headers in WP_REST_Request form (lower_case => [value]) are understood', true === $verifier->verify( $lower, 'GET', '/a', '', $now ) );

$r = $verifier->verify( Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now - 301 ), 'GET', '/a', '', $now );
igny8_check( 'a timestamp 301 s old is refused', 'igny8_timestamp_out_of_window/401' === igny8_code( $r ), igny8_code( $r ) );
$r = $verifier->verify( Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now + 301 ), 'GET', '/a', '', $now );
igny8_check( 'a timestamp 301 s in the future is refused', 'igny8_timestamp_out_of_window/401' === igny8_code( $r ), igny8_code( $r ) );
$r = $verifier->verify( Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now - 300 ), 'GET', '/a', '', $now );
igny8_check( 'a timestamp exactly 300 s old is accepted', true === $r, igny8_code( $r ) );

$r = $verifier->verify( Igny8_Signer::sign_headers( $site, 'wrong-secret-0123456789', 'GET', '/a', '', $now ), 'GET', '/a', '', $now );
igny8_check( 'a signature made with another secret is refused', 'igny8_signature_invalid/401' === igny8_code( $r ), igny8_code( $r ) );
$h = Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now );
$r = $verifier->verify( $h, 'GET', '/a?x=1', '', $now );
igny8_check( 'a signature for another path (query string included) is refused', 'igny8_signature_invalid/401' === igny8_code( $r ), igny8_code( $r ) );
$h = Igny8_Signer::sign_headers( $site, $secret, 'POST', '/a', '{"a":1}', $now );
$r = $verifier->verify( $h, 'POST', '/a', '{"a":2}', $now );
igny8_check( 'a signature over another body is refused', 'igny8_signature_invalid/401' === igny8_code( $r ), igny8_code( $r ) );
$h = Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now );
$r = $verifier->verify( $h, 'DELETE', '/a', '', $now );
igny8_check( 'a signature for another method is refused', 'igny8_signature_invalid/401' === igny8_code( $r ), igny8_code( $r ) );
$h                      = Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now );
$h['X-Igny8-Signature'] = strtoupper( $h['X-Igny8-Signature'] );
igny8_check( 'an upper-case hex signature is refused (lowercase only)', true !== $verifier->verify( $h, 'GET', '/a', '', $now ) );

$r = $verifier->verify( Igny8_Signer::sign_headers( 'other-site', $secret, 'GET', '/a', '', $now ), 'GET', '/a', '', $now );
igny8_check( 'a request for another site id is refused', 'igny8_site_mismatch/401' === igny8_code( $r ), igny8_code( $r ) );
foreach ( array( 'X-Igny8-Site', 'X-Igny8-Timestamp', 'X-Igny8-Nonce', 'X-Igny8-Signature' ) as $missing ) {
	$h = Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now );
	unset( $h[ $missing ] );
	$r = $verifier->verify( $h, 'GET', '/a', '', $now );
	igny8_check( "a request without {$missing} is refused", 'igny8_signature_missing/401' === igny8_code( $r ), igny8_code( $r ) );
}
$r = $verifier->verify( Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now, 'short' ), 'GET', '/a', '', $now );
igny8_check( 'a nonce shorter than 16 characters is refused', 'igny8_nonce_invalid/401' === igny8_code( $r ), igny8_code( $r ) );

$cache    = new Igny8_Test_Replay_Cache();
$verifier = new Igny8_Signer( $site, array( $secret ), $cache );
$h        = Igny8_Signer::sign_headers( $site, 'wrong-secret-0123456789', 'GET', '/a', '', $now, 'nonce_poison_0123456' );
$verifier->verify( $h, 'GET', '/a', '', $now );
igny8_check( 'a badly signed request does not record its nonce', array() === $cache->seen );

$new_secret = 'new-secret-9876543210fedcba';
$rotating   = new Igny8_Signer( $site, array( $new_secret, $secret ), new Igny8_Test_Replay_Cache() );
$r          = $rotating->verify( Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now ), 'GET', '/a', '', $now );
igny8_check( 'during rotation the previous secret is accepted', true === $r, igny8_code( $r ) );
$r = $rotating->verify( Igny8_Signer::sign_headers( $site, $new_secret, 'GET', '/a', '', $now ), 'GET', '/a', '', $now );
igny8_check( 'during rotation the new secret is accepted', true === $r, igny8_code( $r ) );
$r = ( new Igny8_Signer( $site, array(), new Igny8_Test_Replay_Cache() ) )->verify( Igny8_Signer::sign_headers( $site, $secret, 'GET', '/a', '', $now ), 'GET', '/a', '', $now );
igny8_check( 'with no secret (not connected) every request is refused', 'igny8_not_connected/401' === igny8_code( $r ), igny8_code( $r ) );

// The pure parts of the post routes.
require __DIR__ . '/posts.php';
// What the Igny8 page hands the widget: theme tokens from the admin colour scheme, the locale, module tags, access.
require __DIR__ . '/admin.php';
if ( ! $igny8_wp_dir ) {
	require __DIR__ . '/events.php';
}

// ---------------------------------------------------------------------------------------------
// Integration checks, with WordPress loaded.

if ( $igny8_wp_dir ) {
	$wp_now = time();
	$db     = new Igny8_Replay_Cache_Options();
	$n      = 'it-' . bin2hex( random_bytes( 8 ) );
	igny8_check( 'the options replay cache accepts a new nonce', true === $db->remember( $n, 600, $wp_now ) );
	igny8_check( 'the options replay cache refuses it again', false === $db->remember( $n, 600, $wp_now + 1 ) );
	igny8_check( 'the options replay cache forgets it once expired', true === $db->remember( $n, 600, $wp_now + 601 ) );
	global $wpdb;
	$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Igny8_Options::NONCE_PREFIX . hash( 'sha256', $n ) ) );
	igny8_check( 'replay-cache rows are not autoloaded', 'no' === $autoload, (string) $autoload );

	// A connection written straight to the options (the connect flow itself needs the API).
	$saved = array(
		'site'   => get_option( Igny8_Options::SITE_ID ),
		'secret' => get_option( Igny8_Options::SECRET ),
		'prev'   => get_option( Igny8_Options::PREVIOUS_SECRET ),
		'base'   => get_option( Igny8_Options::API_BASE_URL ),
	);
	$it_site   = wp_generate_uuid4();
	$it_secret = bin2hex( random_bytes( 24 ) );
	Igny8_Options::save_connection( $it_site, $it_secret, 'http://127.0.0.1:9' );
	$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Igny8_Options::SECRET ) );
	igny8_check( 'the secret option is stored with autoload off', 'no' === $autoload, (string) $autoload );

	$base = rtrim( (string) getenv( 'IGNY8_WP_URL' ), '/' );
	/**
	 * A signed request to the running site.
	 *
	 * @return array{0:int,1:mixed}
	 */
	$signed_get = function ( $path, $secret_to_use, $nonce = '' ) use ( $base, $it_site ) {
		$response = wp_remote_get(
			$base . $path,
			array(
				'timeout' => 10,
				'headers' => Igny8_Signer::sign_headers( $it_site, $secret_to_use, 'GET', $path, '', null, $nonce ),
			)
		);
		if ( is_wp_error( $response ) ) {
			return array( 0, $response->get_error_message() );
		}
		return array( (int) wp_remote_retrieve_response_code( $response ), json_decode( wp_remote_retrieve_body( $response ), true ) );
	};

	igny8_check( 'origin_of() gives scheme://host[:port] as browsers send it', 'http://127.0.0.1:8080' === Igny8_Options::origin_of( 'http://127.0.0.1:8080/wp-admin/' ) && 'https://example.com' === Igny8_Options::origin_of( 'HTTPS://Example.com:443/x' ) && '' === Igny8_Options::origin_of( 'not a url' ) );

	if ( $base ) {
		// Whatever the permalinks, WordPress serves its REST API at ?rest_route= too: the signature covers that URI.
		list( $status, $json ) = $signed_get( '/index.php?rest_route=%2Figny8%2Fv1%2Fhealth', $it_secret );
		igny8_check( 'GET /index.php?rest_route=%2Figny8%2Fv1%2Fhealth signed for that URI answers 200', 200 === $status && 'ok' === ( $json['status'] ?? '' ), $status . ' ' . wp_json_encode( $json ) );
		list( $status, $json ) = $signed_get( '/?rest_route=/igny8/v1/health', $it_secret );
		igny8_check( 'GET /?rest_route=/igny8/v1/health (slashes unencoded) signed for that URI answers 200', 200 === $status, $status . ' ' . wp_json_encode( $json ) );
		$response = wp_remote_get(
			$base . '/index.php?rest_route=%2Figny8%2Fv1%2Fhealth',
			array(
				'timeout' => 10,
				'headers' => Igny8_Signer::sign_headers( $it_site, $it_secret, 'GET', '/wp-json/igny8/v1/health', '' ),
			)
		);
		igny8_check( 'a signature for /wp-json/… sent to ?rest_route= is refused (the query is part of the signed path)', 401 === (int) wp_remote_retrieve_response_code( $response ) );

		list( $status, $json ) = $signed_get( '/wp-json/igny8/v1/health', $it_secret );
		igny8_check( 'GET /health signed with the site secret answers 200 status ok', 200 === $status && isset( $json['status'] ) && 'ok' === $json['status'], $status . ' ' . wp_json_encode( $json ) );
		list( $status, $json ) = $signed_get( '/wp-json/igny8/v1/site', $it_secret );
		igny8_check( 'GET /site signed answers 200 with post types, terms, authors and seo_plugin', 200 === $status && isset( $json['post_types'], $json['terms']['category'], $json['authors'], $json['seo_plugin'] ), $status . ' ' . wp_json_encode( $json ) );
		$fixed_nonce           = 'replay_' . bin2hex( random_bytes( 8 ) );
		list( $status )        = $signed_get( '/wp-json/igny8/v1/health', $it_secret, $fixed_nonce );
		list( $status2, $json ) = $signed_get( '/wp-json/igny8/v1/health', $it_secret, $fixed_nonce );
		igny8_check( 'replaying a signed request over HTTP gets 401 igny8_nonce_replayed', 200 === $status && 401 === $status2 && 'igny8_nonce_replayed' === ( $json['code'] ?? '' ), "{$status} then {$status2}" );
		list( $status, $json ) = $signed_get( '/wp-json/igny8/v1/health', 'not-the-secret-0123456789' );
		igny8_check( 'a wrong signature over HTTP gets 401 igny8_signature_invalid', 401 === $status && 'igny8_signature_invalid' === ( $json['code'] ?? '' ), $status . ' ' . wp_json_encode( $json ) );

		$rotated = bin2hex( random_bytes( 24 ) );
		Igny8_Options::rotate_secret( $rotated );
		list( $status ) = $signed_get( '/wp-json/igny8/v1/health', $it_secret );
		igny8_check( 'after rotation the previous secret still verifies over HTTP', 200 === $status, (string) $status );
		list( $status ) = $signed_get( '/wp-json/igny8/v1/health', $rotated );
		igny8_check( 'after rotation the new secret verifies over HTTP', 200 === $status, (string) $status );
		update_option( Igny8_Options::PREVIOUS_SECRET, array( 'secret' => $it_secret, 'expires' => time() - 1 ), false );
		list( $status ) = $signed_get( '/wp-json/igny8/v1/health', $it_secret );
		igny8_check( 'once the grace period is over the previous secret is refused', 401 === $status, (string) $status );

		$response = wp_remote_post( $base . '/wp-json/igny8/v1/widget-session', array( 'timeout' => 10 ) );
		$json     = json_decode( wp_remote_retrieve_body( $response ), true );
		igny8_check( 'POST /widget-session without a logged-in user gets 401', 401 === (int) wp_remote_retrieve_response_code( $response ) && 'igny8_not_logged_in' === ( $json['code'] ?? '' ), wp_remote_retrieve_body( $response ) );
	}

	// Put the site back as it was.
	foreach ( array( Igny8_Options::SITE_ID => 'site', Igny8_Options::SECRET => 'secret', Igny8_Options::PREVIOUS_SECRET => 'prev', Igny8_Options::API_BASE_URL => 'base' ) as $option => $key ) {
		delete_option( $option );
		if ( false !== $saved[ $key ] ) {
			add_option( $option, $saved[ $key ], '', 'no' );
		}
	}
	delete_option( Igny8_Options::CONNECTED_AT );
}

echo "\n{$igny8_count} checks, {$igny8_failures} failed\n";
exit( $igny8_failures > 0 ? 1 : 0 );
