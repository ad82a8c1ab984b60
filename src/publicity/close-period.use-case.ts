import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserActor } from '../common/auth/actor.js';
import { assertInScope } from '../common/auth/scope.js';
import { periodBounds } from '../common/calendar/calendar.js';
import { DomainError, invalidField } from '../common/errors/domain-error.js';
import type { Program } from '../programs/program.entity.js';
import { ProgramsService } from '../programs/programs.service.js';
import type { PeriodClosure } from '../programs/periods/period-closure.entity.js';
import { PeriodsRepository } from '../programs/periods/periods.repository.js';
import { NoticesRepository } from './notices.repository.js';
import { todayOf } from '../programs/periods/periods.service.js';
import { TreeHeads } from '../transparency/tree-heads.service.js';

/**
 * ClosePeriod: an ended period stops taking entries, so its rankings never change. A county admin
 * closes one through the API; the period-end job and the demo close the period just ended. A
 * period with entries still on public notice (公示) or held by an objection cannot close, which is
 * why closing lives with the notices. Each close is followed by a signed tree head of the
 * county's log (docs/transparency.md), so the closed period's entries are fixed in a published root.
 */
@Injectable()
export class ClosePeriod {
  constructor(
    private readonly db: DataSource,
    private readonly programs: ProgramsService,
    private readonly periods: PeriodsRepository,
    private readonly notices: NoticesRepository,
    private readonly heads: TreeHeads,
  ) {}

  /** A user closes a period of a program in scope; a period closed already is refused. */
  async execute(actor: UserActor, programId: number, period: string): Promise<PeriodClosure> {
    const program = await this.programs.get(actor, programId);
    assertInScope(actor, program.countyPath, { programId });
    const closure = await this.close(program, period, actor.id);
    if (!closure) throw new DomainError('PERIOD_ALREADY_CLOSED', { period });
    return closure;
  }

  /** The system closes an ended period unless it is closed already (then null). */
  asSystem(program: Program, period: string): Promise<PeriodClosure | null> {
    return this.close(program, period, null);
  }

  private async close(program: Program, period: string, closedBy: number | null): Promise<PeriodClosure | null> {
    const bounds = periodBounds(period, program.periodKind);
    if (!bounds) {
      const example = program.periodKind === 'quarter' ? '2026-Q3' : '2026-07';
      throw invalidField('period', `period must look like ${example}`);
    }
    if (todayOf(program).day <= bounds.last) throw new DomainError('PERIOD_NOT_ENDED', { period, lastDay: bounds.last });
    const closure = await this.db.transaction(async (m) => {
      await this.periods.lockForClose(m, program.id);
      const pending = await this.notices.pendingIn(m, program.id, period);
      if (pending.noticed + pending.held > 0)
        throw new DomainError('PERIOD_HAS_PENDING', { period, pending: pending.noticed + pending.held, ...pending });
      return this.periods.insertClosure(m, program.id, period, closedBy);
    });
    if (closure) await this.heads.signQuietly(program.countyId, 'period_close');
    return closure;
  }
}
