import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';

export interface LedgerCheck {
  ok: boolean;
  transactions: number;
  postings: number;
  /** Sum of every posting: zero when the books balance. */
  globalSum: number;
  imbalances: { transactionId: string; sum: number }[];
  balanceMismatches: { accountId: string; holderId: number; balance: number; postingsSum: number }[];
  /** Holder accounts whose open lots do not sum to their redeemable balance. */
  lotMismatches: { accountId: string; holderId: number; redeemable: number; lotsSum: number }[];
}

/** The auditor's proof of the invariants (DESIGN §3.10); reads the whole ledger, so it is not for hot paths. */
@Injectable()
export class LedgerCheckRepository {
  constructor(private readonly db: DataSource) {}

  /** Checks the programs of one county (or one of its programs). */
  async check(countyId: number, programId?: number): Promise<LedgerCheck> {
    return this.db.transaction('REPEATABLE READ', async (m) => {
      const [{ ids }] = (await m.query(
        `SELECT coalesce(array_agg(id), '{}') AS ids FROM programs WHERE county_id = $1 AND ($2::int IS NULL OR id = $2)`,
        [countyId, programId ?? null],
      )) as { ids: number[] }[];
      const p = ids;
      const [counts] = (await m.query(
        `SELECT (SELECT count(*) FROM transactions WHERE program_id = ANY($1::int[])) AS transactions,
                (SELECT count(*) FROM postings p JOIN accounts a ON a.id = p.account_id WHERE a.program_id = ANY($1::int[])) AS postings,
                (SELECT COALESCE(sum(p.amount), 0) FROM postings p JOIN accounts a ON a.id = p.account_id WHERE a.program_id = ANY($1::int[])) AS "globalSum"`,
        [p],
      )) as { transactions: string; postings: string; globalSum: string }[];
      const imbalances = (await m.query(
        `SELECT p.transaction_id AS "transactionId", sum(p.amount) AS sum FROM postings p JOIN transactions t ON t.id = p.transaction_id
          WHERE t.program_id = ANY($1::int[]) GROUP BY p.transaction_id HAVING sum(p.amount) <> 0 ORDER BY 1 LIMIT 100`,
        [p],
      )) as { transactionId: string; sum: string }[];
      const mismatches = (await m.query(
        `SELECT a.id AS "accountId", a.holder_id AS "holderId", a.balance, COALESCE(s.total, 0) AS "postingsSum"
           FROM accounts a LEFT JOIN (SELECT p.account_id, sum(p.amount) AS total FROM postings p JOIN accounts pa ON pa.id = p.account_id WHERE pa.program_id = ANY($1::int[]) GROUP BY p.account_id) s ON s.account_id = a.id
          WHERE a.kind = 'holder' AND a.program_id = ANY($1::int[]) AND a.balance <> COALESCE(s.total, 0)
          ORDER BY a.id LIMIT 100`,
        [p],
      )) as { accountId: string; holderId: number; balance: string; postingsSum: string }[];
      const lotMismatches = (await m.query(
        `SELECT a.id AS "accountId", a.holder_id AS "holderId", GREATEST(a.balance - pr.base_points, 0) AS redeemable, COALESCE(l.total, 0) AS "lotsSum"
           FROM accounts a JOIN programs pr ON pr.id = a.program_id
           LEFT JOIN (SELECT account_id, sum(remaining) AS total FROM lots WHERE program_id = ANY($1::int[]) AND remaining > 0 GROUP BY account_id) l ON l.account_id = a.id
          WHERE a.kind = 'holder' AND a.program_id = ANY($1::int[]) AND GREATEST(a.balance - pr.base_points, 0) <> COALESCE(l.total, 0)
          ORDER BY a.id LIMIT 100`,
        [p],
      )) as { accountId: string; holderId: number; redeemable: string; lotsSum: string }[];
      const globalSum = toSafeInteger(counts.globalSum);
      return {
        ok: globalSum === 0 && imbalances.length === 0 && mismatches.length === 0 && lotMismatches.length === 0,
        transactions: toSafeInteger(counts.transactions),
        postings: toSafeInteger(counts.postings),
        globalSum,
        imbalances: imbalances.map((r) => ({ transactionId: r.transactionId, sum: toSafeInteger(r.sum) })),
        balanceMismatches: mismatches.map((r) => ({ ...r, balance: toSafeInteger(r.balance), postingsSum: toSafeInteger(r.postingsSum) })),
        lotMismatches: lotMismatches.map((r) => ({ ...r, redeemable: toSafeInteger(r.redeemable), lotsSum: toSafeInteger(r.lotsSum) })),
      };
    });
  }
}
