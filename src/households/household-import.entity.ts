import { User } from '../users/user.entity.js';
import { Region } from '../regions/region.entity.js';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';
import { JobDispatch } from '../jobs/job-dispatch.entity.js';

export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface ImportLineError {
  line: number;
  code: string;
  message: string;
}

/** One uploaded household CSV or workbook and the progress of its job; the file is kept (blob store) for the job to read. */
@Entity('household_imports')
@Check('CHK_household_imports_status', `"status" IN ('queued', 'running', 'completed', 'failed')`)
export class HouseholdImport {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: ImportStatus;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName: string | null;

  @Column({ name: 'file_sha256', type: 'varchar', length: 64 })
  fileSha256: string;

  /** The uploaded bytes of imports made before the blob store held them (null since). */
  @Column({ type: 'bytea', nullable: true })
  file: Buffer | null;

  /** The uploaded file in the blob store, until its job has read it. */
  @Column({ name: 'file_key', type: 'varchar', length: 200, nullable: true })
  fileKey: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  encoding: string | null;

  @ForeignKey(() => User, { name: 'FK_household_imports_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'int' })
  createdBy: number;

  /** The region whose subtree the importer may write to, fixed at upload. */
  @ForeignKey(() => Region, { name: 'FK_household_imports_scope_region', onDelete: 'RESTRICT' })
  @Column({ name: 'scope_region_id', type: 'int' })
  scopeRegionId: number;

  @Column({ name: 'total_lines', type: 'int', default: 0 })
  totalLines: number;

  /** Data lines done so far; a restarted job resumes after them. */
  @Column({ name: 'processed_lines', type: 'int', default: 0 })
  processedLines: number;

  @Column({ type: 'int', default: 0 })
  created: number;

  @Column({ type: 'int', default: 0 })
  updated: number;

  @Column({ type: 'int', default: 0 })
  unchanged: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  errors: ImportLineError[];

  /** The queue's dispatches of the work (shared with ranking runs). */
  @Column(() => JobDispatch, { prefix: false })
  dispatch: JobDispatch;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  /** The details of that failure's code (e.g. the missing columns, the limit passed). */
  @Column({ name: 'failure_details', type: 'jsonb', nullable: true })
  failureDetails: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
