import { Injectable } from '@nestjs/common';
import { prepared } from '../common/db/hot-query.js';
import { RegionPaths } from '../regions/region-paths.js';
import { DataSource, type EntityManager } from 'typeorm';

/** A household as a holder of points: its village and the village's path. */
export interface HouseholdHolder {
  holderId: number;
  regionId: number;
  path: string;
}

/** Households found by card code or member, for kiosks and entries of other modules. */
@Injectable()
export class HouseholdLookupsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly regionPaths: RegionPaths = new RegionPaths(db),
  ) {}

  async householdByCard(cardCode: string): Promise<number | null> {
    const rows = (await this.db.query(`SELECT id FROM households WHERE card_code = $1`, [cardCode])) as { id: number }[];
    return rows[0]?.id ?? null;
  }

  /** The number and head's name of the households among `ids` (those that exist). */
  labels(ids: number[]): Promise<{ id: number; householdNo: string; headName: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.query(`SELECT id, household_no AS "householdNo", head_name AS "headName" FROM households WHERE id = ANY($1::int[])`, [
      ids,
    ]);
  }

  /** Households among `ids` with their village's path (those that exist). */
  /**
   * A household of a county as an outside system names it: by card code, by village code and
   * household number, or by a member's ID number (its keyed hash). With its village's path; null
   * when none matches, or when an ID number matches more than one household.
   */
  async householdNamed(
    countyPath: string,
    name: { cardCode?: string; villageCode?: string; householdNo?: string; idNumberHash?: string },
  ): Promise<{ id: number; path: string } | null> {
    const rows: { id: number; path: string }[] = name.cardCode
      ? await this.db.query(
          `SELECT h.id, r.path FROM households h JOIN regions r ON r.id = h.village_id WHERE h.card_code = $1 AND r.path LIKE $2`,
          [name.cardCode, `${countyPath}%`],
        )
      : name.idNumberHash
        ? await this.db.query(
            `SELECT DISTINCT h.id, r.path FROM household_members m JOIN households h ON h.id = m.household_id JOIN regions r ON r.id = h.village_id
              WHERE m.id_number_hash = $1 AND r.path LIKE $2`,
            [name.idNumberHash, `${countyPath}%`],
          )
        : await this.db.query(
            `SELECT h.id, r.path FROM households h JOIN regions r ON r.id = h.village_id WHERE r.code = $1 AND h.household_no = $2 AND r.path LIKE $3`,
            [name.villageCode, name.householdNo, `${countyPath}%`],
          );
    return rows.length === 1 ? rows[0] : null;
  }

  /** Where households are, for an outside system: household number, village id and code. */
  addresses(ids: number[]): Promise<{ id: number; householdNo: string; villageId: number; villageCode: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.query(
      `SELECT h.id, h.household_no AS "householdNo", h.village_id AS "villageId", r.code AS "villageCode"
         FROM households h JOIN regions r ON r.id = h.village_id WHERE h.id = ANY($1::int[])`,
      [ids],
    );
  }

  householdPlaces(ids: number[]): Promise<{ id: number; path: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.query(`SELECT h.id, r.path FROM households h JOIN regions r ON r.id = h.village_id WHERE h.id = ANY($1::int[])`, [ids]);
  }

  /** The households among `ids` in the subtree `path`, as holders of points: each with its village and the village's path. */
  async holders(ids: number[], path: string, manager?: EntityManager): Promise<HouseholdHolder[]> {
    const rows = (await (manager ?? this.db.manager).query(
      prepared(`SELECT h.id AS "holderId", h.village_id AS "regionId" FROM households h WHERE h.id = ANY($1::int[])`),
      [ids],
    )) as Omit<HouseholdHolder, 'path'>[];
    const paths = await this.regionPaths.of(
      rows.map((r) => r.regionId),
      manager,
    );
    return rows.map((r) => ({ ...r, path: paths.get(r.regionId)! })).filter((h) => h.path.startsWith(path));
  }

  /** A household with its village and the village's path. */
  async householdPlace(householdId: number, manager?: EntityManager): Promise<{ id: number; villageId: number; path: string } | null> {
    const rows = (await (manager ?? this.db.manager).query(
      `SELECT h.id, h.village_id AS "villageId", r.path FROM households h JOIN regions r ON r.id = h.village_id WHERE h.id = $1`,
      [householdId],
    )) as { id: number; villageId: number; path: string }[];
    return rows[0] ?? null;
  }

  async memberOf(memberId: number, householdId: number, manager?: EntityManager): Promise<boolean> {
    const rows = (await (manager ?? this.db.manager).query(`SELECT 1 FROM household_members WHERE id = $1 AND household_id = $2`, [
      memberId,
      householdId,
    ])) as unknown[];
    return rows.length > 0;
  }
}
