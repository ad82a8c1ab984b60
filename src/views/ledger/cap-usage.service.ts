import { Injectable } from '@nestjs/common';
import type { Actor, ResidentActor } from '../../common/auth/actor.js';
import { isIsoDate, periodKey } from '../../common/calendar/calendar.js';
import { DomainError, invalidField, notFound } from '../../common/errors/domain-error.js';
import { todayOf } from '../../programs/periods/periods.service.js';
import { ProgramsService } from '../../programs/programs.service.js';
import { versionInForce } from '../../programs/rule-versions.js';
import { BalancesService } from './balances.service.js';
import { StatementsRepository } from './statements.repository.js';

/** What is left of a rule's cap for one holder in the period of a day: what a claim or an entry would be granted. */
export interface CapUsage {
  ruleId: number;
  /** The rule's points (what an entry asks for). */
  points: number;
  capPoints: number | null;
  capPer: string | null;
  /** The cap's period of the day asked about, e.g. 2026-Q4. */
  periodKey: string | null;
  /** Points already granted or reserved (entries under notice) in that period. */
  used: number;
  /** What is left (null without a cap). */
  remaining: number | null;
  /** What an entry of the rule would be granted now. */
  wouldGrant: number;
}

/** Before filing a claim or entering points: how much of the rule's cap the holder has left (达到最高分值后不再累加). */
@Injectable()
export class CapUsageService {
  constructor(
    private readonly balances: BalancesService,
    private readonly programs: ProgramsService,
    private readonly statements: StatementsRepository,
  ) {}

  async usage(
    actor: Actor | ResidentActor,
    programId: number,
    holderId: number,
    ruleId: number,
    occurredOn: string | undefined,
  ): Promise<CapUsage> {
    const { program } = await this.balances.holderInScope(actor, programId, holderId);
    const { rule } = await this.programs.getWithRule(actor, programId, ruleId);
    if (!rule) throw notFound('rule', ruleId);
    const day = occurredOn ?? todayOf(program).day;
    if (!isIsoDate(day)) throw invalidField('occurredOn', 'occurredOn must be a date like 2026-07-15', 'isIsoDate');
    const version = versionInForce(rule.versions, day);
    if (!version) throw new DomainError('RULE_NOT_EFFECTIVE', { ruleId, occurredOn: day });
    if (version.capPoints === null || version.capPer === null) {
      return {
        ruleId,
        points: version.points,
        capPoints: null,
        capPer: null,
        periodKey: null,
        used: 0,
        remaining: null,
        wouldGrant: version.points,
      };
    }
    const key = periodKey(day, version.capPer);
    const used = await this.statements.capUsed(ruleId, holderId, key);
    const remaining = Math.max(0, version.capPoints - used);
    return {
      ruleId,
      points: version.points,
      capPoints: version.capPoints,
      capPer: version.capPer,
      periodKey: key,
      used,
      remaining,
      wouldGrant: version.points > 0 ? Math.min(version.points, remaining) : version.points,
    };
  }
}
