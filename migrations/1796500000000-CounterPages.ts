import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counter page refunds today's receipts with its kiosk key: a refund records whether a staff
 * user or a kiosk device made it, as a redemption does (earlier refunds were all made by users).
 */
export class CounterPages1796500000000 implements MigrationInterface {
  name = 'CounterPages1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "refunds" ADD "actor_type" character varying(16) NOT NULL DEFAULT 'user'`);
    await q.query(`ALTER TABLE "refunds" ALTER COLUMN "actor_type" DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "refunds" DROP COLUMN "actor_type"`);
  }
}
