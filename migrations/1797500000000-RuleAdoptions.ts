import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adoption records (表决记录) of rule versions: the meeting that adopted a version (村民大会 or
 * 村民代表会议), its day, attendance, resolution number and minutes, one per version and never
 * changed; and the program setting that makes a version usable only once it is adopted.
 */
export class RuleAdoptions1797500000000 implements MigrationInterface {
  name = 'RuleAdoptions1797500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "rule_adoptions" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "rule_version_id" integer NOT NULL, "meeting" character varying(16) NOT NULL, "meeting_on" date NOT NULL, "attended" integer NOT NULL, "entitled" integer NOT NULL, "resolution_no" character varying(50) NOT NULL, "minutes_key" character varying(200) NOT NULL, "minutes_name" character varying(200) NOT NULL, "minutes_type" character varying(40) NOT NULL, "minutes_bytes" integer NOT NULL, "recorded_by" integer NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_rule_adoptions_minutes" CHECK ("minutes_bytes" > 0), CONSTRAINT "CHK_rule_adoptions_attendance" CHECK ("attended" > 0 AND "attended" <= "entitled"), CONSTRAINT "CHK_rule_adoptions_meeting" CHECK ("meeting" IN ('assembly', 'representatives')), CONSTRAINT "PK_rule_adoptions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_rule_adoptions_version" ON "rule_adoptions" ("rule_version_id") `);
    await q.query(
      `ALTER TABLE "rule_adoptions" ADD CONSTRAINT "FK_rule_adoptions_version" FOREIGN KEY ("rule_version_id") REFERENCES "rule_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "rule_adoptions" ADD CONSTRAINT "FK_rule_adoptions_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A record of a meeting that took place: never changed or removed.
    await q.query(`
      CREATE FUNCTION rule_adoptions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'rule_adoptions is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER "TRG_rule_adoptions_append_only" BEFORE UPDATE OR DELETE ON "rule_adoptions" FOR EACH ROW EXECUTE FUNCTION rule_adoptions_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER "TRG_rule_adoptions_no_truncate" BEFORE TRUNCATE ON "rule_adoptions" FOR EACH STATEMENT EXECUTE FUNCTION rule_adoptions_append_only()`,
    );
    await q.query(`ALTER TABLE "programs" ADD "require_rule_adoption" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" DROP COLUMN "require_rule_adoption"`);
    await q.query(`DROP TABLE "rule_adoptions"`);
    await q.query(`DROP FUNCTION rule_adoptions_append_only()`);
  }
}
