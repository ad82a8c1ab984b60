import { Injectable } from '@nestjs/common';
import type { HolderType } from '../../programs/program.entity.js';
import { RankingSource, type ScoringQuery, type ScoringSpec } from '../../rankings/ranking-source.js';

/** Who is ranked, by holder type: id, group (village or township), code and name. */
const HOLDERS: Record<HolderType, string> = {
  household: `SELECT h.id AS holder_id, h.village_id AS group_id, v.code || '/' || h.household_no AS code, h.head_name AS name, NULL::int AS household_id
                FROM households h JOIN regions v ON v.id = h.village_id WHERE v.path LIKE $2`,
  village: `SELECT r.id AS holder_id, r.parent_id AS group_id, r.code AS code, r.name AS name, NULL::int AS household_id
              FROM regions r WHERE r.level = 'village' AND r.path LIKE $2`,
  staff: `SELECT u.id AS holder_id, u.region_id AS group_id, u.username AS code, u.display_name AS name, NULL::int AS household_id
            FROM users u JOIN regions r ON r.id = u.region_id WHERE r.path LIKE $2`,
};

/** Member runs (最美居民): household members, grouped by village, coded by their household. */
const MEMBERS = `SELECT m.id AS holder_id, h.village_id AS group_id, v.code || '/' || h.household_no AS code, m.name AS name, h.id AS household_id
                   FROM household_members m JOIN households h ON h.id = m.household_id JOIN regions v ON v.id = h.village_id WHERE v.path LIKE $2`;

/**
 * Scores every holder of the region subtree by points earned in the periods (awards minus
 * deductions, reversals included; never balances) plus, for villages, their households'
 * participation. A member run scores, instead, the members that entries of the periods name
 * (transactions.member_id), by those entries alone: members no entry names are not scored.
 * Parameters: $1 program, $2 region path pattern, $3 periods; with participation $4 its program, $5 its weight.
 */
@Injectable()
export class SqlRankingSource extends RankingSource {
  scoring(spec: ScoringSpec): ScoringQuery {
    const members = spec.subject === 'member';
    // Whose points a transaction counts for: its holder's, or the member's it names.
    const who = members ? 't.member_id' : 't.holder_id';
    const named = members ? 'AND t.member_id IS NOT NULL' : '';
    // A household took part when its awards, net of their reversals, are positive.
    const participation = spec.participation
      ? `, participated AS (
           SELECT t.holder_id FROM transactions t LEFT JOIN transactions o ON o.id = t.reverses_id
            WHERE t.program_id = $4 AND t.period = ANY($3) AND (t.type = 'award' OR (t.type = 'reversal' AND o.type = 'award'))
            GROUP BY t.holder_id HAVING sum(t.points) > 0
         ),
         participation AS (
           SELECT h.village_id AS holder_id, count(*)::int AS households, count(p.holder_id)::int AS awarded
             FROM households h JOIN regions v ON v.id = h.village_id LEFT JOIN participated p ON p.holder_id = h.id
            WHERE v.path LIKE $2 GROUP BY h.village_id
         )`
      : '';
    const participationJoin = spec.participation ? 'LEFT JOIN participation pa ON pa.holder_id = ho.holder_id' : '';
    const participationPoints = spec.participation
      ? `COALESCE(floor($5::bigint * pa.awarded / NULLIF(pa.households, 0)), 0)::bigint`
      : '0::bigint';
    const participationJson = spec.participation
      ? `, 'participation', jsonb_build_object('households', COALESCE(pa.households, 0), 'awarded', COALESCE(pa.awarded, 0), 'weight', $5::int, 'points', ${participationPoints})`
      : '';
    const params: unknown[] = [spec.programId, `${spec.regionPath}%`, spec.periods];
    if (spec.participation) params.push(spec.participation.programId, spec.participation.weight);
    const sql = `WITH holders AS (${members ? MEMBERS : HOLDERS[spec.holderType]}),
       earned AS (
         SELECT ${who} AS holder_id, sum(t.points) AS points,
                COALESCE(sum(t.points) FILTER (WHERE t.type = 'award'), 0) AS awards,
                COALESCE(sum(t.points) FILTER (WHERE t.type = 'deduction'), 0) AS deductions,
                COALESCE(sum(t.points) FILTER (WHERE t.type = 'reversal'), 0) AS reversals
           FROM transactions t
          WHERE t.program_id = $1 AND t.period = ANY($3) AND t.type IN ('award', 'deduction', 'reversal') ${named}
          GROUP BY ${who}
       ),
       -- Reversals are few: find what each one reversed, so awards and deductions are shown net.
       reversed AS (
         SELECT ${who} AS holder_id,
                COALESCE(sum(t.points) FILTER (WHERE o.type = 'award'), 0) AS awards,
                COALESCE(sum(t.points) FILTER (WHERE o.type = 'deduction'), 0) AS deductions
           FROM transactions t JOIN transactions o ON o.id = t.reverses_id
          WHERE t.program_id = $1 AND t.period = ANY($3) AND t.type = 'reversal' ${named}
          GROUP BY ${who}
       )${participation}
       SELECT ho.holder_id, COALESCE(ho.group_id, 0) AS group_id, ho.code, ho.name, ho.household_id,
              COALESCE(e.points, 0) + ${participationPoints} AS score,
              jsonb_build_object('points', COALESCE(e.points, 0),
                                 'awards', COALESCE(e.awards, 0) + COALESCE(r.awards, 0),
                                 'deductions', COALESCE(e.deductions, 0) + COALESCE(r.deductions, 0),
                                 'reversals', COALESCE(e.reversals, 0)${participationJson}) AS components
         FROM holders ho ${members ? 'JOIN' : 'LEFT JOIN'} earned e ON e.holder_id = ho.holder_id LEFT JOIN reversed r ON r.holder_id = ho.holder_id ${participationJoin}`;
    return { sql, params };
  }
}
