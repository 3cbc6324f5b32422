// Reading an account's audit log in tests, through the API (GET /v1/audit-events), as its owner.
import type { components } from '@igny8/contract/openapi';
import { expect } from 'vitest';
import { call } from '../helpers/http.js';

export type AuditEvent = components['schemas']['AuditEvent'];

/** Every event of the account (newest first), or those the query picks. */
export async function auditLog(url: string, ownerToken: string, query: Record<string, string> = {}) {
  const res = await call(url, 'GET', `/v1/audit-events?${new URLSearchParams({ limit: '100', ...query })}`, {
    token: ownerToken,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data as AuditEvent[];
}

/** The one event of `action` in `events` (fails when there are none or several). */
export function only(events: AuditEvent[], action: AuditEvent['action']): AuditEvent {
  const found = events.filter((e) => e.action === action);
  expect(found, `${action} in ${JSON.stringify(events.map((e) => e.action))}`).toHaveLength(1);
  return found[0] as AuditEvent;
}

/** None of `secrets` appears anywhere in the events, whole or in part (a secret's body, beyond its prefix). */
export function expectNoSecrets(events: AuditEvent[], secrets: string[]) {
  const text = JSON.stringify(events);
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(8);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(-12));
  }
}
