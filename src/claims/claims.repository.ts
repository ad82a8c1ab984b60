import { toSafeInteger } from '../common/db/bigint.transformer.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Claim, ClaimStatus } from './claim.entity.js';

export type NewClaim = Pick<Claim, 'programId' | 'ruleId' | 'ruleVersionId' | 'householdId' | 'villageId' | 'memberId' | 'occurredOn' | 'memo' | 'filedByType' | 'filedById'>;

/** A claim as reviewers and residents see it: with names, points, evidence ids and the notice's state. */
export interface ClaimRow extends Claim {
  villagePath: string;
  villageName: string;
  programName: string;
  ruleCode: string;
  ruleName: string;
  ruleCategory: string;
  points: number;
  /** The rule's cap per holder and period, if any. */
  capPoints: number | null;
  capPer: string | null;
  householdNo: string;
  headName: string;
  memberName: string | null;
  evidenceIds: number[];
  noticeStatus: string | null;
  noticeDeadline: Date | null;
  /** An earlier claim (not rejected) of the same deed: same household, rule, member and day. */
  duplicateOf: string | null;
}

const COLUMNS = `c.id, c.program_id AS "programId", c.rule_id AS "ruleId", c.rule_version_id AS "ruleVersionId", c.household_id AS "householdId",
  c.village_id AS "villageId", c.member_id AS "memberId", to_char(c.occurred_on, 'YYYY-MM-DD') AS "occurredOn", c.memo, c.filed_by_type AS "filedByType",
  c.filed_by_id AS "filedById", c.status, c.first_reviewer AS "firstReviewer", c.reviewer, c.review_reason AS "reviewReason", c.decided_at AS "decidedAt",
  c.notice_id AS "noticeId", c.transaction_id AS "transactionId", c.granted_points AS "grantedPoints", c.created_at AS "createdAt"`;

@Injectable()
export class ClaimsRepository {
  constructor(private readonly db: DataSource) {}

  async insert(m: EntityManager, claim: NewClaim, evidenceIds: number[]): Promise<string> {
    const [{ id }] = (await m.query(
      `INSERT INTO claims (program_id, rule_id, rule_version_id, household_id, village_id, member_id, occurred_on, memo, filed_by_type, filed_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [claim.programId, claim.ruleId, claim.ruleVersionId, claim.householdId, claim.villageId, claim.memberId, claim.occurredOn, claim.memo, claim.filedByType, claim.filedById],
    )) as { id: string }[];
    if (evidenceIds.length > 0) {
      await m.query(`INSERT INTO claim_evidence (claim_id, evidence_id, position) SELECT $1, e, o FROM unnest($2::int[]) WITH ORDINALITY AS u(e, o)`, [id, evidenceIds]);
    }
    return id;
  }

  async lock(m: EntityManager, id: string): Promise<(Claim & { villagePath: string }) | null> {
    const rows = (await m.query(`SELECT ${COLUMNS}, v.path AS "villagePath" FROM claims c JOIN regions v ON v.id = c.village_id WHERE c.id = $1 FOR UPDATE OF c`, [id])) as (Claim & {
      villagePath: string;
    })[];
    return rows[0] ?? null;
  }

  async decide(
    m: EntityManager,
    id: string,
    patch: { status: ClaimStatus; reviewer?: number; firstReviewer?: number; reviewReason?: string | null; noticeId?: string | null; transactionId?: string | null; grantedPoints?: number; decided: boolean },
  ): Promise<void> {
    await m.query(
      `UPDATE claims SET status = $2, reviewer = COALESCE($3, reviewer), first_reviewer = COALESCE($4, first_reviewer), review_reason = COALESCE($5, review_reason),
              notice_id = COALESCE($6, notice_id), transaction_id = COALESCE($7, transaction_id), decided_at = CASE WHEN $8 THEN now() ELSE decided_at END,
              granted_points = COALESCE($9, granted_points)
        WHERE id = $1`,
      [id, patch.status, patch.reviewer ?? null, patch.firstReviewer ?? null, patch.reviewReason ?? null, patch.noticeId ?? null, patch.transactionId ?? null, patch.decided, patch.grantedPoints ?? null],
    );
  }

  /** Claims with names, by id, under a region (oldest first: the review queue) or of one household (newest first). */
  async rows(filter: { id?: string; path?: string; householdId?: number; statuses?: ClaimStatus[] }, limit: number, offset = 0): Promise<ClaimRow[]> {
    const newestFirst = filter.householdId !== undefined;
    const rows = (await this.db.query(
      `SELECT ${COLUMNS}, v.path AS "villagePath", v.name AS "villageName", p.name AS "programName", r.code AS "ruleCode", rv.name AS "ruleName",
              rv.category AS "ruleCategory", rv.points, rv.cap_points AS "capPoints", rv.cap_per AS "capPer", h.household_no AS "householdNo", h.head_name AS "headName", mb.name AS "memberName",
              COALESCE((SELECT array_agg(ce.evidence_id ORDER BY ce.position) FROM claim_evidence ce WHERE ce.claim_id = c.id), '{}') AS "evidenceIds",
              n.status AS "noticeStatus", n.deadline AS "noticeDeadline",
              (SELECT min(d.id) FROM claims d
                WHERE d.household_id = c.household_id AND d.rule_id = c.rule_id AND d.occurred_on = c.occurred_on
                  AND d.member_id IS NOT DISTINCT FROM c.member_id AND d.id < c.id AND d.status <> 'rejected') AS "duplicateOf"
         FROM claims c
         JOIN regions v ON v.id = c.village_id
         JOIN programs p ON p.id = c.program_id
         JOIN rules r ON r.id = c.rule_id
         JOIN rule_versions rv ON rv.id = c.rule_version_id
         JOIN households h ON h.id = c.household_id
         LEFT JOIN household_members mb ON mb.id = c.member_id
         LEFT JOIN notices n ON n.id = c.notice_id
        WHERE ($1::bigint IS NULL OR c.id = $1) AND ($2::text IS NULL OR v.path LIKE $2 || '%') AND ($3::int IS NULL OR c.household_id = $3)
          AND ($4::varchar[] IS NULL OR c.status = ANY($4))
        ORDER BY c.id ${newestFirst ? 'DESC' : 'ASC'} LIMIT $5 OFFSET $6`,
      [filter.id ?? null, filter.path ?? null, filter.householdId ?? null, filter.statuses ?? null, limit, offset],
    )) as (Omit<ClaimRow, 'points' | 'capPoints' | 'grantedPoints'> & { points: string; capPoints: string | null; grantedPoints: string | null })[];
    const int = (v: string | null) => (v === null ? null : toSafeInteger(v));
    return rows.map((r) => ({ ...r, points: toSafeInteger(r.points), capPoints: int(r.capPoints), grantedPoints: int(r.grantedPoints) }));
  }
}
