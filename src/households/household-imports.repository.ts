import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { HouseholdImport, type ImportLineError } from './household-import.entity.js';

export type ImportSummary = Omit<HouseholdImport, 'file' | 'fileKey'>;

/** Everything but the file itself. */
const SUMMARY_COLUMNS = {
  id: true,
  status: true,
  fileName: true,
  fileSha256: true,
  encoding: true,
  createdBy: true,
  scopeRegionId: true,
  totalLines: true,
  processedLines: true,
  created: true,
  updated: true,
  unchanged: true,
  errors: true,
  failureReason: true,
  failureDetails: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

@Injectable()
export class HouseholdImportsRepository {
  constructor(private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(HouseholdImport);
  }

  async insert(
    data: Pick<HouseholdImport, 'fileName' | 'fileSha256' | 'fileKey' | 'createdBy' | 'scopeRegionId' | 'encoding'>,
  ): Promise<ImportSummary> {
    const saved = await this.repo.save(this.repo.create({ ...data, status: 'queued' }));
    return (await this.summary(saved.id))!;
  }

  summary(id: number): Promise<ImportSummary | null> {
    return this.repo.findOne({ where: { id }, select: SUMMARY_COLUMNS });
  }

  withFile(id: number): Promise<HouseholdImport | null> {
    return this.repo.findOneBy({ id });
  }

  /** Only the job of the import's latest dispatch may run it. */
  async markRunning(id: number, totalLines: number, errors: ImportLineError[], dispatch: number, encoding: string): Promise<boolean> {
    const [rows] = (await this.db.query(
      `UPDATE household_imports SET status = 'running', started_at = COALESCE(started_at, now()), total_lines = $2, errors = $3::jsonb, encoding = $5
        WHERE id = $1 AND status IN ('queued', 'running') AND dispatches = $4 RETURNING id`,
      [id, totalLines, JSON.stringify(errors), dispatch, encoding],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /** Records a finished chunk in the same transaction as its writes: counts move exactly once. */
  async checkpoint(
    m: EntityManager,
    id: number,
    processedLines: number,
    counts: { created: number; updated: number; unchanged: number },
    dispatch: number,
  ): Promise<void> {
    const [rows] = (await m.query(
      `UPDATE household_imports SET processed_lines = $2, created = created + $3, updated = updated + $4, unchanged = unchanged + $5
        WHERE id = $1 AND dispatches = $6 RETURNING id`,
      [id, processedLines, counts.created, counts.updated, counts.unchanged, dispatch],
    )) as [unknown[], number];
    if (rows.length === 0) throw new Error(`import ${id} was dispatched again; dispatch ${dispatch} stops`);
  }

  /** Ends the import and drops the uploaded file: it holds phone and ID numbers in clear. */
  /** With `dispatch`, only while that dispatch is the latest. */
  async finish(
    id: number,
    status: 'completed' | 'failed',
    patch: { processedLines?: number; failureReason?: string; failureDetails?: Record<string, unknown> } = {},
    dispatch?: number,
  ): Promise<{ fileKey: string | null } | null> {
    const [rows] = (await this.db.query(
      `UPDATE household_imports
          SET status = $2, finished_at = now(), processed_lines = COALESCE($3, processed_lines), failure_reason = $4, failure_details = $6::jsonb, file = NULL
        WHERE id = $1 AND status IN ('queued', 'running') AND ($5::int IS NULL OR dispatches = $5)
        RETURNING file_key AS "fileKey"`,
      [
        id,
        status,
        patch.processedLines ?? null,
        patch.failureReason ?? null,
        dispatch ?? null,
        patch.failureDetails ? JSON.stringify(patch.failureDetails) : null,
      ],
    )) as [{ fileKey: string | null }[], number];
    return rows[0] ?? null;
  }
}
