import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conflict-of-interest declarations (利益冲突申报): each staff user who enters or reviews points
 * declares the household they live in (or none) and their related households (亲属户), in an
 * append-only table that replaces staff_households (the households managers recorded move into it
 * as records of no user's own declaration). A program may make the declaration optional.
 */
export class ConflictOfInterest1797400000000 implements MigrationInterface {
  name = 'ConflictOfInterest1797400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "staff_declarations" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" integer NOT NULL, "household_id" integer, "related_household_ids" integer array NOT NULL DEFAULT '{}', "declared_by" integer, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f5742db6a1aa497a44fb1ac9e1d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_staff_declarations_household" ON "staff_declarations"  ("household_id") `);
    await q.query(`CREATE INDEX "IDX_staff_declarations_user" ON "staff_declarations"  ("user_id", "id") `);
    await q.query(
      `ALTER TABLE "staff_declarations" ADD CONSTRAINT "FK_staff_declarations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "staff_declarations" ADD CONSTRAINT "FK_staff_declarations_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "staff_declarations" ADD CONSTRAINT "FK_staff_declarations_declared_by" FOREIGN KEY ("declared_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // What managers recorded keeps protecting those households; it is nobody's own declaration (declared_by null).
    await q.query(
      `INSERT INTO "staff_declarations" ("user_id", "household_id") SELECT "user_id", "household_id" FROM "staff_households" ORDER BY "user_id"`,
    );
    await q.query(`DROP TABLE "staff_households"`);
    // A declaration is a record: it is replaced by a newer one, never changed.
    await q.query(`
      CREATE FUNCTION staff_declarations_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'staff_declarations is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER "TRG_staff_declarations_append_only" BEFORE UPDATE OR DELETE ON "staff_declarations" FOR EACH ROW EXECUTE FUNCTION staff_declarations_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER "TRG_staff_declarations_no_truncate" BEFORE TRUNCATE ON "staff_declarations" FOR EACH STATEMENT EXECUTE FUNCTION staff_declarations_append_only()`,
    );
    await q.query(`ALTER TABLE "programs" ADD "require_coi_declaration" boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" DROP COLUMN "require_coi_declaration"`);
    await q.query(
      `CREATE TABLE "staff_households" ("user_id" integer NOT NULL, "household_id" integer NOT NULL, CONSTRAINT "PK_d1c7b337d38a46e36df5709a1a5" PRIMARY KEY ("user_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_staff_households_household" ON "staff_households"  ("household_id") `);
    await q.query(
      `ALTER TABLE "staff_households" ADD CONSTRAINT "FK_staff_households_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "staff_households" ADD CONSTRAINT "FK_staff_households_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The household each user's latest declaration names; related households have no place there.
    await q.query(`
      INSERT INTO "staff_households" ("user_id", "household_id")
      SELECT "user_id", "household_id" FROM (SELECT DISTINCT ON ("user_id") "user_id", "household_id" FROM "staff_declarations" ORDER BY "user_id", "id" DESC) latest
       WHERE "household_id" IS NOT NULL`);
    await q.query(`DROP TABLE "staff_declarations"`);
    await q.query(`DROP FUNCTION staff_declarations_append_only()`);
  }
}
