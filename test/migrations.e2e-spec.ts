import pg from 'pg';
import { createDataSource } from '../src/database/data-source.js';
import { schemaDrift } from '../src/database/drift.js';
import { MIGRATIONS } from '../migrations/index.js';
import { adminQuery, createTestDatabase, TEST_SERVER_URL } from './support/databases.js';

describe('migrations', () => {
  it('agree with the entities: the drift check finds nothing to change, and leaves no scratch database', async () => {
    const drift = await schemaDrift(TEST_SERVER_URL);
    expect(drift.up).toEqual([]);
    expect(drift.down).toEqual([]);
    const scratch = await adminQuery<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'moral_bank_drift_${process.pid}_%'`,
    );
    expect(scratch).toEqual([]);
  });

  it('the drift check is not vacuous: a column missing from the database shows up as a change', async () => {
    const database = await createTestDatabase();
    const ds = createDataSource(database.url, { logging: false });
    try {
      await ds.initialize();
      await ds.query(`ALTER TABLE regions DROP COLUMN name`);
      const sql = await ds.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toContainEqual(
        expect.stringMatching(/^ALTER TABLE "regions" ADD "name" character varying\(100\) NOT NULL/),
      );
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await database.drop();
    }
  });

  describe('on a migrated database', () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let client: pg.Client;
    beforeAll(async () => {
      database = await createTestDatabase();
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
    });
    afterAll(async () => {
      await client?.end();
      await database?.drop();
    });

    it('has every migration recorded', async () => {
      const { rows } = await client.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`);
      expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    });

    it('keeps audit_log append-only: UPDATE, DELETE and TRUNCATE are refused, the row is unchanged', async () => {
      const {
        rows: [{ id }],
      } = await client.query<{ id: string }>(
        `INSERT INTO audit_log (actor_type, actor_id, action, path, outcome, status) VALUES ('user', 1, 'households.create', '/api/v1/households', 'success', 201) RETURNING id`,
      );

      const update = await client.query(`UPDATE audit_log SET outcome = 'failure' WHERE id = $1`, [id]).catch((e: unknown) => e);
      expect(update).toBeInstanceOf(Error);
      expect(update).toMatchObject({ code: '42501', message: 'audit_log is append-only' });

      const del = await client.query(`DELETE FROM audit_log WHERE id = $1`, [id]).catch((e: unknown) => e);
      expect(del).toBeInstanceOf(Error);
      expect(del).toMatchObject({ code: '42501', message: 'audit_log is append-only' });

      const truncate = await client.query(`TRUNCATE audit_log`).catch((e: unknown) => e);
      expect(truncate).toMatchObject({ code: '42501', message: 'audit_log is append-only' });

      const { rows } = await client.query(`SELECT outcome, status, action FROM audit_log WHERE id = $1`, [id]);
      expect(rows).toEqual([{ outcome: 'success', status: 201, action: 'households.create' }]);

      // Appending still works.
      const more = await client.query(
        `INSERT INTO audit_log (actor_type, action, path, outcome, status) VALUES ('device', 'stores.redeem', '/api/v1/redemptions', 'failure', 403)`,
      );
      expect(more.rowCount).toBe(1);
    });

    it('reverts cleanly and migrates up again', async () => {
      const ds = createDataSource(database.url, { logging: false });
      await ds.initialize();
      try {
        for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
        const left = await client.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
        );
        expect(left.rows).toEqual([]);
        const functions = await client.query(`SELECT proname FROM pg_proc WHERE proname = 'audit_log_append_only'`);
        expect(functions.rows).toEqual([]);

        const applied = await ds.runMigrations();
        expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
      } finally {
        await ds.destroy();
      }
      const triggers = await client.query(
        `SELECT count(*)::int AS n FROM information_schema.triggers WHERE trigger_name = 'TRG_audit_log_append_only'`,
      );
      expect(triggers.rows).toEqual([{ n: 2 }]); // one row per event: UPDATE and DELETE
    });
  });
});
