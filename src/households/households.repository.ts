import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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

/** A line of a household import: the household, its grid (null keeps the one on file) and a member. */
export interface ImportLine {
  villageId: number;
  householdNo: string;
  household: StoredHouseholdFields;
  gridId: number | null;
  member: StoredMemberFields | null;
}

/** A household as a chunk of import lines leaves it, before it is written. */
interface ChunkHousehold {
  id?: number;
  villageId: number;
  householdNo: string;
  fields: StoredHouseholdFields;
  gridId: number | null;
  isNew: boolean;
  changed: boolean;
  members: Map<string, { fields: StoredMemberFields; isNew: boolean; changed: boolean }>;
}

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
   * date (a grid, address or phone left out keeps the one on file): an import of one line. Says
   * which happened; nothing is written when nothing differs.
   */
  async upsert(
    villageId: number,
    householdNo: string,
    f: StoredHouseholdFields,
    m: EntityManager,
    gridId: number | null = null,
  ): Promise<{ id: number; outcome: UpsertOutcome }> {
    const [line] = await this.importLines([{ villageId, householdNo, household: f, gridId, member: null }], m);
    return { id: line.householdId, outcome: line.outcome };
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

  /**
   * A chunk of import lines, in order, with each line's household and outcome, in a few statements:
   * the chunk's households and their members are read and locked, every line is applied in memory
   * in order (the rules of an update below: the one place they are written), and what changed is
   * written at the end.
   * A household another writer adds meanwhile makes the insert fail, and the chunk with it (its
   * job runs it again and finds that household).
   */
  async importLines(lines: ImportLine[], m: EntityManager): Promise<{ householdId: number; outcome: UpsertOutcome }[]> {
    const houseKey = (villageId: number, householdNo: string) => `${villageId}|${householdNo}`;
    const keys = [...new Map(lines.map((l) => [houseKey(l.villageId, l.householdNo), l])).values()];
    const found = (await m.query(
      `SELECT h.id, h.village_id AS "villageId", h.household_no AS "householdNo", h.head_name AS "headName", h.address,
              h.phone_masked AS "phoneMasked", h.phone_hash AS "phoneHash", h.grid_id AS "gridId"
         FROM households h JOIN unnest($1::int[], $2::text[]) AS k(village_id, household_no)
           ON h.village_id = k.village_id AND h.household_no = k.household_no
        ORDER BY h.id FOR UPDATE OF h`,
      [keys.map((l) => l.villageId), keys.map((l) => l.householdNo)],
    )) as (StoredHouseholdFields & { id: number; villageId: number; householdNo: string; gridId: number | null })[];
    const houses = new Map<string, ChunkHousehold>();
    for (const h of found) {
      const { id, villageId, householdNo, gridId, ...fields } = h;
      houses.set(houseKey(villageId, householdNo), {
        id,
        villageId,
        householdNo,
        fields,
        gridId,
        isNew: false,
        changed: false,
        members: new Map(),
      });
    }
    const memberRows = (await m.query(
      `SELECT household_id AS "householdId", name, relation, id_number_masked AS "idNumberMasked", id_number_hash AS "idNumberHash"
         FROM household_members WHERE household_id = ANY($1::int[]) ORDER BY household_id, name FOR UPDATE`,
      [found.map((h) => h.id)],
    )) as (StoredMemberFields & { householdId: number })[];
    const byId = new Map([...houses.values()].map((h) => [h.id!, h]));
    for (const { householdId, ...member } of memberRows)
      byId.get(householdId)!.members.set(member.name, { fields: member, isNew: false, changed: false });

    const applied = lines.map((line): { house: ChunkHousehold; outcome: UpsertOutcome } => {
      const key = houseKey(line.villageId, line.householdNo);
      let house = houses.get(key);
      let outcome: UpsertOutcome;
      if (!house) {
        house = {
          villageId: line.villageId,
          householdNo: line.householdNo,
          fields: { ...line.household },
          gridId: line.gridId,
          isNew: true,
          changed: false,
          members: new Map(),
        };
        houses.set(key, house);
        outcome = 'created';
      } else {
        // The head's name as given; an address, phone or grid left out keeps the one on file.
        const old = house.fields;
        const next: StoredHouseholdFields = {
          headName: line.household.headName,
          address: line.household.address ?? old.address,
          phoneMasked: line.household.phoneMasked ?? old.phoneMasked,
          phoneHash: line.household.phoneHash ?? old.phoneHash,
        };
        const gridId = line.gridId ?? house.gridId;
        if (next.headName !== old.headName || next.address !== old.address || next.phoneHash !== old.phoneHash || gridId !== house.gridId) {
          house.fields = next;
          house.gridId = gridId;
          house.changed = true;
          outcome = 'updated';
        } else outcome = 'unchanged';
      }
      if (line.member) {
        // A member by name: the relation as given, an ID number left out keeps the one on file.
        const member = house.members.get(line.member.name);
        let memberOutcome: UpsertOutcome;
        if (!member) {
          house.members.set(line.member.name, { fields: { ...line.member }, isNew: true, changed: false });
          memberOutcome = 'created';
        } else {
          const idNumberHash = line.member.idNumberHash ?? member.fields.idNumberHash;
          if (line.member.relation !== member.fields.relation || idNumberHash !== member.fields.idNumberHash) {
            member.fields = {
              name: line.member.name,
              relation: line.member.relation,
              idNumberMasked: line.member.idNumberMasked ?? member.fields.idNumberMasked,
              idNumberHash,
            };
            member.changed = true;
            memberOutcome = 'updated';
          } else memberOutcome = 'unchanged';
        }
        if (outcome === 'unchanged' && memberOutcome !== 'unchanged') outcome = 'updated';
      }
      return { house, outcome };
    });

    const all = [...houses.values()];
    const added = all.filter((h) => h.isNew);
    if (added.length > 0) {
      const ids = (await m.query(
        `INSERT INTO households (village_id, household_no, head_name, address, phone_masked, phone_hash, card_code, grid_id)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])
         RETURNING id, village_id AS "villageId", household_no AS "householdNo"`,
        [
          added.map((h) => h.villageId),
          added.map((h) => h.householdNo),
          added.map((h) => h.fields.headName),
          added.map((h) => h.fields.address),
          added.map((h) => h.fields.phoneMasked),
          added.map((h) => h.fields.phoneHash),
          added.map(() => newCardCode()),
          added.map((h) => h.gridId),
        ],
      )) as { id: number; villageId: number; householdNo: string }[];
      for (const r of ids) houses.get(houseKey(r.villageId, r.householdNo))!.id = r.id;
    }
    const changed = all.filter((h) => h.changed && !h.isNew);
    if (changed.length > 0)
      await m.query(
        `UPDATE households h SET head_name = v.head_name, address = v.address, phone_masked = v.phone_masked, phone_hash = v.phone_hash,
                grid_id = v.grid_id, updated_at = now()
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS v(id, head_name, address, phone_masked, phone_hash, grid_id)
          WHERE h.id = v.id`,
        [
          changed.map((h) => h.id),
          changed.map((h) => h.fields.headName),
          changed.map((h) => h.fields.address),
          changed.map((h) => h.fields.phoneMasked),
          changed.map((h) => h.fields.phoneHash),
          changed.map((h) => h.gridId),
        ],
      );
    const members = all.flatMap((h) => [...h.members.values()].map((mb) => ({ householdId: h.id!, ...mb })));
    const newMembers = members.filter((mb) => mb.isNew);
    if (newMembers.length > 0)
      await m.query(
        `INSERT INTO household_members (household_id, name, relation, id_number_masked, id_number_hash)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])`,
        [
          newMembers.map((mb) => mb.householdId),
          newMembers.map((mb) => mb.fields.name),
          newMembers.map((mb) => mb.fields.relation),
          newMembers.map((mb) => mb.fields.idNumberMasked),
          newMembers.map((mb) => mb.fields.idNumberHash),
        ],
      );
    const changedMembers = members.filter((mb) => mb.changed && !mb.isNew);
    if (changedMembers.length > 0)
      await m.query(
        `UPDATE household_members hm SET relation = v.relation, id_number_masked = v.id_number_masked, id_number_hash = v.id_number_hash
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(household_id, name, relation, id_number_masked, id_number_hash)
          WHERE hm.household_id = v.household_id AND hm.name = v.name`,
        [
          changedMembers.map((mb) => mb.householdId),
          changedMembers.map((mb) => mb.fields.name),
          changedMembers.map((mb) => mb.fields.relation),
          changedMembers.map((mb) => mb.fields.idNumberMasked),
          changedMembers.map((mb) => mb.fields.idNumberHash),
        ],
      );
    return applied.map(({ house, outcome }) => ({ householdId: house.id!, outcome }));
  }

  /** The members of a household just made (names distinct). */
  async insertMembers(householdId: number, members: StoredMemberFields[], m: EntityManager): Promise<void> {
    if (members.length === 0) return;
    await m.query(
      `INSERT INTO household_members (household_id, name, relation, id_number_masked, id_number_hash)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        householdId,
        members.map((x) => x.name),
        members.map((x) => x.relation),
        members.map((x) => x.idNumberMasked),
        members.map((x) => x.idNumberHash),
      ],
    );
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
