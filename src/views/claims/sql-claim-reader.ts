import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimReader, type ClaimFilter } from '../../claims/claim-reader.js';
import { CLAIM_COLUMNS, type ClaimRow } from '../../claims/claims.repository.js';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';

/** Claims with their names and states: the claim, its rule, household, member, evidence and notice. */
@Injectable()
export class SqlClaimReader extends ClaimReader {
  constructor(private readonly db: DataSource) {
    super();
  }

  async rows(filter: ClaimFilter, limit: number, offset = 0): Promise<ClaimRow[]> {
    const newestFirst = filter.householdId !== undefined;
    const rows = (await this.db.query(
      `SELECT ${CLAIM_COLUMNS}, v.path AS "villagePath", v.name AS "villageName", p.name AS "programName", r.code AS "ruleCode", rv.name AS "ruleName",
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
    )) as (Omit<ClaimRow, 'points' | 'capPoints' | 'grantedPoints'> & {
      points: string;
      capPoints: string | null;
      grantedPoints: string | null;
    })[];
    const int = (v: string | null) => (v === null ? null : toSafeInteger(v));
    return rows.map((r) => ({ ...r, points: toSafeInteger(r.points), capPoints: int(r.capPoints), grantedPoints: int(r.grantedPoints) }));
  }
}
