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

const COLUMNS = `n.id, n.program_id AS "programId", n.rule_id AS "ruleId", n.rule_version_id AS "ruleVersionId", n.kind, n.holder_id AS "holderId",
  n.village_id AS "villageId", n.member_id AS "memberId", to_char(n.occurred_on, 'YYYY-MM-DD') AS "occurredOn", n.period, n.points,
  n.requested_points AS "requestedPoints", n.cap_period_key AS "capPeriodKey", n.memo, n.reason, n.evidence, n.evidence_ids AS "evidenceIds", n.claim_id AS "claimId",
  n.entered_by AS "enteredBy", n.status, n.deadline, n.settled_at AS "settledAt", n.created_at AS "createdAt"`;

function notice<T extends { points: unknown; requestedPoints: unknown; capPoints?: unknown }>(row: T): T & { points: number; requestedPoints: number } {
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
        first.programId, first.ruleId, first.ruleVersionId, first.kind, first.memberId, first.occurredOn, first.period, first.capPeriodKey,
        first.memo, first.reason, JSON.stringify(first.evidence), first.claimId, first.enteredBy, first.deadline,
        rows.map((r) => r.holderId), rows.map((r) => r.villageId), rows.map((r) => r.points), rows.map((r) => r.requestedPoints),
        first.evidenceIds,
      ],
    )) as { id: string }[];
    return inserted.map((r) => r.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  }

  /** One notice with its village's path, locked for the rest of the transaction. */
  async lock(m: EntityManager, id: string): Promise<(Notice & { villagePath: string }) | null> {
    const rows = (await m.query(`SELECT ${COLUMNS}, v.path AS "villagePath" FROM notices n JOIN regions v ON v.id = n.village_id WHERE n.id = $1 FOR UPDATE OF n`, [id])) as (Notice & {
      villagePath: string;
    })[];
    return rows[0] ? notice(rows[0]) : null;
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
       RETURNING ${COLUMNS}`,
      [now, limit],
    )) as [Notice[], number];
    return rows.map(notice);
  }

  async settle(m: EntityManager, id: string, status: Extract<NoticeStatus, 'posted' | 'voided'>, at: Date): Promise<void> {
    await m.query(`UPDATE notices SET status = $2, settled_at = $3 WHERE id = $1`, [id, status, at]);
  }

  async setStatus(m: EntityManager, id: string, status: Extract<NoticeStatus, 'noticed' | 'held'>): Promise<void> {
    await m.query(`UPDATE notices SET status = $2 WHERE id = $1`, [id, status]);
  }

  /** Notices with names, by id or under a region (its subtree), newest deadline last. */
  async rows(filter: { id?: string; path?: string; statuses?: NoticeStatus[]; programId?: number; holderId?: number; claimId?: string }, limit = 500): Promise<NoticeRow[]> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS}, (SELECT t.id FROM transactions t WHERE t.notice_id = n.id) AS "transactionId", p.name AS "programName", p.public_names AS "publicNames", p.holder_type AS "holderType", r.code AS "ruleCode", rv.name AS "ruleName",
              rv.category AS "ruleCategory", rv.cap_points AS "capPoints", rv.cap_per AS "capPer", v.name AS "villageName", v.path AS "villagePath",
              CASE p.holder_type WHEN 'household' THEN h.head_name WHEN 'village' THEN hv.name WHEN 'staff' THEN su.display_name END AS "holderName",
              h.household_no AS "householdNo", mb.name AS "memberName",
              (SELECT count(*)::int FROM objections o WHERE o.notice_id = n.id AND o.status = 'open') AS "openObjections"
         FROM notices n
         JOIN programs p ON p.id = n.program_id
         JOIN rules r ON r.id = n.rule_id
         JOIN rule_versions rv ON rv.id = n.rule_version_id
         JOIN regions v ON v.id = n.village_id
         LEFT JOIN households h ON p.holder_type = 'household' AND h.id = n.holder_id
         LEFT JOIN regions hv ON p.holder_type = 'village' AND hv.id = n.holder_id
         LEFT JOIN users su ON p.holder_type = 'staff' AND su.id = n.holder_id
         LEFT JOIN household_members mb ON mb.id = n.member_id
        WHERE ($1::bigint IS NULL OR n.id = $1) AND ($2::text IS NULL OR v.path LIKE $2 || '%')
          AND ($3::varchar[] IS NULL OR n.status = ANY($3)) AND ($4::int IS NULL OR n.program_id = $4) AND ($5::int IS NULL OR n.holder_id = $5)
          AND ($6::bigint IS NULL OR n.claim_id = $6)
        ORDER BY n.deadline, n.id LIMIT $7`,
      [filter.id ?? null, filter.path ?? null, filter.statuses ?? null, filter.programId ?? null, filter.holderId ?? null, filter.claimId ?? null, limit],
    )) as NoticeRow[];
    return rows.map(notice);
  }

  /** Points under notice (noticed or held) of one holder in a program. */
  async pendingPoints(programId: number, holderId: number): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT COALESCE(sum(points), 0) AS pending FROM notices WHERE program_id = $1 AND holder_id = $2 AND status IN ('noticed', 'held')`,
      [programId, holderId],
    )) as { pending: string }[];
    return toSafeInteger(row.pending);
  }
}
