import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';
import { prepared } from '../../common/db/hot-query.js';
import { RegionPaths } from '../../regions/region-paths.js';
import { earnedSql } from '../../ledger/earned.js';
import { expiresOnSql, expiryParams, type ExpiryRule } from '../../ledger/lots.repository.js';
import type { LimitPer } from '../../stores/store-item.entity.js';

/** What the counter is told after a scan, as read in one statement. */
export interface KioskRow {
  holderId: number;
  regionId: number;
  path: string;
  cardCode: string;
  householdNo: string;
  headName: string;
  /** Null: no account yet. */
  balance: number | null;
  earned: number;
  pending: number;
  suspendedUntil: string | null;
  expiring: { on: string; points: number } | null;
  items: {
    sku: string;
    name: string;
    pointsPrice: number;
    stock: number;
    tracksStock: boolean;
    limitQuantity: number | null;
    limitPer: LimitPer | null;
    used: number;
  }[];
}

interface RawRow extends Omit<KioskRow, 'path' | 'balance' | 'earned' | 'pending' | 'expiring' | 'items'> {
  balance: string | null;
  earned: string;
  pending: string;
  expiring: { on: string; points: string } | null;
  items: ItemTuple[] | null;
}

/**
 * An item of the shelf as the statement sends it: a JSON array in this order (sku, name, price
 * as text, stock, tracks stock, limit quantity, limit period, used). Arrays cost the server about
 * a third less to build than objects with their keys, for the twenty goods of every lookup.
 */
type ItemTuple = [string, string, string, number, boolean, number | null, LimitPer | null, number];

export interface KioskQuery {
  cardCode: string;
  program: { id: number } & ExpiryRule;
  storeId: number;
  /** The program's current period, today, and the last day of the expiry notice. */
  period: string;
  today: string;
  expiryUntil: string;
  periodKeys: Record<LimitPer, string>;
}

/**
 * The counter's lookup in one round trip: the household by card (its village's path comes from
 * the cache of region paths, checked by the caller), its account's balance, this period's
 * earnings, points under notice, the soonest expiry, a suspension, and the store's active goods
 * with what the household has used of each limit. Every part is an index lookup by the
 * household's own keys; this period's earnings are its entries of the period (`earnedSql`),
 * however long its history.
 *
 * The period is compared as `(SELECT $3)`, a value the planner does not look up in the statistics.
 * As a plain parameter, a period whose statistics predate its entries (every new period, until
 * the table is analyzed again) made each execution's own plan look cheaper than the prepared one,
 * so the server planned the statement anew at every lookup (about 2 ms) and lookups fell by a
 * third.
 */
export function kioskStatement(q: KioskQuery): { text: string; values: unknown[] } {
  const expires = q.program.expiryPolicy !== 'none';
  const text = `SELECT h.id AS "holderId", h.village_id AS "regionId", h.card_code AS "cardCode",
            h.household_no AS "householdNo", h.head_name AS "headName", a.balance,
            CASE WHEN a.id IS NULL THEN 0 ELSE ${earnedSql('a.id', 'h.id', '= (SELECT $3::varchar)')} END AS earned,
            CASE WHEN a.id IS NULL THEN 0 ELSE
              (SELECT COALESCE(sum(n.points), 0) FROM notices n WHERE n.program_id = $2 AND n.holder_id = h.id AND n.status IN ('noticed', 'held')) END AS pending,
            CASE WHEN a.id IS NULL THEN NULL ELSE
              (SELECT to_char(max(s.suspended_until), 'YYYY-MM-DD') FROM sanctions s
                WHERE s.program_id = $2 AND s.holder_id = h.id AND s.lifted_at IS NULL AND s.suspended_until >= $4::date) END AS "suspendedUntil",
            ${
              expires
                ? `CASE WHEN a.id IS NULL THEN NULL ELSE
              (SELECT json_build_object('on', to_char(e.on, 'YYYY-MM-DD'), 'points', sum(e.remaining)::text)
                 FROM (SELECT GREATEST(${expiresOnSql('l.occurred_on', 10)}, $4::date) AS on, l.remaining FROM lots l
                        WHERE l.account_id = a.id AND l.remaining > 0) e
                WHERE e.on <= $9::date GROUP BY e.on ORDER BY e.on LIMIT 1) END`
                : 'NULL::json'
            } AS expiring,
            (SELECT json_agg(json_build_array(i.sku, i.name, i.points_price::text, i.stock, i.tracks_stock, i.limit_quantity,
                                              i.limit_per, COALESCE(u.quantity, 0)) ORDER BY i.sku)
               FROM store_items i
               LEFT JOIN item_limit_usage u ON u.item_id = i.id AND u.household_id = h.id
                    AND u.period_key = CASE i.limit_per WHEN 'month' THEN $6 WHEN 'quarter' THEN $7 WHEN 'year' THEN $8 END
              WHERE i.store_id = $5 AND i.active) AS items
       FROM households h
       LEFT JOIN accounts a ON a.program_id = $2 AND a.kind = 'holder' AND a.holder_id = h.id
      WHERE h.card_code = $1`;
  const values: unknown[] = [
    q.cardCode,
    q.program.id,
    q.period,
    q.today,
    q.storeId,
    q.periodKeys.month,
    q.periodKeys.quarter,
    q.periodKeys.year,
  ];
  if (expires) values.push(q.expiryUntil, ...expiryParams(q.program));
  // Two constant texts (with and without expiry): each a prepared statement.
  return { text: prepared(text), values };
}

@Injectable()
export class KioskRepository {
  constructor(
    private readonly db: DataSource,
    private readonly regionPaths: RegionPaths,
  ) {}

  async lookup(q: KioskQuery): Promise<KioskRow | null> {
    const { text, values } = kioskStatement(q);
    const [row] = (await this.db.query(text, values)) as RawRow[];
    if (!row) return null;
    return {
      ...row,
      path: (await this.regionPaths.pathOf(row.regionId)) ?? '',
      balance: row.balance === null ? null : toSafeInteger(row.balance),
      earned: toSafeInteger(row.earned),
      pending: toSafeInteger(row.pending),
      expiring: row.expiring ? { on: row.expiring.on, points: toSafeInteger(row.expiring.points) } : null,
      items: (row.items ?? []).map(([sku, name, pointsPrice, stock, tracksStock, limitQuantity, limitPer, used]) => ({
        sku,
        name,
        pointsPrice: toSafeInteger(pointsPrice),
        stock,
        tracksStock,
        limitQuantity,
        limitPer,
        used,
      })),
    };
  }
}
