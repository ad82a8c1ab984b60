import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A booking statement's checks fail the statement itself (SQLSTATE MB001, the check's name as the
 * message) instead of answering false: the transaction is then aborted by the statement, so a
 * COMMIT already sent behind it (see `endsTransaction`) rolls it back and nothing of a refused
 * booking can be committed.
 */
export class BookingCheck1798200000000 implements MigrationInterface {
  name = 'BookingCheck1798200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION booking_check(p_ok boolean, p_name text) RETURNS boolean
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        IF p_ok IS NOT TRUE THEN
          RAISE EXCEPTION USING ERRCODE = 'MB001', MESSAGE = p_name;
        END IF;
        RETURN true;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION booking_check(boolean, text)`);
  }
}
