import { Injectable } from '@nestjs/common';
import { toSafeInteger as n } from '../../common/db/bigint.transformer.js';
import type { ReportStatement } from './report-reader.js';

export interface StoreMonthRow {
  storeId: number;
  storeCode: string;
  storeName: string;
  month: string;
  pointValueFen: number;
  redemptions: number;
  redeemedPoints: number;
  redeemedValueFen: number;
  refunds: number;
  refundedPoints: number;
  refundedValueFen: number;
  netPoints: number;
  netValueFen: number;
}

/**
 * Redemptions and refunds per store of a region subtree and calendar month (in the store's
 * program timezone). Each store is read by its (store_id, created_at) indexes over the months
 * asked for only; a refund counts in the month it was made.
 */
@Injectable()
export class RedemptionsReportRepository {
  storeMonths(regionPath: string, fromDay: string, untilDay: string): ReportStatement<StoreMonthRow> {
    const range = (alias: string) =>
      `${alias}.store_id = st.id AND ${alias}.created_at >= ($2::date)::timestamp AT TIME ZONE st.tz AND ${alias}.created_at < ($3::date)::timestamp AT TIME ZONE st.tz`;
    const sql = `
      WITH st AS (
        SELECT s.id, s.code, s.name, COALESCE(p.point_value_fen, 0) AS pvf, COALESCE(p.timezone, 'Asia/Shanghai') AS tz
          FROM stores s JOIN regions r ON r.id = s.region_id LEFT JOIN programs p ON p.id = s.program_id
         WHERE r.path LIKE $1
      ),
      red AS (
        SELECT st.id AS store_id, to_char(x.created_at AT TIME ZONE st.tz, 'YYYY-MM') AS month, count(*) AS n, sum(x.points) AS points
          FROM st JOIN redemptions x ON ${range('x')} GROUP BY 1, 2
      ),
      ref AS (
        SELECT st.id AS store_id, to_char(x.created_at AT TIME ZONE st.tz, 'YYYY-MM') AS month, count(*) AS n, sum(x.points) AS points
          FROM st JOIN refunds x ON ${range('x')} GROUP BY 1, 2
      ),
      months AS (SELECT store_id, month FROM red UNION SELECT store_id, month FROM ref)
      SELECT st.id AS "storeId", st.code AS "storeCode", st.name AS "storeName", m.month, st.pvf AS "pointValueFen",
             COALESCE(red.n, 0) AS redemptions, COALESCE(red.points, 0) AS "redeemedPoints", COALESCE(red.points, 0) * st.pvf AS "redeemedValueFen",
             COALESCE(ref.n, 0) AS refunds, COALESCE(ref.points, 0) AS "refundedPoints", COALESCE(ref.points, 0) * st.pvf AS "refundedValueFen",
             COALESCE(red.points, 0) - COALESCE(ref.points, 0) AS "netPoints", (COALESCE(red.points, 0) - COALESCE(ref.points, 0)) * st.pvf AS "netValueFen"
        FROM months m JOIN st ON st.id = m.store_id
        LEFT JOIN red ON red.store_id = m.store_id AND red.month = m.month
        LEFT JOIN ref ON ref.store_id = m.store_id AND ref.month = m.month
       ORDER BY st.code, st.id, m.month`;
    return {
      sql,
      params: [`${regionPath}%`, fromDay, untilDay],
      map: (r) => ({
        storeId: r.storeId as number,
        storeCode: r.storeCode as string,
        storeName: r.storeName as string,
        month: r.month as string,
        pointValueFen: n(r.pointValueFen as string),
        redemptions: n(r.redemptions as string),
        redeemedPoints: n(r.redeemedPoints as string),
        redeemedValueFen: n(r.redeemedValueFen as string),
        refunds: n(r.refunds as string),
        refundedPoints: n(r.refundedPoints as string),
        refundedValueFen: n(r.refundedValueFen as string),
        netPoints: n(r.netPoints as string),
        netValueFen: n(r.netValueFen as string),
      }),
    };
  }
}
