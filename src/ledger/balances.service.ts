import { Injectable } from '@nestjs/common';
import { type Actor, type ResidentActor } from '../common/auth/actor.js';
import { assertInScope } from '../common/auth/scope.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import type { Program } from '../programs/program.entity.js';
import type { ProgramWithPath } from '../programs/programs.repository.js';
import { ProgramsService } from '../programs/programs.service.js';
import { HoldersRepository, type ResolvedHolder } from './holders.repository.js';
import { dayIn, isIsoDate, periodKey } from '../common/calendar/calendar.js';
import { StatementsRepository, type StatementLine } from './statements.repository.js';

export interface BalanceView {
  programId: number;
  holderId: number;
  balance: number;
  basePoints: number;
  redeemable: number;
  earnedThisPeriod: number;
  /** Signed points under public notice (公示): not posted yet, neither redeemable nor ranked. */
  pending: number;
  period: string;
  opened: boolean;
}

export function currentPeriod(program: Program): string {
  return periodKey(dayIn(program.timezone), program.periodKind);
}

@Injectable()
export class BalancesService {
  constructor(
    private readonly programs: ProgramsService,
    private readonly holders: HoldersRepository,
    private readonly statements: StatementsRepository,
  ) {}

  /** A program and one of its holders, both within the actor's reach; a resident reaches only its own household. */
  async holderInScope(actor: Actor | ResidentActor, programId: number, holderId: number): Promise<{ program: ProgramWithPath; holder: ResolvedHolder }> {
    const program = await this.programs.get(actor, programId);
    if (actor.kind === 'resident' && (program.holderType !== 'household' || holderId !== actor.householdId)) {
      throw new DomainError('FORBIDDEN', { reason: 'a resident reads only its own household', holderId });
    }
    const [holder] = await this.holders.resolve(program.holderType, program.countyPath, [holderId]);
    if (!holder) throw notFound('holder', holderId);
    assertInScope(actor, holder.path, { holderId });
    return { program, holder };
  }

  /** Balance, base, redeemable (balance above base, never negative) and points earned this period. */
  async balance(actor: Actor | ResidentActor, programId: number, holderId: number): Promise<BalanceView> {
    const { program } = await this.holderInScope(actor, programId, holderId);
    return this.balanceOf(program, holderId);
  }

  /** The balance view of a holder already checked to be within reach. */
  async balanceOf(program: Program, holderId: number): Promise<BalanceView> {
    const programId = program.id;
    const period = currentPeriod(program);
    const account = await this.statements.accountWithEarned(programId, holderId, period);
    // A holder without an account yet would open at the base points.
    const balance = account?.balance ?? program.basePoints;
    return {
      programId,
      holderId,
      balance,
      basePoints: program.basePoints,
      redeemable: Math.max(0, balance - program.basePoints),
      earnedThisPeriod: account?.earned ?? 0,
      pending: account?.pending ?? 0,
      period,
      opened: account !== null,
    };
  }

  async statement(
    actor: Actor | ResidentActor,
    programId: number,
    holderId: number,
    q: { from?: string; to?: string; cursor?: string; limit: number },
  ): Promise<{ items: StatementLine[]; nextCursor: string | null }> {
    for (const [field, value] of [['from', q.from], ['to', q.to]] as const) {
      if (value !== undefined && !isIsoDate(value)) {
        throw invalidField(field, `${field} must be a date like 2026-07-01`, 'isIsoDate');
      }
    }
    await this.holderInScope(actor, programId, holderId);
    const account = await this.statements.account(programId, holderId);
    if (!account) return { items: [], nextCursor: null };
    const rows = await this.statements.lines(account.id, { from: q.from, to: q.to, before: q.cursor }, q.limit + 1);
    const items = rows.slice(0, q.limit);
    return { items, nextCursor: rows.length > q.limit ? items[items.length - 1].postingId : null };
  }
}
