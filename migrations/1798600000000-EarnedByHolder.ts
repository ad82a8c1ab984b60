import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a holder earned in a period (the counter's lookup, the door page and its village place, a
 * statement, a level) was summed over every posting the holder's account ever had, joined to its
 * transaction for the period: the cost grew with the household's history, 11 ms a lookup for 2,000
 * postings against 0.1 ms for ten. The earning transactions are now found by holder and period, so
 * the cost is that period's own entries, however long the history.
 *
 * The statements read it through `earnedSql` (src/ledger/earned.ts), which says why the program is
 * not among their conditions.
 *
 * Building the index reads the whole table once and holds writes to it meanwhile (seconds for a
 * million transactions); the service applies migrations before it serves.
 */
export class EarnedByHolder1798600000000 implements MigrationInterface {
  name = 'EarnedByHolder1798600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_transactions_earned" ON "transactions" ("holder_id", "period")
        WHERE "type" IN ('award', 'deduction', 'reversal')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_transactions_earned"`);
  }
}
