import { Injectable } from '@nestjs/common';
import { toSafeInteger as n } from '../../common/db/bigint.transformer.js';
import { fen } from './report-output.js';
import type { ReportStatement } from './report-reader.js';
import type { ReportProgram } from './scope.repository.js';

export interface ExpiringRow {
  villageId: number;
  villageCode: string;
  villageName: string;
  month: string;
  points: number;
  valueFen: number;
  households: number;
}

/**
 * What is left of open lots by the month they expire, per village of a region subtree. A lot's
 * expiry day follows from its deed day by the program's policy (the schema's lot_expires_on: N
 * months after the deed, or the next clearing day); lots already due and not yet expired by the
 * job count in the first month. A yearly clearing keeps up to the carry-over per holder (it
 * expires at the next clearing), so that much is not shown as expiring at it. The open lots of the
 * program are read through their partial index (program_id, occurred_on) WHERE remaining > 0, up
 * to the last deed day that can expire within the months asked for.
 */
@Injectable()
export class ExpiringRepository {
  months(
    regionPath: string,
    program: Pick<ReportProgram, 'id' | 'pointValueFen' | 'expiryPolicy' | 'expiryMonths' | 'expiryDate' | 'expiryCarryOver'>,
    firstDay: string,
    untilDay: string,
    lastDeedDay: string,
  ): ReportStatement<ExpiringRow> {
    const expiresOn = `lot_expires_on(l.occurred_on, $5::varchar, $6::int, $7::varchar)`;
    const sql = `
      WITH due AS (
        SELECT l.region_id, l.holder_id, GREATEST(${expiresOn}, $3::date) AS expires_on, sum(l.remaining) AS points
          FROM lots l
         WHERE l.program_id = $2 AND l.remaining > 0 AND $5 <> 'none' AND l.occurred_on <= $8::date AND ${expiresOn} < $4::date
         GROUP BY 1, 2, 3
      ),
      expiring AS (
        SELECT region_id, holder_id, expires_on, GREATEST(points - $9::bigint, 0) AS points FROM due
      )
      SELECT v.id AS "villageId", v.code AS "villageCode", v.name AS "villageName", to_char(e.expires_on, 'YYYY-MM') AS month,
             sum(e.points) AS points, count(DISTINCT e.holder_id) AS households
        FROM expiring e JOIN regions v ON v.id = e.region_id
       WHERE v.path LIKE $1 AND e.points > 0
       GROUP BY v.id, v.code, v.name, 4
       ORDER BY v.code, v.id, 4`;
    const carryOver = program.expiryPolicy === 'yearly' ? program.expiryCarryOver : 0;
    return {
      sql,
      params: [
        `${regionPath}%`,
        program.id,
        firstDay,
        untilDay,
        program.expiryPolicy,
        program.expiryMonths,
        program.expiryDate,
        lastDeedDay,
        carryOver,
      ],
      map: (r) => {
        const points = n(r.points as string);
        return {
          villageId: r.villageId as number,
          villageCode: r.villageCode as string,
          villageName: r.villageName as string,
          month: r.month as string,
          points,
          valueFen: fen(points, program.pointValueFen),
          households: n(r.households as string),
        };
      },
    };
  }
}
