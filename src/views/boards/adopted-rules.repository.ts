import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';
import type { AdoptionMeeting } from '../../programs/adoptions/rule-adoption.entity.js';

export interface AdoptedRule {
  programId: number;
  programName: string;
  code: string;
  name: string;
  category: string;
  points: number;
  capPoints: number | null;
  capPer: 'month' | 'quarter' | 'year' | null;
  version: number;
  meeting: AdoptionMeeting;
  meetingOn: string;
  attended: number;
  entitled: number;
  resolutionNo: string;
}

type Row = Omit<AdoptedRule, 'points' | 'capPoints'> & { points: string; capPoints: string | null };

/**
 * The rules in force today where a board's region lies (county rules not switched off there, and
 * the rules of the region or of a region above it), in the version in force, when that version's
 * adoption by the villagers' assembly or their representatives is recorded.
 */
@Injectable()
export class AdoptedRulesRepository {
  constructor(private readonly db: DataSource) {}

  async inForce(regionPath: string, limit = 200): Promise<AdoptedRule[]> {
    const rows = (await this.db.query(
      `SELECT p.id AS "programId", p.name AS "programName", r.code, v.name, v.category, v.points::text AS points,
              v.cap_points::text AS "capPoints", v.cap_per AS "capPer", v.version,
              a.meeting, a.meeting_on::text AS "meetingOn", a.attended, a.entitled, a.resolution_no AS "resolutionNo"
         FROM programs p
         JOIN regions c ON c.id = p.county_id AND $1 LIKE c.path || '%'
         JOIN rules r ON r.program_id = p.id
         LEFT JOIN regions rr ON rr.id = r.region_id
         JOIN LATERAL (
           SELECT w.* FROM rule_versions w
            WHERE w.rule_id = r.id AND w.effective_from <= (now() AT TIME ZONE p.timezone)::date
            ORDER BY w.effective_from DESC, w.version DESC LIMIT 1
         ) v ON v.effective_to IS NULL OR v.effective_to >= (now() AT TIME ZONE p.timezone)::date
         JOIN rule_adoptions a ON a.rule_version_id = v.id
        WHERE p.holder_type = 'household'
          AND (rr.path IS NULL OR $1 LIKE rr.path || '%')
          AND NOT EXISTS (SELECT 1 FROM rule_exclusions e JOIN regions x ON x.id = e.region_id WHERE e.rule_id = r.id AND $1 LIKE x.path || '%')
        ORDER BY p.id, v.points < 0, v.category, r.code
        LIMIT $2`,
      [regionPath, limit],
    )) as Row[];
    return rows.map((r) => ({
      ...r,
      points: toSafeInteger(r.points),
      capPoints: r.capPoints === null ? null : toSafeInteger(r.capPoints),
    }));
  }
}
