import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A redemption locks the household's account and debits it in one statement. Whether a sanction
 * suspends its redemptions must be read after the lock is granted, so that a suspension committed
 * by a deduction the redemption waited for is seen; the statement's own snapshot predates that wait.
 * A VOLATILE PL/pgSQL function takes a fresh snapshot for its query, and the statement calls it
 * with the locked row's values, so it runs once the lock is held.
 */
export class RedemptionDebit1798300000000 implements MigrationInterface {
  name = 'RedemptionDebit1798300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION redemption_suspended(p_program integer, p_holder integer, p_day date) RETURNS boolean
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RETURN EXISTS (SELECT 1 FROM sanctions
                        WHERE program_id = p_program AND holder_id = p_holder AND lifted_at IS NULL AND suspended_until >= p_day);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION redemption_suspended(integer, integer, date)`);
  }
}
