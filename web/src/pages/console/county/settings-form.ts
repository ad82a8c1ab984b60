import type { Level, Program, ProgramChanges } from './county-api';

/** At most this many levels (星级), as the service allows. */
export const MAX_LEVELS = 10;

/**
 * A program's settings as the form edits them: the nullable settings of the service (no claim
 * window, one reviewer, no schedule) are a switch and a value, so switching off keeps the number.
 */
export interface SettingsForm {
  name: string;
  publicNames: 'masked' | 'full';
  honourTopN: number;
  publishDeductions: boolean;
  redList: boolean;
  blackList: boolean;
  listSize: number;
  publicityDays: number;
  claimWindowLimited: boolean;
  claimWindowDays: number;
  clerksReview: boolean;
  secondReview: boolean;
  secondReviewAbove: number;
  requireRuleAdoption: boolean;
  levels: Level[];
  levelPeriod: 'period' | 'year';
  participationProgramId: number | null;
  participationWeight: number;
  scheduled: boolean;
  scheduleDay: number;
  scheduleHour: number;
  requireCoiDeclaration: boolean;
}

export function formOf(p: Program): SettingsForm {
  return {
    name: p.name,
    publicNames: p.publicNames === 'full' ? 'full' : 'masked',
    honourTopN: p.honourTopN,
    publishDeductions: p.publishDeductions,
    redList: p.redList,
    blackList: p.blackList,
    listSize: p.listSize,
    publicityDays: p.publicityDays,
    claimWindowLimited: p.claimWindowDays !== null,
    claimWindowDays: p.claimWindowDays ?? 30,
    clerksReview: p.clerksReview,
    secondReview: p.secondReviewAbove !== null,
    secondReviewAbove: p.secondReviewAbove ?? 50,
    requireRuleAdoption: p.requireRuleAdoption ?? false,
    levels: p.levels.map((l) => ({ ...l })),
    levelPeriod: p.levelPeriod,
    participationProgramId: p.participationProgramId,
    participationWeight: p.participationWeight,
    scheduled: p.scheduleDay !== null,
    scheduleDay: p.scheduleDay ?? 5,
    scheduleHour: p.scheduleHour,
    requireCoiDeclaration: p.requireCoiDeclaration,
  };
}

/** What the form changes, as PATCH /programs/:id takes it: only the settings that differ. */
export function changesOf(form: SettingsForm, p: Program): ProgramChanges {
  const now: ProgramChanges = {
    name: form.name.trim(),
    publicNames: form.publicNames,
    honourTopN: form.honourTopN,
    publishDeductions: form.publishDeductions,
    redList: form.redList,
    blackList: form.blackList,
    listSize: form.listSize,
    publicityDays: form.publicityDays,
    claimWindowDays: form.claimWindowLimited ? form.claimWindowDays : null,
    clerksReview: form.clerksReview,
    secondReviewAbove: form.secondReview ? form.secondReviewAbove : null,
    requireRuleAdoption: form.requireRuleAdoption,
    levels: form.levels.map((l) => ({ name: l.name.trim(), minPoints: l.minPoints })),
    levelPeriod: form.levelPeriod,
    participationProgramId: form.participationProgramId,
    participationWeight: form.participationWeight,
    scheduleDay: form.scheduled ? form.scheduleDay : null,
    scheduleHour: form.scheduleHour,
    requireCoiDeclaration: form.requireCoiDeclaration,
  };
  const before: Record<string, unknown> = { ...p, requireRuleAdoption: p.requireRuleAdoption ?? false };
  const changed: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(now)) if (JSON.stringify(v) !== JSON.stringify(before[k])) changed[k] = v;
  // A schedule's hour means nothing without its day.
  if (!form.scheduled) delete changed.scheduleHour;
  if (p.holderType !== 'village') {
    delete changed.participationProgramId;
    delete changed.participationWeight;
  }
  return changed as ProgramChanges;
}

/** What is wrong with the levels before the service is asked: one message key per problem, with its row. */
export function levelProblems(
  levels: Level[],
): { key: 'levelNameMissing' | 'levelOrder' | 'levelDuplicate' | 'levelTooMany'; row: number }[] {
  const problems: { key: 'levelNameMissing' | 'levelOrder' | 'levelDuplicate' | 'levelTooMany'; row: number }[] = [];
  if (levels.length > MAX_LEVELS) problems.push({ key: 'levelTooMany', row: MAX_LEVELS + 1 });
  const seen = new Set<string>();
  levels.forEach((l, i) => {
    const name = l.name.trim();
    if (!name || name.length > 20) problems.push({ key: 'levelNameMissing', row: i + 1 });
    else if (seen.has(name)) problems.push({ key: 'levelDuplicate', row: i + 1 });
    seen.add(name);
    if (i > 0 && l.minPoints <= levels[i - 1].minPoints) problems.push({ key: 'levelOrder', row: i + 1 });
  });
  return problems;
}
