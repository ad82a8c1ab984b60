import pg from 'pg';
import { withDatabase } from '../common/db/urls.js';
import { createDataSource } from './data-source.js';

/**
 * Migrates a scratch database and asks TypeORM what it would change to match the entities.
 * An empty answer means entities and migrations agree.
 */
export async function schemaDrift(serverUrl: string): Promise<{ up: string[]; down: string[] }> {
  const scratch = `moral_bank_drift_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
    const ds = createDataSource(withDatabase(serverUrl, scratch), { logging: false });
    await ds.initialize();
    try {
      await ds.runMigrations();
      const sql = await ds.driver.createSchemaBuilder().log();
      return {
        up: sql.upQueries.map((q) => q.query),
        down: sql.downQueries.map((q) => q.query),
      };
    } finally {
      await ds.destroy();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}
