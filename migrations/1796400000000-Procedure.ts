import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The procedure that makes points legitimate (申报 → 审核 → 公示 → 确认): claims with their photos,
 * notices (entries under public notice) and objections, the append-only history of both, program
 * settings (notice days, claim window, who reviews, second review), the household a staff user
 * lives in, and the notice a transaction was confirmed from (unique: a notice posts once).
 */
export class Procedure1796400000000 implements MigrationInterface {
  name = 'Procedure1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "staff_households" ("user_id" integer NOT NULL, "household_id" integer NOT NULL, CONSTRAINT "PK_d1c7b337d38a46e36df5709a1a5" PRIMARY KEY ("user_id"))',
    );
    await q.query('CREATE INDEX "IDX_staff_households_household" ON "staff_households"  ("household_id") ');
    await q.query(
      'CREATE TABLE "notices" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "program_id" integer NOT NULL, "rule_id" integer NOT NULL, "rule_version_id" integer NOT NULL, "kind" character varying(16) NOT NULL, "holder_id" integer NOT NULL, "village_id" integer NOT NULL, "member_id" integer, "occurred_on" date NOT NULL, "period" character varying(8) NOT NULL, "points" bigint NOT NULL, "requested_points" bigint NOT NULL, "cap_period_key" character varying(8), "memo" text, "reason" text, "evidence" jsonb NOT NULL DEFAULT \'[]\', "claim_id" bigint, "entered_by" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'noticed\', "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "settled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_notices_kind" CHECK ("kind" IN (\'award\', \'deduction\')), CONSTRAINT "CHK_notices_status" CHECK ("status" IN (\'noticed\', \'held\', \'posted\', \'voided\')), CONSTRAINT "PK_3eb18c29da25d6935fcbe584237" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_notices_claim" ON "notices"  ("claim_id") ');
    await q.query('CREATE INDEX "IDX_notices_holder" ON "notices"  ("program_id", "holder_id", "status") ');
    await q.query('CREATE INDEX "IDX_notices_period" ON "notices"  ("program_id", "period", "status") ');
    await q.query('CREATE INDEX "IDX_notices_village" ON "notices"  ("village_id", "status") ');
    await q.query('CREATE INDEX "IDX_notices_due" ON "notices"  ("status", "deadline") ');
    await q.query(
      'CREATE TABLE "objections" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "notice_id" bigint NOT NULL, "household_id" integer NOT NULL, "filed_by_type" character varying(16) NOT NULL, "filed_by_id" integer NOT NULL, "reason" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'open\', "decided_by" integer, "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_objections_filer" CHECK ("filed_by_type" IN (\'resident\', \'user\')), CONSTRAINT "CHK_objections_status" CHECK ("status" IN (\'open\', \'upheld\', \'dismissed\')), CONSTRAINT "PK_6bb81f77d9eabef4f46e9c0934f" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_objections_household" ON "objections"  ("notice_id", "household_id") ');
    await q.query(
      'CREATE TABLE "procedure_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "subject_type" character varying(8) NOT NULL, "subject_id" bigint NOT NULL, "event" character varying(16) NOT NULL, "actor_type" character varying(16) NOT NULL, "actor_id" integer, "reason" text, "details" jsonb NOT NULL DEFAULT \'{}\', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_procedure_events_subject" CHECK ("subject_type" IN (\'claim\', \'notice\')), CONSTRAINT "PK_3c3493da19a71dc12258ac48edb" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_procedure_events_subject" ON "procedure_events"  ("subject_type", "subject_id", "id") ');
    await q.query(
      'CREATE TABLE "claims" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "program_id" integer NOT NULL, "rule_id" integer NOT NULL, "rule_version_id" integer NOT NULL, "household_id" integer NOT NULL, "village_id" integer NOT NULL, "member_id" integer, "occurred_on" date NOT NULL, "memo" text, "filed_by_type" character varying(16) NOT NULL, "filed_by_id" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'submitted\', "first_reviewer" integer, "reviewer" integer, "review_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "notice_id" bigint, "transaction_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_claims_filer" CHECK ("filed_by_type" IN (\'resident\', \'user\')), CONSTRAINT "CHK_claims_status" CHECK ("status" IN (\'submitted\', \'seconding\', \'approved\', \'rejected\')), CONSTRAINT "PK_96c91970c0dcb2f69fdccd0a698" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_claims_household" ON "claims"  ("household_id", "id") ');
    await q.query('CREATE INDEX "IDX_claims_queue" ON "claims"  ("village_id", "status", "id") ');
    await q.query(
      'CREATE TABLE "claim_evidence" ("claim_id" bigint NOT NULL, "evidence_id" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_938853026248e5a04f2b4908d4d" PRIMARY KEY ("claim_id", "evidence_id"))',
    );
    await q.query('CREATE INDEX "IDX_claim_evidence_evidence" ON "claim_evidence"  ("evidence_id") ');
    await q.query('ALTER TABLE "programs" ADD "publicity_days" integer NOT NULL DEFAULT \'0\'');
    await q.query('ALTER TABLE "programs" ADD "claim_window_days" integer');
    await q.query('ALTER TABLE "programs" ADD "clerks_review" boolean NOT NULL DEFAULT false');
    await q.query('ALTER TABLE "programs" ADD "second_review_above" integer');
    await q.query('ALTER TABLE "transactions" ADD "notice_id" bigint');
    await q.query('ALTER TABLE "transactions" ADD "claim_id" bigint');
    await q.query('CREATE UNIQUE INDEX "UQ_transactions_notice" ON "transactions"  ("notice_id") WHERE "notice_id" IS NOT NULL');
    await q.query(
      'ALTER TABLE "programs" ADD CONSTRAINT "CHK_programs_procedure" CHECK ("publicity_days" BETWEEN 0 AND 30 AND ("claim_window_days" IS NULL OR "claim_window_days" >= 1) AND ("second_review_above" IS NULL OR "second_review_above" >= 1))',
    );
    await q.query(
      'ALTER TABLE "staff_households" ADD CONSTRAINT "FK_staff_households_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "staff_households" ADD CONSTRAINT "FK_staff_households_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notices" ADD CONSTRAINT "FK_notices_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notices" ADD CONSTRAINT "FK_notices_rule" FOREIGN KEY ("rule_id") REFERENCES "rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notices" ADD CONSTRAINT "FK_notices_rule_version" FOREIGN KEY ("rule_version_id") REFERENCES "rule_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notices" ADD CONSTRAINT "FK_notices_village" FOREIGN KEY ("village_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notices" ADD CONSTRAINT "FK_notices_member" FOREIGN KEY ("member_id") REFERENCES "household_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notices" ADD CONSTRAINT "FK_notices_entered_by" FOREIGN KEY ("entered_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "objections" ADD CONSTRAINT "FK_objections_notice" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "objections" ADD CONSTRAINT "FK_objections_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "objections" ADD CONSTRAINT "FK_objections_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_claims_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_claims_rule" FOREIGN KEY ("rule_id") REFERENCES "rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_claims_rule_version" FOREIGN KEY ("rule_version_id") REFERENCES "rule_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_claims_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_claims_village" FOREIGN KEY ("village_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_claims_member" FOREIGN KEY ("member_id") REFERENCES "household_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_claims_first_reviewer" FOREIGN KEY ("first_reviewer") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_claims_reviewer" FOREIGN KEY ("reviewer") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claim_evidence" ADD CONSTRAINT "FK_claim_evidence_claim" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "claim_evidence" ADD CONSTRAINT "FK_claim_evidence_evidence" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The history of claims and notices is append-only.
    await q.query(`
      CREATE FUNCTION procedure_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'procedure_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER "TRG_procedure_events_append_only" BEFORE UPDATE OR DELETE ON "procedure_events" FOR EACH ROW EXECUTE FUNCTION procedure_events_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER "TRG_procedure_events_no_truncate" BEFORE TRUNCATE ON "procedure_events" FOR EACH STATEMENT EXECUTE FUNCTION procedure_events_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_procedure_events_no_truncate" ON "procedure_events"`);
    await q.query(`DROP TRIGGER "TRG_procedure_events_append_only" ON "procedure_events"`);
    await q.query(`DROP FUNCTION procedure_events_append_only()`);
    await q.query('ALTER TABLE "claim_evidence" DROP CONSTRAINT "FK_claim_evidence_evidence"');
    await q.query('ALTER TABLE "claim_evidence" DROP CONSTRAINT "FK_claim_evidence_claim"');
    await q.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_claims_reviewer"');
    await q.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_claims_first_reviewer"');
    await q.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_claims_member"');
    await q.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_claims_village"');
    await q.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_claims_household"');
    await q.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_claims_rule_version"');
    await q.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_claims_rule"');
    await q.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_claims_program"');
    await q.query('ALTER TABLE "objections" DROP CONSTRAINT "FK_objections_decided_by"');
    await q.query('ALTER TABLE "objections" DROP CONSTRAINT "FK_objections_household"');
    await q.query('ALTER TABLE "objections" DROP CONSTRAINT "FK_objections_notice"');
    await q.query('ALTER TABLE "notices" DROP CONSTRAINT "FK_notices_entered_by"');
    await q.query('ALTER TABLE "notices" DROP CONSTRAINT "FK_notices_member"');
    await q.query('ALTER TABLE "notices" DROP CONSTRAINT "FK_notices_village"');
    await q.query('ALTER TABLE "notices" DROP CONSTRAINT "FK_notices_rule_version"');
    await q.query('ALTER TABLE "notices" DROP CONSTRAINT "FK_notices_rule"');
    await q.query('ALTER TABLE "notices" DROP CONSTRAINT "FK_notices_program"');
    await q.query('ALTER TABLE "staff_households" DROP CONSTRAINT "FK_staff_households_household"');
    await q.query('ALTER TABLE "staff_households" DROP CONSTRAINT "FK_staff_households_user"');
    await q.query('ALTER TABLE "programs" DROP CONSTRAINT "CHK_programs_procedure"');
    await q.query('DROP INDEX "public"."UQ_transactions_notice"');
    await q.query('ALTER TABLE "transactions" DROP COLUMN "claim_id"');
    await q.query('ALTER TABLE "transactions" DROP COLUMN "notice_id"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "second_review_above"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "clerks_review"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "claim_window_days"');
    await q.query('ALTER TABLE "programs" DROP COLUMN "publicity_days"');
    await q.query('DROP INDEX "public"."IDX_claim_evidence_evidence"');
    await q.query('DROP TABLE "claim_evidence"');
    await q.query('DROP INDEX "public"."IDX_claims_queue"');
    await q.query('DROP INDEX "public"."IDX_claims_household"');
    await q.query('DROP TABLE "claims"');
    await q.query('DROP INDEX "public"."IDX_procedure_events_subject"');
    await q.query('DROP TABLE "procedure_events"');
    await q.query('DROP INDEX "public"."UQ_objections_household"');
    await q.query('DROP TABLE "objections"');
    await q.query('DROP INDEX "public"."IDX_notices_due"');
    await q.query('DROP INDEX "public"."IDX_notices_village"');
    await q.query('DROP INDEX "public"."IDX_notices_period"');
    await q.query('DROP INDEX "public"."IDX_notices_holder"');
    await q.query('DROP INDEX "public"."IDX_notices_claim"');
    await q.query('DROP TABLE "notices"');
    await q.query('DROP INDEX "public"."IDX_staff_households_household"');
    await q.query('DROP TABLE "staff_households"');
  }
}
