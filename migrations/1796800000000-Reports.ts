import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the county's reports (src/reports), so that no report statement reads a growing
 * table beyond what it reports: refunds of a store by time (redemptions by store and month);
 * the receipts of an item (initial stock and restocks, with quantity and funding source),
 * without the redemption movements, for the stock-by-funding-source of the liability report; and
 * the period index of transactions (declared `synchronize: false` on the entity) covering also
 * what participation (reverses_id) and staff activity (actor, rule version) read, so both are
 * index-only scans of the periods asked for, like the rankings that use the same index.
 */
export class Reports1796800000000 implements MigrationInterface {
  name = 'Reports1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_refunds_store_created" ON "refunds" ("store_id", "created_at")`);
    await q.query(
      `CREATE INDEX "IDX_stock_movements_receipts" ON "stock_movements" ("item_id", "id") INCLUDE ("quantity", "funding_source") WHERE "kind" IN ('initial', 'restock')`,
    );
    await q.query(`DROP INDEX "IDX_transactions_ranking"`);
    await q.query(
      `CREATE INDEX "IDX_transactions_ranking" ON "transactions" ("program_id", "period") INCLUDE ("holder_id", "type", "points", "reverses_id", "actor_type", "actor_id", "rule_version_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_transactions_ranking"`);
    await q.query(
      `CREATE INDEX "IDX_transactions_ranking" ON "transactions" ("program_id", "period") INCLUDE ("holder_id", "type", "points")`,
    );
    await q.query(`DROP INDEX "IDX_stock_movements_receipts"`);
    await q.query(`DROP INDEX "IDX_refunds_store_created"`);
  }
}
