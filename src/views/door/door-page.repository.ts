import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';
import { PROGRAM_COLUMNS, programFromRow, type ProgramRow, type ProgramWithPath } from '../../programs/programs.repository.js';
import { earnedSql } from '../../ledger/earned.js';

export interface DoorHousehold {
  id: number;
  cardCode: string;
  householdNo: string;
  headName: string;
  villageId: number;
  villageName: string;
  villagePath: string;
}

/** What the door page (一户一码) reads: the household by card, its programs, its place in the village. */
@Injectable()
export class DoorPageRepository {
  constructor(private readonly db: DataSource) {}

  async householdByCard(cardCode: string): Promise<DoorHousehold | null> {
    const rows = (await this.db.query(
      `SELECT h.id, h.card_code AS "cardCode", h.household_no AS "householdNo", h.head_name AS "headName",
              h.village_id AS "villageId", v.name AS "villageName", v.path AS "villagePath"
         FROM households h JOIN regions v ON v.id = h.village_id WHERE h.card_code = $1`,
      [cardCode],
    )) as DoorHousehold[];
    return rows[0] ?? null;
  }

  /** The household programs of the county the village belongs to, oldest first. */
  async householdPrograms(villagePath: string): Promise<ProgramWithPath[]> {
    const rows = (await this.db.query(
      `SELECT ${PROGRAM_COLUMNS} FROM programs p JOIN regions c ON c.id = p.county_id
        WHERE p.holder_type = 'household' AND $1 LIKE c.path || '%' ORDER BY p.id`,
      [villagePath],
    )) as ProgramRow[];
    return rows.map(programFromRow);
  }

  /**
   * The household's place among the village's households by points earned in the period (awards
   * minus deductions, reversals included; ties share a place), and how many households there are.
   */
  async villageRank(
    programId: number,
    villageId: number,
    householdId: number,
    period: string,
  ): Promise<{ rank: number; households: number }> {
    const [row] = (await this.db.query(
      `WITH earned AS (
         SELECT h.id, ${earnedSql('a.id', 'h.id', '= $4')} AS points
           FROM households h
           LEFT JOIN accounts a ON a.program_id = $1 AND a.kind = 'holder' AND a.holder_id = h.id
          WHERE h.village_id = $2)
       SELECT (SELECT count(*) FROM earned e WHERE e.points > (SELECT points FROM earned WHERE id = $3))::int + 1 AS rank,
              (SELECT count(*) FROM earned)::int AS households`,
      [programId, villageId, householdId, period],
    )) as { rank: number; households: number }[];
    return row;
  }

  /** The household's group rank and score in each of the given ranking runs it has an entry in. */
  async placesIn(runIds: string[], householdId: number): Promise<{ runId: string; groupRank: number; score: number }[]> {
    if (runIds.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT run_id AS "runId", group_rank AS "groupRank", score FROM ranking_entries WHERE run_id = ANY($1::bigint[]) AND holder_id = $2`,
      [runIds, householdId],
    )) as { runId: string; groupRank: number; score: string }[];
    return rows.map((r) => ({ ...r, score: toSafeInteger(r.score) }));
  }

  /**
   * The places of the household's members in member runs (最美居民): the village's entries of each
   * run (by IDX_ranking_entries_group, within the top `upTo` of the village), those of this household.
   */
  async memberPlacesIn(
    runIds: string[],
    villageId: number,
    householdId: number,
    upTo: number,
  ): Promise<{ runId: string; groupRank: number; score: number; memberName: string }[]> {
    if (runIds.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT run_id AS "runId", group_rank AS "groupRank", score, holder_name AS "memberName" FROM ranking_entries
        WHERE run_id = ANY($1::bigint[]) AND group_id = $2 AND group_rank <= $4 AND household_id = $3
        ORDER BY group_rank, holder_id`,
      [runIds, villageId, householdId, upTo],
    )) as { runId: string; groupRank: number; score: string; memberName: string }[];
    return rows.map((r) => ({ ...r, score: toSafeInteger(r.score) }));
  }
}
