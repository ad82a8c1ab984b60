import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff awards and deductions carry uploaded photos (evidence ids) as claims do: on the notice while
 * it waits, and on the transaction that posts. A deduction for 乱堆乱放 needs its photo most of all.
 */
export class EntryEvidence1797200000000 implements MigrationInterface {
  name = 'EntryEvidence1797200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "transactions" ADD "evidence_ids" integer array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "notices" ADD "evidence_ids" integer array NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notices" DROP COLUMN "evidence_ids"`);
    await q.query(`ALTER TABLE "transactions" DROP COLUMN "evidence_ids"`);
  }
}
