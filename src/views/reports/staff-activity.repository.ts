import { Injectable } from '@nestjs/common';
import { toSafeInteger as n } from '../../common/db/bigint.transformer.js';
import type { ReportStatement } from './report-reader.js';

/** A security alarm of the county, as the report shows it. */
export interface AlarmRow {
  id: number;
  kind: string;
  raisedAt: Date;
  cards: number;
  threshold: number;
}

/** One staff user's entries under one rule, with the user's totals on every row. */
export interface StaffRuleRow {
  userId: number;
  username: string;
  displayName: string;
  role: string;
  entries: number;
  awards: number;
  deductions: number;
  awardPoints: number;
  deductionPoints: number;
  absolutePoints: number;
  households: number;
  top3Points: number;
  ownHouseholdId: number | null;
  relatedHouseholdIds: number[];
  declaredAt: Date | null;
  ownHouseholdEntries: number;
  ownHouseholdPoints: number;
  ruleId: number | null;
  ruleCode: string | null;
  ruleName: string | null;
  category: string | null;
  ruleEntries: number;
  rulePoints: number;
  ruleHouseholds: number;
}

/**
 * Awards and deductions made by staff users (actor_type 'user') to the households of a region
 * subtree in the periods, per user and rule, with each user's conflict-of-interest declaration
 * (the one that holds in staff_declarations, and when the user last declared). Outliers first:
 * users with entries to their own or related households, then by the share of their points
 * (awards and deductions alike, as absolute values) that went to their top 3 households, then by
 * absolute points, then user id. Within a user, rules with the most entries first.
 */
@Injectable()
export class StaffActivityRepository {
  rules(regionPath: string, programId: number, periods: string[]): ReportStatement<StaffRuleRow> {
    const sql = `
      WITH e AS (
        SELECT t.actor_id AS user_id, t.holder_id, t.type, t.points, rv.rule_id
          FROM transactions t
          JOIN households h ON h.id = t.holder_id JOIN regions v ON v.id = h.village_id
          LEFT JOIN rule_versions rv ON rv.id = t.rule_version_id
         WHERE t.program_id = $2 AND t.period = ANY($3) AND t.type IN ('award', 'deduction') AND t.actor_type = 'user'
           AND t.actor_id IS NOT NULL AND v.path LIKE $1
      ),
      by_user AS (
        SELECT user_id, count(*) AS entries, count(*) FILTER (WHERE type = 'award') AS awards, count(*) FILTER (WHERE type = 'deduction') AS deductions,
               COALESCE(sum(points) FILTER (WHERE type = 'award'), 0) AS award_points, COALESCE(sum(points) FILTER (WHERE type = 'deduction'), 0) AS deduction_points,
               sum(abs(points)) AS absolute_points, count(DISTINCT holder_id) AS households
          FROM e GROUP BY user_id
      ),
      by_holder AS (
        SELECT user_id, holder_id, sum(abs(points)) AS points,
               row_number() OVER (PARTITION BY user_id ORDER BY sum(abs(points)) DESC, holder_id) AS place
          FROM e GROUP BY user_id, holder_id
      ),
      top3 AS (SELECT user_id, sum(points) AS points FROM by_holder WHERE place <= 3 GROUP BY user_id),
      declared AS (
        SELECT DISTINCT ON (d.user_id) d.user_id, d.household_id, d.related_household_ids,
               (SELECT max(s.declared_at) FROM staff_declarations s WHERE s.user_id = d.user_id AND s.declared_by = d.user_id) AS declared_at
          FROM by_user bu JOIN staff_declarations d ON d.user_id = bu.user_id
         ORDER BY d.user_id, d.id DESC
      ),
      own AS (
        SELECT dc.user_id, dc.household_id, dc.related_household_ids, dc.declared_at, count(e.holder_id) AS entries, COALESCE(sum(e.points), 0) AS points
          FROM declared dc
          LEFT JOIN e ON e.user_id = dc.user_id AND (e.holder_id = dc.household_id OR e.holder_id = ANY(dc.related_household_ids))
         GROUP BY dc.user_id, dc.household_id, dc.related_household_ids, dc.declared_at
      ),
      by_rule AS (
        SELECT user_id, rule_id, count(*) AS entries, sum(points) AS points, count(DISTINCT holder_id) AS households
          FROM e GROUP BY user_id, rule_id
      )
      SELECT u.id AS "userId", u.username, u.display_name AS "displayName", u.role,
             bu.entries, bu.awards, bu.deductions, bu.award_points AS "awardPoints", bu.deduction_points AS "deductionPoints",
             bu.absolute_points AS "absolutePoints", bu.households, COALESCE(t3.points, 0) AS "top3Points",
             own.household_id AS "ownHouseholdId", COALESCE(own.related_household_ids, '{}') AS "relatedHouseholdIds", own.declared_at AS "declaredAt",
             COALESCE(own.entries, 0) AS "ownHouseholdEntries", COALESCE(own.points, 0) AS "ownHouseholdPoints",
             br.rule_id AS "ruleId", r.code AS "ruleCode", lv.name AS "ruleName", lv.category,
             br.entries AS "ruleEntries", br.points AS "rulePoints", br.households AS "ruleHouseholds"
        FROM by_rule br
        JOIN by_user bu ON bu.user_id = br.user_id
        JOIN users u ON u.id = br.user_id
        LEFT JOIN top3 t3 ON t3.user_id = br.user_id
        LEFT JOIN own ON own.user_id = br.user_id
        LEFT JOIN rules r ON r.id = br.rule_id
        LEFT JOIN LATERAL (SELECT name, category FROM rule_versions x WHERE x.rule_id = r.id ORDER BY x.version DESC LIMIT 1) lv ON true
       ORDER BY COALESCE(own.entries, 0) DESC,
                COALESCE(t3.points, 0)::numeric / NULLIF(bu.absolute_points, 0) DESC NULLS LAST,
                bu.absolute_points DESC, u.id, br.entries DESC, r.code NULLS LAST`;
    return {
      sql,
      params: [`${regionPath}%`, programId, periods],
      map: (r) => ({
        userId: r.userId as number,
        username: r.username as string,
        displayName: r.displayName as string,
        role: r.role as string,
        entries: n(r.entries as string),
        awards: n(r.awards as string),
        deductions: n(r.deductions as string),
        awardPoints: n(r.awardPoints as string),
        deductionPoints: n(r.deductionPoints as string),
        absolutePoints: n(r.absolutePoints as string),
        households: n(r.households as string),
        top3Points: n(r.top3Points as string),
        ownHouseholdId: r.ownHouseholdId as number | null,
        relatedHouseholdIds: r.relatedHouseholdIds as number[],
        declaredAt: r.declaredAt as Date | null,
        ownHouseholdEntries: n(r.ownHouseholdEntries as string),
        ownHouseholdPoints: n(r.ownHouseholdPoints as string),
        ruleId: r.ruleId as number | null,
        ruleCode: r.ruleCode as string | null,
        ruleName: r.ruleName as string | null,
        category: r.category as string | null,
        ruleEntries: n(r.ruleEntries as string),
        rulePoints: n(r.rulePoints as string),
        ruleHouseholds: n(r.ruleHouseholds as string),
      }),
    };
  }

  /** The county's security alarms of the last 90 days, newest first (at most 20). */
  alarms(countyId: number): ReportStatement<AlarmRow> {
    return {
      sql: `SELECT id, kind, raised_at AS "raisedAt", details FROM security_alarms
             WHERE county_id = $1 AND raised_at > now() - interval '90 days' ORDER BY raised_at DESC, id DESC LIMIT 20`,
      params: [countyId],
      map: (r) => {
        const details = r.details as { cards?: number; threshold?: number };
        return {
          id: r.id as number,
          kind: r.kind as string,
          raisedAt: r.raisedAt as Date,
          cards: details.cards ?? 0,
          threshold: details.threshold ?? 0,
        };
      },
    };
  }
}
