import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, type UserActor } from '../common/auth/actor.js';
import { assertInScope, canRead, countyIdOf, type Scoped } from '../common/auth/scope.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/db/pg-errors.js';
import { addDays, isIsoDate, isValidTimeZone } from '../common/calendar/calendar.js';
import { RegionsService } from '../regions/regions.service.js';
import { PROGRAM_DEFAULTS, type Program } from './program.entity.js';
import { levelsProblem } from './levels.js';
import type { CreateProgramDto, CreateRuleDto, SanctionDto, UpdateProgramDto, UpdateRuleDto } from './programs.dto.js';
import { AdoptionsRepository } from './adoptions/adoptions.repository.js';
import { adoptionView, type AdoptionView } from './adoptions/adoptions.dto.js';
import { ProgramsRepository, type ProgramWithPath, type RuleWithScope } from './programs.repository.js';
import type { Rule, RuleVersion } from './rule.entity.js';
import { PeriodSchedules } from './periods/period-schedules.js';
import type { PeriodClosure } from './periods/period-closure.entity.js';
import { PeriodsService, todayOf } from './periods/periods.service.js';

/** A rule version with its adoption record (null until one is recorded). */
export type VersionWithAdoption = RuleVersion & { adoption: AdoptionView | null };
export type RuleWithVersions = Rule & { current: VersionWithAdoption; versions: VersionWithAdoption[]; excludedRegionIds: number[] };

/** Each version's last day in force: its own end date, or the day before a later version starts. */
function withEndDates(versions: RuleVersion[]): RuleVersion[] {
  return versions.map((v) => {
    const next = versions.filter((w) => w.version > v.version).map((w) => addDays(w.effectiveFrom, -1));
    const ends = [...(v.effectiveTo ? [v.effectiveTo] : []), ...next].sort();
    return { ...v, effectiveTo: ends[0] ?? null };
  });
}

/** A rule version's sanction columns from the request; only deductions carry one, and one kind of suspension. */
function sanctionColumns(
  dto: SanctionDto | null,
  points: number,
): Pick<RuleVersion, 'sanctionClears' | 'sanctionSuspendMonths' | 'sanctionSuspendYears'> {
  const clears = dto?.clearRedeemable ?? false;
  const months = dto?.suspendMonths ?? null;
  const years = dto?.suspendYears ?? null;
  if ((clears || months !== null || years !== null) && points > 0)
    throw invalidField('sanction', 'only a deduction rule carries a sanction');
  if (months !== null && years !== null) throw invalidField('sanction', 'suspend by months or by years, not both');
  return { sanctionClears: clears, sanctionSuspendMonths: months, sanctionSuspendYears: years };
}

@Injectable()
export class ProgramsService {
  constructor(
    private readonly db: DataSource,
    private readonly programs: ProgramsRepository,
    private readonly regions: RegionsService,
    private readonly schedules: PeriodSchedules,
    private readonly periods: PeriodsService,
    private readonly adoptions: AdoptionsRepository,
  ) {}

  async create(actor: UserActor, dto: CreateProgramDto): Promise<Program> {
    const county = await this.regions.getInScope(actor, dto.regionId);
    if (county.level !== 'county') throw new DomainError('NOT_A_COUNTY', { regionId: county.id });
    const timezone = dto.timezone ?? PROGRAM_DEFAULTS.timezone;
    if (!isValidTimeZone(timezone)) throw invalidField('timezone', 'timezone must be an IANA timezone such as Asia/Shanghai');
    try {
      return await this.programs.insertProgram({
        ...PROGRAM_DEFAULTS,
        code: dto.code,
        name: dto.name,
        countyId: county.id,
        holderType: dto.holderType,
        basePoints: dto.basePoints,
        pointValueFen: dto.pointValueFen,
        timezone,
        periodKind: dto.periodKind ?? PROGRAM_DEFAULTS.periodKind,
        allowNegative: dto.allowNegative ?? PROGRAM_DEFAULTS.allowNegative,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new DomainError('DUPLICATE_CODE', { code: dto.code });
      throw e;
    }
  }

  /** Changes ranking, board, honour and schedule settings; the schedule is registered again. */
  async update(actor: UserActor, id: number, dto: UpdateProgramDto): Promise<ProgramWithPath> {
    const program = await this.get(actor, id);
    assertInScope(actor, program.countyPath, { programId: id });
    if (dto.participationProgramId !== undefined && dto.participationProgramId !== null) {
      const other = await this.programs.findProgram(dto.participationProgramId);
      if (!other) throw notFound('program', dto.participationProgramId);
      if (other.countyId !== program.countyId || other.holderType !== 'household' || program.holderType !== 'village') {
        throw invalidField('participationProgramId', 'participation counts a household program of the same county, for a village program');
      }
    }
    const patch = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<Program>;
    if (dto.levels !== undefined) {
      const problem = levelsProblem(dto.levels);
      if (problem) throw invalidField('levels', problem, 'levelsAscending');
      patch.levels = dto.levels.map((l) => ({ name: l.name, minPoints: l.minPoints }));
    }
    if (Object.keys(patch).length > 0) await this.programs.updateProgram(id, patch);
    const updated = (await this.programs.findProgram(id))!;
    await this.schedules.register(updated);
    return updated;
  }

  /** A program the actor may see: its county is the actor's region or an ancestor of it. */
  async get(actor: Scoped, id: number): Promise<ProgramWithPath> {
    const program = await this.programs.findProgram(id);
    if (!program) throw notFound('program', id);
    if (!canRead(actor, program.countyPath)) throw new DomainError('OUT_OF_SCOPE', { programId: id });
    return program;
  }

  /** A program the actor may read, with one of its rules (null when the program has no such rule), in one round trip. */
  async getWithRule(actor: Scoped, programId: number, ruleId: number): Promise<{ program: ProgramWithPath; rule: RuleWithScope | null }> {
    const found = await this.programs.findProgramWithRule(programId, ruleId);
    if (!found) throw notFound('program', programId);
    if (!canRead(actor, found.program.countyPath)) throw new DomainError('OUT_OF_SCOPE', { programId });
    return found;
  }

  async list(actor: Scoped): Promise<Program[]> {
    return this.programs.listPrograms([countyIdOf(actor)]);
  }

  async createRule(actor: UserActor, programId: number, dto: CreateRuleDto): Promise<RuleWithVersions> {
    const program = await this.get(actor, programId);
    await this.ruleRegionScope(actor, program, dto.regionId);
    const effectiveFrom = dto.effectiveFrom ?? todayOf(program).day;
    if (!isIsoDate(effectiveFrom)) throw invalidField('effectiveFrom', 'effectiveFrom must be a date like 2026-07-01');
    if (dto.points === 0) throw invalidField('points', 'points must not be 0');
    const sanction = sanctionColumns(dto.sanction ?? null, dto.points);
    try {
      const id = await this.db.transaction((m) =>
        this.programs.insertRule(
          m,
          { programId, code: dto.code, regionId: dto.regionId ?? null },
          {
            name: dto.name,
            category: dto.category,
            points: dto.points,
            capPoints: dto.cap?.points ?? null,
            capPer: dto.cap?.per ?? null,
            ...sanction,
            effectiveFrom,
            effectiveTo: null,
            createdBy: actor.id,
          },
        ),
      );
      return this.getRule(actor, programId, id);
    } catch (e) {
      if (isUniqueViolation(e)) throw new DomainError('DUPLICATE_CODE', { code: dto.code });
      throw e;
    }
  }

  /** A new version of the rule; entries already made keep the version they applied. */
  async updateRule(actor: UserActor, programId: number, ruleId: number, dto: UpdateRuleDto): Promise<RuleWithVersions> {
    const { program, rule } = await this.ruleToChange(actor, programId, ruleId);
    const current = rule.current;
    const effectiveFrom = dto.effectiveFrom ?? todayOf(program).day;
    if (!isIsoDate(effectiveFrom)) throw invalidField('effectiveFrom', 'effectiveFrom must be a date like 2026-07-01');
    if (effectiveFrom < current.effectiveFrom)
      throw invalidField('effectiveFrom', `effectiveFrom must not be before the current version's (${current.effectiveFrom})`);
    const points = dto.points ?? current.points;
    if (points === 0 || Math.sign(points) !== Math.sign(current.points))
      throw invalidField('points', 'points must keep the sign of the rule');
    const cap = dto.cap === undefined ? (current.capPoints ? { points: current.capPoints, per: current.capPer! } : null) : dto.cap;
    const sanction =
      dto.sanction === undefined
        ? {
            sanctionClears: current.sanctionClears,
            sanctionSuspendMonths: current.sanctionSuspendMonths,
            sanctionSuspendYears: current.sanctionSuspendYears,
          }
        : sanctionColumns(dto.sanction, points);
    await this.db.transaction((m) =>
      this.programs.insertVersion(m, ruleId, {
        name: dto.name ?? current.name,
        category: dto.category ?? current.category,
        points,
        capPoints: cap?.points ?? null,
        capPer: cap?.per ?? null,
        ...sanction,
        effectiveFrom,
        effectiveTo: null,
        createdBy: actor.id,
      }),
    );
    return this.getRule(actor, programId, ruleId);
  }

  /** A rule the actor may change (its region is in the actor's subtree; a county rule: the county's own staff), with its program. */
  async ruleToChange(actor: UserActor, programId: number, ruleId: number): Promise<{ program: ProgramWithPath; rule: RuleWithVersions }> {
    const program = await this.get(actor, programId);
    const rule = await this.getRule(actor, programId, ruleId);
    await this.ruleRegionScope(actor, program, rule.regionId ?? undefined);
    return { program, rule };
  }

  async getRule(actor: Scoped, programId: number, ruleId: number): Promise<RuleWithVersions> {
    await this.get(actor, programId);
    const rule = await this.programs.findRule(programId, ruleId);
    if (!rule) throw notFound('rule', ruleId);
    // A region's own rule is read where that region may be read, as the region's rule list is.
    if (rule.regionId !== null) await this.regions.getForActor(actor, rule.regionId);
    return (await this.withVersions([rule]))[0];
  }

  /** Rules of a program; with a region, only those in force there (county rules not excluded, plus its own). */
  async listRules(actor: Scoped, programId: number, regionId?: number): Promise<RuleWithVersions[]> {
    await this.get(actor, programId);
    const rules = await this.withVersions(await this.programs.rulesOf(programId));
    if (regionId === undefined) return rules;
    const region = await this.regions.getForActor(actor, regionId);
    const paths = new Map<number, string>();
    for (const id of new Set(rules.flatMap((r) => [...(r.regionId ? [r.regionId] : []), ...r.excludedRegionIds])))
      paths.set(id, (await this.regions.get(id)).path);
    return rules.filter(
      (r) =>
        (r.regionId === null || region.path.startsWith(paths.get(r.regionId)!)) &&
        !r.excludedRegionIds.some((x) => region.path.startsWith(paths.get(x)!)),
    );
  }

  async setExclusion(actor: UserActor, programId: number, ruleId: number, regionId: number, excluded: boolean): Promise<RuleWithVersions> {
    const program = await this.get(actor, programId);
    await this.getRule(actor, programId, ruleId);
    await this.ruleRegionScope(actor, program, regionId);
    if (excluded) await this.programs.addExclusion(ruleId, regionId);
    else await this.programs.removeExclusion(ruleId, regionId);
    return this.getRule(actor, programId, ruleId);
  }

  /** County-wide rules are the county admin's; a region's own rules and exclusions, anyone managing that region. */
  private async ruleRegionScope(actor: UserActor, program: ProgramWithPath, regionId: number | undefined): Promise<void> {
    if (regionId === undefined) {
      assertInScope(actor, program.countyPath, { programId: program.id });
      return;
    }
    const region = await this.regions.get(regionId);
    if (!region.path.startsWith(program.countyPath)) throw new DomainError('OUT_OF_SCOPE', { regionId });
    assertInScope(actor, region.path, { regionId });
  }

  private async withVersions(rules: Rule[]): Promise<RuleWithVersions[]> {
    const versions = await this.programs.versionsOf(rules.map((r) => r.id));
    const exclusions = await this.programs.exclusionsOf(rules.map((r) => r.id));
    const adoptions = new Map((await this.adoptions.forVersions(versions.map((v) => v.id))).map((a) => [a.ruleVersionId, a]));
    return rules.map((r) => {
      const own = withEndDates(versions.filter((v) => v.ruleId === r.id)).map((v) => {
        const adoption = adoptions.get(v.id);
        return { ...v, adoption: adoption ? adoptionView(adoption, v) : null };
      });
      return {
        ...r,
        versions: own,
        current: own[own.length - 1],
        excludedRegionIds: exclusions.filter((e) => e.ruleId === r.id).map((e) => e.regionId),
      };
    });
  }

  async closures(actor: Actor, programId: number): Promise<PeriodClosure[]> {
    await this.get(actor, programId);
    return this.periods.closures(programId);
  }
}
