import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createDataSource } from '../../src/database/data-source.js';
import { withDatabase } from '../../src/common/db/urls.js';

/** The server tests run on: TEST_DATABASE_URL, else the local PostgreSQL. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Set by the global setup: one migrated template per test run, so runs do not collide. */
export const templateDb = (): string => {
  const name = process.env.MORAL_BANK_TEST_TEMPLATE;
  if (!name) throw new Error('MORAL_BANK_TEST_TEMPLATE is not set: run the tests through jest (global setup)');
  return name;
};

export async function adminQuery<T = unknown>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: withDatabase(TEST_SERVER_URL, 'postgres') });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Creates and migrates this run's template once, whichever test file comes first (advisory lock). */
async function ensureTemplate(): Promise<string> {
  const name = templateDb();
  const client = new pg.Client({ connectionString: withDatabase(TEST_SERVER_URL, 'postgres') });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext($1))`, [name]);
    const found = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${name}`);
      const ds = createDataSource(withDatabase(TEST_SERVER_URL, name));
      await ds.initialize();
      try {
        await ds.runMigrations();
      } finally {
        await ds.destroy();
      }
    }
    return name;
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `moral_bank_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${await ensureTemplate()}`);
  return {
    name,
    url: withDatabase(TEST_SERVER_URL, name),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
