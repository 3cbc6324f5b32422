// The SSRF guard of every request Igny8 makes to a server a user named (a WordPress site, a webhook receiver), which
// pins the address it checked. The host is resolved once per request; the request is refused when any answer is
// loopback, private or reserved (unless the operator allows that network), and the connection goes to exactly the
// address that was checked: the request's `lookup` answers it, so node never asks the resolver again. A name that
// answers a public address to the check and 127.0.0.1 a moment later (DNS rebinding) therefore cannot reach loopback. The host name still travels as `Host` and as the TLS
// server name, so virtual hosts and certificates work as for any client. Redirects are never followed.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { assertOutsideTransaction } from '../db/transaction-scope.js';
import { AppError } from '../errors.js';
import { isPrivateAddress, parseHttpUrl } from './url-guard.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to (injectable: tests answer what they need, on loopback only). */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

/** The system's resolver (getaddrinfo, as any client on this machine would resolve). */
export const systemResolver: Resolver = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family as 4 | 6,
  }));

/** Which addresses a user's server may have: public ones, and the private networks the operator allows. */
export interface AddressPolicy {
  /** ALLOW_PRIVATE_URLS: every address is allowed. */
  allowPrivate: boolean;
  /** Private or loopback networks allowed all the same (WEBHOOK_ALLOWED_NETWORKS, for webhook receivers). */
  allowedNetworks: BlockList;
}

/** How requests to users' servers resolve names and which addresses they may reach. */
export interface Outbound {
  resolve: Resolver;
  policy: AddressPolicy;
}

export function addressPolicy(input: {
  allowPrivate: boolean;
  allowedNetworks: { address: string; prefix: number; family: 'ipv4' | 'ipv6' }[];
}): AddressPolicy {
  const allowedNetworks = new BlockList();
  for (const n of input.allowedNetworks) allowedNetworks.addSubnet(n.address, n.prefix, n.family);
  return { allowPrivate: input.allowPrivate, allowedNetworks };
}

/** An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address it is. */
const unmapped = (address: string) => /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;

export function addressAllowed(policy: AddressPolicy, raw: string): boolean {
  if (policy.allowPrivate) return true;
  const address = unmapped(raw);
  if (!isPrivateAddress(address)) return true;
  const family = isIP(address);
  return family !== 0 && policy.allowedNetworks.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The attempt was refused before any connection: the host does not resolve, or resolves where it may not go. */
export class AddressRefusedError extends Error {
  override name = 'AddressRefusedError';
}

const RESOLVE_TIMEOUT_MS = 5_000;

/**
 * Resolves `host` once and answers the address to connect to (the first answer), or throws AddressRefusedError
 * when it does not resolve or when any of its answers is not allowed — an allowed first answer beside a loopback
 * one is still refused, as a client that tried the next answer would reach it.
 */
export async function checkedAddress(
  host: string,
  options: { resolve: Resolver; policy: AddressPolicy },
): Promise<ResolvedAddress> {
  const literal = isIP(host);
  let answers: ResolvedAddress[];
  if (literal) answers = [{ address: host, family: literal as 4 | 6 }];
  else {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AddressRefusedError(`resolving ${host} timed out`)), RESOLVE_TIMEOUT_MS);
    });
    try {
      answers = await Promise.race([options.resolve(host), timeout]);
    } catch (err) {
      if (err instanceof AddressRefusedError) throw err;
      throw new AddressRefusedError(`the host ${host} does not resolve`);
    } finally {
      clearTimeout(timer);
    }
  }
  const first = answers[0];
  if (!first) throw new AddressRefusedError(`the host ${host} does not resolve`);
  const refused = answers.find((a) => !addressAllowed(options.policy, a.address));
  if (refused) {
    throw new AddressRefusedError(`${host} resolves to ${refused.address}, a private or loopback address`);
  }
  return first;
}

/** The host of a URL as the resolver takes it (an IPv6 literal without its brackets). */
export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/** A refusal of the guard as the user is told it: 422 URL_NOT_ALLOWED, naming why and the host. */
export const urlNotAllowed = (err: AddressRefusedError, url: URL): AppError =>
  new AppError('URL_NOT_ALLOWED', `The address is not allowed: ${err.message}.`, { host: hostOf(url) });

/** Refuses (422) a URL whose host is not allowed now. */
async function assertAllowed(url: URL, options: Outbound): Promise<URL> {
  try {
    await checkedAddress(hostOf(url), options);
  } catch (err) {
    if (!(err instanceof AddressRefusedError)) throw err;
    throw urlNotAllowed(err, url);
  }
  return url;
}

/**
 * Checks a URL a user gives (a WordPress site at connect, a webhook endpoint when it is set): http(s) only, and a
 * host whose addresses are allowed now; else 422 URL_NOT_ALLOWED. Each request checks again, as the answer may change.
 */
export const assertAllowedUrl = (raw: string, options: Outbound): Promise<URL> =>
  assertAllowed(parseHttpUrl(raw), options);

/** A webhook endpoint's URL: an allowed one (above) that carries no credentials (the signature is the credential). */
export async function assertWebhookUrl(raw: string, options: Outbound): Promise<URL> {
  const url = parseHttpUrl(raw);
  if (url.username || url.password) {
    throw new AppError('URL_NOT_ALLOWED', 'The address must not carry credentials; use the signature instead.');
  }
  return assertAllowed(url, options);
}

export interface PinnedAnswer {
  /** The address the request went to (the one checked). */
  address: string;
  status: number;
  headers: Record<string, string>;
  /** The first `maxBodyBytes` of the answer. */
  body: string;
  /** The answer was longer than `maxBodyBytes`; the rest was not read. */
  truncated: boolean;
}

export interface PinnedOptions extends Outbound {
  /** For the whole exchange: resolution, connection, request, answer. */
  timeoutMs: number;
  maxBodyBytes: number;
  /** What the request is, for the message should it be started inside a database transaction. */
  purpose: string;
}

/**
 * Sends a request to `url` at the address checked for it, and answers the response (any status: a redirect is an
 * answer like another, never followed). Throws AddressRefusedError before connecting when the address is not
 * allowed, and an Error naming what happened when there was no answer (timeout, connection refused, reset).
 */
export async function pinnedRequest(
  url: URL,
  request: { method: 'GET' | 'HEAD' | 'POST'; headers: Record<string, string>; body?: string },
  options: PinnedOptions,
): Promise<PinnedAnswer> {
  assertOutsideTransaction(options.purpose);
  const started = Date.now();
  const host = hostOf(url);
  const pinned = await checkedAddress(host, options);
  const remaining = Math.max(1, options.timeoutMs - (Date.now() - started));
  // Whatever node asks (one address, or all of them for its family selection), the answer is the checked one.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers =
    request.body === undefined
      ? request.headers
      : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
  return new Promise<PinnedAnswer>((resolve, reject) => {
    let settled = false;
    let response: IncomingMessage | undefined;
    const finish = (error: Error | undefined, answer?: PinnedAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      response?.destroy();
      if (error) reject(error);
      else resolve(answer as PinnedAnswer);
    };
    const timer = setTimeout(
      () => finish(new Error(`no complete answer within ${Math.round(options.timeoutMs / 1000)} s`)),
      remaining,
    );
    const req = send(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers,
        // A connection of its own per request: a pooled socket would be to an address checked earlier.
        agent: false,
        lookup,
        ...(isIP(host) ? {} : { servername: host }),
      },
      (res) => {
        response = res;
        const chunks: Buffer[] = [];
        let size = 0;
        const done = (truncated: boolean) =>
          finish(undefined, {
            address: pinned.address,
            status: res.statusCode ?? 0,
            headers: flatHeaders(res.headers),
            body: textOf(Buffer.concat(chunks).subarray(0, options.maxBodyBytes)),
            truncated,
          });
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          // The rest of a long answer is not read: what is kept is bounded, whatever the server sends.
          if (size > options.maxBodyBytes) done(true);
        });
        res.on('end', () => done(false));
        res.on('error', (err) => finish(err));
        res.on('close', () => finish(new Error('the connection closed before the answer ended')));
      },
    );
    req.on('error', (err) => finish(err));
    req.end(request.body);
  });
}

function flatHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** The answer's bytes as text the log can keep (PostgreSQL text holds no NUL). */
const textOf = (bytes: Buffer) => bytes.toString('utf8').replaceAll('\u0000', '\uFFFD');
