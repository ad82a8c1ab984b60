import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A household may belong to a grid (网格 / 村民小组) of its village, so participation can be
 * reported per grid. Optional: a village without grids, or a household not yet placed, has none.
 */
export class HouseholdGrids1796900000000 implements MigrationInterface {
  name = 'HouseholdGrids1796900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "households" ADD "grid_id" integer`);
    await q.query(`CREATE INDEX "IDX_households_grid" ON "households" ("grid_id") WHERE "grid_id" IS NOT NULL`);
    await q.query(
      `ALTER TABLE "households" ADD CONSTRAINT "FK_households_grid" FOREIGN KEY ("grid_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "households" DROP CONSTRAINT "FK_households_grid"`);
    await q.query(`DROP INDEX "IDX_households_grid"`);
    await q.query(`ALTER TABLE "households" DROP COLUMN "grid_id"`);
  }
}
