import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, validateEnv } from './env.js';
import { loadOrCreateSecrets } from './secrets.js';
import { trustedProxies } from './trust-proxy.js';

/** The error validateEnv throws for `env`, or a failure when it throws nothing or something else. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    validateEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`validateEnv accepted ${JSON.stringify(env)}`);
}

describe('validateEnv', () => {
  it('fills every default when nothing is set', () => {
    const vars = validateEnv({});
    expect({ ...vars }).toEqual({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_NAME: 'moral_bank',
      DATABASE_POOL_SIZE: 20,
      JWT_TTL: '12h',
      LOG_LEVEL: 'info',
      MIGRATIONS_RUN: true,
      WORKER_ENABLED: true,
      DATA_DIR: '.data',
      EMBEDDED_PG_PORT: 54329,
      LOGIN_RATE_LIMIT: 10,
      PUBLIC_RATE_LIMIT: 600,
      IMPORT_MAX_MB: 20,
      IMPORT_MAX_ROWS: 100_000,
      IMPORT_MAX_UNPACKED_MB: 100,
      IMPORT_MAX_SECONDS: 300,
      EVIDENCE_MAX_MB: 10,
      TRUST_PROXY: 'loopback',
      IDEMPOTENCY_RETENTION_DAYS: 30,
      JOB_STALL_SECONDS: 30,
      MESSAGE_RETRY_SECONDS: 60,
      MESSAGE_MAX_ATTEMPTS: 8,
    });
    expect(vars.DATABASE_URL).toBeUndefined();
    expect(vars.REDIS_URL).toBeUndefined();
    expect(vars.JWT_SECRET).toBeUndefined();
    expect(vars.PII_HASH_KEY).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    const vars = validateEnv({ PORT: '', DATABASE_URL: '', REDIS_URL: '', MIGRATIONS_RUN: '' });
    expect(vars.PORT).toBe(3000);
    expect(vars.DATABASE_URL).toBeUndefined();
    expect(vars.REDIS_URL).toBeUndefined();
    expect(vars.MIGRATIONS_RUN).toBe(true);
  });

  it('converts numbers and booleans and keeps the special values', () => {
    const vars = validateEnv({
      PORT: '8080',
      DATABASE_URL: 'embedded',
      REDIS_URL: 'none',
      MIGRATIONS_RUN: 'false',
      WORKER_ENABLED: 'NO',
      DATABASE_POOL_SIZE: '5',
      EMBEDDED_PG_PORT: '55001',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'test',
    });
    expect(vars).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'embedded',
      REDIS_URL: 'none',
      MIGRATIONS_RUN: false,
      WORKER_ENABLED: false,
      DATABASE_POOL_SIZE: 5,
      EMBEDDED_PG_PORT: 55001,
      LOG_LEVEL: 'debug',
      NODE_ENV: 'test',
    });
    expect(validateEnv({ DATABASE_URL: 'postgresql://u:p@db:5432/x', REDIS_URL: 'rediss://cache:6380' })).toMatchObject({
      DATABASE_URL: 'postgresql://u:p@db:5432/x',
      REDIS_URL: 'rediss://cache:6380',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'foo'],
    ['LOG_LEVEL', 'loud'],
    ['JWT_SECRET', 'too-short'],
    ['PII_HASH_KEY', 'too-short'],
    ['MIGRATIONS_RUN', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_NAME', 'Moral-Bank'],
    ['JWT_TTL', '12 hours'],
    ['EMBEDDED_PG_PORT', '80'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '2'],
    ['TRUST_PROXY', '10.0.0.1,proxy.local'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['IDEMPOTENCY_RETENTION_DAYS', '7'],
    ['JOB_STALL_SECONDS', '1'],
    ['JOB_STALL_SECONDS', 'soon'],
  ])('rejects %s=%s with one line naming it', (name, value) => {
    const err = configError({ [name]: value });
    expect(err.message.split('\n')).toHaveLength(1);
    expect(err.message).toMatch(new RegExp(`^Invalid environment variable ${name}=.+: \\S`));
  });

  it('takes proxies as Express does, and "none" for no proxy', () => {
    for (const value of ['none', 'loopback', '10.0.0.1', '10.0.0.1, 10.0.0.2', '10.0.0.0/8,uniquelocal', '::1', 'fd00::/8'])
      expect(validateEnv({ TRUST_PROXY: value }).TRUST_PROXY).toBe(value);
    expect(trustedProxies('none')).toEqual([]);
    expect(trustedProxies('10.0.0.1, 10.0.0.0/8,loopback')).toEqual(['10.0.0.1', '10.0.0.0/8', 'loopback']);
  });

  it('names the bad value, but never prints a secret or a URL password', () => {
    expect(configError({ LOG_LEVEL: 'loud' }).message).toBe(
      'Invalid environment variable LOG_LEVEL="loud": LOG_LEVEL must be one of the following values: fatal, error, warn, info, debug, trace, silent',
    );
    expect(configError({ JWT_SECRET: 'almost-the-real-secret' }).message).toBe(
      'Invalid environment variable JWT_SECRET=(hidden): must be at least 32 characters',
    );
    expect(configError({ PII_HASH_KEY: 'almost-the-real-key' }).message).not.toContain('almost-the-real-key');
    const url = configError({ DATABASE_URL: 'mysql://app:s3cret@db/x' }).message;
    expect(url).toBe('Invalid environment variable DATABASE_URL="mysql://app:***@db/x": must be a postgres:// URL or "embedded"');
  });

  it('gives one line per bad variable when several are bad', () => {
    const err = configError({ PORT: 'abc', LOG_LEVEL: 'loud', REDIS_URL: 'foo', HOST: 'localhost' });
    const lines = err.message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => /^Invalid environment variable (\w+)=/.exec(l)?.[1]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'REDIS_URL']);
  });

  it('requires JWT_SECRET and PII_HASH_KEY in production', () => {
    const noJwt = configError({ NODE_ENV: 'production', PII_HASH_KEY: 'k'.repeat(32) });
    expect(noJwt.message).toBe('Missing environment variable JWT_SECRET: required when NODE_ENV=production');
    const noKey = configError({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32) });
    expect(noKey.message).toBe('Missing environment variable PII_HASH_KEY: required when NODE_ENV=production');
    const neither = configError({ NODE_ENV: 'production' });
    expect(neither.message.split('\n')).toHaveLength(1);
    expect(neither.message).toContain('JWT_SECRET');
    expect(validateEnv({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32), PII_HASH_KEY: 'k'.repeat(32) }).NODE_ENV).toBe('production');
  });
});

describe('loadOrCreateSecrets', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'moral-bank-secrets-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('generates the secrets once and returns the same ones on the next call', () => {
    const dir = join(tempDir(), 'data');
    const first = loadOrCreateSecrets(dir, {});
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.piiHashKey.length).toBeGreaterThanOrEqual(32);
    expect(first.jwtSecret).not.toBe(first.piiHashKey);

    const file = join(dir, 'secrets.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const written = statSync(file).mtimeMs;
    const second = loadOrCreateSecrets(dir, {});
    expect(second).toEqual(first);
    expect(statSync(file).mtimeMs).toBe(written);

    const elsewhere = loadOrCreateSecrets(tempDir(), {});
    expect(elsewhere.jwtSecret).not.toBe(first.jwtSecret);
    expect(elsewhere.piiHashKey).not.toBe(first.piiHashKey);
  });

  it('uses given secrets without touching the disk, and fills only the missing one', () => {
    const dir = tempDir();
    const given = { jwtSecret: 'j'.repeat(40), piiHashKey: 'p'.repeat(40) };
    expect(loadOrCreateSecrets(dir, given)).toEqual(given);
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false);

    const partial = loadOrCreateSecrets(dir, { jwtSecret: given.jwtSecret });
    expect(partial.jwtSecret).toBe(given.jwtSecret);
    expect(partial.piiHashKey.length).toBeGreaterThanOrEqual(32);
    expect(loadOrCreateSecrets(dir, {}).piiHashKey).toBe(partial.piiHashKey);
  });
});
