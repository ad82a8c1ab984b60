import type { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/passwords.js';
import { PLATFORM_OPERATOR } from '../common/auth/roles.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type { CountyKeys } from '../transparency/county-keys.js';
import { UsersRepository } from './users.repository.js';

export interface CountyAdminRequest {
  username: string;
  password: string;
  displayName: string;
  countyCode: string;
  countyName: string;
}

export type CountyAdminOutcome =
  | { ok: true; countyId: number; userId: number }
  | { ok: false; reason: 'NOT_A_COUNTY'; level: string }
  | { ok: false; reason: 'USERNAME_TAKEN' };

/**
 * CreateCountyAdmin: the county (when its code is new, with its log-signing key when `keys` is
 * given) and a county_admin for it, in one transaction. Counties are made only this way: by the command line, the demo and the tests.
 */
export async function createCountyAdmin(
  db: DataSource,
  req: CountyAdminRequest,
  keys?: Pick<CountyKeys, 'create'>,
): Promise<CountyAdminOutcome> {
  const regions = new RegionsRepository(db);
  const users = new UsersRepository(db);
  const passwordHash = await hashPassword(req.password);
  return db.transaction(async (m) => {
    if (await users.findByUsername(req.username, m)) return { ok: false, reason: 'USERNAME_TAKEN' };
    const found = await regions.findByCode(req.countyCode, m);
    if (found && found.level !== 'county') return { ok: false, reason: 'NOT_A_COUNTY', level: found.level };
    const county =
      found ?? (await regions.insert({ code: req.countyCode, name: req.countyName, level: 'county', parentId: null, parentPath: '/' }, m));
    // A new county gets its log-signing key at once (docs/transparency.md).
    if (!found && keys) await keys.create(county.id, m);
    const user = await users.insert(
      { username: req.username, passwordHash, displayName: req.displayName, role: 'county_admin', regionId: county.id },
      m,
    );
    return { ok: true, countyId: county.id, userId: user.id };
  });
}

/** CreatePlatformOperator: whoever runs the deployment (queue dashboard, platform audit); no region, no county business. */
export async function createPlatformOperator(
  db: DataSource,
  req: Pick<CountyAdminRequest, 'username' | 'password' | 'displayName'>,
): Promise<{ ok: true; userId: number } | { ok: false; reason: 'USERNAME_TAKEN' }> {
  const users = new UsersRepository(db);
  const passwordHash = await hashPassword(req.password);
  return db.transaction(async (m) => {
    if (await users.findByUsername(req.username, m)) return { ok: false, reason: 'USERNAME_TAKEN' };
    const user = await users.insert(
      { username: req.username, passwordHash, displayName: req.displayName, role: PLATFORM_OPERATOR, regionId: null },
      m,
    );
    return { ok: true, userId: user.id };
  });
}
