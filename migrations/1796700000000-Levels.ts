import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Levels (星级文明户) and red/black lists (红黑榜) as program settings; member honours (最美居民)
 * as ranking runs of another subject. A run keeps the levels it was made with, so a published
 * result never changes when the program's levels do; a member run's entries name their household.
 */
export class Levels1796700000000 implements MigrationInterface {
  name = 'Levels1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" ADD "levels" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "programs" ADD "level_period" character varying(8) NOT NULL DEFAULT 'year'`);
    await q.query(`ALTER TABLE "programs" ADD "red_list" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "programs" ADD "black_list" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "programs" ADD "list_size" integer NOT NULL DEFAULT '10'`);
    await q.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "CHK_programs_levels" CHECK (jsonb_typeof("levels") = 'array' AND jsonb_array_length("levels") <= 10 AND "level_period" IN ('period', 'year') AND "list_size" BETWEEN 1 AND 100)`,
    );

    await q.query(`ALTER TABLE "ranking_runs" ADD "subject" character varying(16) NOT NULL DEFAULT 'household'`);
    await q.query(`ALTER TABLE "ranking_runs" ADD "levels" jsonb`);
    await q.query(`ALTER TABLE "ranking_runs" ADD CONSTRAINT "CHK_ranking_runs_subject" CHECK ("subject" IN ('household', 'member'))`);
    // A member run and a household run of the same program, region and period are different rankings.
    await q.query(`DROP INDEX "UQ_ranking_runs_draft"`);
    await q.query(`DROP INDEX "UQ_ranking_runs_version"`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_ranking_runs_version" ON "ranking_runs" ("program_id", "region_id", "period", "subject", "version") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_ranking_runs_draft" ON "ranking_runs" ("program_id", "region_id", "period", "subject") WHERE "published_at" IS NULL AND "status" <> 'superseded'`,
    );

    await q.query(`ALTER TABLE "ranking_entries" ADD "household_id" integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ranking_entries" DROP COLUMN "household_id"`);
    // Member runs have no place in the schema before: they go with their entries and plans.
    await q.query(`ALTER TABLE "ranking_entries" DISABLE TRIGGER "TRG_ranking_entries_append_only"`);
    await q.query(`DELETE FROM "ranking_entries" WHERE "run_id" IN (SELECT "id" FROM "ranking_runs" WHERE "subject" = 'member')`);
    await q.query(`ALTER TABLE "ranking_entries" ENABLE TRIGGER "TRG_ranking_entries_append_only"`);
    await q.query(`DELETE FROM "ranking_runs" WHERE "subject" = 'member'`);
    await q.query(`DROP INDEX "UQ_ranking_runs_draft"`);
    await q.query(`DROP INDEX "UQ_ranking_runs_version"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_ranking_runs_version" ON "ranking_runs" ("program_id", "region_id", "period", "version") `);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_ranking_runs_draft" ON "ranking_runs" ("program_id", "region_id", "period") WHERE "published_at" IS NULL AND "status" <> 'superseded'`,
    );
    await q.query(`ALTER TABLE "ranking_runs" DROP CONSTRAINT "CHK_ranking_runs_subject"`);
    await q.query(`ALTER TABLE "ranking_runs" DROP COLUMN "levels"`);
    await q.query(`ALTER TABLE "ranking_runs" DROP COLUMN "subject"`);

    await q.query(`ALTER TABLE "programs" DROP CONSTRAINT "CHK_programs_levels"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "list_size"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "black_list"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "red_list"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "level_period"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "levels"`);
  }
}
