import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

// Each holds a secrets.json: none is left behind.
const made: string[] = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'igny8-config-'));
  made.push(d);
  return d;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('configuration', () => {
  it('has working defaults for development, with generated secrets kept in the data directory', () => {
    const dataDir = dir();
    const a = loadConfig({ IGNY8_DATA_DIR: dataDir });
    expect(a).toMatchObject({ env: 'development', port: 8080, host: '127.0.0.1' });
    expect(a.jwt.secret.length).toBeGreaterThanOrEqual(32);
    const b = loadConfig({ IGNY8_DATA_DIR: dataDir });
    expect(b.jwt.secret).toBe(a.jwt.secret);
    expect(b.dbAppPassword).toBe(a.dbAppPassword);
    const file = join(dataDir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).JWT_SECRET).toBe(a.jwt.secret);
  });

  it('narrows a secrets file that others can read to 0600, keeping its secrets', () => {
    const dataDir = dir();
    const file = join(dataDir, 'secrets.json');
    const secrets = {
      JWT_SECRET: 'j'.repeat(48),
      DB_APP_PASSWORD: 'd'.repeat(24),
      EMBEDDED_PG_PASSWORD: 'e'.repeat(24),
    };
    writeFileSync(file, JSON.stringify(secrets));
    chmodSync(file, 0o644);
    const config = loadConfig({ IGNY8_DATA_DIR: dataDir });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(config.jwt.secret).toBe(secrets.JWT_SECRET);
  });

  it('requires secrets in production and names the missing ones', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', IGNY8_DATA_DIR: dir() })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', IGNY8_DATA_DIR: dir() })).toThrow(
      /JWT_SECRET.*DATABASE_URL.*DB_APP_PASSWORD/,
    );
    const ok = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
      DATABASE_URL: 'postgres://u@h/db',
      DB_APP_PASSWORD: 'q'.repeat(20),
      IGNY8_DATA_DIR: dir(),
    });
    expect(ok.jwt.secret).toBe('p'.repeat(40));
  });

  it('refuses invalid values with a clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty', IGNY8_DATA_DIR: dir() })).toThrow(/PORT/);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '3600', IGNY8_DATA_DIR: dir() })).toThrow(
      /ACCESS_TOKEN_TTL_SECONDS/,
    );
    expect(() => loadConfig({ JWT_SECRET: 'short', IGNY8_DATA_DIR: dir() })).toThrow(/JWT_SECRET/);
  });

  it('takes JWT_SECRET_PREVIOUS during a rotation: 32 characters or more, not JWT_SECRET itself, empty is unset', () => {
    const secret = 'n'.repeat(40);
    const previous = 'o'.repeat(40);
    expect(loadConfig({ JWT_SECRET: secret, JWT_SECRET_PREVIOUS: previous, IGNY8_DATA_DIR: dir() }).jwt).toMatchObject({
      secret,
      previousSecret: previous,
    });
    expect(loadConfig({ JWT_SECRET: secret, JWT_SECRET_PREVIOUS: '', IGNY8_DATA_DIR: dir() }).jwt.previousSecret).toBe(
      undefined,
    );
    expect(() => loadConfig({ JWT_SECRET: secret, JWT_SECRET_PREVIOUS: 'short', IGNY8_DATA_DIR: dir() })).toThrow(
      /JWT_SECRET_PREVIOUS/,
    );
    expect(() => loadConfig({ JWT_SECRET: secret, JWT_SECRET_PREVIOUS: secret, IGNY8_DATA_DIR: dir() })).toThrow(
      /JWT_SECRET_PREVIOUS is the same as JWT_SECRET/,
    );
  });

  it('parses the CORS allowlist', () => {
    const c = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', IGNY8_DATA_DIR: dir() });
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});
