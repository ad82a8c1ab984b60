import type { EntityManager } from 'typeorm';
import type { HouseholdsRepository } from '../households/households.repository.js';
import type { ProgramsRepository } from '../programs/programs.repository.js';
import type { RuleVersion } from '../programs/rule.entity.js';
import type { RegionsRepository } from '../regions/regions.repository.js';
import type { ItemsRepository } from '../stores/items.repository.js';
import type { StoresRepository } from '../stores/stores.repository.js';
import type { UsersRepository } from '../users/users.repository.js';

/** The repositories the demo seeds through. */
export interface Repos {
  regions: RegionsRepository;
  users: UsersRepository;
  households: HouseholdsRepository;
  programs: ProgramsRepository;
  stores: StoresRepository;
  items: ItemsRepository;
}

/** The rules of a program with the version in force, by code. */
export async function rulesByCode(
  programs: ProgramsRepository,
  m: EntityManager,
  programId: number,
): Promise<Map<string, { ruleId: number; version: RuleVersion }>> {
  const rules = await programs.rulesOf(programId, m);
  const versions = await programs.versionsOf(
    rules.map((r) => r.id),
    m,
  );
  return new Map(rules.map((r) => [r.code, { ruleId: r.id, version: versions.filter((v) => v.ruleId === r.id).at(-1)! }]));
}
