import { Injectable } from '@nestjs/common';
import type { UserActor } from '../common/auth/actor.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { addDays, periodBounds, periodKey } from '../common/calendar/calendar.js';
import { RegionsService } from '../regions/regions.service.js';
import { allocate, AllocationError, bottomHolders, escalated, type AllocationInput } from './allocation.js';
import type { AllocationPlan } from './ranking.entities.js';
import { RankingsRepository } from './rankings.repository.js';
import { RunsService } from './runs.service.js';

export type PlanInput = Omit<AllocationInput, 'entries'> & { runId: string; bottomN: number };
/** A plan as computed, before it is stored (what the preview shows). */
export type PlanDraft = Omit<AllocationPlan, 'id' | 'createdAt' | 'createdBy'>;

/** The period before `period` (same kind), or null for a year. */
function previousPeriod(period: string, kind: 'month' | 'quarter'): string | null {
  const bounds = periodBounds(period, kind);
  return bounds ? periodKey(addDays(bounds.first, -1), kind) : null;
}

/**
 * 积分换项目: a budget split over a published village ranking. Villages tied at the cut-off are
 * all included; the bottom N are warned; a village in the bottom N of this and the previous
 * published ranking is escalated. Plans are stored as computed.
 */
@Injectable()
export class AllocationService {
  constructor(
    private readonly runs: RunsService,
    private readonly repo: RankingsRepository,
    private readonly regions: RegionsService,
  ) {}

  /** Stores the plan computed from the run as it is published. */
  async create(actor: UserActor, input: PlanInput): Promise<AllocationPlan> {
    return this.repo.insertPlan({ ...(await this.preview(actor, input)), createdBy: actor.id });
  }

  /** Computes the plan as `create` would, storing nothing: the county sees it before it decides. */
  async preview(actor: UserActor, input: PlanInput): Promise<PlanDraft> {
    const run = await this.runs.get(actor, input.runId);
    if (!run.publishedAt) throw new DomainError('RUN_NOT_PUBLISHED', { runId: run.id });
    if (run.program.holderType !== 'village') throw new DomainError('NOT_A_VILLAGE_RANKING', { runId: run.id });
    const entries = await this.repo.allEntries(run.id);
    let amounts: { holderId: number; amountFen: number }[];
    try {
      amounts = allocate({ entries, ...input });
    } catch (e) {
      if (e instanceof AllocationError) {
        if (e.reason === 'ALLOCATION_INFEASIBLE') throw new DomainError('ALLOCATION_INFEASIBLE', e.details);
        throw invalidField('budgetFen', e.reason, e.reason);
      }
      throw e;
    }
    const byHolder = new Map(entries.map((e) => [e.holderId, e]));
    const describe = (holderId: number) => {
      const e = byHolder.get(holderId)!;
      return { holderId, holderCode: e.holderCode, holderName: e.holderName, rank: e.rank, score: e.score };
    };
    const warned = bottomHolders(entries, input.bottomN);
    const previous = previousPeriod(run.period, run.program.periodKind);
    const previousRun = previous
      ? await this.repo.latestPublished({ programId: run.programId, regionId: run.regionId, period: previous, subject: 'household' })
      : null;
    const repeaters = escalated(entries, previousRun ? await this.repo.allEntries(previousRun.id) : null, input.bottomN);
    return {
      runId: run.id,
      budgetFen: input.budgetFen,
      topN: input.topN,
      bottomN: input.bottomN,
      method: input.method,
      tiers: input.tiers ?? null,
      minFen: input.minFen ?? null,
      maxFen: input.maxFen ?? null,
      allocations: amounts.map((a) => ({ ...describe(a.holderId), amountFen: a.amountFen })),
      warnings: warned.map((e) => describe(e.holderId)),
      escalations: repeaters.map((e) => ({ ...describe(e.holderId), previousRunId: previousRun!.id })),
    };
  }

  /** The plans made over a run, newest first. */
  async forRun(actor: UserActor, runId: string): Promise<AllocationPlan[]> {
    await this.runs.get(actor, runId);
    return this.repo.plansOfRun(runId);
  }

  async get(actor: UserActor, id: string): Promise<AllocationPlan> {
    const plan = await this.repo.findPlan(id);
    if (!plan) throw notFound('plan', id);
    const run = (await this.repo.findRun(plan.runId))!;
    await this.regions.getInScope(actor, run.regionId, { planId: id });
    return plan;
  }
}
