import { dayIn, periodKey, periodsOfYear } from '../common/calendar/calendar.js';
import type { Program } from './program.entity.js';

/** A level (星级文明户): reached by earning at least `minPoints` in the level period. */
export interface Level {
  name: string;
  minPoints: number;
}

/** What levels are counted over: the program's period (quarter or month) or the calendar year. */
export const LEVEL_PERIODS = ['period', 'year'] as const;
export type LevelPeriod = (typeof LEVEL_PERIODS)[number];

export const MAX_LEVELS = 10;

/** Why a list of levels is refused (names unique, thresholds strictly increasing), or null when it is fine. */
export function levelsProblem(levels: readonly Level[]): string | null {
  if (levels.length > MAX_LEVELS) return `at most ${MAX_LEVELS} levels`;
  for (let i = 1; i < levels.length; i++) {
    if (levels[i].minPoints <= levels[i - 1].minPoints) return 'levels must be listed by strictly increasing minPoints';
  }
  if (new Set(levels.map((l) => l.name)).size !== levels.length) return 'level names must differ';
  return null;
}

/** The level reached with `earned` points, and the one after it; null below the first (or without levels). */
export function levelOf(levels: readonly Level[], earned: number): { name: string; minPoints: number; next: Level | null } | null {
  let reached = -1;
  for (let i = 0; i < levels.length; i++) if (earned >= levels[i].minPoints) reached = i;
  if (reached < 0) return null;
  const next = levels[reached + 1];
  return {
    name: levels[reached].name,
    minPoints: levels[reached].minPoints,
    next: next ? { name: next.name, minPoints: next.minPoints } : null,
  };
}

/** The level period now, in the program's timezone: its key ('2026' or '2026-Q4') and the program periods it sums. */
export function levelPeriodOf(
  program: Pick<Program, 'timezone' | 'periodKind' | 'levelPeriod'>,
  instant: Date = new Date(),
): { key: string; periods: string[] } {
  const day = dayIn(program.timezone, instant);
  if (program.levelPeriod === 'period') {
    const key = periodKey(day, program.periodKind);
    return { key, periods: [key] };
  }
  const year = periodKey(day, 'year');
  return { key: year, periods: periodsOfYear(year, program.periodKind) };
}

/** Whether a ranking of `period` counts what the program's levels count: a year for yearly levels, a program period otherwise. */
export function levelsApplyTo(program: Pick<Program, 'levelPeriod'>, period: string): boolean {
  return (program.levelPeriod === 'year') === /^\d{4}$/.test(period);
}

/** A holder's level as the balance and the door page show it: reached with `earned` points in `period`. */
export interface HolderLevel {
  name: string;
  minPoints: number;
  earned: number;
  period: string;
  next: Level | null;
}

export function holderLevel(levels: readonly Level[], earned: number, period: string): HolderLevel | null {
  const reached = levelOf(levels, earned);
  return reached ? { name: reached.name, minPoints: reached.minPoints, earned, period, next: reached.next } : null;
}
