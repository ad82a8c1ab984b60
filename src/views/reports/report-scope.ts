import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/auth/actor.js';
import { assertInScope, countyIdOf } from '../../common/auth/scope.js';
import { dayIn, periodKey } from '../../common/calendar/calendar.js';
import { DomainError, invalidField, notFound } from '../../common/errors/domain-error.js';
import { previousPeriodKey, reportPeriod, type ReportPeriod } from './months.js';
import { ScopeRepository, type ReportHousehold, type ReportProgram, type ReportRegion } from './scope.repository.js';

/**
 * Who may read which report: a region of the caller's own subtree (a county admin its county, a
 * township officer its township, a village clerk its village; never up the tree), a program of the
 * caller's county, a household of the caller's subtree.
 */
@Injectable()
export class ReportScope {
  constructor(private readonly scope: ScopeRepository) {}

  /** The region named (default: the caller's own), which must lie in the caller's subtree. */
  async region(actor: UserActor, regionId: number | undefined): Promise<ReportRegion> {
    const id = regionId ?? actor.regionId;
    const region = await this.scope.region(id);
    if (!region) throw notFound('region', id);
    assertInScope(actor, region.path, { regionId: id });
    return region;
  }

  /** A household program of the caller's county. */
  async householdProgram(actor: UserActor, programId: number): Promise<ReportProgram> {
    const program = await this.scope.program(programId);
    if (!program) throw notFound('program', programId);
    if (program.countyId !== countyIdOf(actor)) throw new DomainError('OUT_OF_SCOPE', { programId });
    if (program.holderType !== 'household') throw new DomainError('NOT_A_HOUSEHOLD_PROGRAM', { programId, holderType: program.holderType });
    return program;
  }

  /** A household of the caller's subtree. */
  async household(actor: UserActor, householdId: number): Promise<ReportHousehold> {
    const household = await this.scope.household(householdId);
    if (!household) throw notFound('household', householdId);
    assertInScope(actor, household.villagePath, { householdId });
    return household;
  }

  /** The period asked for (default: the program's current one) and the one before it. */
  period(program: ReportProgram, key: string | undefined): { period: ReportPeriod; previous: ReportPeriod } {
    const asked = key ?? currentPeriodKey(program);
    const period = reportPeriod(asked, program.periodKind);
    if (!period)
      throw invalidField(
        'period',
        `period must be a ${program.periodKind} of the program (e.g. ${currentPeriodKey(program)}) or a year (e.g. 2026)`,
        'isPeriod',
      );
    return { period, previous: reportPeriod(previousPeriodKey(asked), program.periodKind)! };
  }
}

function currentPeriodKey(program: ReportProgram): string {
  return periodKey(dayIn(program.timezone), program.periodKind);
}
