import { TreeHeads } from '../../transparency/tree-heads.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { Injectable } from '@nestjs/common';
import { AdoptedRulesRepository } from './adopted-rules.repository.js';
import { latestPeriod, periodsNewestFirst } from '../../common/calendar/calendar.js';
import { notFound } from '../../common/errors/domain-error.js';
import { maskName } from '../../common/pii.js';
import { levelOf, type Level } from '../../programs/levels.js';
import type { Program } from '../../programs/program.entity.js';
import { ProgramsRepository } from '../../programs/programs.repository.js';
import { RegionsService } from '../../regions/regions.service.js';
import type { RankingEntry, RankingRun } from '../../rankings/ranking.entities.js';
import type { HonourTitle } from './boards.dto.js';
import { RunsService } from '../../rankings/runs.service.js';
import { RankingsRepository, type PlacedEntry } from '../../rankings/rankings.repository.js';

export interface PublicEntry {
  rank: number;
  name: string;
  code: string;
  score: number;
  components: RankingEntry['components'];
  /** The level the score reaches by the run's levels. */
  level: string | null;
}

export interface LevelCount {
  name: string;
  minPoints: number;
  households: number;
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
  /** 红榜: most earned, where the program shows it. */
  redList: PublicEntry[] | null;
  /** 黑榜: most deducted, where the program shows it. */
  blackList: PublicEntry[] | null;
  /** Households at each level of the run, where it has levels. */
  levelCounts: LevelCount[] | null;
}

/** What a run's honours are called on the board: 道德冠军 by period, 最美家庭 by year, 最美居民 for members. */
export function honourTitle(run: Pick<RankingRun, 'subject' | 'period'>, program: Program): HonourTitle | null {
  if (program.holderType !== 'household') return null;
  if (run.subject === 'member') return 'model_resident';
  return /^\d{4}$/.test(run.period) ? 'model_family' : 'champion';
}

/**
 * 黑榜: the entries with deductions, most deducted first (then list order), ranked by points
 * deducted (ties share a rank), down to `size` (ties at the cut-off included).
 */
function blackListOf(entries: RankingEntry[], size: number): { entry: RankingEntry; rank: number }[] {
  const deducted = entries
    .filter((e) => e.components.deductions < 0)
    .sort((a, b) => a.components.deductions - b.components.deductions || a.position - b.position);
  const ranked = deducted.map((entry, i) => ({
    entry,
    rank: i > 0 && entry.components.deductions === deducted[i - 1].components.deductions ? 0 : i + 1,
  }));
  for (let i = 1; i < ranked.length; i++) if (ranked[i].rank === 0) ranked[i].rank = ranked[i - 1].rank;
  return ranked.filter((r) => r.rank <= size);
}

/**
 * The rank a board shows: the place among the holders of the board's region (a village's
 * households 1..n, a township's villages among themselves). A village's own result on its board
 * keeps its place in the run: ranked among itself alone, it would always be first.
 */
function boardRank(program: Program, regionId: number, e: PlacedEntry): number {
  return program.holderType === 'village' && e.holderId === regionId ? e.rank : e.place;
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
    private readonly adopted: AdoptedRulesRepository,
    private readonly heads: TreeHeads,
  ) {}

  /** One village's honours in a run the actor may read. */
  async villageHonours(actor: Actor, runId: string, villageId: number): Promise<VillageHonours> {
    const run = await this.runService.get(actor, runId);
    return (await this.honours(run, run.program, [villageId]))[0];
  }

  toPublic(program: Program, e: RankingEntry, levels: Level[] | null = null): PublicEntry {
    return {
      rank: e.rank,
      name: nameOf(program, e),
      code: program.holderType === 'household' ? '' : e.holderCode,
      score: e.score,
      components: e.components,
      level: levels ? (levelOf(levels, e.score)?.name ?? null) : null,
    };
  }

  /**
   * Honours per village of a household or member run: champions, honour list, deductions; for
   * households also the red and black lists the program shows and the households at each level.
   */
  async honours(run: RankingRun, program: Program, villageIds: number[]): Promise<VillageHonours[]> {
    const result: VillageHonours[] = [];
    const names = await this.regions.namesOf(villageIds);
    const households = run.subject !== 'member';
    const levels = households && run.levels && run.levels.length > 0 ? run.levels : null;
    const pub = (e: RankingEntry, rank: number) => ({ ...this.toPublic(program, e, levels), rank });
    for (const villageId of villageIds) {
      const entries = await this.runs.entries(run.id, 1000, 0, villageId);
      const earning = entries.filter((e) => e.score > 0).sort((a, b) => a.groupRank - b.groupRank || a.position - b.position);
      const counts = levels
        ? await this.runs.levelCounts(
            run.id,
            villageId,
            levels.map((l) => l.minPoints),
          )
        : null;
      result.push({
        villageId,
        villageName: names.get(villageId) ?? '',
        champions: earning.filter((e) => e.groupRank === 1).map((e) => pub(e, 1)),
        honourList: earning.filter((e) => e.groupRank <= program.honourTopN).map((e) => pub(e, e.groupRank)),
        deductions:
          households && program.publishDeductions
            ? entries.filter((e) => e.components.deductions < 0).map((e) => pub(e, e.groupRank))
            : null,
        redList:
          households && program.redList ? earning.filter((e) => e.groupRank <= program.listSize).map((e) => pub(e, e.groupRank)) : null,
        blackList:
          households && program.blackList ? blackListOf(entries, program.listSize).map(({ entry, rank }) => pub(entry, rank)) : null,
        levelCounts: levels && counts ? levels.map((l, i) => ({ name: l.name, minPoints: l.minPoints, households: counts[i] })) : null,
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
      const villages = program.holderType === 'household' ? [...new Set(entries.map((e) => e.groupId))].slice(0, 50) : [];
      const levels = run.subject === 'household' && run.levels && run.levels.length > 0 ? run.levels : null;
      rankings.push({
        runId: run.id,
        program: { id: program.id, code: program.code, name: program.name, holderType: program.holderType },
        subject: run.subject,
        title: honourTitle(run, program),
        levels,
        period: run.period,
        version: run.version,
        publishedAt: run.publishedAt,
        entries: entries.map((e) => ({ ...this.toPublic(program, e, levels), rank: boardRank(program, region.id, e) })),
        honours: villages.length > 0 ? await this.honours(run, program, villages) : [],
      });
    }
    return {
      region: { id: region.id, code: region.code, name: region.name, level: region.level },
      period: shownPeriod ?? null,
      periods,
      rankings,
      rules: await this.adopted.inForce(region.path),
      treeHead: await this.heads.latest(Number(region.path.split('/')[1])),
    };
  }
}
