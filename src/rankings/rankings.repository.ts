import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { toSafeInteger } from '../common/db/bigint.transformer.js';
import type { HolderType } from '../programs/program.entity.js';
import { AllocationPlan, RankingEntry, RankingRun, type RunSubject } from './ranking.entities.js';
import { RankingSource, type ScoringSpec } from './ranking-source.js';

/** The columns of a ranking entry, named as RankingEntry names them (score as text: see entryFromRow). */
const ENTRY_COLUMNS = `run_id AS "runId", holder_id AS "holderId", rank, position, group_id AS "groupId", group_rank AS "groupRank", score, components,
                       holder_code AS "holderCode", holder_name AS "holderName", household_id AS "householdId"`;

type EntryRow = Omit<RankingEntry, 'score'> & { score: string };

const entryFromRow = (r: EntryRow): RankingEntry => ({ ...r, score: toSafeInteger(r.score) });

/** An entry shown on a board, with its place among the holders of the board's region. */
export type PlacedEntry = RankingEntry & { place: number };

/** What identifies a ranking whose versions follow one another. */
export interface RunKey {
  programId: number;
  regionId: number;
  period: string;
  subject: RunSubject;
}

/** What a run computes: its entries, from what the ranking source scores. */
export interface ComputeSpec extends ScoringSpec {
  runId: string;
}

@Injectable()
export class RankingsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly source: RankingSource,
  ) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  /**
   * Ranks what the ranking source scores (see RankingSource) and stores it as the run's entries,
   * in one statement, so the result is one consistent snapshot and no row comes into Node. Ties
   * share a rank; within a tie the order is holder code, then holder id. Returns the number of entries.
   */
  async compute(m: EntityManager, spec: ComputeSpec): Promise<number> {
    const { runId, ...scoring } = spec;
    const { sql, params } = this.source.scoring(scoring);
    const run = `$${params.length + 1}`;
    const [result] = (await m.query(
      `WITH scored AS (${sql}),
       inserted AS (
         INSERT INTO ranking_entries (run_id, holder_id, rank, position, group_id, group_rank, score, components, holder_code, holder_name, household_id)
         SELECT ${run}, holder_id, rank() OVER (ORDER BY score DESC), row_number() OVER (ORDER BY score DESC, code, holder_id),
                group_id, rank() OVER (PARTITION BY group_id ORDER BY score DESC), score, components, left(code, 64), left(name, 100), household_id
           FROM scored
         ON CONFLICT (run_id, holder_id) DO NOTHING
         RETURNING 1
       )
       SELECT count(*)::int AS n FROM inserted`,
      [...params, runId],
    )) as { n: number }[];
    return result.n;
  }

  insertRun(
    m: EntityManager,
    run: Pick<RankingRun, 'programId' | 'regionId' | 'period' | 'subject' | 'levels' | 'version' | 'reason' | 'createdBy'>,
  ): Promise<RankingRun> {
    return m.getRepository(RankingRun).save(m.getRepository(RankingRun).create({ ...run, status: 'queued', progress: 0 }));
  }

  /** Versions of a program, region, period and subject: the latest published one and the highest number used. */
  async versions(m: EntityManager, key: RunKey): Promise<{ maxVersion: number; published: number }> {
    const [row] = (await m.query(
      `SELECT COALESCE(max(version), 0)::int AS "maxVersion", count(*) FILTER (WHERE published_at IS NOT NULL)::int AS published
         FROM ranking_runs WHERE program_id = $1 AND region_id = $2 AND period = $3 AND subject = $4`,
      [key.programId, key.regionId, key.period, key.subject],
    )) as { maxVersion: number; published: number }[];
    return row;
  }

  /** A new run replaces the draft of the same program, region, period and subject. */
  async supersedeDrafts(m: EntityManager, key: RunKey): Promise<string[]> {
    const [rows] = (await m.query(
      `UPDATE ranking_runs SET status = 'superseded', finished_at = COALESCE(finished_at, now())
        WHERE program_id = $1 AND region_id = $2 AND period = $3 AND subject = $4 AND published_at IS NULL AND status <> 'superseded' RETURNING id`,
      [key.programId, key.regionId, key.period, key.subject],
    )) as [{ id: string }[], number];
    return rows.map((r) => r.id);
  }

  async lockKey(m: EntityManager, key: RunKey): Promise<void> {
    // Household runs keep the key they always had; member runs have their own.
    const suffix = key.subject === 'household' ? '' : `:${key.subject}`;
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`ranking:${key.programId}:${key.regionId}:${key.period}${suffix}`]);
  }

  findRun(id: string, manager?: EntityManager): Promise<RankingRun | null> {
    return this.m(manager).getRepository(RankingRun).findOneBy({ id });
  }

  /** Runs over regions of the subtree `path`, newest first. */
  async listRuns(
    filter: { programId?: number; regionId?: number; period?: string; subject?: RunSubject; path: string },
    limit: number,
    offset = 0,
  ): Promise<{ items: RankingRun[]; total: number }> {
    const qb = this.db
      .getRepository(RankingRun)
      .createQueryBuilder('r')
      .innerJoin('regions', 'g', 'g.id = r.region_id')
      .where('g.path LIKE :p', { p: `${filter.path}%` })
      .orderBy('r.id', 'DESC')
      .take(limit)
      .skip(offset);
    if (filter.programId) qb.andWhere('r.program_id = :programId', { programId: filter.programId });
    if (filter.regionId) qb.andWhere('r.region_id = :regionId', { regionId: filter.regionId });
    if (filter.period) qb.andWhere('r.period = :period', { period: filter.period });
    if (filter.subject) qb.andWhere('r.subject = :subject', { subject: filter.subject });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** Only the job of the run's latest dispatch may run it. */
  async markRunning(id: string, dispatch: number): Promise<boolean> {
    const [rows] = (await this.db.query(
      `UPDATE ranking_runs SET status = 'running', progress = 10, started_at = COALESCE(started_at, now())
        WHERE id = $1 AND status IN ('queued', 'running') AND dispatches = $2 RETURNING id`,
      [id, dispatch],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /** Called in the computing transaction: clock_timestamp(), since now() would be when that transaction began. */
  async markCompleted(m: EntityManager, id: string, entries: number, dispatch: number): Promise<boolean> {
    const [rows] = (await m.query(
      `UPDATE ranking_runs SET status = 'completed', progress = 100, entry_count = $2, finished_at = clock_timestamp()
        WHERE id = $1 AND status = 'running' AND dispatches = $3 RETURNING id`,
      [id, entries, dispatch],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /** Fails a pending run; with `dispatch`, only while that dispatch is the latest. */
  async markFailed(id: string, reason: string, dispatch?: number): Promise<void> {
    await this.db.query(
      `UPDATE ranking_runs SET status = 'failed', failure_reason = $2, finished_at = now()
        WHERE id = $1 AND status IN ('queued', 'running') AND ($3::int IS NULL OR dispatches = $3)`,
      [id, reason, dispatch ?? null],
    );
  }

  async publish(id: string, userId: number | null): Promise<boolean> {
    const [rows] = (await this.db.query(
      `UPDATE ranking_runs SET published_at = now(), published_by = $2 WHERE id = $1 AND status = 'completed' AND published_at IS NULL RETURNING id`,
      [id, userId],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  entries(runId: string, limit: number, offset: number, groupId?: number): Promise<RankingEntry[]> {
    const where = groupId === undefined ? { runId } : { runId, groupId };
    return this.db.getRepository(RankingEntry).find({ where, order: { position: 'ASC' }, take: limit, skip: offset });
  }

  /** Every entry of a run, in list order: for village runs (hundreds of entries); exports page with entryPages. */
  allEntries(runId: string): Promise<RankingEntry[]> {
    return this.db.getRepository(RankingEntry).find({ where: { runId }, order: { position: 'ASC' } });
  }

  /** A run's entries in list order, `size` at a time (by position, on its index): for exports of any size. */
  async *entryPages(runId: string, size = 5000): AsyncGenerator<RankingEntry[]> {
    for (let after = 0; ;) {
      const rows = (await this.db.query(
        `SELECT ${ENTRY_COLUMNS} FROM ranking_entries WHERE run_id = $1 AND position > $2 ORDER BY position LIMIT $3`,
        [runId, after, size],
      )) as EntryRow[];
      if (rows.length === 0) return;
      yield rows.map(entryFromRow);
      if (rows.length < size) return;
      after = rows[rows.length - 1].position;
    }
  }

  /**
   * The first `limit` entries of holders in a region subtree (by their group's path; villages by
   * their own; members as their households), in list order, each with its place among the
   * region's holders: ranked by score, ties sharing a place (1, 1, 3), as the run ranks. The first
   * entries by position hold the region's highest scores, so their places among themselves are
   * their places in the region, and the window reads those rows alone, never the whole run.
   */
  async entriesUnder(runId: string, holderType: HolderType, path: string, limit: number): Promise<PlacedEntry[]> {
    const inRegion: Record<HolderType, string> = {
      household: 'g.id = e.group_id',
      village: 'g.id = e.holder_id',
      staff: 'g.id = e.group_id',
    };
    const rows = (await this.db.query(
      `SELECT x.*, rank() OVER (ORDER BY x.score DESC)::int AS place
         FROM (SELECT ${ENTRY_COLUMNS} FROM ranking_entries e
                WHERE e.run_id = $1 AND EXISTS (SELECT 1 FROM regions g WHERE ${inRegion[holderType]} AND g.path LIKE $2)
                ORDER BY e.position LIMIT $3) x
        ORDER BY x.position`,
      [runId, `${path}%`, limit],
    )) as (EntryRow & { place: number })[];
    return rows.map((r) => ({ ...entryFromRow(r), place: r.place }));
  }

  /** The latest published version of each ranking (program, region, period, subject) covering `path`. */
  async publishedCovering(path: string): Promise<RankingRun[]> {
    return (await this.db.query(
      `SELECT DISTINCT ON (r.program_id, r.region_id, r.period, r.subject) r.id, r.program_id AS "programId", r.region_id AS "regionId", r.period,
              r.subject, r.levels, r.version, r.status, r.progress, r.reason, r.entry_count AS "entryCount", r.published_at AS "publishedAt", r.created_at AS "createdAt"
         FROM ranking_runs r JOIN regions g ON g.id = r.region_id
        WHERE r.published_at IS NOT NULL AND $1 LIKE g.path || '%'
        ORDER BY r.program_id, r.region_id, r.period, r.subject, r.version DESC`,
      [path],
    )) as RankingRun[];
  }

  /** The latest published run for a program, region, period and subject. */
  async latestPublished(key: RunKey): Promise<RankingRun | null> {
    return this.db
      .getRepository(RankingRun)
      .createQueryBuilder('r')
      .where(
        'r.program_id = :programId AND r.region_id = :regionId AND r.period = :period AND r.subject = :subject AND r.published_at IS NOT NULL',
        { ...key },
      )
      .orderBy('r.version', 'DESC')
      .getOne();
  }

  /**
   * Households of a village at each level of a run: the run's entries of the village (by
   * IDX_ranking_entries_group) counted by the highest threshold their score reaches.
   */
  async levelCounts(runId: string, villageId: number, thresholds: number[]): Promise<number[]> {
    const rows = (await this.db.query(
      `SELECT x.level, count(*)::int AS n
         FROM (SELECT (SELECT count(*) FROM unnest($3::bigint[]) th WHERE e.score >= th)::int AS level
                 FROM ranking_entries e WHERE e.run_id = $1 AND e.group_id = $2) x
        WHERE x.level > 0 GROUP BY x.level`,
      [runId, villageId, thresholds],
    )) as { level: number; n: number }[];
    return thresholds.map((_, i) => rows.find((r) => r.level === i + 1)?.n ?? 0);
  }

  insertPlan(plan: Omit<AllocationPlan, 'id' | 'createdAt'>): Promise<AllocationPlan> {
    const repo = this.db.getRepository(AllocationPlan);
    return repo.save(repo.create(plan));
  }

  plansOfRun(runId: string): Promise<AllocationPlan[]> {
    return this.db.getRepository(AllocationPlan).find({ where: { runId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  findPlan(id: string): Promise<AllocationPlan | null> {
    return this.db.getRepository(AllocationPlan).findOneBy({ id });
  }
}
