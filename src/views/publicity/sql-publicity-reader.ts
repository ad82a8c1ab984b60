import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Objection } from '../../publicity/notice.entity.js';
import { NOTICE_COLUMNS, noticeFromRow, type NoticeRow } from '../../publicity/notices.repository.js';
import { OBJECTION_COLUMNS } from '../../publicity/objections.repository.js';
import type { ProcedureEventView } from '../../publicity/procedure-events.js';
import { PublicityReader, type NoticeFilter } from '../../publicity/publicity-reader.js';

/** Notices, objections and history with the names of programs, rules, households, members and staff. */
@Injectable()
export class SqlPublicityReader extends PublicityReader {
  constructor(private readonly db: DataSource) {
    super();
  }

  async notices(filter: NoticeFilter, limit = 500): Promise<NoticeRow[]> {
    const rows = (await this.db.query(
      `SELECT ${NOTICE_COLUMNS}, (SELECT t.id FROM transactions t WHERE t.notice_id = n.id) AS "transactionId", p.name AS "programName", p.public_names AS "publicNames", p.holder_type AS "holderType", r.code AS "ruleCode", rv.name AS "ruleName",
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
        ORDER BY n.deadline, n.id LIMIT $7 OFFSET $8`,
      [
        filter.id ?? null,
        filter.path ?? null,
        filter.statuses ?? null,
        filter.programId ?? null,
        filter.holderId ?? null,
        filter.claimId ?? null,
        limit,
        filter.offset ?? 0,
      ],
    )) as NoticeRow[];
    return rows.map(noticeFromRow);
  }

  objections(noticeId: string): Promise<(Objection & { householdNo: string; headName: string })[]> {
    return this.db.query(
      `SELECT ${OBJECTION_COLUMNS}, h.household_no AS "householdNo", h.head_name AS "headName" FROM objections o JOIN households h ON h.id = o.household_id
        WHERE o.notice_id = $1 ORDER BY o.id`,
      [noticeId],
    );
  }

  async history(subjectType: 'claim' | 'notice', subjectId: string): Promise<ProcedureEventView[]> {
    const rows = (await this.db.query(
      `SELECT e.event, e.at, e.actor_type AS "actorType", e.actor_id AS "actorId", e.reason, e.details,
              CASE e.actor_type WHEN 'user' THEN u.display_name WHEN 'resident' THEN h.card_code END AS "actorName"
         FROM procedure_events e
         LEFT JOIN users u ON e.actor_type = 'user' AND u.id = e.actor_id
         LEFT JOIN households h ON e.actor_type = 'resident' AND h.id = e.actor_id
        WHERE e.subject_type = $1 AND e.subject_id = $2 ORDER BY e.id`,
      [subjectType, subjectId],
    )) as {
      event: string;
      at: Date;
      actorType: string;
      actorId: number | null;
      actorName: string | null;
      reason: string | null;
      details: Record<string, unknown>;
    }[];
    return rows.map((r) => ({
      event: r.event,
      at: r.at,
      actor: { type: r.actorType, id: r.actorId, name: r.actorName },
      reason: r.reason,
      details: r.details,
    }));
  }
}
