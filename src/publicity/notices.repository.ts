import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { toSafeInteger } from '../common/db/bigint.transformer.js';
import type { Notice, NoticeStatus } from './notice.entity.js';

export type NewNotice = Omit<Notice, 'id' | 'status' | 'settledAt' | 'createdAt'>;

/** A notice as the board and staff lists show it: with rule, program, household and member names. */
export interface NoticeRow extends Notice {
  /** The transaction it posted (found by its notice id). */
  transactionId: string | null;
  programName: string;
  publicNames: 'masked' | 'full';
  holderType: string;
  ruleCode: string;
  ruleName: string;
  ruleCategory: string;
  /** The applied rule version's cap (per holder and period). */
  capPoints: number | null;
  capPer: string | null;
  holderName: string | null;
  householdNo: string | null;
  memberName: string | null;
  villageName: string;
  villagePath: string;
  openObjections: number;
}

export const NOTICE_COLUMNS = `n.id, n.program_id AS "programId", n.rule_id AS "ruleId", n.rule_version_id AS "ruleVersionId", n.kind, n.holder_id AS "holderId",
  n.village_id AS "villageId", n.member_id AS "memberId", to_char(n.occurred_on, 'YYYY-MM-DD') AS "occurredOn", n.period, n.points,
  n.requested_points AS "requestedPoints", n.cap_period_key AS "capPeriodKey", n.memo, n.reason, n.evidence, n.evidence_ids AS "evidenceIds", n.claim_id AS "claimId",
  n.entered_by AS "enteredBy", n.status, n.deadline, n.settled_at AS "settledAt", n.created_at AS "createdAt"`;

export function noticeFromRow<T extends { points: unknown; requestedPoints: unknown; capPoints?: unknown }>(
  row: T,
): T & { points: number; requestedPoints: number } {
  const capped = row.capPoints === undefined || row.capPoints === null ? {} : { capPoints: toSafeInteger(row.capPoints as string) };
  return { ...row, points: toSafeInteger(row.points as string), requestedPoints: toSafeInteger(row.requestedPoints as string), ...capped };
}

/** Notices (entries under public notice) and their objections. */
@Injectable()
export class NoticesRepository {
  constructor(private readonly db: DataSource) {}

  async insert(m: EntityManager, rows: NewNotice[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const [first] = rows;
    const inserted = (await m.query(
      `INSERT INTO notices (program_id, rule_id, rule_version_id, kind, holder_id, village_id, member_id, occurred_on, period, points, requested_points,
                            cap_period_key, memo, reason, evidence, claim_id, entered_by, deadline, evidence_ids)
       SELECT $1, $2, $3, $4, u.h, u.v, $5, $6, $7, u.pts, u.req, $8, $9, $10, $11::jsonb, $12, $13, $14, $19::int[]
         FROM unnest($15::int[], $16::int[], $17::bigint[], $18::bigint[]) WITH ORDINALITY AS u(h, v, pts, req, o)
        ORDER BY u.o
       RETURNING id`,
      [
        first.programId,
        first.ruleId,
        first.ruleVersionId,
        first.kind,
        first.memberId,
        first.occurredOn,
        first.period,
        first.capPeriodKey,
        first.memo,
        first.reason,
        JSON.stringify(first.evidence),
        first.claimId,
        first.enteredBy,
        first.deadline,
        rows.map((r) => r.holderId),
        rows.map((r) => r.villageId),
        rows.map((r) => r.points),
        rows.map((r) => r.requestedPoints),
        first.evidenceIds,
      ],
    )) as { id: string }[];
    return inserted.map((r) => r.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  }

  /** One notice with its village's path, locked for the rest of the transaction. */
  async lock(m: EntityManager, id: string): Promise<(Notice & { villagePath: string }) | null> {
    const rows = (await m.query(
      `SELECT ${NOTICE_COLUMNS}, v.path AS "villagePath" FROM notices n JOIN regions v ON v.id = n.village_id WHERE n.id = $1 FOR UPDATE OF n`,
      [id],
    )) as (Notice & {
      villagePath: string;
    })[];
    return rows[0] ? noticeFromRow(rows[0]) : null;
  }

  /**
   * Takes the notices whose deadline has passed with no objection open, oldest first, and marks
   * them posted in one statement (the caller posts them in the same transaction); those another
   * transaction holds are skipped.
   */
  async takeDue(m: EntityManager, now: Date, limit: number): Promise<Notice[]> {
    // An UPDATE answers [rows, count].
    const [rows] = (await m.query(
      `UPDATE notices n SET status = 'posted', settled_at = $1
        WHERE n.id IN (SELECT id FROM notices WHERE status = 'noticed' AND deadline <= $1 ORDER BY deadline, id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING ${NOTICE_COLUMNS}`,
      [now, limit],
    )) as [Notice[], number];
    return rows.map(noticeFromRow);
  }

  async settle(m: EntityManager, id: string, status: Extract<NoticeStatus, 'posted' | 'voided'>, at: Date): Promise<void> {
    await m.query(`UPDATE notices SET status = $2, settled_at = $3 WHERE id = $1`, [id, status, at]);
  }

  async setStatus(m: EntityManager, id: string, status: Extract<NoticeStatus, 'noticed' | 'held'>): Promise<void> {
    await m.query(`UPDATE notices SET status = $2 WHERE id = $1`, [id, status]);
  }

  /** Points under notice (noticed or held) of one holder in a program. */
  async pendingPoints(programId: number, holderId: number): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT COALESCE(sum(points), 0) AS pending FROM notices WHERE program_id = $1 AND holder_id = $2 AND status IN ('noticed', 'held')`,
      [programId, holderId],
    )) as { pending: string }[];
    return toSafeInteger(row.pending);
  }

  /** Entries of a period still under public notice or held by an objection: a period with any cannot close. */
  async pendingIn(m: EntityManager, programId: number, period: string): Promise<{ noticed: number; held: number }> {
    const [row] = (await m.query(
      `SELECT count(*) FILTER (WHERE status = 'noticed')::int AS noticed, count(*) FILTER (WHERE status = 'held')::int AS held
         FROM notices WHERE program_id = $1 AND period = $2 AND status IN ('noticed', 'held')`,
      [programId, period],
    )) as { noticed: number; held: number }[];
    return row;
  }
}
