<?php
/**
 * The plugin's own guard against server-side request forgery, for the images it downloads while publishing.
 *
 * WordPress's wp_http_validate_url() lets through any port on the site's own host and is only as good as the DNS
 * answer at the time of the check, so the plugin does not rely on it. An image URL is fetched only when it is
 * http(s) and either its origin (scheme, host and port, exactly) is the Igny8 API's origin — the server's own signed
 * file URLs, from the endpoint the admin configured — or every address its host resolves to (A and AAAA) is public.
 * The address checked is the address connected to (cURL's CURLOPT_RESOLVE), redirects are not followed, the size
 * is capped and the answer must be an image.
 *
 * Private addresses can be allowed, for a site and an Igny8 server on one LAN, with
 * `define( 'IGNY8_BRIDGE_ALLOW_PRIVATE_URLS', true );` or the `igny8_bridge_allow_private_urls` filter.
 *
 * @package Igny8_Bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Classifies addresses and URLs; downloads an image once the URL passed.
 */
final class Igny8_Url_Guard {

	/** Largest image downloaded, in bytes. */
	const MAX_BYTES = 10485760;

	/** Seconds to wait for an image. */
	const TIMEOUT = 20;

	/** Image content types accepted, with the extension the file is saved under. */
	const CONTENT_TYPES = array(
		'image/jpeg'  => 'jpg',
		'image/pjpeg' => 'jpg',
		'image/png'   => 'png',
		'image/gif'   => 'gif',
		'image/webp'  => 'webp',
	);

	/**
	 * IPv4 ranges that are not public, as [network, prefix length, reason].
	 *
	 * @var array<int,array{0:string,1:int,2:string}>
	 */
	private static $ipv4_ranges = array(
		array( '0.0.0.0', 8, 'reserved' ),         // "This network".
		array( '10.0.0.0', 8, 'private' ),
		array( '100.64.0.0', 10, 'cgnat' ),        // Shared address space (carrier-grade NAT).
		array( '127.0.0.0', 8, 'loopback' ),
		array( '169.254.0.0', 16, 'link-local' ),  // Includes cloud metadata endpoints (169.254.169.254).
		array( '172.16.0.0', 12, 'private' ),
		array( '192.0.0.0', 24, 'reserved' ),      // IETF protocol assignments.
		array( '192.0.2.0', 24, 'reserved' ),      // Documentation.
		array( '192.88.99.0', 24, 'reserved' ),    // 6to4 relay anycast.
		array( '192.168.0.0', 16, 'private' ),
		array( '198.18.0.0', 15, 'reserved' ),     // Benchmarking.
		array( '198.51.100.0', 24, 'reserved' ),   // Documentation.
		array( '203.0.113.0', 24, 'reserved' ),    // Documentation.
		array( '224.0.0.0', 4, 'multicast' ),
		array( '240.0.0.0', 4, 'reserved' ),       // Future use, and the broadcast address.
	);

	/**
	 * IPv6 ranges that are not public, as [network, prefix length, reason]. Ranges that embed an IPv4 address
	 * (mapped, NAT64, 6to4) are classified by that address instead, see classify_ip().
	 *
	 * @var array<int,array{0:string,1:int,2:string}>
	 */
	private static $ipv6_ranges = array(
		array( '::1', 128, 'loopback' ),
		array( '::', 128, 'reserved' ),            // Unspecified.
		array( '::', 96, 'reserved' ),             // IPv4-compatible (deprecated).
		array( '100::', 64, 'reserved' ),          // Discard-only.
		array( '2001::', 23, 'reserved' ),         // IETF protocol assignments (Teredo and others).
		array( '2001:db8::', 32, 'reserved' ),     // Documentation.
		array( 'fc00::', 7, 'private' ),           // Unique local.
		array( 'fe80::', 10, 'link-local' ),
		array( 'fec0::', 10, 'reserved' ),         // Site-local (deprecated).
		array( 'ff00::', 8, 'multicast' ),
	);

	/**
	 * Why an address is not public: '' when it is public, else loopback|private|link-local|cgnat|reserved|multicast|
	 * invalid. IPv4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses are judged by the
	 * IPv4 address inside them.
	 *
	 * @param string $ip IPv4 or IPv6 address (IPv6 without brackets).
	 * @return string
	 */
	public static function classify_ip( $ip ) {
		$ip     = trim( (string) $ip, "[] \t" );
		$packed = '' !== $ip ? @inet_pton( $ip ) : false; // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a malformed address is an answer here, not a warning.
		if ( false === $packed ) {
			return 'invalid';
		}
		if ( 4 === strlen( $packed ) ) {
			foreach ( self::$ipv4_ranges as $range ) {
				if ( self::in_range( $packed, inet_pton( $range[0] ), $range[1] ) ) {
					return $range[2];
				}
			}
			return '';
		}
		// IPv6 that carries an IPv4 address: judge the IPv4 address.
		$embedded = null;
		if ( self::in_range( $packed, inet_pton( '::ffff:0:0' ), 96 ) || self::in_range( $packed, inet_pton( '64:ff9b::' ), 96 ) ) {
			$embedded = substr( $packed, 12, 4 );
		} elseif ( self::in_range( $packed, inet_pton( '2002::' ), 16 ) ) {
			$embedded = substr( $packed, 2, 4 );
		}
		if ( null !== $embedded ) {
			return self::classify_ip( inet_ntop( $embedded ) );
		}
		foreach ( self::$ipv6_ranges as $range ) {
			if ( self::in_range( $packed, inet_pton( $range[0] ), $range[1] ) ) {
				return $range[2];
			}
		}
		return '';
	}

	/**
	 * Whether a packed address is inside a packed network of the given prefix length (same family).
	 *
	 * @param string $packed  Address (inet_pton).
	 * @param string $network Network (inet_pton).
	 * @param int    $bits    Prefix length.
	 */
	private static function in_range( $packed, $network, $bits ) {
		if ( strlen( $packed ) !== strlen( $network ) ) {
			return false;
		}
		$bytes = intdiv( $bits, 8 );
		if ( substr( $packed, 0, $bytes ) !== substr( $network, 0, $bytes ) ) {
			return false;
		}
		$rest = $bits % 8;
		if ( 0 === $rest ) {
			return true;
		}
		$mask = ( 0xff << ( 8 - $rest ) ) & 0xff;
		return ( ord( $packed[ $bytes ] ) & $mask ) === ( ord( $network[ $bytes ] ) & $mask );
	}

	/**
	 * The reason, in words for the warning an admin reads.
	 *
	 * @param string $reason A classify_ip() answer.
	 */
	public static function reason_message( $reason ) {
		switch ( $reason ) {
			case 'loopback':
				return __( 'the address points to a loopback network (this server itself)', 'igny8-bridge' );
			case 'private':
				return __( 'the address points to a private network', 'igny8-bridge' );
			case 'link-local':
				return __( 'the address points to a link-local network (such as a cloud metadata service)', 'igny8-bridge' );
			case 'cgnat':
				return __( 'the address points to a carrier-grade NAT (shared) network', 'igny8-bridge' );
			case 'multicast':
				return __( 'the address is a multicast address', 'igny8-bridge' );
			case 'invalid':
				return __( 'the address is not a valid IP address', 'igny8-bridge' );
			default:
				return __( 'the address is in a reserved range', 'igny8-bridge' );
		}
	}

	/**
	 * The origin of a URL, `scheme://host[:port]` with the default port left out, or ''.
	 *
	 * @param string $url URL.
	 */
	public static function origin( $url ) {
		$parts = wp_parse_url( (string) $url );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
			return '';
		}
		$scheme = strtolower( $parts['scheme'] );
		if ( 'http' !== $scheme && 'https' !== $scheme ) {
			return '';
		}
		$default = 'https' === $scheme ? 443 : 80;
		$port    = isset( $parts['port'] ) && (int) $parts['port'] !== $default ? ':' . (int) $parts['port'] : '';
		return $scheme . '://' . strtolower( $parts['host'] ) . $port;
	}

	/**
	 * Whether private addresses are allowed on this site (constant or filter).
	 */
	public static function private_allowed() {
		$allowed = defined( 'IGNY8_BRIDGE_ALLOW_PRIVATE_URLS' ) && true === IGNY8_BRIDGE_ALLOW_PRIVATE_URLS;
		return (bool) apply_filters( 'igny8_bridge_allow_private_urls', $allowed );
	}

	/**
	 * Decide whether a URL may be fetched.
	 *
	 * @param string        $url           URL.
	 * @param string        $api_origin    The Igny8 API's origin ('' when unknown).
	 * @param bool          $allow_private Whether private addresses are allowed.
	 * @param callable|null $resolver      host => string[] addresses (A and AAAA); DNS by default.
	 * @return array|WP_Error `{ url, host, port, ip|null, trusted }` or `image_refused` / `image_failed`.
	 */
	public static function check( $url, $api_origin, $allow_private, $resolver = null ) {
		$url   = (string) $url;
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
			return self::refused( __( 'only http and https URLs are fetched', 'igny8-bridge' ) );
		}
		if ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
			return self::refused( __( 'URLs with credentials are not fetched', 'igny8-bridge' ) );
		}
		$scheme = strtolower( $parts['scheme'] );
		$host   = strtolower( trim( $parts['host'], '[]' ) );
		$port   = isset( $parts['port'] ) ? (int) $parts['port'] : ( 'https' === $scheme ? 443 : 80 );
		$result = array(
			'url'     => $url,
			'host'    => $host,
			'port'    => $port,
			'ip'      => null,
			'trusted' => false,
		);

		// The Igny8 API's own origin, exactly: the server's signed file URLs.
		if ( '' !== $api_origin && self::origin( $url ) === $api_origin ) {
			$result['trusted'] = true;
			return $result;
		}

		if ( false !== @inet_pton( $host ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a host name is not an address; that is the question.
			$addresses = array( $host );
		} else {
			$addresses = null === $resolver ? self::resolve( $host ) : (array) call_user_func( $resolver, $host );
			if ( empty( $addresses ) ) {
				return new WP_Error(
					'image_failed',
					/* translators: %s: host name. */
					sprintf( __( 'the host name %s could not be resolved', 'igny8-bridge' ), $host )
				);
			}
		}
		if ( ! $allow_private ) {
			foreach ( $addresses as $address ) {
				$reason = self::classify_ip( $address );
				if ( '' !== $reason ) {
					return self::refused( self::reason_message( $reason ) );
				}
			}
		}
		// Prefer IPv4, which every host reaches; the address pinned is one of those checked.
		$pinned = $addresses[0];
		foreach ( $addresses as $address ) {
			if ( false !== strpos( $address, '.' ) ) {
				$pinned = $address;
				break;
			}
		}
		$result['ip'] = $pinned;
		return $result;
	}

	/**
	 * Every A and AAAA address of a host.
	 *
	 * @param string $host Host name.
	 * @return string[]
	 */
	private static function resolve( $host ) {
		$addresses = array();
		$records   = function_exists( 'dns_get_record' ) ? @dns_get_record( $host, DNS_A | DNS_AAAA ) : false; // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a failed lookup is reported as such.
		if ( is_array( $records ) ) {
			foreach ( $records as $record ) {
				if ( ! empty( $record['ip'] ) ) {
					$addresses[] = $record['ip'];
				} elseif ( ! empty( $record['ipv6'] ) ) {
					$addresses[] = $record['ipv6'];
				}
			}
		}
		if ( empty( $addresses ) ) {
			// Hosts files and other resolvers the system knows (dns_get_record() asks DNS only).
			$v4 = gethostbynamel( $host );
			if ( is_array( $v4 ) ) {
				$addresses = $v4;
			}
		}
		return array_values( array_unique( $addresses ) );
	}

	/**
	 * An `image_refused` error.
	 *
	 * @param string $why Reason.
	 */
	private static function refused( $why ) {
		return new WP_Error( 'image_refused', $why );
	}

	/**
	 * Download an image that passed check(), to a temporary file.
	 *
	 * @param array $checked check()'s answer.
	 * @return array|WP_Error `{ file, type, ext }`; the caller deletes the file. `image_failed` on any failure.
	 */
	public static function download( array $checked ) {
		if ( null !== $checked['ip'] && ! function_exists( 'curl_init' ) ) {
			return new WP_Error( 'image_failed', __( 'the PHP cURL extension is needed to download images safely', 'igny8-bridge' ) );
		}
		require_once ABSPATH . 'wp-admin/includes/file.php';
		$file = wp_tempnam( 'igny8-image' );
		if ( ! $file ) {
			return new WP_Error( 'image_failed', __( 'no temporary file could be created', 'igny8-bridge' ) );
		}

		$pinned = false;
		$pin    = null;
		if ( null !== $checked['ip'] ) {
			$ip  = false !== strpos( $checked['ip'], ':' ) ? '[' . $checked['ip'] . ']' : $checked['ip'];
			$pin = static function ( $handle, $request, $url ) use ( $checked, $ip, &$pinned ) {
				if ( $url !== $checked['url'] ) {
					return;
				}
				// phpcs:ignore WordPress.WP.AlternativeFunctions.curl_curl_setopt -- pinning the checked address is only possible on the handle.
				curl_setopt( $handle, CURLOPT_RESOLVE, array( $checked['host'] . ':' . $checked['port'] . ':' . $ip ) );
				$pinned = true;
			};
			add_action( 'http_api_curl', $pin, 10, 3 );
		}
		try {
			$response = wp_remote_get(
				$checked['url'],
				array(
					'timeout'             => self::TIMEOUT,
					'redirection'         => 0,
					'stream'              => true,
					'filename'            => $file,
					'limit_response_size' => self::MAX_BYTES + 1,
					'reject_unsafe_urls'  => false, // The guard above is stricter; WordPress's own check is not relied on.
					'user-agent'          => 'Igny8Bridge/' . IGNY8_BRIDGE_VERSION . '; WordPress/' . get_bloginfo( 'version' ),
					'headers'             => array( 'Accept' => 'image/*' ),
				)
			);
		} finally {
			if ( null !== $pin ) {
				remove_action( 'http_api_curl', $pin, 10 );
			}
		}

		$fail = static function ( $message ) use ( $file ) {
			wp_delete_file( $file );
			return new WP_Error( 'image_failed', $message );
		};
		if ( is_wp_error( $response ) ) {
			return $fail( __( 'the image could not be downloaded', 'igny8-bridge' ) );
		}
		if ( null !== $checked['ip'] && ! $pinned ) {
			// Another transport than cURL served the request: the address connected to was not the one checked.
			return $fail( __( 'the image could not be downloaded through a pinned connection', 'igny8-bridge' ) );
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		if ( $status >= 300 && $status < 400 ) {
			return $fail( __( 'the image URL redirects, and redirects are not followed', 'igny8-bridge' ) );
		}
		if ( 200 !== $status ) {
			/* translators: %d: HTTP status code. */
			return $fail( sprintf( __( 'the image server answered with HTTP %d', 'igny8-bridge' ), $status ) );
		}
		$type = strtolower( trim( explode( ';', (string) wp_remote_retrieve_header( $response, 'content-type' ) )[0] ) );
		if ( ! isset( self::CONTENT_TYPES[ $type ] ) ) {
			return $fail( __( 'the answer is not a JPEG, PNG, GIF or WebP image', 'igny8-bridge' ) );
		}
		clearstatcache( true, $file );
		$size = (int) filesize( $file );
		if ( $size > self::MAX_BYTES ) {
			/* translators: %s: size limit, such as "10 MB". */
			return $fail( sprintf( __( 'the image is larger than %s', 'igny8-bridge' ), size_format( self::MAX_BYTES ) ) );
		}
		if ( 0 === $size ) {
			return $fail( __( 'the image is empty', 'igny8-bridge' ) );
		}
		return array(
			'file' => $file,
			'type' => $type,
			'ext'  => self::CONTENT_TYPES[ $type ],
		);
	}
}
