import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resident PINs that cannot be guessed: every wrong PIN of a card is counted against the PIN
 * (until a clerk resets it), with locks that grow (1 min, 5 min, 1 h, a day, then until reset) and
 * a daily cap; `last_failure_at` lets the service see wrong PINs spread over many cards of a
 * county, which raises a security alarm (`security_alarms`).
 */
export class PinLockout1797000000000 implements MigrationInterface {
  name = 'PinLockout1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "household_pins" ADD "failed_attempts" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "household_pins" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "household_pins" ADD "day_started_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "household_pins" ADD "day_failures" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "household_pins" ADD "last_failure_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `CREATE INDEX "IDX_household_pins_last_failure" ON "household_pins" ("last_failure_at") WHERE last_failure_at IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "security_alarms" ("id" SERIAL NOT NULL, "county_id" integer NOT NULL, "kind" character varying(32) NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_security_alarms" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_security_alarms_county" ON "security_alarms" ("county_id", "raised_at") `);
    await q.query(
      `ALTER TABLE "security_alarms" ADD CONSTRAINT "FK_security_alarms_county" FOREIGN KEY ("county_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "security_alarms"`);
    await q.query(`DROP INDEX "IDX_household_pins_last_failure"`);
    for (const column of ['last_failure_at', 'day_failures', 'day_started_at', 'locked_until', 'failed_attempts'])
      await q.query(`ALTER TABLE "household_pins" DROP COLUMN "${column}"`);
  }
}
