import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChangeFeed, type ReadCache } from '../common/db/change-feed.js';

/**
 * Regions' paths by id, for the scope checks of the hot request paths (an award's holders, a
 * balance, the kiosk's household): kept in memory and emptied on any change of regions, so those
 * requests read a household's village id and never join the region tree.
 */
@Injectable()
export class RegionPaths {
  private readonly paths: ReadCache<number, string>;

  constructor(
    private readonly db: DataSource,
    feed: ChangeFeed = ChangeFeed.off(),
  ) {
    this.paths = feed.cache(['regions'], 200_000);
  }

  /** The paths of the regions among `ids` that exist. */
  of(ids: number[], manager?: EntityManager): Promise<Map<number, string>> {
    return this.paths.getMany(ids, async (missing) => {
      const rows = (await (manager ?? this.db.manager).query(`SELECT id, path FROM regions WHERE id = ANY($1::int[])`, [missing])) as {
        id: number;
        path: string;
      }[];
      return new Map(rows.map((r) => [r.id, r.path]));
    });
  }

  async pathOf(id: number, manager?: EntityManager): Promise<string | null> {
    return (await this.of([id], manager)).get(id) ?? null;
  }
}
