import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../common/db/bigint.transformer.js';
import { PROGRAM_COLUMNS, programFromRow, type ProgramRow, type ProgramWithPath } from '../programs/programs.repository.js';

export interface DoorHousehold {
  id: number;
  cardCode: string;
  householdNo: string;
  headName: string;
  villageId: number;
  villageName: string;
  villagePath: string;
}

export interface DoorHonour {
  programId: number;
  programName: string;
  period: string;
  groupRank: number;
  score: number;
  honourTopN: number;
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
  async villageRank(programId: number, villageId: number, householdId: number, period: string): Promise<{ rank: number; households: number }> {
    const [row] = (await this.db.query(
      `WITH earned AS (
         SELECT h.id, COALESCE(sum(p.amount) FILTER (WHERE t.id IS NOT NULL), 0) AS points
           FROM households h
           LEFT JOIN accounts a ON a.program_id = $1 AND a.kind = 'holder' AND a.holder_id = h.id
           LEFT JOIN postings p ON p.account_id = a.id
           LEFT JOIN transactions t ON t.id = p.transaction_id AND t.period = $4 AND t.type IN ('award', 'deduction', 'reversal')
          WHERE h.village_id = $2
          GROUP BY h.id)
       SELECT (SELECT count(*) FROM earned e WHERE e.points > (SELECT points FROM earned WHERE id = $3))::int + 1 AS rank,
              (SELECT count(*) FROM earned)::int AS households`,
      [programId, villageId, householdId, period],
    )) as { rank: number; households: number }[];
    return row;
  }

  /**
   * The household's places in the latest published version of each village ranking of a household
   * program: the page keeps those that make an honour (first place, or within the honour list).
   */
  async publishedPlaces(householdId: number, villagePath: string): Promise<DoorHonour[]> {
    const rows = (await this.db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (r.program_id, r.region_id, r.period) r.id, r.program_id, r.period
           FROM ranking_runs r JOIN regions g ON g.id = r.region_id
          WHERE r.published_at IS NOT NULL AND $2 LIKE g.path || '%'
          ORDER BY r.program_id, r.region_id, r.period, r.version DESC)
       SELECT p.id AS "programId", p.name AS "programName", l.period, e.group_rank AS "groupRank", e.score, p.honour_top_n AS "honourTopN"
         FROM latest l
         JOIN programs p ON p.id = l.program_id AND p.holder_type = 'household'
         JOIN ranking_entries e ON e.run_id = l.id AND e.holder_id = $1
        ORDER BY l.period DESC, p.id`,
      [householdId, villagePath],
    )) as (Omit<DoorHonour, 'score'> & { score: string })[];
    return rows.map((r) => ({ ...r, score: toSafeInteger(r.score) }));
  }
}
