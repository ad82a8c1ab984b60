import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/db/pg-errors.js';
import type { Objection } from './notice.entity.js';

export const OBJECTION_COLUMNS = `o.id, o.notice_id AS "noticeId", o.household_id AS "householdId", o.filed_by_type AS "filedByType", o.filed_by_id AS "filedById",
  o.reason, o.status, o.decided_by AS "decidedBy", o.decision_reason AS "decisionReason", o.decided_at AS "decidedAt", o.created_at AS "createdAt"`;

@Injectable()
export class ObjectionsRepository {
  constructor(private readonly db: DataSource) {}

  /** The new objection's id, or null when the household has objected to this notice already. */
  async insert(
    m: EntityManager,
    o: Pick<Objection, 'noticeId' | 'householdId' | 'filedByType' | 'filedById' | 'reason'>,
  ): Promise<string | null> {
    try {
      const [row] = (await m.query(
        `INSERT INTO objections (notice_id, household_id, filed_by_type, filed_by_id, reason) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [o.noticeId, o.householdId, o.filedByType, o.filedById, o.reason],
      )) as { id: string }[];
      return row.id;
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }

  async lock(m: EntityManager, id: string): Promise<Objection | null> {
    const rows = (await m.query(`SELECT ${OBJECTION_COLUMNS} FROM objections o WHERE o.id = $1 FOR UPDATE`, [id])) as Objection[];
    return rows[0] ?? null;
  }

  /** Decides the objection, and with `others` every other open one of the notice; returns the ids decided, ascending. */
  async decide(
    m: EntityManager,
    {
      objection,
      status,
      by,
      reason,
      at,
      others,
    }: { objection: Objection; status: 'upheld' | 'dismissed'; by: number; reason: string; at: Date; others: boolean },
  ): Promise<string[]> {
    // An UPDATE answers [rows, count].
    const [rows] = (await m.query(
      `UPDATE objections SET status = $3, decided_by = $4, decision_reason = $5, decided_at = $6
        WHERE status = 'open' AND (id = $1 OR ($7 AND notice_id = $2)) RETURNING id`,
      [objection.id, objection.noticeId, status, by, reason, at, others],
    )) as [{ id: string }[], number];
    return rows.map((r) => r.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  }

  async openCount(m: EntityManager, noticeId: string): Promise<number> {
    const [row] = (await m.query(`SELECT count(*)::int AS n FROM objections WHERE notice_id = $1 AND status = 'open'`, [noticeId])) as {
      n: number;
    }[];
    return row.n;
  }
}
