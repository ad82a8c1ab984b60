import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Household PINs for resident log-in (card code + PIN): the hash only, and a version a reset bumps. */
export class ResidentPins1796300000000 implements MigrationInterface {
  name = 'ResidentPins1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "household_pins" ("household_id" integer NOT NULL, "pin_hash" character varying(200) NOT NULL, "version" integer NOT NULL DEFAULT '1', "set_by" integer NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_household_pins" PRIMARY KEY ("household_id"))`,
    );
    await q.query(
      `ALTER TABLE "household_pins" ADD CONSTRAINT "FK_household_pins_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "household_pins" ADD CONSTRAINT "FK_household_pins_set_by" FOREIGN KEY ("set_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "household_pins"`);
  }
}
