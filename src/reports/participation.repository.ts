import { Injectable } from '@nestjs/common';
import { toSafeInteger as n } from '../common/db/bigint.transformer.js';
import type { ReportStatement } from './report-reader.js';

export interface ParticipationRow {
  villageId: number;
  villageCode: string;
  villageName: string;
  townshipName: string | null;
  households: number;
  participating: number;
  previousParticipating: number;
}

/**
 * Households of each village of a region subtree with at least one award or deduction in a
 * period, and in the period before. The entries come from the (program_id, period) index that
 * covers holder and type (an index-only scan of the two periods); an entry reversed in the same
 * period does not count. Households have no grid (网格) link, so the report is per village.
 */
@Injectable()
export class ParticipationRepository {
  villages(regionPath: string, programId: number, periods: string[], previous: string[]): ReportStatement<ParticipationRow> {
    const sql = `
      WITH villages AS (
        SELECT v.id, v.code, v.name, v.parent_id FROM regions v WHERE v.level = 'village' AND v.path LIKE $1
      ),
      entries AS (
        SELECT t.holder_id, t.period = ANY($3) AS cur, count(*) AS n
          FROM transactions t
         WHERE t.program_id = $2 AND t.period = ANY($4) AND t.type IN ('award', 'deduction')
         GROUP BY 1, 2
      ),
      undone AS (
        SELECT t.holder_id, t.period = ANY($3) AS cur, count(*) AS n
          FROM transactions t JOIN transactions o ON o.id = t.reverses_id
         WHERE t.program_id = $2 AND t.period = ANY($4) AND t.type = 'reversal'
           AND o.type IN ('award', 'deduction') AND o.period = t.period
         GROUP BY 1, 2
      ),
      took_part AS (
        SELECT h.village_id, count(*) FILTER (WHERE e.cur) AS cur, count(*) FILTER (WHERE NOT e.cur) AS prev
          FROM entries e LEFT JOIN undone u ON u.holder_id = e.holder_id AND u.cur = e.cur
          JOIN households h ON h.id = e.holder_id JOIN villages v ON v.id = h.village_id
         WHERE e.n > COALESCE(u.n, 0)
         GROUP BY 1
      )
      SELECT v.id AS "villageId", v.code AS "villageCode", v.name AS "villageName", tw.name AS "townshipName",
             (SELECT count(*) FROM households h WHERE h.village_id = v.id) AS households,
             COALESCE(tp.cur, 0) AS participating, COALESCE(tp.prev, 0) AS "previousParticipating"
        FROM villages v LEFT JOIN regions tw ON tw.id = v.parent_id LEFT JOIN took_part tp ON tp.village_id = v.id
       ORDER BY v.code, v.id`;
    return {
      sql,
      // $4, both periods in one array: one index condition, so the entries are an index-only scan.
      params: [`${regionPath}%`, programId, periods, [...periods, ...previous]],
      map: (r) => ({
        villageId: r.villageId as number,
        villageCode: r.villageCode as string,
        villageName: r.villageName as string,
        townshipName: r.townshipName as string | null,
        households: n(r.households as string),
        participating: n(r.participating as string),
        previousParticipating: n(r.previousParticipating as string),
      }),
    };
  }
}
