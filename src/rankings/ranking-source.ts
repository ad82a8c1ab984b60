import type { HolderType } from '../programs/program.entity.js';
import type { RunSubject } from './ranking.entities.js';

/** What a run ranks: the holders of a program in a region subtree, by points of some periods. */
export interface ScoringSpec {
  programId: number;
  holderType: HolderType;
  subject: RunSubject;
  regionPath: string;
  periods: string[];
  /** Villages: their households' participation in another program, worth up to `weight` points. */
  participation: { programId: number; weight: number } | null;
}

/** A SELECT and its parameters, numbered from $1. */
export interface ScoringQuery {
  sql: string;
  params: unknown[];
}

/**
 * The port through which a run reads who it ranks and their scores: holders, points and
 * participation live in other modules' tables, so the read side (views) writes that SELECT and
 * rankings only stores its rows (one `INSERT … SELECT`: the rows never come into Node).
 *
 * The SELECT yields one row per holder ranked, with the columns `holder_id`, `group_id` (never
 * null), `code`, `name`, `household_id`, `score` (numeric) and `components` (jsonb, as
 * RankingEntry's components).
 */
export abstract class RankingSource {
  abstract scoring(spec: ScoringSpec): ScoringQuery;
}
