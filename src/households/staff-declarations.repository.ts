import { Injectable } from '@nestjs/common';
import { prepared } from '../common/db/hot-query.js';
import { ChangeFeed, type ReadCache } from '../common/db/change-feed.js';
import { DataSource, type EntityManager } from 'typeorm';

/** What holds of a staff user's declarations: the latest row, and when the user last declared themselves. */
export interface CurrentDeclaration {
  /** The latest row. */
  id: number;
  householdId: number | null;
  relatedHouseholdIds: number[];
  /** Who made the latest row: the user, a manager, or null (recorded before declarations existed). */
  recordedBy: number | null;
  recordedAt: Date;
  /** When the user last declared themselves; null: never (only a manager's record). */
  declaredAt: Date | null;
}

export interface NewDeclaration {
  userId: number;
  householdId: number | null;
  relatedHouseholdIds: number[];
  declaredBy: number;
}

/** Conflict-of-interest declarations of staff users (staff_declarations, append-only). */
@Injectable()
export class StaffDeclarationsRepository {
  /** Declarations that hold, by user, as every entry reads them outside a transaction: emptied on any change of declarations. */
  private readonly held: ReadCache<number, CurrentDeclaration | null>;

  constructor(
    private readonly db: DataSource,
    feed: ChangeFeed = ChangeFeed.off(),
  ) {
    this.held = feed.cache(['staff_declarations']);
  }

  /** The declaration that holds for a user (null: nothing declared or recorded). On the path of every entry and review: one indexed read. */
  current(userId: number, manager?: EntityManager): Promise<CurrentDeclaration | null> {
    return manager ? this.read(userId, manager) : this.held.get(userId, () => this.read(userId));
  }

  private async read(userId: number, manager?: EntityManager): Promise<CurrentDeclaration | null> {
    const rows = (await (manager ?? this.db.manager).query(
      prepared(`SELECT d.id, d.household_id AS "householdId", d.related_household_ids AS "relatedHouseholdIds", d.declared_by AS "recordedBy", d.declared_at AS "recordedAt",
              (SELECT max(s.declared_at) FROM staff_declarations s WHERE s.user_id = d.user_id AND s.declared_by = d.user_id) AS "declaredAt"
         FROM staff_declarations d WHERE d.user_id = $1 ORDER BY d.id DESC LIMIT 1`),
      [userId],
    )) as CurrentDeclaration[];
    return rows[0] ?? null;
  }

  /** A new declaration; the id of its row. */
  async insert(d: NewDeclaration): Promise<number> {
    const [row] = (await this.db.query(
      `INSERT INTO staff_declarations (user_id, household_id, related_household_ids, declared_by) VALUES ($1, $2, $3::int[], $4) RETURNING id`,
      [d.userId, d.householdId, d.relatedHouseholdIds, d.declaredBy],
    )) as { id: number }[];
    return row.id;
  }

  /** A manager's record of the household a user lives in (null: none): the related households of the latest row stay. */
  async insertHousehold(userId: number, householdId: number | null, recordedBy: number): Promise<number> {
    const [row] = (await this.db.query(
      `INSERT INTO staff_declarations (user_id, household_id, related_household_ids, declared_by)
       SELECT $1, $2, COALESCE((SELECT related_household_ids FROM staff_declarations WHERE user_id = $1 ORDER BY id DESC LIMIT 1), '{}'), $3
       RETURNING id`,
      [userId, householdId, recordedBy],
    )) as { id: number }[];
    return row.id;
  }
}
