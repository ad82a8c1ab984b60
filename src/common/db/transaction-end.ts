import type { EntityManager } from 'typeorm';

/** Set on a database connection: the next statement is its transaction's last (see `endsTransaction`). */
export const COMMIT_AFTER_NEXT = Symbol('commitAfterNext');

/**
 * Says that the next statement `m` sends is its transaction's last: the database client sends the
 * COMMIT right behind it, without waiting for its answer to pass through the service, so rows the
 * transaction locked (a store's receipt counter, say) are held for no longer than the statement
 * and the commit take. Nothing may be sent in the transaction after that statement, and nothing
 * may fail after it: what it wrote is committed unless the statement itself fails (the transaction is
 * then rolled back) or the commit does (its error is the transaction's). A no-op outside a transaction.
 */
export function endsTransaction(m: EntityManager): void {
  const runner = m.queryRunner as { isTransactionActive?: boolean; databaseConnection?: Record<symbol, unknown> } | undefined;
  if (runner?.isTransactionActive && runner.databaseConnection) runner.databaseConnection[COMMIT_AFTER_NEXT] = true;
}
