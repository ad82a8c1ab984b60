import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking runs with their entries, allocation plans, and the program settings for participation,
 * public boards, honours and schedules. Entries and plans are append-only.
 */
export class Rankings1795600000000 implements MigrationInterface {
  name = 'Rankings1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "ranking_runs" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "program_id" integer NOT NULL, "region_id" integer NOT NULL, "period" character varying(8) NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'queued\', "progress" integer NOT NULL DEFAULT \'0\', "reason" text, "entry_count" integer NOT NULL DEFAULT \'0\', "failure_reason" text, "created_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" integer, CONSTRAINT "CHK_ranking_runs_status" CHECK ("status" IN (\'queued\', \'running\', \'completed\', \'failed\', \'superseded\')), CONSTRAINT "PK_7e4568f8fd0d519ef4acd239c66" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_ranking_runs_region" ON "ranking_runs"  ("region_id", "period") ');
    await q.query('CREATE UNIQUE INDEX "UQ_ranking_runs_version" ON "ranking_runs"  ("program_id", "region_id", "period", "version") ');
    await q.query(
      'CREATE UNIQUE INDEX "UQ_ranking_runs_draft" ON "ranking_runs"  ("program_id", "region_id", "period") WHERE "published_at" IS NULL AND "status" <> \'superseded\'',
    );
    await q.query(
      'CREATE TABLE "ranking_entries" ("run_id" bigint NOT NULL, "holder_id" integer NOT NULL, "rank" integer NOT NULL, "position" integer NOT NULL, "group_id" integer NOT NULL, "group_rank" integer NOT NULL, "score" bigint NOT NULL, "components" jsonb NOT NULL, "holder_code" character varying(64) NOT NULL, "holder_name" character varying(100) NOT NULL, CONSTRAINT "PK_f5d32a2b5f3fc874ddef6041cca" PRIMARY KEY ("run_id", "holder_id"))',
    );
    await q.query('CREATE INDEX "IDX_ranking_entries_group" ON "ranking_entries"  ("run_id", "group_id", "group_rank") ');
    await q.query('CREATE INDEX "IDX_ranking_entries_position" ON "ranking_entries"  ("run_id", "position") ');
    await q.query(
      'CREATE TABLE "allocation_plans" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "run_id" bigint NOT NULL, "budget_fen" bigint NOT NULL, "top_n" integer NOT NULL, "bottom_n" integer NOT NULL, "method" character varying(16) NOT NULL, "tiers" jsonb, "min_fen" bigint, "max_fen" bigint, "allocations" jsonb NOT NULL, "warnings" jsonb NOT NULL, "escalations" jsonb NOT NULL, "created_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ceab3e05cff80ab49e90781707a" PRIMARY KEY ("id"))',
    );
    await q.query('ALTER TABLE "programs" ADD "participation_program_id" integer');
    await q.query('ALTER TABLE "programs" ADD "participation_weight" integer NOT NULL DEFAULT \'0\'');
    await q.query('ALTER TABLE "programs" ADD "public_names" character varying(8) NOT NULL DEFAULT \'masked\'');
    await q.query('ALTER TABLE "programs" ADD "honour_top_n" integer NOT NULL DEFAULT \'10\'');
    await q.query('ALTER TABLE "programs" ADD "publish_deductions" boolean NOT NULL DEFAULT false');
    await q.query('ALTER TABLE "programs" ADD "schedule_day" integer');
    await q.query('ALTER TABLE "programs" ADD "schedule_hour" integer NOT NULL DEFAULT \'2\'');
    await q.query(
      'ALTER TABLE "programs" ADD CONSTRAINT "FK_programs_participation" FOREIGN KEY ("participation_program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ranking_runs" ADD CONSTRAINT "FK_ranking_runs_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ranking_runs" ADD CONSTRAINT "FK_ranking_runs_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ranking_entries" ADD CONSTRAINT "FK_ranking_entries_run" FOREIGN KEY ("run_id") REFERENCES "ranking_runs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "allocation_plans" ADD CONSTRAINT "FK_allocation_plans_run" FOREIGN KEY ("run_id") REFERENCES "ranking_runs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    for (const table of ['ranking_entries', 'allocation_plans']) {
      await q.query(
        `CREATE TRIGGER "TRG_${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`,
      );
    }
    // Ranking sums each holder's points of a period: let it read them from the index alone.
    await q.query(
      `CREATE INDEX "IDX_transactions_ranking" ON "transactions" ("program_id", "period") INCLUDE ("holder_id", "type", "points")`,
    );
    await q.query(`DROP INDEX "IDX_transactions_program_period"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_transactions_program_period" ON "transactions" ("program_id", "period")`);
    await q.query(`DROP INDEX "IDX_transactions_ranking"`);
    for (const table of ['ranking_entries', 'allocation_plans']) await q.query(`DROP TRIGGER "TRG_${table}_append_only" ON "${table}"`);
    await q.query('ALTER TABLE "allocation_plans" DROP CONSTRAINT "FK_allocation_plans_run"');
    await q.query('ALTER TABLE "ranking_entries" DROP CONSTRAINT "FK_ranking_entries_run"');
    await q.query('ALTER TABLE "ranking_runs" DROP CONSTRAINT "FK_ranking_runs_region"');
    await q.query('ALTER TABLE "ranking_runs" DROP CONSTRAINT "FK_ranking_runs_program"');
    await q.query('ALTER TABLE "programs" DROP CONSTRAINT "FK_programs_participation"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "schedule_hour"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "schedule_day"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "publish_deductions"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "honour_top_n"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "public_names"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "participation_weight"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "participation_program_id"');
    await q.query('DROP TABLE "allocation_plans"');
    await q.query('DROP INDEX "public"."IDX_ranking_entries_position"');
    await q.query('DROP INDEX "public"."IDX_ranking_entries_group"');
    await q.query('DROP TABLE "ranking_entries"');
    await q.query('DROP INDEX "public"."UQ_ranking_runs_draft"');
    await q.query('DROP INDEX "public"."UQ_ranking_runs_version"');
    await q.query('DROP INDEX "public"."IDX_ranking_runs_region"');
    await q.query('DROP TABLE "ranking_runs"');
  }
}
