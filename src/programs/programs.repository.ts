import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Program } from './program.entity.js';
import { PeriodClosure, Rule, RuleExclusion, RuleVersion } from './rule.entity.js';
import { versionInForce } from './rule-versions.js';

export type ProgramWithPath = Program & { countyPath: string };

@Injectable()
export class ProgramsRepository {
  constructor(private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  insertProgram(data: Omit<Program, 'id' | 'createdAt'>): Promise<Program> {
    const repo = this.db.getRepository(Program);
    return repo.save(repo.create(data));
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
    const program = await this.m(manager)
      .getRepository(Program)
      .createQueryBuilder('p')
      .innerJoin('regions', 'c', 'c.id = p.county_id')
      .addSelect('c.path', 'county_path')
      .where('p.id = :id', { id })
      .getRawAndEntities();
    const entity = program.entities[0];
    if (!entity) return null;
    return Object.assign(entity, { countyPath: (program.raw[0] as { county_path: string }).county_path });
  }

  /** Programs of the counties on the given region paths' branch. */
  listPrograms(countyIds: number[]): Promise<Program[]> {
    return this.db.getRepository(Program).createQueryBuilder('p').where('p.county_id IN (:...ids)', { ids: countyIds.length ? countyIds : [0] }).orderBy('p.id').getMany();
  }

  async insertRule(m: EntityManager, rule: Pick<Rule, 'programId' | 'code' | 'regionId'>, version: Omit<RuleVersion, 'id' | 'ruleId' | 'version' | 'createdAt'>): Promise<number> {
    const saved = await m.getRepository(Rule).save(m.getRepository(Rule).create(rule));
    await m.getRepository(RuleVersion).save(m.getRepository(RuleVersion).create({ ...version, ruleId: saved.id, version: 1 }));
    return saved.id;
  }

  /** A new version numbered after the latest; locks the rule so two edits number apart. */
  async insertVersion(m: EntityManager, ruleId: number, version: Omit<RuleVersion, 'id' | 'ruleId' | 'version' | 'createdAt'>): Promise<void> {
    await m.query(`SELECT id FROM rules WHERE id = $1 FOR UPDATE`, [ruleId]);
    const [{ next }] = (await m.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM rule_versions WHERE rule_id = $1`, [ruleId])) as { next: number }[];
    await m.getRepository(RuleVersion).save(m.getRepository(RuleVersion).create({ ...version, ruleId, version: next }));
  }

  findRule(programId: number, ruleId: number, manager?: EntityManager): Promise<Rule | null> {
    return this.m(manager).getRepository(Rule).findOneBy({ id: ruleId, programId });
  }

  rulesOf(programId: number): Promise<Rule[]> {
    return this.db.getRepository(Rule).find({ where: { programId }, order: { code: 'ASC' } });
  }

  versionsOf(ruleIds: number[]): Promise<RuleVersion[]> {
    if (ruleIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(RuleVersion).createQueryBuilder('v').where('v.rule_id IN (:...ids)', { ids: ruleIds }).orderBy('v.rule_id').addOrderBy('v.version').getMany();
  }

  /** The version in force on `date` (see versionInForce). */
  async versionOn(ruleId: number, date: string, manager?: EntityManager): Promise<RuleVersion | null> {
    const versions = await this.m(manager).getRepository(RuleVersion).findBy({ ruleId });
    return versionInForce(versions, date);
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

  /** Paths of the regions a rule is limited to and excluded from: what decides where it applies. */
  async rulePaths(ruleId: number, manager?: EntityManager): Promise<{ only: string | null; excluded: string[] }> {
    const rows = (await this.m(manager).query(
      `SELECT r.path AS only, (SELECT coalesce(array_agg(x.path), '{}') FROM rule_exclusions e JOIN regions x ON x.id = e.region_id WHERE e.rule_id = $1) AS excluded
         FROM rules ru LEFT JOIN regions r ON r.id = ru.region_id WHERE ru.id = $1`,
      [ruleId],
    )) as { only: string | null; excluded: string[] }[];
    return rows[0] ?? { only: null, excluded: [] };
  }

  async isClosed(programId: number, period: string, manager?: EntityManager): Promise<boolean> {
    const rows = (await this.m(manager).query(`SELECT 1 FROM period_closures WHERE program_id = $1 AND period = $2`, [programId, period])) as unknown[];
    return rows.length > 0;
  }

  async closePeriod(m: EntityManager, programId: number, period: string, userId: number | null): Promise<PeriodClosure | null> {
    const rows = (await m.query(
      `INSERT INTO period_closures (program_id, period, closed_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
       RETURNING program_id AS "programId", period, closed_at AS "closedAt", closed_by AS "closedBy"`,
      [programId, period, userId],
    )) as PeriodClosure[];
    return rows[0] ?? null;
  }

  closures(programId: number): Promise<PeriodClosure[]> {
    return this.db.getRepository(PeriodClosure).find({ where: { programId }, order: { period: 'ASC' } });
  }

  /**
   * Awards and deductions take this lock shared, closing a period takes it exclusively, so no
   * entry can slip into a period while it is being closed.
   */
  async lockPeriods(m: EntityManager, programId: number, exclusive: boolean): Promise<void> {
    await m.query(exclusive ? `SELECT pg_advisory_xact_lock(7001, $1)` : `SELECT pg_advisory_xact_lock_shared(7001, $1)`, [programId]);
  }
}
