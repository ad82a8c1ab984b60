import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The same deed claimed twice (same household, rule, member and day) is found by this index and flagged to the reviewer. */
export class DuplicateClaims1797360000000 implements MigrationInterface {
  name = 'DuplicateClaims1797360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_claims_same_deed" ON "claims" ("household_id", "rule_id", "occurred_on") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_claims_same_deed"`);
  }
}
