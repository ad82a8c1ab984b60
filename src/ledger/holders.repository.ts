import { Injectable } from '@nestjs/common';
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
}
