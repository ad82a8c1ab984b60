import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An entry takes its program's period lock (shared; closing a period takes it exclusively) and
 * then asks whether the period is closed: one round trip instead of two. The answer must see a
 * closure committed while the lock was awaited, which a single statement's snapshot (taken before
 * the wait) would not: a VOLATILE PL/pgSQL function takes a fresh snapshot for each statement it
 * runs, so the check is read after the lock is granted.
 */
export class PeriodEntryCheck1798100000000 implements MigrationInterface {
  name = 'PeriodEntryCheck1798100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION period_closed_for_entry(p_program integer, p_period text) RETURNS boolean
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(7001, p_program);
        RETURN EXISTS (SELECT 1 FROM period_closures WHERE program_id = p_program AND period = p_period);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION period_closed_for_entry(integer, text)`);
  }
}
