import type { Meeting, Program, Rule, RuleVersion } from './county-api';

/** Where a version stands on a day: in force, replaced, or not yet in force. */
export type VersionState = 'current' | 'past' | 'future';

export function versionState(v: RuleVersion, day: string): VersionState {
  if (v.effectiveFrom > day) return 'future';
  if (v.effectiveTo !== null && v.effectiveTo < day) return 'past';
  return 'current';
}

/** Whether a version's adoption is recorded; `blocked` when the program requires one and it is missing (未经表决，不生效). */
export type AdoptionState = 'adopted' | 'missing' | 'blocked';

export function adoptionState(v: RuleVersion, program: Program | null): AdoptionState {
  if (v.adoption) return 'adopted';
  return program?.requireRuleAdoption ? 'blocked' : 'missing';
}

/** The version the catalogue shows for a rule: the one in force today, else the latest. */
export function shownVersion(rule: Rule, day: string): RuleVersion {
  return rule.versions.find((v) => versionState(v, day) === 'current') ?? rule.current;
}

/** Whether a search (code or name, any case) finds the rule, in any of its versions' names. */
export function matches(rule: Rule, q: string): boolean {
  const s = q.trim().toLowerCase();
  if (!s) return true;
  return rule.code.toLowerCase().includes(s) || rule.versions.some((v) => v.name.toLowerCase().includes(s));
}

/**
 * Whether the meeting had its quorum (村民委员会组织法): a villagers' assembly needs more than half
 * of those entitled, a representatives' meeting two thirds of its members. Integer arithmetic.
 */
export function quorate(meeting: Meeting, attended: number, entitled: number): boolean {
  if (entitled <= 0) return false;
  return meeting === 'representatives' ? attended * 3 >= entitled * 2 : attended * 2 > entitled;
}

/** Bytes as people read a file size: 850 KB, 2.4 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The minutes may be a PDF or a photo (JPEG, PNG) of at most 10 MB, as the service takes them. */
export const MINUTES_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const MINUTES_MAX_BYTES = 10 * 1024 * 1024;
