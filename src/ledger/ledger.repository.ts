import { Injectable } from '@nestjs/common';
import { prepared } from '../common/db/hot-query.js';
import type { EntityManager } from 'typeorm';
import { toSafeInteger } from '../common/db/bigint.transformer.js';
import { pgCode, pgMessage } from '../common/db/pg-errors.js';
import type { BookingMemo, BookingPart } from '../common/db/booking.js';
import { endsTransaction } from '../common/db/transaction-end.js';
import type { TransactionType } from './ledger.entities.js';

/** Columns shared by every transaction of one request. */
export interface TransactionMeta {
  programId: number;
  type: TransactionType;
  ruleVersionId: number | null;
  memberId: number | null;
  occurredOn: string;
  period: string;
  late: boolean;
  reversesId: string | null;
  memo: string | null;
  evidence: string[];
  evidenceIds: number[];
  reason: string | null;
  actorType: 'user' | 'device' | 'system';
  actorId: number | null;
  source: 'api' | 'import' | 'job' | 'system';
  requestId: string | null;
  /** When it is booked (the service's clock): the order of the 台账 and statements. */
  recordedAt: Date;
}

export interface NewTransaction {
  /** The notice (公示) the transaction confirms, if any: unique. */
  noticeId?: string | null;
  /** The claim the entry was approved from, if any. */
  claimId?: string | null;
  holderId: number | null;
  requestedPoints: number | null;
  points: number;
  capped: boolean;
}

export interface NewPosting {
  transactionId: string;
  accountId: string;
  amount: number;
  balanceAfter: number | null;
}

export type { BookingMemo, BookingPart } from '../common/db/booking.js';

/** A locked holder balance moved by a booking: `before` is what the lock read. */
export interface BalanceMove {
  accountId: string;
  before: number;
  delta: number;
}

export interface HolderAccount {
  id: string;
  holderId: number;
  regionId: number;
  balance: number;
}

/** The only place that writes transactions, postings and balances. Called by the engine alone. */
@Injectable()
export class LedgerRepository {
  /** Creates the missing holder accounts (at `openingBalance`); returns the holders that were new. */
  async insertHolderAccounts(
    m: EntityManager,
    programId: number,
    holders: { holderId: number; regionId: number }[],
    openingBalance: number,
  ): Promise<Set<number>> {
    const rows = (await m.query(
      prepared(`INSERT INTO accounts (program_id, kind, holder_id, region_id, balance)
       SELECT $1, 'holder', u.h, u.r, $4 FROM unnest($2::int[], $3::int[]) AS u(h, r) ORDER BY u.h
       ON CONFLICT (program_id, holder_id) WHERE kind = 'holder' DO NOTHING
       RETURNING holder_id AS "holderId"`),
      [programId, holders.map((h) => h.holderId), holders.map((h) => h.regionId), openingBalance],
    )) as { holderId: number }[];
    return new Set(rows.map((r) => r.holderId));
  }

  async holderAccounts(m: EntityManager, programId: number, holderIds: number[]): Promise<HolderAccount[]> {
    const rows = (await m.query(
      `SELECT id, holder_id AS "holderId", region_id AS "regionId", balance FROM accounts
        WHERE program_id = $1 AND kind = 'holder' AND holder_id = ANY($2::int[])`,
      [programId, holderIds],
    )) as { id: string; holderId: number; regionId: number; balance: string }[];
    return rows.map((r) => ({ ...r, balance: toSafeInteger(r.balance) }));
  }

  /**
   * Issuance or penalties accounts of these villages, created when missing — in ascending region
   * order, so two batches creating the same accounts in crossed order do not deadlock.
   */
  async regionAccounts(
    m: EntityManager,
    programId: number,
    kind: 'issuance' | 'penalties',
    regionIds: number[],
  ): Promise<Map<number, string>> {
    const unique = [...new Set(regionIds)].sort((a, b) => a - b);
    const select = async () =>
      (await m.query(
        `SELECT id, region_id AS "regionId" FROM accounts WHERE program_id = $1 AND kind = $2 AND region_id = ANY($3::int[])`,
        [programId, kind, unique],
      )) as { id: string; regionId: number }[];
    // Usually they exist: one round trip. Otherwise create the missing ones, then read again
    // (a new statement sees accounts another transaction created meanwhile).
    let rows = await select();
    if (rows.length < unique.length) {
      await m.query(
        `INSERT INTO accounts (program_id, kind, region_id) SELECT $1, $2, r FROM unnest($3::int[]) AS r ORDER BY r
         ON CONFLICT (program_id, kind, region_id) WHERE kind IN ('issuance', 'penalties') DO NOTHING`,
        [programId, kind, unique],
      );
      rows = await select();
    }
    return new Map(rows.map((r) => [r.regionId, r.id]));
  }

  /** The store's account in a program (sink of redemptions), created when missing. */
  async storeAccount(m: EntityManager, programId: number, storeId: number): Promise<string> {
    return this.systemAccount(
      m,
      `SELECT id FROM accounts WHERE program_id = $1 AND kind = 'store' AND store_id = $2`,
      `INSERT INTO accounts (program_id, kind, store_id) VALUES ($1, 'store', $2) ON CONFLICT (program_id, store_id) WHERE kind = 'store' DO NOTHING`,
      [programId, storeId],
    );
  }

  /** The program's account of settled (reimbursed) points, created when missing. */
  async settledAccount(m: EntityManager, programId: number): Promise<string> {
    return this.systemAccount(
      m,
      `SELECT id FROM accounts WHERE program_id = $1 AND kind = 'settled'`,
      `INSERT INTO accounts (program_id, kind) VALUES ($1, 'settled') ON CONFLICT (program_id, kind) WHERE kind IN ('settled', 'expired') DO NOTHING`,
      [programId],
    );
  }

  /** Reads a system account, creating it first when it is missing (then reading it in a new statement). */
  private async systemAccount(m: EntityManager, select: string, insert: string, params: unknown[]): Promise<string> {
    let [row] = (await m.query(select, params)) as { id: string }[];
    if (!row) {
      await m.query(insert, params);
      [row] = (await m.query(select, params)) as { id: string }[];
    }
    return row.id;
  }

  /**
   * Locks the holders' accounts in ascending id order (concurrent batches never deadlock) and
   * reads them as locked, in one statement.
   */
  async lockHolderAccounts(m: EntityManager, programId: number, holderIds: number[]): Promise<HolderAccount[]> {
    const rows = (await m.query(
      `SELECT id, holder_id AS "holderId", region_id AS "regionId", balance FROM accounts
        WHERE program_id = $1 AND kind = 'holder' AND holder_id = ANY($2::int[]) ORDER BY id FOR UPDATE`,
      [programId, holderIds],
    )) as { id: string; holderId: number; regionId: number; balance: string }[];
    return rows.map((r) => ({ ...r, balance: toSafeInteger(r.balance) }));
  }

  /**
   * `lockHolderAccounts` and the counter accounts of the holders' regions (`regionAccounts`'
   * usual case, where they exist) in one round trip. The counters are null when one is missing:
   * the caller then makes them through `regionAccounts`.
   */
  async lockHolderAccountsWithCounters(
    m: EntityManager,
    programId: number,
    holderIds: number[],
    kind: 'issuance' | 'penalties',
    regionIds: number[],
  ): Promise<{ accounts: HolderAccount[]; counters: Map<number, string> | null }> {
    const unique = [...new Set(regionIds)];
    const rows = (await m.query(
      prepared(`WITH held AS (
         SELECT id, holder_id, region_id, balance FROM accounts
          WHERE program_id = $1 AND kind = 'holder' AND holder_id = ANY($2::int[]) ORDER BY id FOR UPDATE)
       SELECT 'holder' AS k, id, holder_id AS "holderId", region_id AS "regionId", balance FROM held
       UNION ALL
       SELECT 'counter', id, NULL, region_id, NULL FROM accounts WHERE program_id = $1 AND kind = $3 AND region_id = ANY($4::int[])`),
      [programId, holderIds, kind, unique],
    )) as { k: 'holder' | 'counter'; id: string; holderId: number; regionId: number; balance: string }[];
    const accounts = rows
      .filter((r) => r.k === 'holder')
      .map((r) => ({ id: r.id, holderId: r.holderId, regionId: r.regionId, balance: toSafeInteger(r.balance) }));
    const counters = new Map(rows.filter((r) => r.k === 'counter').map((r) => [r.regionId, r.id]));
    return { accounts, counters: counters.size === unique.length ? counters : null };
  }

  /**
   * A redemption's debit in one round trip: the holder's account locked (as it was before the
   * debit, or null when it is not open), debited by \`points\` unless that takes it below \`floor\`
   * or a sanction suspends the holder's redemptions on \`day\` (read once the lock is held, see
   * migration RedemptionDebit: \`after\` is then null), with the store's account of the program
   * (null when it is not made yet).
   */
  async lockAndDebitForRedemption(
    m: EntityManager,
    programId: number,
    holderId: number,
    storeId: number,
    points: number,
    floor: number,
    day: string,
  ): Promise<{ account: HolderAccount | null; after: number | null; storeAccount: string | null }> {
    const [row] = (await m.query(
      prepared(`WITH held AS (SELECT id, holder_id, region_id, balance FROM accounts WHERE program_id = $1 AND kind = 'holder' AND holder_id = $2 FOR UPDATE),
       debited AS (
         UPDATE accounts a SET balance = a.balance - $4 FROM held h
          WHERE a.id = h.id AND h.balance - $4 >= $5 AND NOT redemption_suspended($1, h.holder_id, $6::date)
         RETURNING a.balance)
       SELECT (SELECT id FROM accounts WHERE program_id = $1 AND kind = 'store' AND store_id = $3) AS "storeAccount",
              h.id, h.holder_id AS "holderId", h.region_id AS "regionId", h.balance, (SELECT balance FROM debited) AS after
         FROM (SELECT 1) one LEFT JOIN held h ON true`),
      [programId, holderId, storeId, points, floor, day],
    )) as { storeAccount: string | null; id: string | null; holderId: number; regionId: number; balance: string; after: string | null }[];
    return {
      storeAccount: row.storeAccount,
      account: row.id === null ? null : { id: row.id, holderId: row.holderId, regionId: row.regionId, balance: toSafeInteger(row.balance) },
      after: row.after === null ? null : toSafeInteger(row.after),
    };
  }

  /** Locks the holder accounts of (program, holder) pairs across programs, in ascending id order. */
  async lockHolderAccountsOf(m: EntityManager, pairs: { programId: number; holderId: number }[]): Promise<void> {
    await m.query(
      `SELECT a.id FROM accounts a JOIN unnest($1::int[], $2::int[]) AS u(p, h) ON a.program_id = u.p AND a.holder_id = u.h
        WHERE a.kind = 'holder' ORDER BY a.id FOR UPDATE OF a`,
      [pairs.map((p) => p.programId), pairs.map((p) => p.holderId)],
    );
  }

  /** Locks holder accounts in ascending id order: concurrent batches never deadlock. */
  async lockAccounts(m: EntityManager, accountIds: string[]): Promise<void> {
    await m.query(`SELECT id FROM accounts WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE`, [accountIds]);
  }

  /** Applies signed deltas to locked holder balances in one statement; returns the balance after, by account. */
  async applyDeltas(m: EntityManager, changes: { accountId: string; delta: number }[]): Promise<Map<string, number>> {
    if (changes.length === 0) return new Map();
    const [rows] = (await m.query(
      prepared(`UPDATE accounts a SET balance = a.balance + u.delta FROM unnest($1::bigint[], $2::bigint[]) AS u(id, delta)
        WHERE a.id = u.id AND a.kind = 'holder' RETURNING a.id, a.balance`),
      [changes.map((c) => c.accountId), changes.map((c) => c.delta)],
    )) as [{ id: string; balance: string }[], number];
    return new Map(rows.map((r) => [r.id, toSafeInteger(r.balance)]));
  }

  /** Locks holder accounts by id, in ascending order, and reads them as locked. */
  async lockAccountsById(m: EntityManager, accountIds: string[]): Promise<HolderAccount[]> {
    const rows = (await m.query(
      `SELECT id, holder_id AS "holderId", region_id AS "regionId", balance FROM accounts WHERE id = ANY($1::bigint[]) AND kind = 'holder' ORDER BY id FOR UPDATE`,
      [accountIds],
    )) as { id: string; holderId: number; regionId: number; balance: string }[];
    return rows.map((r) => ({ ...r, balance: toSafeInteger(r.balance) }));
  }

  /** The program's account of expired points, created when missing. */
  async expiredAccount(m: EntityManager, programId: number): Promise<string> {
    return this.systemAccount(
      m,
      `SELECT id FROM accounts WHERE program_id = $1 AND kind = 'expired'`,
      `INSERT INTO accounts (program_id, kind) VALUES ($1, 'expired') ON CONFLICT (program_id, kind) WHERE kind IN ('settled', 'expired') DO NOTHING`,
      [programId],
    );
  }

  /**
   * Grants what fits under a rule's cap for each holder in one atomic upsert of the per
   * holder-rule-period counters (达到最高分值后不再累加). Returns the points granted per holder.
   */
  async consumeCaps(
    m: EntityManager,
    cap: { programId: number; ruleId: number; periodKey: string; capPoints: number },
    requests: { holderId: number; points: number }[],
  ): Promise<Map<number, number>> {
    if (requests.length === 0) return new Map();
    const sorted = [...requests].sort((a, b) => a.holderId - b.holderId);
    const rows = (await m.query(
      `INSERT INTO cap_usage AS c (program_id, rule_id, holder_id, period_key, used, last_granted)
       SELECT $1, $2, u.h, $3, LEAST(u.p, $4), LEAST(u.p, $4) FROM unnest($5::int[], $6::bigint[]) WITH ORDINALITY AS u(h, p, o) ORDER BY u.o
       ON CONFLICT (rule_id, holder_id, period_key) DO UPDATE
          SET last_granted = GREATEST(0, LEAST(EXCLUDED.last_granted, $4 - c.used)),
              used = c.used + GREATEST(0, LEAST(EXCLUDED.last_granted, $4 - c.used))
       RETURNING holder_id AS "holderId", last_granted AS granted`,
      [cap.programId, cap.ruleId, cap.periodKey, cap.capPoints, sorted.map((r) => r.holderId), sorted.map((r) => r.points)],
    )) as { holderId: number; granted: string }[];
    return new Map(rows.map((r) => [r.holderId, toSafeInteger(r.granted)]));
  }

  /** Gives back points to a cap counter when the award that used them is reversed. */
  async releaseCap(m: EntityManager, ruleId: number, holderId: number, periodKey: string, points: number): Promise<void> {
    const sql = `UPDATE cap_usage SET used = GREATEST(0, used - $4) WHERE rule_id = $1 AND holder_id = $2 AND period_key = $3`;
    await m.query(sql, [ruleId, holderId, periodKey, points]);
  }

  /** Inserts transactions sharing `meta`, in order; returns their ids in the same order. */
  async insertTransactions(m: EntityManager, meta: TransactionMeta, txns: NewTransaction[]): Promise<string[]> {
    return this.book(m, meta, txns, []);
  }

  /**
   * Transactions of one kind and their postings in one statement; a posting names its
   * transaction by its index in \`txns\`. The same statement can move locked balances
   * (\`more.balances\`: each must still be what its lock read, or the booking throws) and write rows
   * of another table (\`more.parts\`, see BookingPart), and make the memo itself (\`more.memo\`, see
   * BookingMemo). Returns the transactions' ids in the order of \`txns\`.
   */
  async book(
    m: EntityManager,
    meta: TransactionMeta,
    txns: NewTransaction[],
    postings: (Omit<NewPosting, 'transactionId'> & { tx: number })[],
    more: {
      balances?: BalanceMove[];
      parts?: BookingPart[];
      memo?: BookingMemo;
      /** The transaction's last statement: its COMMIT goes right behind it (see \`endsTransaction\`). */
      last?: boolean;
    } = {},
  ): Promise<string[]> {
    const balances = (more.balances ?? []).filter((b) => b.delta !== 0);
    const parts = more.parts ?? [];
    if (txns.length === 0) return [];
    // The memo of \`meta\`, else the one the statement makes.
    const memoSql = more.memo ? 'COALESCE($9::varchar, (SELECT memo FROM memo))' : '$9';
    const insert = `INSERT INTO transactions (program_id, type, holder_id, rule_version_id, member_id, occurred_on, period, late, reverses_id,
                                 requested_points, points, capped, memo, evidence, reason, actor_type, actor_id, source, request_id, notice_id, claim_id, recorded_at, evidence_ids)
       SELECT $1, $2, u.h, $3, $4, $5, $6, $7, $8, u.req, u.pts, u.capped, ${memoSql}, $10::jsonb, $11, $12, $13, $14, $15, u.notice, u.claim, $22, $23::int[]
         FROM unnest($16::int[], $17::bigint[], $18::bigint[], $19::bool[], $20::bigint[], $21::bigint[]) WITH ORDINALITY AS u(h, req, pts, capped, notice, claim, o)
        ORDER BY u.o
       RETURNING id`;
    const params: unknown[] = [
      meta.programId,
      meta.type,
      meta.ruleVersionId,
      meta.memberId,
      meta.occurredOn,
      meta.period,
      meta.late,
      meta.reversesId,
      meta.memo,
      JSON.stringify(meta.evidence),
      meta.reason,
      meta.actorType,
      meta.actorId,
      meta.source,
      meta.requestId,
      txns.map((t) => t.holderId),
      txns.map((t) => t.requestedPoints),
      txns.map((t) => t.points),
      txns.map((t) => t.capped),
      txns.map((t) => t.noticeId ?? null),
      txns.map((t) => t.claimId ?? null),
      meta.recordedAt,
      meta.evidenceIds,
    ];
    if (postings.length === 0 && parts.length === 0 && balances.length === 0 && !more.memo) {
      const rows = (await m.query(prepared(insert), params)) as { id: string }[];
      return sortedIds(rows);
    }
    const ctes: string[] = [];
    if (more.memo) {
      const lead = more.memo(params.length + 1);
      ctes.push(lead.sql);
      params.push(...lead.params);
    }
    // Identity values follow the insertion order of this single statement: the n-th smallest id is txns[n].
    ctes.push(`t AS (${insert})`, `n AS (SELECT id, (row_number() OVER (ORDER BY id)) - 1 AS tx FROM t)`);
    if (postings.length > 0) {
      const p = params.length;
      ctes.push(`p AS (INSERT INTO postings (transaction_id, account_id, amount, balance_after)
                       SELECT n.id, q.account, q.amount, q.after
                         FROM unnest($${p + 1}::int[], $${p + 2}::bigint[], $${p + 3}::bigint[], $${p + 4}::bigint[]) AS q(tx, account, amount, after) JOIN n ON n.tx = q.tx)`);
      params.push(
        postings.map((q) => q.tx),
        postings.map((q) => q.accountId),
        postings.map((q) => q.amount),
        postings.map((q) => q.balanceAfter),
      );
    }
    // Checks the statement answers (true or the booking throws); their texts hold no values, so
    // the statement's text depends on its shape alone (one prepared statement a shape).
    const checks: { sql: string; error: string | (() => Error) }[] = [];
    const outputs: { sql: string; take: (value: unknown) => void }[] = [];
    if (balances.length > 0) {
      // Moves balances the caller locked and read: a balance that is not what was read moves nothing, and the booking fails.
      const p = params.length;
      ctes.push(`b AS (UPDATE accounts a SET balance = a.balance + u.delta
                        FROM unnest($${p + 1}::bigint[], $${p + 2}::bigint[], $${p + 3}::bigint[]) AS u(id, before, delta)
                       WHERE a.id = u.id AND a.kind = 'holder' AND a.balance = u.before RETURNING a.id)`);
      params.push(
        balances.map((b) => b.accountId),
        balances.map((b) => b.before),
        balances.map((b) => b.delta),
      );
      checks.push({
        sql: `(SELECT count(*) FROM b) = cardinality($${p + 1}::bigint[])`,
        error: 'a booked balance was not the balance its lock had read',
      });
    }
    for (const part of parts) {
      const extra = part('n', params.length + 1);
      ctes.push(extra.sql);
      params.push(...extra.params);
      if (extra.check) checks.push(extra.check);
      if (extra.output) outputs.push(extra.output);
    }
    // A check that does not hold fails the statement (booking_check), which aborts the transaction.
    const columns =
      checks.map((c, i) => `, booking_check(${c.sql}, 'ok${i}') AS ok${i}`).join('') +
      outputs.map((o, i) => `, (${o.sql}) AS out${i}`).join('');
    if (more.last) endsTransaction(m);
    const rows = (await m.query(prepared(`WITH ${ctes.join(',\n')}\nSELECT id${columns} FROM n`), params).catch((err: unknown) => {
      const failed = pgCode(err) === 'MB001' ? checks[Number(/^ok(\d+)$/.exec(pgMessage(err))?.[1])] : undefined;
      if (!failed) throw err;
      throw typeof failed.error === 'string' ? new Error(failed.error) : failed.error();
    })) as ({ id: string } & Record<string, unknown>)[];
    if (rows.length > 0) outputs.forEach((o, i) => o.take(rows[0][`out${i}`]));
    return sortedIds(rows);
  }

  async insertPostings(m: EntityManager, postings: NewPosting[]): Promise<void> {
    if (postings.length === 0) return;
    await m.query(
      `INSERT INTO postings (transaction_id, account_id, amount, balance_after)
       SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[])`,
      [
        postings.map((p) => p.transactionId),
        postings.map((p) => p.accountId),
        postings.map((p) => p.amount),
        postings.map((p) => p.balanceAfter),
      ],
    );
  }

  async postingsOf(m: EntityManager, transactionId: string): Promise<{ accountId: string; amount: number; kind: string }[]> {
    const rows = (await m.query(
      `SELECT p.account_id AS "accountId", p.amount, a.kind FROM postings p JOIN accounts a ON a.id = p.account_id WHERE p.transaction_id = $1 ORDER BY p.id`,
      [transactionId],
    )) as { accountId: string; amount: string; kind: string }[];
    return rows.map((r) => ({ ...r, amount: toSafeInteger(r.amount) }));
  }
}

/** Ids of rows one statement inserted, in insertion order (identity values ascend with it). */
function sortedIds(rows: { id: string }[]): string[] {
  return rows.map((r) => r.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
}
