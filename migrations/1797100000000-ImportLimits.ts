import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports are read by their job, within limits: a file refused there (too many rows, a workbook
 * that unpacks too far, too slow, missing columns) fails with its code and these details. The
 * uploaded file waits for its job in the blob store (`file_key`), not in a bytea column: a 20 MB
 * file costs the database and the API's event loop nothing to store and read back.
 */
export class ImportLimits1797100000000 implements MigrationInterface {
  name = 'ImportLimits1797100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "household_imports" ADD "failure_details" jsonb`);
    await q.query(`ALTER TABLE "household_imports" ADD "file_key" character varying(200)`);
    await q.query(`ALTER TABLE "household_imports" ALTER COLUMN "file" DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "household_imports" SET "file" = ''::bytea WHERE "file" IS NULL`);
    await q.query(`ALTER TABLE "household_imports" ALTER COLUMN "file" SET NOT NULL`);
    await q.query(`ALTER TABLE "household_imports" DROP COLUMN "file_key"`);
    await q.query(`ALTER TABLE "household_imports" DROP COLUMN "failure_details"`);
  }
}
