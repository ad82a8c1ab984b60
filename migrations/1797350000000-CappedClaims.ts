import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an approved claim was granted, after its rule's cap: the resident and the reviewer see the
 * points asked for, the points granted and why. A claim whose cap is used up is approved with 0
 * granted and puts nothing on notice.
 */
export class CappedClaims1797350000000 implements MigrationInterface {
  name = 'CappedClaims1797350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "claims" ADD "granted_points" bigint`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "claims" DROP COLUMN "granted_points"`);
  }
}
