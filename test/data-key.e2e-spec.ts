import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createApp } from '../src/bootstrap.js';
import { ConfigError, validateEnv } from '../src/config/env.js';
import { buildConfig } from '../src/config/runtime.js';
import { createTestDatabase } from './support/databases.js';

/**
 * A database keeps the PII key it was made with (src/database/data-key-check.ts): a second copy
 * of the service with another key (another checkout, another DATA_DIR) is refused with one
 * message, before it can write personal data hashed under the wrong key.
 */

const KEY_A = 'data-key-test-a-data-key-test-a-data-key-01';
const KEY_B = 'data-key-test-b-data-key-test-b-data-key-02';

/** The check value, worked out here rather than with the service's own function. */
const checkOf = (key: string) =>
  createHmac('sha256', key).update('moral bank: the key personal data is hashed and sealed with').digest('hex');

describe('a database and the PII key it was made with', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const dirs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** Starts the application on the database as the service does (migrations, then every module's start), and closes it. */
  async function start(env: Record<string, string>, dir = mkdtempSync(join(tmpdir(), 'moral-bank-data-key-'))): Promise<unknown> {
    dirs.push(dir);
    const vars = validateEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
      JWT_SECRET: 'data-key-secret-data-key-secret-0123',
      ...env,
    });
    const app = await createApp(buildConfig(vars, { kind: 'url', url: database.url }, { kind: 'in-process', url: null }));
    try {
      await app.init();
      return null;
    } catch (e) {
      return e;
    } finally {
      await app.close().catch(() => undefined);
    }
  }

  async function recorded(): Promise<unknown[]> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(`SELECT id, pii_key_check FROM installation`)).rows;
    } finally {
      await client.end();
    }
  }

  it('records the first key’s check value, starts again with that key, and refuses another with one message, changing nothing', async () => {
    expect(await recorded()).toEqual([]);
    expect(await start({ PII_HASH_KEY: KEY_A })).toBeNull();
    expect(await recorded()).toEqual([{ id: 1, pii_key_check: checkOf(KEY_A) }]);
    expect(await start({ PII_HASH_KEY: KEY_A })).toBeNull();

    const refused = await start({ PII_HASH_KEY: KEY_B });
    expect(refused).toBeInstanceOf(ConfigError);
    expect((refused as Error).message).toBe(
      `The database ${database.name} (DATABASE_URL) was made with another PII_HASH_KEY than the one this service was given: ` +
        'its phone and ID numbers would not match and its sealed contact details could not be read. ' +
        'Start with the key that made it (PII_HASH_KEY, or the DATA_DIR of the copy that made it), or give this copy a database of its own (DATABASE_URL).',
    );
    expect(await recorded()).toEqual([{ id: 1, pii_key_check: checkOf(KEY_A) }]);
    // The key it was made with still opens it.
    expect(await start({ PII_HASH_KEY: KEY_A })).toBeNull();
  });

  it('names the secrets file when the key is the one the data folder keeps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moral-bank-data-key-'));
    const refused = await start({}, dir);
    expect(refused).toBeInstanceOf(ConfigError);
    expect((refused as Error).message).toContain(`than the one this service keeps in ${resolve(dir, 'secrets.json')}:`);
    expect(await recorded()).toEqual([{ id: 1, pii_key_check: checkOf(KEY_A) }]);
  });
});
