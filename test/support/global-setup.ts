import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findOptional, LOCAL_POSTGRES, postgresProblem } from './prerequisites.js';

/**
 * Names this run's template database and removes those of runs killed long ago. The first test
 * file to need the template migrates it (see databases.ts); every file clones it.
 * Under `npm run test:jest` (run-tests.js) the database and the optional prerequisites are
 * already found; when Jest is started directly, they are found here, without an embedded server.
 * Self-contained: Jest loads this file outside its module mapper.
 */
export default async function globalSetup(): Promise<void> {
  const server = process.env.TEST_DATABASE_URL ?? LOCAL_POSTGRES;
  if (process.env.MORAL_BANK_TEST_HAVE === undefined) {
    const problem = await postgresProblem(server);
    if (problem) {
      // One line, not a stack: Jest prints what a global setup throws.
      const error = new Error(
        `No PostgreSQL for the tests at ${server} (${problem}): run them with \`npm run test:jest\`, which starts an embedded one, or set TEST_DATABASE_URL.`,
      );
      error.stack = error.message;
      throw error;
    }
    process.env.MORAL_BANK_TEST_HAVE = (await findOptional(process.env)).join(',');
  }
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const stale = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database
        WHERE datname ~ '^moral_bank_(tpl|test)_' AND (pg_stat_file('base/' || oid || '/PG_VERSION')).modification < now() - interval '1 day'`,
    );
    for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } catch {
    // Not allowed to read the data directory: leave old databases alone.
  } finally {
    await client.end();
  }
  process.env.MORAL_BANK_TEST_TEMPLATE = `moral_bank_tpl_${process.pid}_${Date.now()}`;
  // Test apps write the error codes they answer here; the teardown checks them against the document.
  process.env.MORAL_BANK_ERROR_CODES = mkdtempSync(join(tmpdir(), 'moral-bank-error-codes-'));
}
