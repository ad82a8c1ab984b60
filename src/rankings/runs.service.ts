import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, type UserActor } from '../common/auth/actor.js';
import { assertInScope } from '../common/auth/scope.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import type { JobContext } from '../jobs/job-catalogue.js';
import { JobDispatcher } from '../jobs/dispatcher.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { periodBounds, periodsOfYear, type PeriodKind } from '../common/calendar/calendar.js';
import { levelsApplyTo } from '../programs/levels.js';
import { PeriodsService } from '../programs/periods/periods.service.js';
import type { Program } from '../programs/program.entity.js';
import { ProgramsRepository, type ProgramWithPath } from '../programs/programs.repository.js';
import { RegionsService } from '../regions/regions.service.js';
import type { RankingEntry, RankingRun, RunSubject } from './ranking.entities.js';
import type { EntriesQuery, ListRunsQuery } from './rankings.dto.js';
import { RankingsRepository } from './rankings.repository.js';

/** The program periods a run sums: its own period, or every period of a year ('2026'). */
export function periodsOf(period: string, kind: PeriodKind): string[] | null {
  if (periodBounds(period, kind)) return [period];
  if (!periodBounds(period, 'year')) return null;
  return periodsOfYear(period, kind);
}

export interface NewRun {
  programId: number;
  regionId: number;
  period: string;
  /** Default household: the program's holders. */
  subject?: RunSubject;
  reason?: string;
}

/**
 * Ranking runs: queued as jobs, computed in one snapshot by the worker, published once. A new
 * run replaces the draft of the same program, region and period; after publishing, a new run
 * needs a reason and becomes the next version beside the published one.
 */
@Injectable()
export class RunsService implements OnModuleInit {
  private readonly logger = new Logger('Rankings');

  constructor(
    private readonly db: DataSource,
    private readonly runs: RankingsRepository,
    private readonly programs: ProgramsRepository,
    private readonly periods: PeriodsService,
    private readonly regions: RegionsService,
    private readonly dispatcher: JobDispatcher,
    private readonly handlers: JobHandlers,
  ) {}

  /** The job's handler, and the run rows as tracked work: the reconciler mends what a crash or a lost queue left. */
  onModuleInit(): void {
    this.handlers.register('ranking-run', (payload, ctx) => this.compute(payload.runId, ctx, payload.dispatch));
    this.dispatcher.register({
      job: 'ranking-run',
      table: 'ranking_runs',
      payload: (runId, dispatch) => ({ runId, dispatch }),
      fail: (runId, reason) => this.runs.markFailed(runId, reason),
    });
  }

  async create(actor: UserActor | null, input: NewRun): Promise<RankingRun> {
    const program = await this.programs.findProgram(input.programId);
    if (!program) throw notFound('program', input.programId);
    const region = await this.regions.get(input.regionId);
    if (!region.path.startsWith(program.countyPath)) throw new DomainError('OUT_OF_SCOPE', { regionId: region.id, programId: program.id });
    if (actor) assertInScope(actor, region.path, { regionId: region.id });
    if (!periodsOf(input.period, program.periodKind)) {
      throw invalidField('period', 'period must look like 2026-Q3, 2026-07 or 2026 (a year)', 'isPeriod');
    }
    const subject = input.subject ?? 'household';
    if (subject === 'member' && program.holderType !== 'household') {
      throw invalidField('subject', 'members are ranked in household programs only', 'memberSubject');
    }
    const key = { programId: program.id, regionId: region.id, period: input.period, subject };
    const run = await this.db.transaction(async (m) => {
      await this.runs.lockKey(m, key);
      const { maxVersion, published } = await this.runs.versions(m, key);
      if (published > 0 && !input.reason) throw new DomainError('REASON_REQUIRED', { period: input.period });
      await this.runs.supersedeDrafts(m, key);
      return this.runs.insertRun(m, {
        ...key,
        // The levels the result is read with, frozen with it (a household run of the period they count).
        levels: subject === 'household' && program.levels.length > 0 && levelsApplyTo(program, input.period) ? program.levels : null,
        version: maxVersion + 1,
        reason: input.reason ?? null,
        createdBy: actor?.id ?? null,
      });
    });
    await this.dispatcher.dispatch('ranking-run', run.id);
    return run;
  }

  async hasPublished(programId: number, regionId: number, period: string, subject: RunSubject = 'household'): Promise<boolean> {
    return (await this.runs.latestPublished({ programId, regionId, period, subject })) !== null;
  }

  async get(actor: Actor, id: string): Promise<RankingRun & { program: ProgramWithPath }> {
    const run = await this.runs.findRun(id);
    if (!run) throw notFound('ranking', id);
    await this.regions.getInScope(actor, run.regionId, { runId: id });
    const program = (await this.programs.findProgram(run.programId))!;
    return { ...run, program };
  }

  /** Runs over regions of the actor's subtree (those it may open), newest first; a region filter must be one it may read. */
  async list(actor: Actor, q: ListRunsQuery): Promise<{ items: RankingRun[]; total: number }> {
    if (q.regionId !== undefined) await this.regions.getForActor(actor, q.regionId);
    return this.runs.listRuns({ ...q, path: actor.regionPath }, q.limit, q.offset);
  }

  async entries(actor: Actor, id: string, q: EntriesQuery): Promise<RankingEntry[]> {
    await this.get(actor, id);
    return this.runs.entries(id, q.limit, q.offset, q.groupId);
  }

  /** A run the actor may read, with its entries page by page (exports: a county's run can hold a million). */
  async withEntryPages(actor: Actor, id: string): Promise<{ run: RankingRun; pages: AsyncIterable<RankingEntry[]> }> {
    const run = await this.get(actor, id);
    return { run, pages: this.runs.entryPages(id) };
  }

  /** The job: one statement computes every entry in one snapshot and completes the run with it. */
  async compute(runId: string, ctx: JobContext, dispatch: number): Promise<void> {
    const run = await this.runs.findRun(runId);
    if (!run || !['queued', 'running'].includes(run.status)) return;
    // A job of an older dispatch (sent again by the reconciler) does nothing.
    if (!(await this.runs.markRunning(runId, dispatch))) return;
    try {
      const program = (await this.programs.findProgram(run.programId))!;
      const region = await this.regions.get(run.regionId);
      const completed = await this.db.transaction(async (m) => {
        await m.query(`SET LOCAL lock_timeout = '10s'`);
        // The statement sorts every holder three times and aggregates the period's transactions:
        // with the default 4 MB each step spills to disk (a million households: 20 s, not 16 s).
        await m.query(`SET LOCAL work_mem = '256MB'`);
        const entries = await this.runs.compute(m, {
          runId,
          programId: program.id,
          holderType: program.holderType,
          subject: run.subject,
          regionPath: region.path,
          periods: periodsOf(run.period, program.periodKind)!,
          participation: run.subject === 'household' ? participationOf(program) : null,
        });
        // A run replaced while it was computing keeps no entries.
        if (!(await this.runs.markCompleted(m, runId, entries, dispatch))) throw new Superseded();
        return entries;
      });
      this.logger.log({ runId, entries: completed }, 'ranking run completed');
    } catch (err) {
      if (err instanceof Superseded) return;
      if (ctx.finalAttempt) await this.runs.markFailed(runId, err instanceof Error ? err.message : String(err), dispatch);
      throw err;
    }
  }

  /** Publishing by the system (demo, schedules) where no user acts. */
  async publishAsSystem(id: string): Promise<void> {
    await this.runs.publish(id, null);
  }

  async publish(actor: UserActor, id: string): Promise<RankingRun> {
    const run = await this.get(actor, id);
    if (run.publishedAt) throw new DomainError('ALREADY_PUBLISHED', { runId: id });
    if (run.status !== 'completed') throw new DomainError('RUN_NOT_COMPLETED', { runId: id, status: run.status });
    const periods = periodsOf(run.period, run.program.periodKind)!;
    for (const period of periods) {
      if (!(await this.periods.isClosed(run.programId, period))) throw new DomainError('PERIOD_NOT_CLOSED', { period });
    }
    if (!(await this.runs.publish(id, actor.id))) throw new DomainError('ALREADY_PUBLISHED', { runId: id });
    return (await this.runs.findRun(id))!;
  }
}

class Superseded extends Error {}

function participationOf(program: Program): { programId: number; weight: number } | null {
  return program.holderType === 'village' && program.participationProgramId !== null && program.participationWeight > 0
    ? { programId: program.participationProgramId, weight: program.participationWeight }
    : null;
}
