import { Injectable } from '@nestjs/common';
import { toSafeInteger as n } from '../../common/db/bigint.transformer.js';
import type { ReportStatement } from './report-reader.js';

export interface ParticipationGridRow {
  villageId: number;
  villageCode: string;
  villageName: string;
  gridId: number | null;
  gridCode: string | null;
  gridName: string | null;
  households: number;
  participating: number;
  previousParticipating: number;
}

/** The households with an entry in the periods ($3: the current ones, $4: current and previous), per holder: whether current, and not undone. */
const TOOK_PART = `
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
        SELECT e.holder_id, e.cur FROM entries e LEFT JOIN undone u ON u.holder_id = e.holder_id AND u.cur = e.cur WHERE e.n > COALESCE(u.n, 0)
      )`;

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
 * Households of each village (or each grid of each village) of a region subtree with at least one
 * award or deduction in a period, and in the period before. The entries come from the
 * (program_id, period) index that covers holder and type (an index-only scan of the two periods);
 * an entry reversed in the same period does not count.
 */
@Injectable()
export class ParticipationRepository {
  villages(regionPath: string, programId: number, periods: string[], previous: string[]): ReportStatement<ParticipationRow> {
    const sql = `
      WITH villages AS (
        SELECT v.id, v.code, v.name, v.parent_id FROM regions v WHERE v.level = 'village' AND v.path LIKE $1
      ),${TOOK_PART},
      by_village AS (
        SELECT h.village_id, count(*) FILTER (WHERE p.cur) AS cur, count(*) FILTER (WHERE NOT p.cur) AS prev
          FROM took_part p JOIN households h ON h.id = p.holder_id JOIN villages v ON v.id = h.village_id
         GROUP BY 1
      )
      SELECT v.id AS "villageId", v.code AS "villageCode", v.name AS "villageName", tw.name AS "townshipName",
             (SELECT count(*) FROM households h WHERE h.village_id = v.id) AS households,
             COALESCE(tp.cur, 0) AS participating, COALESCE(tp.prev, 0) AS "previousParticipating"
        FROM villages v LEFT JOIN regions tw ON tw.id = v.parent_id LEFT JOIN by_village tp ON tp.village_id = v.id
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

  /** The same per grid of each village: every grid, then a row for the village's households in no grid (when it has any). */
  grids(regionPath: string, programId: number, periods: string[], previous: string[]): ReportStatement<ParticipationGridRow> {
    const sql = `
      WITH villages AS (
        SELECT v.id, v.code, v.name FROM regions v WHERE v.level = 'village' AND v.path LIKE $1
      ),
      placed AS (
        SELECT h.village_id, h.grid_id, count(*) AS households FROM households h JOIN villages v ON v.id = h.village_id GROUP BY 1, 2
      ),${TOOK_PART},
      by_grid AS (
        SELECT h.village_id, h.grid_id, count(*) FILTER (WHERE p.cur) AS cur, count(*) FILTER (WHERE NOT p.cur) AS prev
          FROM took_part p JOIN households h ON h.id = p.holder_id JOIN villages v ON v.id = h.village_id
         GROUP BY 1, 2
      ),
      cells AS (
        SELECT g.parent_id AS village_id, g.id AS grid_id FROM regions g JOIN villages v ON v.id = g.parent_id WHERE g.level = 'grid'
        UNION ALL
        SELECT village_id, NULL FROM placed WHERE grid_id IS NULL
      )
      SELECT v.id AS "villageId", v.code AS "villageCode", v.name AS "villageName", g.id AS "gridId", g.code AS "gridCode", g.name AS "gridName",
             COALESCE(pl.households, 0) AS households, COALESCE(bg.cur, 0) AS participating, COALESCE(bg.prev, 0) AS "previousParticipating"
        FROM cells c JOIN villages v ON v.id = c.village_id LEFT JOIN regions g ON g.id = c.grid_id
        LEFT JOIN placed pl ON pl.village_id = c.village_id AND pl.grid_id IS NOT DISTINCT FROM c.grid_id
        LEFT JOIN by_grid bg ON bg.village_id = c.village_id AND bg.grid_id IS NOT DISTINCT FROM c.grid_id
       ORDER BY v.code, v.id, g.code NULLS LAST, g.id`;
    return {
      sql,
      params: [`${regionPath}%`, programId, periods, [...periods, ...previous]],
      map: (r) => ({
        villageId: r.villageId as number,
        villageCode: r.villageCode as string,
        villageName: r.villageName as string,
        gridId: r.gridId as number | null,
        gridCode: r.gridCode as string | null,
        gridName: r.gridName as string | null,
        households: n(r.households as string),
        participating: n(r.participating as string),
        previousParticipating: n(r.previousParticipating as string),
      }),
    };
  }
}
