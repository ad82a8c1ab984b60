import { containing } from '../common/http/listing.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OperatorActor, UserActor } from '../common/auth/actor.js';
import type { Role } from '../common/auth/roles.js';
import { User } from './user.entity.js';
import { ChangeFeed, type ReadCache } from '../common/db/change-feed.js';
import { RegionPaths } from '../regions/region-paths.js';

export type UserWithRegion = User & { regionPath: string; regionLevel: string };

/** Which users a list shows: a region's subtree, a role, a search on username or display name. */
export interface UserFilter {
  regionPath?: string;
  role?: Role;
  q?: string;
}

/** A staff user as a holder of points: its region and the region's path. */
export interface StaffHolder {
  holderId: number;
  regionId: number;
  path: string;
}

@Injectable()
export class UsersRepository {
  /** Active staff users and operators by id, for the check on every request: emptied on any change of users or regions. */
  private readonly actors: ReadCache<string, UserActor | OperatorActor | null>;

  constructor(
    private readonly db: DataSource,
    feed: ChangeFeed = ChangeFeed.off(),
    private readonly regionPaths: RegionPaths = new RegionPaths(db, feed),
  ) {
    this.actors = feed.cache(['users', 'regions']);
  }

  private repo(manager?: EntityManager) {
    return (manager ?? this.db.manager).getRepository(User);
  }

  /** Display names and roles of users by id, for lists that say who did what. */
  async displayNames(ids: number[]): Promise<Map<number, { displayName: string; role: string }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: number; displayName: string; role: string }[] = await this.db.query(
      `SELECT id, display_name AS "displayName", role FROM users WHERE id = ANY($1::int[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, { displayName: r.displayName, role: r.role }]));
  }

  findById(id: number): Promise<User | null> {
    return this.repo().findOneBy({ id });
  }

  findByUsername(username: string, manager?: EntityManager): Promise<User | null> {
    return this.repo(manager).findOneBy({ username });
  }

  /** The actor behind a token: an active user with its region's path. */
  findActor(id: number): Promise<UserActor | null> {
    return this.actors.get(`u${id}`, () => this.readActor(id)) as Promise<UserActor | null>;
  }

  private async readActor(id: number): Promise<UserActor | null> {
    const rows = (await this.db.query(
      `SELECT u.id, u.username, u.display_name AS "displayName", u.role, u.region_id AS "regionId", r.path AS "regionPath"
         FROM users u JOIN regions r ON r.id = u.region_id
        WHERE u.id = $1 AND u.active`,
      [id],
    )) as Omit<UserActor, 'kind'>[];
    return rows[0] ? { kind: 'user', ...rows[0] } : null;
  }

  /** An active platform operator by id. */
  findOperator(id: number): Promise<OperatorActor | null> {
    return this.actors.get(`o${id}`, () => this.readOperator(id)) as Promise<OperatorActor | null>;
  }

  private async readOperator(id: number): Promise<OperatorActor | null> {
    const rows = (await this.db.query(
      `SELECT id, username, display_name AS "displayName" FROM users WHERE id = $1 AND active AND role = 'platform_operator'`,
      [id],
    )) as Omit<OperatorActor, 'kind'>[];
    return rows[0] ? { kind: 'operator', ...rows[0] } : null;
  }

  /** A staff user (not a platform operator) with its region's path. */
  async staffPlace(userId: number): Promise<{ id: number; path: string } | null> {
    const rows = (await this.db.query(`SELECT u.id, r.path FROM users u JOIN regions r ON r.id = u.region_id WHERE u.id = $1`, [
      userId,
    ])) as { id: number; path: string }[];
    return rows[0] ?? null;
  }

  /** The staff users among `ids` whose region lies in the subtree `path`, with their region. */
  async staffHolders(ids: number[], path: string, manager?: EntityManager): Promise<StaffHolder[]> {
    const rows = (await (manager ?? this.db.manager).query(
      `SELECT u.id AS "holderId", u.region_id AS "regionId" FROM users u WHERE u.id = ANY($1::int[])`,
      [ids],
    )) as Omit<StaffHolder, 'path'>[];
    const paths = await this.regionPaths.of(
      rows.map((r) => r.regionId),
      manager,
    );
    return rows.map((r) => ({ ...r, path: paths.get(r.regionId)! })).filter((h) => h.path.startsWith(path));
  }

  /** The users with these usernames (those that exist), in one query. */
  byUsernames(usernames: string[]): Promise<Pick<User, 'id' | 'username' | 'regionId'>[]> {
    if (usernames.length === 0) return Promise.resolve([]);
    return this.db.query(`SELECT id, username, region_id AS "regionId" FROM users WHERE username = ANY($1::varchar[])`, [usernames]);
  }

  insert(data: Pick<User, 'username' | 'passwordHash' | 'displayName' | 'role' | 'regionId'>, manager?: EntityManager): Promise<User> {
    return this.repo(manager).save(this.repo(manager).create(data));
  }

  async update(id: number, patch: Partial<Pick<User, 'displayName' | 'passwordHash' | 'active'>>): Promise<void> {
    // An empty PATCH changes nothing (TypeORM refuses an UPDATE without values, or stamps updated_at alone).
    if (Object.keys(patch).length === 0) return;
    await this.repo().update({ id }, patch);
  }

  async touchLogin(id: number): Promise<void> {
    await this.repo().update({ id }, { lastLoginAt: () => 'now()' } as never);
  }

  /**
   * Users whose region lies in the subtree `path` (or the narrower `filter.regionPath`), optionally
   * of one role and matching `filter.q` (part of the username or display name), oldest first.
   */
  list(path: string, filter: UserFilter, limit: number, offset: number): Promise<[User[], number]> {
    const qb = this.repo()
      .createQueryBuilder('u')
      .innerJoin('regions', 'r', 'r.id = u.region_id')
      .where(`r.path LIKE :p`, { p: `${filter.regionPath ?? path}%` })
      .orderBy('u.id', 'ASC')
      .take(limit)
      .skip(offset);
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.q) {
      const like = containing(filter.q);
      qb.andWhere('(u.username ILIKE :like OR u.display_name ILIKE :like)', { like });
    }
    return qb.getManyAndCount();
  }

  /** Display name and role of the users among `ids` (those that exist), in one query. */
  profiles(ids: number[]): Promise<Pick<User, 'id' | 'displayName' | 'role'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.query(`SELECT id, display_name AS "displayName", role FROM users WHERE id = ANY($1::int[])`, [ids]);
  }

  countAdmins(): Promise<number> {
    return this.repo().countBy({ role: 'county_admin' });
  }
}
