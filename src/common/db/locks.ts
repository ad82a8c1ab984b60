import type { EntityManager } from 'typeorm';

/** A transaction-scoped advisory lock on a name: one holder at a time, released at commit or rollback. */
export async function lockNamed(m: EntityManager, name: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [name]);
}

/** As `lockNamed`, without waiting: false when another transaction holds the lock. */
export async function tryLockNamed(m: EntityManager, name: string): Promise<boolean> {
  const [{ locked }] = (await m.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [name])) as { locked: boolean }[];
  return locked;
}
