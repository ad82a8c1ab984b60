import { containing } from '../common/http/listing.js';
import { Injectable } from '@nestjs/common';
import { DataSource, ILike, type EntityManager } from 'typeorm';
import { Region, type RegionLevel } from './region.entity.js';

@Injectable()
export class RegionsRepository {
  constructor(private readonly db: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.db.manager).getRepository(Region);
  }

  findById(id: number, manager?: EntityManager): Promise<Region | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByCode(code: string, manager?: EntityManager): Promise<Region | null> {
    return this.repo(manager).findOneBy({ code });
  }

  findByCodes(codes: string[], manager?: EntityManager): Promise<Region[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.repo(manager).createQueryBuilder('r').where('r.code IN (:...codes)', { codes }).getMany();
  }

  /** The grids (网格) of these villages. */
  gridsOf(villageIds: number[], manager?: EntityManager): Promise<Region[]> {
    if (villageIds.length === 0) return Promise.resolve([]);
    return this.repo(manager)
      .createQueryBuilder('r')
      .where(`r.level = 'grid' AND r.parent_id IN (:...villageIds)`, { villageIds })
      .getMany();
  }

  findByIds(ids: number[], manager?: EntityManager): Promise<Region[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo(manager).createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany();
  }

  /** The villages below a region path, by code. */
  villagesUnder(path: string, manager?: EntityManager): Promise<Region[]> {
    return this.repo(manager)
      .createQueryBuilder('r')
      .where(`r.level = 'village' AND r.path LIKE :p`, { p: `${path}%` })
      .orderBy('r.code')
      .getMany();
  }

  /**
   * Villages and townships whose name or code contains `q`, with the names of the regions above
   * them (county first): what the landing page's board search lists. At most `limit`.
   */
  async search(q: string, limit: number): Promise<{ id: number; name: string; level: RegionLevel; place: string }[]> {
    const like = containing(q);
    return (await this.db.query(
      `SELECT r.id, r.name, r.level,
              COALESCE((SELECT string_agg(a.name, ' / ' ORDER BY length(a.path)) FROM regions a
                         WHERE r.path LIKE a.path || '%' AND a.id <> r.id), '') AS place
         FROM regions r
        WHERE r.level IN ('village', 'township') AND (r.name LIKE $1 OR r.code = upper($2))
        ORDER BY r.level DESC, length(r.name), r.id LIMIT $3`,
      [like, q, limit],
    )) as { id: number; name: string; level: RegionLevel; place: string }[];
  }

  /** A page of a region's children by code; with `q`, those whose name or code contains it. */
  children(parentId: number, limit: number, offset: number, q?: string): Promise<[Region[], number]> {
    const where = q
      ? [
          { parentId, name: ILike(containing(q)) },
          { parentId, code: ILike(containing(q)) },
        ]
      : { parentId };
    return this.repo().findAndCount({ where, order: { code: 'ASC' }, take: limit, skip: offset });
  }

  /** Inserts a region and sets its materialised path (parent's path + own id). Run in a transaction. */
  async insert(
    data: { code: string; name: string; level: RegionLevel; parentId: number | null; parentPath: string },
    manager: EntityManager,
  ): Promise<Region> {
    const [{ id }] = (await manager.query(
      `INSERT INTO regions (code, name, level, parent_id, path) VALUES ($1, $2, $3, $4, '') RETURNING id`,
      [data.code, data.name, data.level, data.parentId],
    )) as { id: number }[];
    await manager.query(`UPDATE regions SET path = $2 WHERE id = $1`, [id, `${data.parentPath}${id}/`]);
    return (await this.findById(id, manager))!;
  }
}
