import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Program } from './program.entity.js';
import { Rule, RuleExclusion, RuleVersion } from './rule.entity.js';
import { toSafeInteger } from '../common/db/bigint.transformer.js';
import { ChangeFeed, type ReadCache } from '../common/db/change-feed.js';

export type ProgramWithPath = Program & { countyPath: string };

/** A rule with its versions and where it applies: only under `only` (when set), never under `excluded`. */
export interface RuleWithScope {
  rule: Rule;
  /** Each version, with whether its adoption is recorded. */
  versions: (RuleVersion & { adopted: boolean })[];
  only: string | null;
  excluded: string[];
}

/** The columns of a program and its county's path (aliases p and c), as programFromRow reads them. */
export const PROGRAM_COLUMNS = `p.id, p.code, p.name, p.county_id AS "countyId", p.holder_type AS "holderType", p.base_points AS "basePoints",
  p.point_value_fen AS "pointValueFen", p.timezone, p.period_kind AS "periodKind", p.allow_negative AS "allowNegative",
  p.participation_program_id AS "participationProgramId", p.participation_weight AS "participationWeight",
  p.public_names AS "publicNames", p.honour_top_n AS "honourTopN", p.publish_deductions AS "publishDeductions",
  p.schedule_day AS "scheduleDay", p.schedule_hour AS "scheduleHour", p.publicity_days AS "publicityDays", p.claim_window_days AS "claimWindowDays",
  p.clerks_review AS "clerksReview", p.second_review_above AS "secondReviewAbove", p.require_coi_declaration AS "requireCoiDeclaration", p.require_rule_adoption AS "requireRuleAdoption", p.created_at AS "createdAt", c.path AS "countyPath",
  p.levels, p.level_period AS "levelPeriod", p.red_list AS "redList", p.black_list AS "blackList", p.list_size AS "listSize",
  p.expiry_policy AS "expiryPolicy", p.expiry_months AS "expiryMonths", p.expiry_date AS "expiryDate", p.expiry_carry_over AS "expiryCarryOver"`;

export type ProgramRow = Omit<ProgramWithPath, 'basePoints' | 'pointValueFen' | 'expiryCarryOver'> & {
  basePoints: string;
  pointValueFen: string;
  expiryCarryOver: string;
};

interface RuleRow {
  ruleId: number | null;
  ruleCode: string;
  ruleRegionId: number | null;
  ruleCreatedAt: Date;
  ruleOnly: string | null;
  ruleExcluded: string[];
  ruleVersions:
    | (Omit<RuleVersion, 'points' | 'capPoints' | 'createdAt'> & {
        points: string;
        capPoints: string | null;
        createdAt: string;
        adopted: boolean;
      })[]
    | null;
}

/** Plain SQL instead of the ORM's hydration: this read is on every award, redemption and kiosk lookup. */
export function programFromRow(row: ProgramRow): ProgramWithPath {
  return Object.assign(new Program(), {
    id: row.id,
    code: row.code,
    name: row.name,
    countyId: row.countyId,
    holderType: row.holderType,
    basePoints: toSafeInteger(row.basePoints),
    pointValueFen: toSafeInteger(row.pointValueFen),
    timezone: row.timezone,
    periodKind: row.periodKind,
    allowNegative: row.allowNegative,
    participationProgramId: row.participationProgramId,
    participationWeight: row.participationWeight,
    publicNames: row.publicNames,
    honourTopN: row.honourTopN,
    publishDeductions: row.publishDeductions,
    scheduleDay: row.scheduleDay,
    scheduleHour: row.scheduleHour,
    publicityDays: row.publicityDays,
    claimWindowDays: row.claimWindowDays,
    clerksReview: row.clerksReview,
    secondReviewAbove: row.secondReviewAbove,
    requireCoiDeclaration: row.requireCoiDeclaration,
    requireRuleAdoption: row.requireRuleAdoption,
    levels: row.levels,
    levelPeriod: row.levelPeriod,
    redList: row.redList,
    blackList: row.blackList,
    listSize: row.listSize,
    expiryPolicy: row.expiryPolicy,
    expiryMonths: row.expiryMonths,
    expiryDate: row.expiryDate,
    expiryCarryOver: toSafeInteger(row.expiryCarryOver),
    createdAt: row.createdAt,
    countyPath: row.countyPath,
  });
}

/** What a deduction rule's version does besides its points (DESIGN §2, sanctions). */
export interface RuleSanction {
  clears: boolean;
  suspendMonths: number | null;
  suspendYears: number | null;
}

@Injectable()
export class ProgramsRepository {
  /** Program and rule as awards and claims read them outside a transaction: emptied on any change of their tables. */
  private readonly withRule: ReadCache<string, { program: ProgramWithPath; rule: RuleWithScope | null } | null>;

  constructor(
    private readonly db: DataSource,
    feed: ChangeFeed = ChangeFeed.off(),
  ) {
    this.withRule = feed.cache(['programs', 'rules', 'rule_versions', 'rule_exclusions', 'rule_adoptions', 'regions']);
  }

  /** The sanction of a rule version; null when it carries none. */
  async sanctionOf(m: EntityManager, ruleVersionId: number): Promise<RuleSanction | null> {
    const [row] = (await m.query(
      `SELECT sanction_clears AS clears, sanction_suspend_months AS "suspendMonths", sanction_suspend_years AS "suspendYears"
         FROM rule_versions WHERE id = $1`,
      [ruleVersionId],
    )) as RuleSanction[];
    return row && (row.clears || row.suspendMonths !== null || row.suspendYears !== null) ? row : null;
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  insertProgram(data: Omit<Program, 'id' | 'createdAt'>, manager?: EntityManager): Promise<Program> {
    const repo = this.m(manager).getRepository(Program);
    return repo.save(repo.create(data));
  }

  findProgramByCode(code: string, manager?: EntityManager): Promise<Program | null> {
    return this.m(manager).getRepository(Program).findOneBy({ code });
  }

  async updateProgram(id: number, patch: Partial<Program>): Promise<void> {
    await this.db.getRepository(Program).update({ id }, patch);
  }

  /** Every program with a schedule, for registering job schedulers at start. */
  scheduledPrograms(): Promise<Program[]> {
    return this.db.getRepository(Program).createQueryBuilder('p').where('p.schedule_day IS NOT NULL').getMany();
  }

  /** A program with its county's path, in one query. */
  async findProgram(id: number, manager?: EntityManager): Promise<ProgramWithPath | null> {
    const rows = (await this.m(manager).query(
      `SELECT ${PROGRAM_COLUMNS} FROM programs p JOIN regions c ON c.id = p.county_id WHERE p.id = $1`,
      [id],
    )) as ProgramRow[];
    return rows[0] ? programFromRow(rows[0]) : null;
  }

  /**
   * What an award or deduction needs to know, in one round trip: the program with its county's
   * path, and the rule of that program with all its versions, the subtree it is limited to and
   * the subtrees excluded from it. `rule` is null when the program has no such rule.
   */
  async findProgramWithRule(
    programId: number,
    ruleId: number,
    manager?: EntityManager,
  ): Promise<{ program: ProgramWithPath; rule: RuleWithScope | null } | null> {
    if (manager) return this.readProgramWithRule(programId, ruleId, manager);
    return this.withRule.get(`${programId}:${ruleId}`, () => this.readProgramWithRule(programId, ruleId));
  }

  private async readProgramWithRule(
    programId: number,
    ruleId: number,
    manager?: EntityManager,
  ): Promise<{ program: ProgramWithPath; rule: RuleWithScope | null } | null> {
    const rows = (await (manager ?? this.db.manager).query(
      `SELECT ${PROGRAM_COLUMNS},
              ru.id AS "ruleId", ru.code AS "ruleCode", ru.region_id AS "ruleRegionId", ru.created_at AS "ruleCreatedAt", rr.path AS "ruleOnly",
              (SELECT coalesce(array_agg(x.path), '{}') FROM rule_exclusions e JOIN regions x ON x.id = e.region_id WHERE e.rule_id = ru.id) AS "ruleExcluded",
              (SELECT json_agg(json_build_object('id', v.id, 'ruleId', v.rule_id, 'version', v.version, 'name', v.name, 'category', v.category,
                                                 'points', v.points::text, 'capPoints', v.cap_points::text, 'capPer', v.cap_per,
                                                 'effectiveFrom', v.effective_from::text, 'effectiveTo', v.effective_to::text,
                                                 'createdBy', v.created_by, 'createdAt', v.created_at,
                                                 'adopted', EXISTS (SELECT 1 FROM rule_adoptions a WHERE a.rule_version_id = v.id)))
                 FROM rule_versions v WHERE v.rule_id = ru.id) AS "ruleVersions"
         FROM programs p JOIN regions c ON c.id = p.county_id
         LEFT JOIN rules ru ON ru.id = $2 AND ru.program_id = p.id
         LEFT JOIN regions rr ON rr.id = ru.region_id
        WHERE p.id = $1`,
      [programId, ruleId],
    )) as (ProgramRow & RuleRow)[];
    const row = rows[0];
    if (!row) return null;
    const program = programFromRow(row);
    if (row.ruleId === null) return { program, rule: null };
    const versions = (row.ruleVersions ?? []).map((v) => ({
      ...v,
      points: toSafeInteger(v.points),
      capPoints: v.capPoints === null ? null : toSafeInteger(v.capPoints),
      createdAt: new Date(v.createdAt),
    }));
    return {
      program,
      rule: {
        rule: { id: row.ruleId, programId, code: row.ruleCode, regionId: row.ruleRegionId, createdAt: row.ruleCreatedAt },
        versions,
        only: row.ruleOnly,
        excluded: row.ruleExcluded,
      },
    };
  }

  /** Programs whose earned points expire. */
  programsWithExpiry(): Promise<Program[]> {
    return this.db.getRepository(Program).createQueryBuilder('p').where(`p.expiry_policy <> 'none'`).orderBy('p.id').getMany();
  }

  /** Sets a program's expiry policy inside the caller's transaction. */
  async setExpiry(
    m: EntityManager,
    id: number,
    expiry: Pick<Program, 'expiryPolicy' | 'expiryMonths' | 'expiryDate' | 'expiryCarryOver'>,
  ): Promise<void> {
    await m.getRepository(Program).update({ id }, expiry);
  }

  /** Programs of the counties on the given region paths' branch. */
  listPrograms(countyIds: number[]): Promise<Program[]> {
    return this.db
      .getRepository(Program)
      .createQueryBuilder('p')
      .where('p.county_id IN (:...ids)', { ids: countyIds.length ? countyIds : [0] })
      .orderBy('p.id')
      .getMany();
  }

  async insertRule(
    m: EntityManager,
    rule: Pick<Rule, 'programId' | 'code' | 'regionId'>,
    version: Omit<RuleVersion, 'id' | 'ruleId' | 'version' | 'createdAt'>,
  ): Promise<number> {
    const saved = await m.getRepository(Rule).save(m.getRepository(Rule).create(rule));
    await m.getRepository(RuleVersion).save(m.getRepository(RuleVersion).create({ ...version, ruleId: saved.id, version: 1 }));
    return saved.id;
  }

  /** A new version numbered after the latest; locks the rule so two edits number apart. */
  async insertVersion(
    m: EntityManager,
    ruleId: number,
    version: Omit<RuleVersion, 'id' | 'ruleId' | 'version' | 'createdAt'>,
  ): Promise<void> {
    await m.query(`SELECT id FROM rules WHERE id = $1 FOR UPDATE`, [ruleId]);
    const [{ next }] = (await m.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM rule_versions WHERE rule_id = $1`, [ruleId])) as {
      next: number;
    }[];
    await m.getRepository(RuleVersion).save(m.getRepository(RuleVersion).create({ ...version, ruleId, version: next }));
  }

  findRule(programId: number, ruleId: number, manager?: EntityManager): Promise<Rule | null> {
    return this.m(manager).getRepository(Rule).findOneBy({ id: ruleId, programId });
  }

  rulesOf(programId: number, manager?: EntityManager): Promise<Rule[]> {
    return this.m(manager)
      .getRepository(Rule)
      .find({ where: { programId }, order: { code: 'ASC' } });
  }

  versionsOf(ruleIds: number[], manager?: EntityManager): Promise<RuleVersion[]> {
    if (ruleIds.length === 0) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(RuleVersion)
      .createQueryBuilder('v')
      .where('v.rule_id IN (:...ids)', { ids: ruleIds })
      .orderBy('v.rule_id')
      .addOrderBy('v.version')
      .getMany();
  }

  findVersion(id: number, manager?: EntityManager): Promise<RuleVersion | null> {
    return this.m(manager).getRepository(RuleVersion).findOneBy({ id });
  }

  exclusionsOf(ruleIds: number[]): Promise<RuleExclusion[]> {
    if (ruleIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(RuleExclusion).createQueryBuilder('e').where('e.rule_id IN (:...ids)', { ids: ruleIds }).getMany();
  }

  async addExclusion(ruleId: number, regionId: number): Promise<void> {
    await this.db.query(`INSERT INTO rule_exclusions (rule_id, region_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [ruleId, regionId]);
  }

  async removeExclusion(ruleId: number, regionId: number): Promise<void> {
    await this.db.query(`DELETE FROM rule_exclusions WHERE rule_id = $1 AND region_id = $2`, [ruleId, regionId]);
  }
}
