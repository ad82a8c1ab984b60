import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Platform operators (role `platform_operator`, no region: they run the deployment and act in no
 * county); job dispatch bookkeeping on ranking runs and household imports (how many times the
 * work was queued, the job id and time of the latest dispatch) for the reconciler.
 */
export class Operations1796100000000 implements MigrationInterface {
  name = 'Operations1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "household_imports" ADD "dispatches" integer NOT NULL DEFAULT \'0\'');
    await q.query('ALTER TABLE "household_imports" ADD "job_id" character varying(100)');
    await q.query('ALTER TABLE "household_imports" ADD "dispatched_at" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "ranking_runs" ADD "dispatches" integer NOT NULL DEFAULT \'0\'');
    await q.query('ALTER TABLE "ranking_runs" ADD "job_id" character varying(100)');
    await q.query('ALTER TABLE "ranking_runs" ADD "dispatched_at" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "users" DROP CONSTRAINT "CHK_users_role"');
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "CHK_users_role" CHECK ("role" IN ('county_admin', 'township_officer', 'village_clerk', 'reviewer', 'store_operator', 'auditor', 'platform_operator'))`,
    );
    await q.query('ALTER TABLE "users" ALTER COLUMN "region_id" DROP NOT NULL');
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "CHK_users_operator_region" CHECK (("role" = 'platform_operator') = ("region_id" IS NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "users" DROP CONSTRAINT "CHK_users_operator_region"');
    await q.query(`DELETE FROM "users" WHERE "role" = 'platform_operator'`);
    await q.query('ALTER TABLE "users" ALTER COLUMN "region_id" SET NOT NULL');
    await q.query('ALTER TABLE "users" DROP CONSTRAINT "CHK_users_role"');
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "CHK_users_role" CHECK ("role" IN ('county_admin', 'township_officer', 'village_clerk', 'reviewer', 'store_operator', 'auditor'))`,
    );
    await q.query('ALTER TABLE "ranking_runs" DROP COLUMN "dispatched_at"');
    await q.query('ALTER TABLE "ranking_runs" DROP COLUMN "job_id"');
    await q.query('ALTER TABLE "ranking_runs" DROP COLUMN "dispatches"');
    await q.query('ALTER TABLE "household_imports" DROP COLUMN "dispatched_at"');
    await q.query('ALTER TABLE "household_imports" DROP COLUMN "job_id"');
    await q.query('ALTER TABLE "household_imports" DROP COLUMN "dispatches"');
  }
}
