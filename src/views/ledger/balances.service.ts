import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, type ResidentActor } from '../../common/auth/actor.js';
import { assertInScope } from '../../common/auth/scope.js';
import { DomainError, invalidField, notFound } from '../../common/errors/domain-error.js';
import { holderLevel, levelPeriodOf, type HolderLevel } from '../../programs/levels.js';
import type { Program } from '../../programs/program.entity.js';
import type { ProgramWithPath } from '../../programs/programs.repository.js';
import { ProgramsService } from '../../programs/programs.service.js';
import { HoldersRepository, type ResolvedHolder } from '../../ledger/holders.repository.js';
import { addDays, dayIn, isIsoDate, periodKey } from '../../common/calendar/calendar.js';
import { LotsRepository } from '../../ledger/lots.repository.js';
import { SanctionsRepository } from '../../ledger/sanctions.repository.js';
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
  /** The soonest expiry of earned points within EXPIRY_NOTICE_DAYS. */
  expiring: { points: number; on: string } | null;
  /** Last day redemption is suspended by a sanction; null when it is not. */
  suspendedUntil: string | null;
  period: string;
  opened: boolean;
  /** The level (星级) reached by points earned in the program's level period; null without levels or below the first. */
  level: HolderLevel | null;
}

/** How far ahead the balance warns of expiring points. */
export const EXPIRY_NOTICE_DAYS = 90;

export function currentPeriod(program: Program): string {
  return periodKey(dayIn(program.timezone), program.periodKind);
}

@Injectable()
export class BalancesService {
  constructor(
    private readonly programs: ProgramsService,
    private readonly holders: HoldersRepository,
    private readonly statements: StatementsRepository,
    private readonly db: DataSource,
    private readonly lots: LotsRepository,
    private readonly sanctions: SanctionsRepository,
  ) {}

  /** A program and one of its holders, both within the actor's reach; a resident reaches only its own household. */
  async holderInScope(
    actor: Actor | ResidentActor,
    programId: number,
    holderId: number,
  ): Promise<{ program: ProgramWithPath; holder: ResolvedHolder }> {
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
    const today = dayIn(program.timezone);
    const [expiring, suspendedUntil] = account
      ? await Promise.all([
          this.lots.nextExpiry(this.db.manager, program, account.id, today, addDays(today, EXPIRY_NOTICE_DAYS)),
          this.sanctions.suspendedUntil(this.db.manager, programId, holderId, today),
        ])
      : [null, null];
    return {
      programId,
      holderId,
      balance,
      basePoints: program.basePoints,
      redeemable: Math.max(0, balance - program.basePoints),
      earnedThisPeriod: account?.earned ?? 0,
      pending: account?.pending ?? 0,
      expiring,
      suspendedUntil,
      period,
      opened: account !== null,
      level: await this.levelNow(program, holderId, account?.earned ?? 0, account !== null),
    };
  }

  /** The level now: by what the holder earned this period (already read), or this year (its own postings of the year). */
  private async levelNow(program: Program, holderId: number, earnedThisPeriod: number, opened: boolean): Promise<HolderLevel | null> {
    if (program.levels.length === 0) return null;
    const { key, periods } = levelPeriodOf(program);
    const earned =
      program.levelPeriod === 'period' ? earnedThisPeriod : opened ? await this.statements.earnedIn(program.id, holderId, periods) : 0;
    return holderLevel(program.levels, earned, key);
  }

  async statement(
    actor: Actor | ResidentActor,
    programId: number,
    holderId: number,
    q: { from?: string; to?: string; cursor?: string; limit: number },
  ): Promise<{ items: StatementLine[]; nextCursor: string | null }> {
    for (const [field, value] of [
      ['from', q.from],
      ['to', q.to],
    ] as const) {
      if (value !== undefined && !isIsoDate(value)) {
        throw invalidField(field, `${field} must be a date like 2026-07-01`, 'isIsoDate');
      }
    }
    const { program } = await this.holderInScope(actor, programId, holderId);
    const account = await this.statements.account(programId, holderId);
    if (!account) return { items: [], nextCursor: null };
    const rows = await this.statements.lines(account.id, { from: q.from, to: q.to, before: q.cursor }, q.limit + 1, program.timezone);
    const items = rows.slice(0, q.limit);
    return { items, nextCursor: rows.length > q.limit ? items[items.length - 1].postingId : null };
  }
}
