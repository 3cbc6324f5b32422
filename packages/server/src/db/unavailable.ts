// Whether an error means the database could not be reached or went away under us (stopped, restarting, the
// connection cut), rather than that the request or our code was wrong. Such a request had no effect it could have
// acknowledged — its transaction was never committed, or committed with the answer stored under its
// Idempotency-Key — so the caller is told to try again later (503 UNAVAILABLE), not that we failed (500).
// Narrower than what a job retries (jobs/job-errors.ts also retries serialization failures and deadlocks): in a
// request those are a fault of ours, such as two paths taking locks in opposite orders, and stay a logged 500.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

// SQLSTATE class 08 (connection exception); 57P01–57P03: the server is shutting down, crashed or not yet accepting
// connections; 53300: too many connections.
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;

// What node-postgres says when a connection ends under a query, or a client broken by that is used again (knex puts
// the statement in front: "ROLLBACK - Client has encountered…").
const CUT = /Connection terminated|Client has encountered a connection error|Client was closed and is not queryable/;

export function databaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; name?: unknown; errors?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || UNAVAILABLE_STATES.test(e.code))) return true;
  if (typeof e.message === 'string' && CUT.test(e.message)) return true;
  // knex found no connection for the request in time: every one is in use or none can be made.
  if (e.name === 'KnexTimeoutError') return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => databaseUnavailable(inner, depth + 1))) return true;
  return databaseUnavailable(e.cause, depth + 1);
}
