import { Injectable } from '@nestjs/common';
import { toSafeInteger } from '../database/bigint.transformer.js';
import { DataSource, type EntityManager } from 'typeorm';
import type { HolderType } from '../programs/program.entity.js';

export interface ResolvedHolder {
  holderId: number;
  /** The village of a household or of a village holder; the region of a staff user. */
  regionId: number;
  /** Path of the holder's place in the tree, for scope checks. */
  path: string;
}

/** Finds holders of each type: households, villages (regions) or staff users. */
@Injectable()
export class HoldersRepository {
  constructor(private readonly db: DataSource) {}

  async resolve(holderType: HolderType, countyPath: string, ids: number[], manager?: EntityManager): Promise<ResolvedHolder[]> {
    const m = manager ?? this.db.manager;
    const sql: Record<HolderType, string> = {
      household: `SELECT h.id AS "holderId", h.village_id AS "regionId", r.path FROM households h JOIN regions r ON r.id = h.village_id WHERE h.id = ANY($1::int[]) AND r.path LIKE $2`,
      village: `SELECT r.id AS "holderId", r.id AS "regionId", r.path FROM regions r WHERE r.id = ANY($1::int[]) AND r.level = 'village' AND r.path LIKE $2`,
      staff: `SELECT u.id AS "holderId", u.region_id AS "regionId", r.path FROM users u JOIN regions r ON r.id = u.region_id WHERE u.id = ANY($1::int[]) AND r.path LIKE $2`,
    };
    return (await m.query(sql[holderType], [ids, `${countyPath}%`])) as ResolvedHolder[];
  }

  async householdByCard(cardCode: string): Promise<number | null> {
    const rows = (await this.db.query(`SELECT id FROM households WHERE card_code = $1`, [cardCode])) as { id: number }[];
    return rows[0]?.id ?? null;
  }

  /**
   * A household by card code with what a kiosk needs, limited to a county, with its balance in
   * the program (null before its account is opened), in one query.
   */
  async householdForKiosk(
    cardCode: string,
    countyPath: string,
    programId: number,
  ): Promise<(ResolvedHolder & { cardCode: string; householdNo: string; headName: string; balance: number | null }) | null> {
    const rows = (await this.db.query(
      `SELECT h.id AS "holderId", h.village_id AS "regionId", r.path, h.card_code AS "cardCode", h.household_no AS "householdNo", h.head_name AS "headName", a.balance
         FROM households h JOIN regions r ON r.id = h.village_id
         LEFT JOIN accounts a ON a.program_id = $3 AND a.kind = 'holder' AND a.holder_id = h.id
        WHERE h.card_code = $1 AND r.path LIKE $2`,
      [cardCode, `${countyPath}%`, programId],
    )) as (ResolvedHolder & { cardCode: string; householdNo: string; headName: string; balance: string | null })[];
    const row = rows[0];
    return row ? { ...row, balance: row.balance === null ? null : toSafeInteger(row.balance) } : null;
  }

  async memberOf(memberId: number, householdId: number): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM household_members WHERE id = $1 AND household_id = $2`, [memberId, householdId])) as unknown[];
    return rows.length > 0;
  }
}
