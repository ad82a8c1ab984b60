import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LedgerTransaction } from '../ledger/ledger.entities.js';

@Injectable()
export class TransactionsRepository {
  constructor(private readonly db: DataSource) {}

  find(id: string): Promise<LedgerTransaction | null> {
    return this.db.getRepository(LedgerTransaction).findOneBy({ id });
  }

  async reversalOf(m: EntityManager, id: string): Promise<string | null> {
    const rows = (await m.query(`SELECT id FROM transactions WHERE reverses_id = $1`, [id])) as { id: string }[];
    return rows[0]?.id ?? null;
  }
}
