import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The installation a database belongs to: one row with a check value of the key its personal data
 * is hashed and sealed with (src/database/data-key-check.ts). The first service or CLI that opens
 * the database records it; one started with another key is refused with a message saying so,
 * instead of silently failing to match phone and ID numbers or to read sealed contact details.
 */
export class InstallationKey1798500000000 implements MigrationInterface {
  name = 'InstallationKey1798500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "installation" ("id" smallint NOT NULL DEFAULT 1, "pii_key_check" character varying(64) NOT NULL,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "CHK_installation_one_row" CHECK ("id" = 1), CONSTRAINT "PK_installation" PRIMARY KEY ("id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "installation"`);
  }
}
