import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation, pgConstraint } from '../common/db/pg-errors.js';
import { newCardCode } from './card-code.js';
import type { StoredHouseholdFields, StoredMemberFields } from './household-fields.js';
import { Household } from './household.entity.js';

/** Which households: of a village, of a grid (网格), by number, card code or the head's name (prefix). */
export interface HouseholdFilter {
  villageId?: number;
  gridId?: number;
  q?: string;
}

export type HouseholdWithPath = Household & { villagePath: string };
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

const HOUSEHOLD_COLUMNS = `h.id, h.village_id AS "villageId", h.grid_id AS "gridId", h.household_no AS "householdNo", h.head_name AS "headName",
  h.address, h.phone_masked AS "phoneMasked", h.card_code AS "cardCode", h.created_at AS "createdAt", h.updated_at AS "updatedAt"`;

@Injectable()
export class HouseholdsRepository {
  constructor(private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  /**
   * Creates the household or, when its number already exists in the village, brings it up to
   * date (a grid, address or phone left out keeps the one on file). Says which happened; nothing is
   * written when nothing differs.
   */
  async upsert(
    villageId: number,
    householdNo: string,
    f: StoredHouseholdFields,
    manager?: EntityManager,
    gridId: number | null = null,
  ): Promise<{ id: number; outcome: UpsertOutcome }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const rows = (await this.m(manager).query(
          `INSERT INTO households AS h (village_id, household_no, head_name, address, phone_masked, phone_hash, card_code, grid_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (village_id, household_no) DO UPDATE
              SET head_name = EXCLUDED.head_name,
                  address = COALESCE(EXCLUDED.address, h.address),
                  phone_masked = COALESCE(EXCLUDED.phone_masked, h.phone_masked),
                  phone_hash = COALESCE(EXCLUDED.phone_hash, h.phone_hash),
                  grid_id = COALESCE(EXCLUDED.grid_id, h.grid_id),
                  updated_at = now()
            WHERE (h.head_name, h.address, h.phone_hash, h.grid_id) IS DISTINCT FROM
                  (EXCLUDED.head_name, COALESCE(EXCLUDED.address, h.address), COALESCE(EXCLUDED.phone_hash, h.phone_hash), COALESCE(EXCLUDED.grid_id, h.grid_id))
           RETURNING h.id, (xmax = 0) AS inserted`,
          [villageId, householdNo, f.headName, f.address, f.phoneMasked, f.phoneHash, newCardCode(), gridId],
        )) as { id: number; inserted: boolean }[];
        if (rows[0]) return { id: rows[0].id, outcome: rows[0].inserted ? 'created' : 'updated' };
        const [existing] = (await this.m(manager).query(`SELECT id FROM households WHERE village_id = $1 AND household_no = $2`, [
          villageId,
          householdNo,
        ])) as { id: number }[];
        return { id: existing.id, outcome: 'unchanged' };
      } catch (e) {
        // A card code collision (60 random bits) is retried with a new code.
        if (attempt < 3 && isUniqueViolation(e) && pgConstraint(e) === 'UQ_households_card_code' && !manager) continue;
        throw e;
      }
    }
  }

  /** Inserts a new household; a duplicate household number raises the unique violation. */
  async insert(
    villageId: number,
    householdNo: string,
    f: StoredHouseholdFields,
    manager: EntityManager,
    gridId: number | null = null,
  ): Promise<number> {
    const [row] = (await manager.query(
      `INSERT INTO households (village_id, household_no, head_name, address, phone_masked, phone_hash, card_code, grid_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [villageId, householdNo, f.headName, f.address, f.phoneMasked, f.phoneHash, newCardCode(), gridId],
    )) as { id: number }[];
    return row.id;
  }

  /** Adds or updates a member by name; an ID number left out keeps the one on file. */
  async upsertMember(householdId: number, f: StoredMemberFields, manager?: EntityManager): Promise<UpsertOutcome> {
    const rows = (await this.m(manager).query(
      `INSERT INTO household_members AS hm (household_id, name, relation, id_number_masked, id_number_hash)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (household_id, name) DO UPDATE
          SET relation = EXCLUDED.relation,
              id_number_masked = COALESCE(EXCLUDED.id_number_masked, hm.id_number_masked),
              id_number_hash = COALESCE(EXCLUDED.id_number_hash, hm.id_number_hash)
        WHERE (hm.relation, hm.id_number_hash) IS DISTINCT FROM (EXCLUDED.relation, COALESCE(EXCLUDED.id_number_hash, hm.id_number_hash))
       RETURNING (xmax = 0) AS inserted`,
      [householdId, f.name, f.relation, f.idNumberMasked, f.idNumberHash],
    )) as { inserted: boolean }[];
    return rows[0] ? (rows[0].inserted ? 'created' : 'updated') : 'unchanged';
  }

  async update(id: number, patch: Partial<StoredHouseholdFields> & { gridId?: number | null }): Promise<void> {
    // An empty PATCH changes nothing (TypeORM refuses an UPDATE without values, or stamps updated_at alone).
    if (Object.keys(patch).length === 0) return;
    await this.db.getRepository(Household).update({ id }, patch);
  }

  async findWithPath(where: { id: number } | { cardCode: string }): Promise<HouseholdWithPath | null> {
    const [column, value] = 'id' in where ? ['h.id', where.id] : ['h.card_code', where.cardCode];
    const rows = (await this.db.query(
      `SELECT ${HOUSEHOLD_COLUMNS}, r.path AS "villagePath"
         FROM households h JOIN regions r ON r.id = h.village_id WHERE ${column} = $1`,
      [value],
    )) as HouseholdWithPath[];
    return rows[0] ?? null;
  }

  /** Households under a region path, optionally one village, optionally matching `q`. */
  /** The WHERE clause and parameters of households under `path` matching `filter`. */
  private matchingWhere(path: string, filter: HouseholdFilter): { where: string; params: unknown[] } {
    const params: unknown[] = [`${path}%`];
    let where = `r.path LIKE $1`;
    if (filter.villageId !== undefined) {
      params.push(filter.villageId);
      where += ` AND h.village_id = $${params.length}`;
    }
    if (filter.gridId !== undefined) {
      params.push(filter.gridId);
      where += ` AND h.grid_id = $${params.length}`;
    }
    if (filter.q) {
      params.push(filter.q, `${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND (h.household_no = $${params.length - 1} OR h.card_code = upper($${params.length - 1}) OR h.head_name LIKE $${params.length})`;
    }
    return { where, params };
  }

  /** A page of the households under `path` matching `filter`, and how many match in all. */
  async list(path: string, filter: HouseholdFilter, limit: number, offset: number): Promise<{ items: Household[]; total: number }> {
    const { where, params } = this.matchingWhere(path, filter);
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM households h JOIN regions r ON r.id = h.village_id WHERE ${where}`,
      params,
    )) as {
      total: number;
    }[];
    const items = (await this.db.query(
      `SELECT ${HOUSEHOLD_COLUMNS} FROM households h JOIN regions r ON r.id = h.village_id WHERE ${where}
        ORDER BY h.village_id, h.household_no LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    )) as Household[];
    return { items, total };
  }

  /** The ids of the households under `path` matching `filter`, at most `max` of them, ascending. */
  async idsMatching(path: string, filter: HouseholdFilter, max: number): Promise<number[]> {
    const { where, params } = this.matchingWhere(path, filter);
    const rows = (await this.db.query(
      `SELECT h.id FROM households h JOIN regions r ON r.id = h.village_id WHERE ${where} ORDER BY h.id LIMIT $${params.length + 1}`,
      [...params, max],
    )) as { id: number }[];
    return rows.map((r) => r.id);
  }
}
