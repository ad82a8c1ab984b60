import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LedgerTransaction } from './ledger.entities.js';

@Injectable()
export class TransactionsRepository {
  constructor(private readonly db: DataSource) {}

  find(id: string): Promise<LedgerTransaction | null> {
    return this.db.getRepository(LedgerTransaction).findOneBy({ id });
  }

  /** Whether a program has any entry besides account openings, in one period or in any. */
  async hasEntries(programId: number, period?: string, manager?: EntityManager): Promise<boolean> {
    const rows = (await (manager ?? this.db.manager).query(
      `SELECT 1 FROM transactions WHERE program_id = $1 AND type <> 'opening' AND ($2::text IS NULL OR period = $2) LIMIT 1`,
      [programId, period ?? null],
    )) as unknown[];
    return rows.length > 0;
  }

  async reversalOf(m: EntityManager, id: string): Promise<string | null> {
    const rows = (await m.query(`SELECT id FROM transactions WHERE reverses_id = $1`, [id])) as { id: string }[];
    return rows[0]?.id ?? null;
  }
}
