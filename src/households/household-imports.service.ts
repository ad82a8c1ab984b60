import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type Actor, type UserActor } from '../common/auth/actor.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { ERROR_CATALOGUE, fillTemplate, type ErrorCode } from '../common/errors/error-codes.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { BLOB_STORE, type BlobStore } from '../common/storage/blob-store.js';
import { JobDispatcher } from '../jobs/dispatcher.js';
import type { JobContext } from '../jobs/job-catalogue.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import type { Region } from '../regions/region.entity.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { RegionsService } from '../regions/regions.service.js';
import { householdFields, memberFields, type StoredHouseholdFields, type StoredMemberFields } from './household-fields.js';
import { HouseholdImportsRepository, type ImportSummary } from './household-imports.repository.js';
import { HouseholdsRepository } from './households.repository.js';
import { checkUpload, readImport, type ImportLimits } from './import-file.js';
import { lineError, type ImportRow, type LineError, type ParsedImport } from './import-parser.js';

const CHUNK = 500;

interface PreparedRow {
  ordinal: number;
  villageId: number;
  householdNo: string;
  household: StoredHouseholdFields;
  member: StoredMemberFields | null;
  /** The grid named on the line; null keeps the household's. */
  gridId: number | null;
}

export interface ImportView extends Omit<ImportSummary, 'fileSha256' | 'createdBy' | 'scopeRegionId' | 'dispatch'> {
  /** Per cent of data lines handled, 0–100. */
  progress: number;
  /** The failure code's meaning in Chinese, with its details. */
  failureMessage: string | null;
}

function toView(s: ImportSummary): ImportView {
  const { fileSha256: _f, createdBy: _c, scopeRegionId: _s, dispatch: _d, ...rest } = s;
  const progress = s.status === 'completed' ? 100 : s.totalLines > 0 ? Math.floor((100 * s.processedLines) / s.totalLines) : 0;
  const known = s.failureReason !== null && s.failureReason in ERROR_CATALOGUE ? ERROR_CATALOGUE[s.failureReason as ErrorCode] : null;
  const failureMessage = known ? fillTemplate(known.zh, s.failureDetails ?? undefined) : null;
  return { ...rest, progress, failureMessage };
}

/**
 * Household and member import from CSV or .xlsx as a queued job. Every line is checked on its own; bad
 * lines are reported and skipped. Writes are upserts by (village, household number) and
 * (household, member name), so importing the same file again changes nothing.
 */
@Injectable()
export class HouseholdImportsService implements OnModuleInit {
  private readonly logger = new Logger('HouseholdImports');

  constructor(
    private readonly db: DataSource,
    private readonly imports: HouseholdImportsRepository,
    private readonly households: HouseholdsRepository,
    private readonly regionsRepo: RegionsRepository,
    private readonly regions: RegionsService,
    private readonly dispatcher: JobDispatcher,
    private readonly handlers: JobHandlers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  /** Ends the import (if the dispatch still owns it) and lets its file go. */
  private async finish(
    id: number,
    status: 'completed' | 'failed',
    patch: Parameters<HouseholdImportsRepository['finish']>[2],
    dispatch?: number,
  ): Promise<void> {
    const ended = await this.imports.finish(id, status, patch, dispatch);
    if (ended?.fileKey) await this.blobs.delete(ended.fileKey);
  }

  /** The job's handler, and the import rows as tracked work: the reconciler mends what a crash or a lost queue left. */
  onModuleInit(): void {
    this.handlers.register('household-import', (payload, ctx) => this.run(payload.importId, ctx, payload.dispatch));
    this.dispatcher.register({
      job: 'household-import',
      table: 'household_imports',
      payload: (id, dispatch) => ({ importId: Number(id), dispatch }),
      fail: (id, reason) => this.finish(Number(id), 'failed', { failureReason: reason }),
    });
  }

  /**
   * The upload: checked in bounded time (size, format, a workbook's directory, a CSV's header) and
   * stored; the job reads the rows (`run`), so no file can hold up the request or the API.
   */
  async create(actor: UserActor, file: Buffer, fileName: string | null): Promise<ImportView> {
    if (file.length === 0) throw new DomainError('IMPORT_EMPTY');
    if (file.length > this.config.importMaxBytes) throw new DomainError('PAYLOAD_TOO_LARGE', { maxBytes: this.config.importMaxBytes });
    const { encoding } = await checkUpload(file, this.config.importLimits);
    const sha256 = createHash('sha256').update(file).digest('hex');
    // The file waits for its job in the blob store (the data directory every instance shares).
    const fileKey = `imports/${sha256.slice(0, 2)}/${sha256}-${randomBytes(6).toString('hex')}`;
    await this.blobs.put(fileKey, file);
    const summary = await this.imports.insert({
      fileName: fileName?.slice(0, 200) ?? null, // the column's width
      fileSha256: sha256,
      fileKey,
      encoding,
      createdBy: actor.id,
      scopeRegionId: actor.regionId,
    });
    await this.dispatcher.dispatch('household-import', summary.id);
    return toView(summary);
  }

  async get(actor: Actor, id: number): Promise<ImportView> {
    const summary = await this.imports.summary(id);
    if (!summary) throw notFound('import', id);
    await this.regions.getInScope(actor, summary.scopeRegionId, { importId: id });
    return toView(summary);
  }

  /** The job: idempotent, resumable after the last committed chunk. */
  async run(importId: number, ctx: JobContext, dispatch: number): Promise<void> {
    const job = await this.imports.withFile(importId);
    // A job of an older dispatch (sent again by the reconciler) does nothing.
    if (!job || job.status === 'completed' || job.status === 'failed' || job.dispatch.dispatches !== dispatch) return;
    try {
      const file = job.fileKey ? await this.blobs.get(job.fileKey) : job.file;
      if (!file) throw new Error(`the file of import ${importId} is gone from the blob store (${job.fileKey})`);
      const read = await readOrRefuse(file, this.config.importLimits);
      // A file refused as a whole (over a limit, unreadable, no header): the import fails with the code, at once (no retry reads it again).
      if ('refused' in read) {
        await this.finish(importId, 'failed', { failureReason: read.refused.code, failureDetails: read.refused.details }, dispatch);
        this.logger.warn({ importId, code: read.refused.code }, 'household import refused');
        return;
      }
      const { parsed, encoding } = read;
      const scope = await this.regions.get(job.scopeRegionId);
      const { prepared, errors } = await this.prepare(parsed.rows, scope);
      const allErrors = [...parsed.errors, ...errors].sort((a, b) => a.line - b.line);
      if (!(await this.imports.markRunning(importId, parsed.totalLines, allErrors, dispatch, encoding))) return;

      const todo = prepared.filter((r) => r.ordinal > job.processedLines);
      for (let i = 0; i < todo.length; i += CHUNK) {
        const chunk = todo.slice(i, i + CHUNK);
        const last = i + CHUNK >= todo.length;
        await this.db.transaction(async (m) => {
          const counts = { created: 0, updated: 0, unchanged: 0 };
          for (const { outcome } of await this.households.importLines(chunk, m)) counts[outcome]++;
          // Fails (and rolls the chunk back) if a newer dispatch took the import over.
          await this.imports.checkpoint(m, importId, last ? parsed.totalLines : chunk[chunk.length - 1].ordinal, counts, dispatch);
        });
      }
      await this.finish(importId, 'completed', { processedLines: parsed.totalLines }, dispatch);
      this.logger.log({ importId, lines: parsed.totalLines, errors: allErrors.length }, 'household import completed');
    } catch (err) {
      if (ctx.finalAttempt)
        await this.finish(importId, 'failed', { failureReason: err instanceof Error ? err.message : String(err) }, dispatch);
      throw err;
    }
  }

  /** Resolves villages, checks scope and personal data, and catches lines that contradict earlier ones. */
  private async prepare(rows: ImportRow[], scope: Region): Promise<{ prepared: PreparedRow[]; errors: LineError[] }> {
    const key = this.config.piiHashKey;
    const villages = new Map((await this.regionsRepo.findByCodes([...new Set(rows.map((r) => r.villageCode))])).map((r) => [r.code, r]));
    // A grid is named by its code or its name, within the household's village.
    const grids = new Map<string, number>();
    for (const g of await this.regionsRepo.gridsOf([...villages.values()].map((v) => v.id))) {
      grids.set(`${g.parentId}|${g.code}`, g.id);
      grids.set(`${g.parentId}|${g.name}`, g.id);
    }
    // Every accepted line per household: a line must agree with each of them, not just the first
    // (a first line that leaves the phone out would let two later lines give two phones).
    const seenLines = new Map<
      string,
      { line: number; household: StoredHouseholdFields; member: StoredMemberFields | null; gridId: number | null }[]
    >();
    const prepared: PreparedRow[] = [];
    const errors: LineError[] = [];
    for (const row of rows) {
      const village = villages.get(row.villageCode);
      if (!village) {
        errors.push(lineError(row.line, 'UNKNOWN_VILLAGE', { code: row.villageCode }));
        continue;
      }
      if (village.level !== 'village') {
        errors.push(lineError(row.line, 'NOT_A_VILLAGE', { code: row.villageCode }));
        continue;
      }
      if (!village.path.startsWith(scope.path)) {
        errors.push(lineError(row.line, 'OUT_OF_SCOPE', { code: row.villageCode }));
        continue;
      }
      const gridId = row.grid ? (grids.get(`${village.id}|${row.grid}`) ?? null) : null;
      if (row.grid && gridId === null) {
        errors.push(lineError(row.line, 'UNKNOWN_GRID', { village: row.villageCode, grid: row.grid }));
        continue;
      }
      const household = householdFields(key, { headName: row.headName, address: row.address, phone: row.phone });
      if (!household.ok) {
        errors.push(lineError(row.line, 'INVALID_FIELD', { field: household.field }));
        continue;
      }
      let member: StoredMemberFields | null = null;
      if (row.memberName) {
        const mf = memberFields(key, { name: row.memberName, relation: row.relation, idNumber: row.idNumber });
        if (!mf.ok) {
          errors.push(lineError(row.line, 'INVALID_FIELD', { field: mf.field }));
          continue;
        }
        member = mf.value;
      }
      const householdKey = `${village.id}|${row.householdNo}`;
      const seen = seenLines.get(householdKey) ?? [];
      const clash = seen.find(
        (s) =>
          !sameHousehold(s.household, household.value) ||
          (s.gridId !== null && gridId !== null && s.gridId !== gridId) ||
          (member && s.member && !sameMember(s.member, member)),
      );
      if (clash) {
        errors.push(lineError(row.line, 'CONFLICTING_LINE', { line: clash.line }));
        continue;
      }
      seen.push({ line: row.line, household: household.value, member, gridId });
      seenLines.set(householdKey, seen);
      prepared.push({
        ordinal: row.ordinal,
        villageId: village.id,
        householdNo: row.householdNo,
        household: household.value,
        member,
        gridId,
      });
    }
    return { prepared, errors };
  }
}

type Refusal = { code: string; details?: Record<string, unknown> };

/** The file read within the limits, or why it is refused as a whole (with the details of its code). */
async function readOrRefuse(
  file: Buffer,
  limits: ImportLimits,
): Promise<{ parsed: Extract<ParsedImport, { ok: true }>; encoding: string } | { refused: Refusal }> {
  try {
    const { parsed, encoding } = await readImport(file, limits);
    if (parsed.ok) return { parsed, encoding };
    return {
      refused: {
        code: parsed.code,
        details: parsed.columns ? { columns: parsed.columns } : parsed.line ? { line: parsed.line } : undefined,
      },
    };
  } catch (e) {
    if (e instanceof DomainError) return { refused: { code: e.code, details: e.details } };
    throw e;
  }
}

const differs = (x: string | null, y: string | null) => x !== null && y !== null && x !== y;

/** Two lines describe the same household when no field filled in on both differs. */
function sameHousehold(a: StoredHouseholdFields, b: StoredHouseholdFields): boolean {
  return a.headName === b.headName && !differs(a.address, b.address) && !differs(a.phoneHash, b.phoneHash);
}

/** Lines about different members never clash; lines about the same member must agree. */
function sameMember(a: StoredMemberFields, b: StoredMemberFields): boolean {
  return a.name !== b.name || (a.relation === b.relation && !differs(a.idNumberHash, b.idNumberHash));
}
