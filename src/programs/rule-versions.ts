import { DomainError } from '../common/errors/domain-error.js';

/** The fields that decide which version of a rule applies on a day. */
export interface VersionWindow {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * The version in force on `date`: among versions starting on or before it, the latest start
 * (the higher version number when two start the same day), unless that version has ended.
 */
export function versionInForce<V extends VersionWindow>(versions: V[], date: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > date) continue;
    if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version > best.version)) best = v;
  }
  return best && (best.effectiveTo === null || best.effectiveTo >= date) ? best : null;
}

/**
 * The version of rule `ruleId` that an entry for a deed on `date` applies: the one in force
 * (422 RULE_NOT_EFFECTIVE when none is), and, where the program requires it, adopted by the
 * villagers' assembly or their representatives (422 RULE_NOT_ADOPTED until that is recorded).
 */
export function versionToApply<V extends VersionWindow & { adopted: boolean }>(
  program: { requireRuleAdoption: boolean },
  ruleId: number,
  versions: V[],
  date: string,
): V {
  const version = versionInForce(versions, date);
  if (!version) throw new DomainError('RULE_NOT_EFFECTIVE', { ruleId, occurredOn: date });
  if (program.requireRuleAdoption && !version.adopted) throw new DomainError('RULE_NOT_ADOPTED', { ruleId, version: version.version });
  return version;
}
