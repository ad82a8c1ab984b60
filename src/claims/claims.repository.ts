import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Claim, ClaimStatus } from './claim.entity.js';

export type NewClaim = Pick<
  Claim,
  'programId' | 'ruleId' | 'ruleVersionId' | 'householdId' | 'villageId' | 'memberId' | 'occurredOn' | 'memo' | 'filedByType' | 'filedById'
>;

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

export const CLAIM_COLUMNS = `c.id, c.program_id AS "programId", c.rule_id AS "ruleId", c.rule_version_id AS "ruleVersionId", c.household_id AS "householdId",
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
      [
        claim.programId,
        claim.ruleId,
        claim.ruleVersionId,
        claim.householdId,
        claim.villageId,
        claim.memberId,
        claim.occurredOn,
        claim.memo,
        claim.filedByType,
        claim.filedById,
      ],
    )) as { id: string }[];
    if (evidenceIds.length > 0) {
      await m.query(
        `INSERT INTO claim_evidence (claim_id, evidence_id, position) SELECT $1, e, o FROM unnest($2::int[]) WITH ORDINALITY AS u(e, o)`,
        [id, evidenceIds],
      );
    }
    return id;
  }

  async lock(m: EntityManager, id: string): Promise<(Claim & { villagePath: string }) | null> {
    const rows = (await m.query(
      `SELECT ${CLAIM_COLUMNS}, v.path AS "villagePath" FROM claims c JOIN regions v ON v.id = c.village_id WHERE c.id = $1 FOR UPDATE OF c`,
      [id],
    )) as (Claim & {
      villagePath: string;
    })[];
    return rows[0] ?? null;
  }

  async decide(
    m: EntityManager,
    id: string,
    patch: {
      status: ClaimStatus;
      reviewer?: number;
      firstReviewer?: number;
      reviewReason?: string | null;
      noticeId?: string | null;
      transactionId?: string | null;
      grantedPoints?: number;
      decided: boolean;
    },
  ): Promise<void> {
    await m.query(
      `UPDATE claims SET status = $2, reviewer = COALESCE($3, reviewer), first_reviewer = COALESCE($4, first_reviewer), review_reason = COALESCE($5, review_reason),
              notice_id = COALESCE($6, notice_id), transaction_id = COALESCE($7, transaction_id), decided_at = CASE WHEN $8 THEN now() ELSE decided_at END,
              granted_points = COALESCE($9, granted_points)
        WHERE id = $1`,
      [
        id,
        patch.status,
        patch.reviewer ?? null,
        patch.firstReviewer ?? null,
        patch.reviewReason ?? null,
        patch.noticeId ?? null,
        patch.transactionId ?? null,
        patch.decided,
        patch.grantedPoints ?? null,
      ],
    );
  }
}
