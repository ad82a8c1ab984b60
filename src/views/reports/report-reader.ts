import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Rows fetched per round trip when a report is streamed. */
export const CURSOR_BATCH = 500;

/** One report statement: its SQL, parameters, and how a raw row (bigints as strings) becomes a report row. */
export interface ReportStatement<Row> {
  sql: string;
  params: unknown[];
  map: (raw: Record<string, unknown>) => Row;
}

/**
 * Runs report statements: all at once for JSON (whose size is bounded by villages, stores or
 * staff), or batch by batch through a server-side cursor in one read-only snapshot for CSV and
 * workbooks, which are written while the rows arrive, never held whole. The cursor's connection
 * goes back to the pool when the reading ends, fails, or the consumer stops (the client went away).
 */
@Injectable()
export class ReportReader {
  constructor(private readonly db: DataSource) {}

  async all<Row>(s: ReportStatement<Row>): Promise<Row[]> {
    return ((await this.db.query(s.sql, s.params)) as Record<string, unknown>[]).map(s.map);
  }

  async *pages<Row>(s: ReportStatement<Row>, batch = CURSOR_BATCH): AsyncGenerator<Row[]> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await runner.query(`DECLARE report_rows NO SCROLL CURSOR FOR ${s.sql}`, s.params);
      for (;;) {
        const rows = (await runner.query(`FETCH ${batch} FROM report_rows`)) as Record<string, unknown>[];
        if (rows.length > 0) yield rows.map(s.map);
        if (rows.length < batch) break;
      }
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}
