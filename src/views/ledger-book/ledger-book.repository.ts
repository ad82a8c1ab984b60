import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger as n } from '../../common/db/bigint.transformer.js';
import type { ReportStatement } from '../reports/report-reader.js';

export interface LedgerBookLine {
  postingId: string;
  transactionId: string;
  /** The day it was booked, in the program's timezone: what puts it in a year's book. */
  recordedOn: string;
  occurredOn: string;
  type: string;
  ruleCode: string | null;
  ruleName: string | null;
  ruleCategory: string | null;
  memberName: string | null;
  memo: string | null;
  points: number;
  balanceAfter: number;
}

/**
 * One household's year (台账): the postings of its account booked in the year (in the program's
 * timezone), in the order they were booked, with the balance after each; by the account's
 * (account_id, id) index. Booking decides the year, not the deed's day: a deed of late December
 * whose notice ends in January is in January's book, showing its deed day. So a year's book opens
 * with the balance the one before closed, and every line adds up.
 */
@Injectable()
export class LedgerBookRepository {
  constructor(private readonly db: DataSource) {}

  async account(programId: number, holderId: number): Promise<string | null> {
    const rows = (await this.db.query(`SELECT id FROM accounts WHERE program_id = $1 AND kind = 'holder' AND holder_id = $2`, [
      programId,
      holderId,
    ])) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  lines(accountId: string, year: string, timezone: string): ReportStatement<LedgerBookLine> {
    const sql = `
      SELECT p.id AS "postingId", t.id AS "transactionId", to_char(t.recorded_at AT TIME ZONE $3, 'YYYY-MM-DD') AS "recordedOn",
             to_char(t.occurred_on, 'YYYY-MM-DD') AS "occurredOn", t.type,
             r.code AS "ruleCode", rv.name AS "ruleName", rv.category AS "ruleCategory", mb.name AS "memberName",
             COALESCE(t.memo, t.reason) AS memo, p.amount, p.balance_after AS "balanceAfter"
        FROM postings p
        JOIN transactions t ON t.id = p.transaction_id
        LEFT JOIN rule_versions rv ON rv.id = t.rule_version_id
        LEFT JOIN rules r ON r.id = rv.rule_id
        LEFT JOIN household_members mb ON mb.id = t.member_id
       WHERE p.account_id = $1 AND t.recorded_at >= ($2 || '-01-01')::timestamp AT TIME ZONE $3
         AND t.recorded_at < (($2::int + 1) || '-01-01')::timestamp AT TIME ZONE $3
       ORDER BY p.id`;
    return {
      sql,
      params: [accountId, year, timezone],
      map: (r) => ({
        postingId: r.postingId as string,
        transactionId: r.transactionId as string,
        recordedOn: r.recordedOn as string,
        occurredOn: r.occurredOn as string,
        type: r.type as string,
        ruleCode: r.ruleCode as string | null,
        ruleName: r.ruleName as string | null,
        ruleCategory: r.ruleCategory as string | null,
        memberName: r.memberName as string | null,
        memo: r.memo as string | null,
        points: n(r.amount as string),
        balanceAfter: n(r.balanceAfter as string),
      }),
    };
  }

  /** The balance before the year: after the last posting booked before it began (0 when none). */
  async balanceBefore(accountId: string, year: string, timezone: string): Promise<number> {
    const rows = (await this.db.query(
      `SELECT p.balance_after AS "balanceAfter" FROM postings p JOIN transactions t ON t.id = p.transaction_id
        WHERE p.account_id = $1 AND t.recorded_at < ($2 || '-01-01')::timestamp AT TIME ZONE $3 ORDER BY p.id DESC LIMIT 1`,
      [accountId, year, timezone],
    )) as { balanceAfter: string }[];
    return rows[0] ? n(rows[0].balanceAfter) : 0;
  }
}
