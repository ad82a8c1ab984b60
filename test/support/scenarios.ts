import type { Role } from '../../src/common/auth/roles.js';
import {
  as,
  createHousehold,
  createRegion,
  createRule,
  createUser,
  seedCounty,
  seedTree,
  today,
  type CountyTree,
  type SeededCounty,
  type StaffUser,
} from './fixtures.js';
import type { TestApp } from './test-app.js';

/** A region of the county tree, by name. */
export type Place = 'county' | 'townshipA' | 'townshipB' | 'villageA' | 'villageB';

/** The county tree with, for each entry of `staff` (in order), a user of that role in that region. */
export async function staffedTree<K extends string>(
  t: TestApp,
  staff: Record<K, readonly [Role, Place]>,
): Promise<CountyTree & { staff: Record<K, StaffUser> }> {
  const tree = await seedTree(t);
  const regions: Record<Place, number> = {
    county: tree.county.countyId,
    townshipA: tree.townshipA,
    townshipB: tree.townshipB,
    villageA: tree.villageA,
    villageB: tree.villageB,
  };
  const users = {} as Record<K, StaffUser>;
  for (const [name, [role, place]] of Object.entries(staff) as [K, readonly [Role, Place]][])
    users[name] = await createUser(t, tree.county.token, role, regions[place]);
  return { ...tree, staff: users };
}

/** A county of its own with a township and a village: the outside of another county's staff. */
export async function seedCountyVillage(t: TestApp): Promise<{ county: SeededCounty; township: number; village: number }> {
  const county = await seedCounty(t);
  const township = await createRegion(t, county.token, 'township', county.countyId);
  return { county, township, village: await createRegion(t, county.token, 'village', township) };
}

/** Awards the holders `points` each with a new rule of the program, opening their accounts at the base. */
export async function givePoints(
  t: TestApp,
  token: string,
  programId: number,
  holderIds: number[],
  points: number,
  occurredOn = today(),
): Promise<void> {
  const rule = await createRule(t, token, programId, { points });
  const res = await as(t, { token }).post(`/programs/${programId}/awards`, { ruleId: rule.id, holderIds, occurredOn });
  expect(res.status).toBe(201);
}

/** A household of the village holding `balance` points in the program (base 100; more comes from an award). */
export async function householdHolding(
  t: TestApp,
  token: string,
  programId: number,
  villageId: number,
  balance: number,
  occurredOn = today(),
): Promise<{ id: number; cardCode: string }> {
  const household = await createHousehold(t, token, villageId);
  if (balance > 100) await givePoints(t, token, programId, [household.id], balance - 100, occurredOn);
  return household;
}

/** A store (爱心超市) in the region, tied to a program if `extra` says so, with its goods on the shelf: every step 201. */
export async function openStore(
  t: TestApp,
  token: string,
  regionId: number,
  goods: object[],
  extra: object = {},
): Promise<{ id: number; code: string }> {
  const api = as(t, { token });
  const created = await api.post('/stores', { name: '爱心超市', regionId, ...extra });
  expect(created.status).toBe(201);
  const store = created.body as { id: number; code: string };
  for (const item of goods) expect((await api.post(`/stores/${store.id}/items`, item)).status).toBe(201);
  return store;
}
