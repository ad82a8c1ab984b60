import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';
import { earnedSql } from '../../ledger/earned.js';

export interface StatementLine {
  postingId: string;
  transactionId: string;
  type: string;
  occurredOn: string;
  period: string;
  late: boolean;
  recordedAt: Date;
  /** The day it was booked, in the program's timezone: the statement's order (the deed's day is `occurredOn`). */
  recordedOn: string;
  points: number;
  balanceAfter: number;
  capped: boolean;
  requestedPoints: number | null;
  /** The applied rule version's cap per holder and period (why a capped line got less). */
  capPoints: number | null;
  capPer: string | null;
  rule: { id: number; code: string; name: string; category: string; versionId: number; version: number } | null;
  memberId: number | null;
  /** Name of that member (the statement is read by the household and by staff of its subtree). */
  memberName: string | null;
  memo: string | null;
  reason: string | null;
  evidence: string[];
  reversesId: string | null;
  reversedById: string | null;
  /** The public notice it was confirmed from, the claim it was approved from, and that claim's photos. */
  noticeId: string | null;
  claimId: string | null;
  evidenceIds: number[];
  operator: { type: string; id: number | null; name: string | null };
}

/** A statement line as the query returns it: bigints as strings, rule and operator flat. */
type Row = Omit<StatementLine, 'points' | 'balanceAfter' | 'requestedPoints' | 'capPoints' | 'rule' | 'operator'> & {
  capPoints: string | null;
  amount: string;
  balanceAfter: string;
  requestedPoints: string | null;
  ruleId: number | null;
  ruleCode: string | null;
  ruleName: string | null;
  ruleCategory: string | null;
  versionId: number | null;
  version: number | null;
  actorType: string;
  actorId: number | null;
  actorName: string | null;
};

/** Read side of the ledger: balances, per-period earnings, statements. Every query goes by account index. */
@Injectable()
export class StatementsRepository {
  constructor(private readonly db: DataSource) {}

  async account(programId: number, holderId: number): Promise<{ id: string; balance: number } | null> {
    const rows = (await this.db.query(`SELECT id, balance FROM accounts WHERE program_id = $1 AND kind = 'holder' AND holder_id = $2`, [
      programId,
      holderId,
    ])) as {
      id: string;
      balance: string;
    }[];
    return rows[0] ? { id: rows[0].id, balance: toSafeInteger(rows[0].balance) } : null;
  }

  /**
   * The holder's account with what it earned in `period` and its points under public notice (the
   * publicity module's notices: not posted yet, not redeemable), in one round trip.
   */
  async accountWithEarned(
    programId: number,
    holderId: number,
    period: string,
  ): Promise<{ id: string; balance: number; earned: number; pending: number } | null> {
    const rows = (await this.db.query(
      `SELECT a.id, a.balance,
              ${earnedSql('a.id', 'a.holder_id', '= $3')} AS earned,
              (SELECT COALESCE(sum(n.points), 0) FROM notices n WHERE n.program_id = $1 AND n.holder_id = $2 AND n.status IN ('noticed', 'held')) AS pending
         FROM accounts a WHERE a.program_id = $1 AND a.kind = 'holder' AND a.holder_id = $2`,
      [programId, holderId, period],
    )) as { id: string; balance: string; earned: string; pending: string }[];
    const row = rows[0];
    return row
      ? { id: row.id, balance: toSafeInteger(row.balance), earned: toSafeInteger(row.earned), pending: toSafeInteger(row.pending) }
      : null;
  }

  /**
   * What the holder earned in the periods (awards minus deductions, reversals included), for its
   * level over a year (`earnedSql`): the cost is the holder's entries of those periods, never its
   * whole history nor the program's transactions. Nothing without an account.
   */
  async earnedIn(programId: number, holderId: number, periods: string[]): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT ${earnedSql('a.id', 'a.holder_id', '= ANY($3)')} AS earned
         FROM accounts a WHERE a.program_id = $1 AND a.kind = 'holder' AND a.holder_id = $2`,
      [programId, holderId, periods],
    )) as { earned: string }[];
    return row ? toSafeInteger(row.earned) : 0;
  }

  /** Points of a rule's cap a holder has used (granted, or reserved by an entry under notice) in a cap period. */
  async capUsed(ruleId: number, holderId: number, periodKey: string): Promise<number> {
    const [row] = (await this.db.query(`SELECT used FROM cap_usage WHERE rule_id = $1 AND holder_id = $2 AND period_key = $3`, [
      ruleId,
      holderId,
      periodKey,
    ])) as { used: string }[];
    return row ? toSafeInteger(row.used) : 0;
  }

  /** Newest booked first (as the 台账 goes, backwards); `before` is the cursor (a posting id). */
  async lines(
    accountId: string,
    filter: { from?: string; to?: string; before?: string },
    limit: number,
    timezone: string,
  ): Promise<StatementLine[]> {
    const rows = (await this.db.query(
      `SELECT p.id AS "postingId", t.id AS "transactionId", t.type, to_char(t.occurred_on, 'YYYY-MM-DD') AS "occurredOn", t.period, t.late,
              t.recorded_at AS "recordedAt", to_char(t.recorded_at AT TIME ZONE $6, 'YYYY-MM-DD') AS "recordedOn", p.amount, p.balance_after AS "balanceAfter", t.capped, t.requested_points AS "requestedPoints",
              r.id AS "ruleId", r.code AS "ruleCode", rv.name AS "ruleName", rv.category AS "ruleCategory", rv.id AS "versionId", rv.version,
              rv.cap_points AS "capPoints", rv.cap_per AS "capPer",
              t.member_id AS "memberId", mb.name AS "memberName", t.memo, t.reason, t.evidence, t.reverses_id AS "reversesId",
              t.notice_id AS "noticeId", t.claim_id AS "claimId",
              CASE WHEN t.claim_id IS NULL THEN t.evidence_ids
                   ELSE COALESCE((SELECT array_agg(ce.evidence_id ORDER BY ce.position) FROM claim_evidence ce WHERE ce.claim_id = t.claim_id), '{}') END AS "evidenceIds",
              (SELECT x.id FROM transactions x WHERE x.reverses_id = t.id) AS "reversedById",
              t.actor_type AS "actorType", t.actor_id AS "actorId",
              CASE t.actor_type WHEN 'user' THEN u.display_name WHEN 'device' THEN d.name END AS "actorName"
         FROM postings p
         JOIN transactions t ON t.id = p.transaction_id
         LEFT JOIN rule_versions rv ON rv.id = t.rule_version_id
         LEFT JOIN rules r ON r.id = rv.rule_id
         LEFT JOIN users u ON t.actor_type = 'user' AND u.id = t.actor_id
         LEFT JOIN devices d ON t.actor_type = 'device' AND d.id = t.actor_id
         LEFT JOIN household_members mb ON mb.id = t.member_id
        WHERE p.account_id = $1
          AND ($2::bigint IS NULL OR p.id < $2::bigint)
          AND ($3::date IS NULL OR t.occurred_on >= $3::date)
          AND ($4::date IS NULL OR t.occurred_on <= $4::date)
        ORDER BY p.id DESC
        LIMIT $5`,
      [accountId, filter.before ?? null, filter.from ?? null, filter.to ?? null, limit, timezone],
    )) as Row[];
    return rows.map((r) => ({
      postingId: r.postingId,
      transactionId: r.transactionId,
      type: r.type,
      occurredOn: r.occurredOn,
      period: r.period,
      late: r.late,
      recordedAt: r.recordedAt,
      recordedOn: r.recordedOn,
      points: toSafeInteger(r.amount),
      balanceAfter: toSafeInteger(r.balanceAfter),
      capped: r.capped,
      requestedPoints: r.requestedPoints === null ? null : toSafeInteger(r.requestedPoints),
      capPoints: r.capPoints === null ? null : toSafeInteger(r.capPoints),
      capPer: r.capPer,
      rule:
        r.ruleId === null
          ? null
          : { id: r.ruleId, code: r.ruleCode!, name: r.ruleName!, category: r.ruleCategory!, versionId: r.versionId!, version: r.version! },
      memberId: r.memberId,
      memberName: r.memberName,
      memo: r.memo,
      reason: r.reason,
      evidence: r.evidence,
      reversesId: r.reversesId,
      reversedById: r.reversedById,
      noticeId: r.noticeId,
      claimId: r.claimId,
      evidenceIds: r.evidenceIds,
      operator: { type: r.actorType, id: r.actorId, name: r.actorName },
    }));
  }
}
