import type { Actor } from '../common/auth/actor.js';
import { Injectable } from '@nestjs/common';
import { latestPeriod, periodsNewestFirst } from '../common/calendar/calendar.js';
import { notFound } from '../common/errors/domain-error.js';
import { maskName } from '../common/pii.js';
import type { Program } from '../programs/program.entity.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { RegionsService } from '../regions/regions.service.js';
import type { RankingEntry, RankingRun } from './ranking.entities.js';
import { RunsService } from './runs.service.js';
import { RankingsRepository } from './rankings.repository.js';

export interface PublicEntry {
  rank: number;
  name: string;
  code: string;
  score: number;
  components: RankingEntry['components'];
}

export interface VillageHonours {
  villageId: number;
  villageName: string;
  /** 道德冠军: the households ranked first in the village (ties share it), with points earned. */
  champions: PublicEntry[];
  /** The top N households of the village. */
  honourList: PublicEntry[];
  /** Households with deductions in the period, where the program publishes them. */
  deductions: PublicEntry[] | null;
}

const nameOf = (program: Program, e: RankingEntry) =>
  program.holderType === 'household' && program.publicNames === 'masked' ? maskName(e.holderName) : e.holderName;

/** What the public sees: published runs only, names as each program says. */
@Injectable()
export class BoardsService {
  constructor(
    private readonly runs: RankingsRepository,
    private readonly programs: ProgramsRepository,
    private readonly regions: RegionsService,
    private readonly runService: RunsService,
  ) {}

  /** One village's honours in a run the actor may read. */
  async villageHonours(actor: Actor, runId: string, villageId: number): Promise<VillageHonours> {
    const run = await this.runService.get(actor, runId);
    return (await this.honours(run, run.program, [villageId]))[0];
  }

  toPublic(program: Program, e: RankingEntry): PublicEntry {
    return { rank: e.rank, name: nameOf(program, e), code: program.holderType === 'household' ? '' : e.holderCode, score: e.score, components: e.components };
  }

  /** Honours per village of a household run: champions, honour list, deductions. */
  async honours(run: RankingRun, program: Program, villageIds: number[]): Promise<VillageHonours[]> {
    const result: VillageHonours[] = [];
    const names = await this.regions.namesOf(villageIds);
    for (const villageId of villageIds) {
      const entries = await this.runs.entries(run.id, 1000, 0, villageId);
      const earning = entries.filter((e) => e.score > 0).sort((a, b) => a.groupRank - b.groupRank || a.position - b.position);
      result.push({
        villageId,
        villageName: names.get(villageId) ?? '',
        champions: earning.filter((e) => e.groupRank === 1).map((e) => ({ ...this.toPublic(program, e), rank: 1 })),
        honourList: earning.filter((e) => e.groupRank <= program.honourTopN).map((e) => ({ ...this.toPublic(program, e), rank: e.groupRank })),
        deductions: program.publishDeductions ? entries.filter((e) => e.components.deductions < 0).map((e) => ({ ...this.toPublic(program, e), rank: e.groupRank })) : null,
      });
    }
    return result;
  }

  async board(regionId: number, period: string | undefined) {
    const region = await this.regions.get(regionId).catch(() => null);
    if (!region) throw notFound('region', regionId);
    const published = await this.runs.publishedCovering(region.path);
    // Without a period: the latest published one across the programs, by its last day (a monthly
    // 2026-11 after a quarterly 2026-Q3), not by its text; only runs of that period are shown.
    const shownPeriod = period ?? latestPeriod(published.map((r) => r.period));
    const periods = periodsNewestFirst(published.map((r) => r.period));
    const rankings = [];
    for (const run of published.filter((r) => r.period === shownPeriod)) {
      const program = (await this.programs.findProgram(run.programId))!;
      const entries = await this.runs.entriesUnder(run.id, program.holderType, region.path, 100);
      const villages =
        program.holderType === 'household' ? [...new Set(entries.map((e) => e.groupId))].slice(0, 50) : [];
      rankings.push({
        runId: run.id,
        program: { id: program.id, code: program.code, name: program.name, holderType: program.holderType },
        period: run.period,
        version: run.version,
        publishedAt: run.publishedAt,
        entries: entries.map((e) => this.toPublic(program, e)),
        honours: villages.length > 0 ? await this.honours(run, program, villages) : [],
      });
    }
    return { region: { id: region.id, code: region.code, name: region.name, level: region.level }, period: shownPeriod ?? null, periods, rankings };
  }
}
