import { ApiProperty } from '@nestjs/swagger';

export class ImportLineErrorView {
  @ApiProperty({ description: 'Line number in the file; the header is line 1' }) line: number;
  @ApiProperty({
    description:
      'Stable code: MISSING_FIELD, INVALID_FIELD, UNKNOWN_VILLAGE, UNKNOWN_GRID, OUT_OF_SCOPE, NOT_A_VILLAGE, WRONG_COLUMN_COUNT, CONFLICTING_LINE',
  })
  code: string;
  @ApiProperty({ description: 'What is wrong, in Chinese' }) message: string;
}

export class ImportView {
  @ApiProperty({ description: 'Import id' }) id: number;
  @ApiProperty({ description: 'queued, running, completed or failed', enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty({ description: 'Per cent of data lines handled, 0-100' }) progress: number;
  @ApiProperty({ description: 'Name of the uploaded file', type: String, nullable: true }) fileName: string | null;
  @ApiProperty({ description: 'Encoding detected: utf-8, utf-8-bom, utf-16le, gb18030', type: String, nullable: true }) encoding:
    string | null;
  @ApiProperty({ description: 'Data lines in the file (without the header)' }) totalLines: number;
  @ApiProperty({ description: 'Data lines handled so far' }) processedLines: number;
  @ApiProperty({ description: 'Lines that created a household' }) created: number;
  @ApiProperty({ description: 'Lines that changed a household or member' }) updated: number;
  @ApiProperty({ description: 'Lines that matched what was on file already' }) unchanged: number;
  @ApiProperty({ description: 'Lines skipped, each with its line number and reason', type: [ImportLineErrorView] })
  errors: ImportLineErrorView[];
  @ApiProperty({
    description:
      'Why the import failed as a whole: a code (IMPORT_TOO_LARGE, IMPORT_TIMED_OUT, IMPORT_UNREADABLE, IMPORT_EMPTY, IMPORT_MISSING_COLUMNS, IMPORT_MALFORMED) or, for an unexpected failure, its message',
    type: String,
    nullable: true,
  })
  failureReason: string | null;
  @ApiProperty({
    description:
      "The code's details: `columns` missing, the `line` of unbalanced quotes, the `limit` passed (`rows` or `unpacked`) with `maxRows` and `maxUnpackedMb`, `maxSeconds`",
    type: 'object',
    additionalProperties: true,
    nullable: true,
  })
  failureDetails: Record<string, unknown> | null;
  @ApiProperty({
    description: 'What the failure code means, in Chinese, with its details (null without a code)',
    type: String,
    nullable: true,
  })
  failureMessage: string | null;
  @ApiProperty({ description: 'When it was uploaded' }) createdAt: Date;
  @ApiProperty({ description: 'When the job started', type: Date, nullable: true }) startedAt: Date | null;
  @ApiProperty({ description: 'When the job ended', type: Date, nullable: true }) finishedAt: Date | null;
}
