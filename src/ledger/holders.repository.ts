import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import type { HolderType } from '../programs/program.entity.js';
import { UsersRepository } from '../users/users.repository.js';

export interface ResolvedHolder {
  holderId: number;
  /** The village of a household or of a village holder; the region of a staff user. */
  regionId: number;
  /** Path of the holder's place in the tree, for scope checks. */
  path: string;
}

/**
 * Finds holders of each type, one query per call: households (asked of the households module),
 * villages (the region tree) or staff users (asked of the users module).
 */
@Injectable()
export class HoldersRepository {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdLookupsRepository,
    private readonly users: UsersRepository,
  ) {}

  async resolve(holderType: HolderType, countyPath: string, ids: number[], manager?: EntityManager): Promise<ResolvedHolder[]> {
    switch (holderType) {
      case 'household':
        return this.households.holders(ids, countyPath, manager);
      case 'staff':
        return this.users.staffHolders(ids, countyPath, manager);
      case 'village':
        return (await (manager ?? this.db.manager).query(
          `SELECT r.id AS "holderId", r.id AS "regionId", r.path FROM regions r WHERE r.id = ANY($1::int[]) AND r.level = 'village' AND r.path LIKE $2`,
          [ids, `${countyPath}%`],
        )) as ResolvedHolder[];
    }
  }
}
