import { getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Role } from '../../common/auth/roles.js';
import { CSV_CONTENT, XLSX_CONTENT } from '../../common/http/media-types.js';
import { sendReportTable, type ReportTable } from './report-output.js';
import type { ReportFormat } from './reports.dto.js';

/** Who reads the county's reports, each over its own subtree: managers, village clerks and auditors (村务监督委员会). */
export const REPORT_READERS: Role[] = ['county_admin', 'township_officer', 'village_clerk', 'auditor'];

/** A report's 200: its JSON view, or the CSV or workbook download. */
export function reportContent(view: new () => object) {
  return { 'application/json': { schema: { $ref: getSchemaPath(view) } }, ...CSV_CONTENT, ...XLSX_CONTENT };
}

/** Answers a report in the format asked for: JSON at once, CSV and xlsx streamed. */
export async function answer<V>(
  res: Response,
  format: ReportFormat,
  json: () => Promise<V>,
  table: () => Promise<ReportTable>,
): Promise<void> {
  if (format === 'json') {
    res.json(await json());
    return;
  }
  await sendReportTable(res, format, await table());
}
