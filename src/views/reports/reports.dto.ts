import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { Optional, QueryId, QueryIntIn } from '../../common/http/fields.js';
import { MONTH_PATTERN } from './months.js';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class FormatQuery {
  @ApiPropertyOptional({
    description: 'json (default), csv (UTF-8 with BOM, Chinese headers) or xlsx (an Excel workbook); CSV and xlsx are downloads',
    enum: REPORT_FORMATS,
    default: 'json',
  })
  @Optional()
  @IsIn(REPORT_FORMATS)
  format: ReportFormat = 'json';
}

export class RegionReportQuery extends FormatQuery {
  @ApiPropertyOptional({
    description: 'Region the report covers (county, township or village of your own subtree); default your own region',
  })
  @Optional()
  @QueryId()
  regionId?: number;
}

export class RedemptionsReportQuery extends RegionReportQuery {
  @ApiPropertyOptional({
    description: 'First month (YYYY-MM, in the store program timezone), included; default 11 months before `to`',
    example: '2026-01',
  })
  @Optional()
  @IsString()
  @Matches(MONTH_PATTERN, { message: 'from must be a month like 2026-01' })
  from?: string;

  @ApiPropertyOptional({
    description: 'Last month (YYYY-MM), included; default the current month. At most 36 months from `from`',
    example: '2026-06',
  })
  @Optional()
  @IsString()
  @Matches(MONTH_PATTERN, { message: 'to must be a month like 2026-06' })
  to?: string;
}

export class ProgramReportQuery extends RegionReportQuery {
  @ApiProperty({ description: 'Household program (积分方案) of your county' })
  @QueryId()
  programId!: number;
}

export class PeriodReportQuery extends ProgramReportQuery {
  @ApiPropertyOptional({
    description: "A period of the program's kind (2026-Q3 or 2026-07) or a whole year (2026); default the current period",
    example: '2026-Q3',
  })
  @Optional()
  @IsString()
  @Matches(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, { message: 'period must look like 2026-Q3, 2026-07 or 2026' })
  period?: string;
}

export class ParticipationReportQuery extends PeriodReportQuery {
  @ApiPropertyOptional({
    description:
      'One row per village, or per grid (网格 / 村民小组) of each village, households not placed in a grid in a row of their own',
    enum: ['village', 'grid'],
    default: 'village',
  })
  @Optional()
  @IsIn(['village', 'grid'])
  by: 'village' | 'grid' = 'village';
}

export class ExpiringReportQuery extends ProgramReportQuery {
  @ApiPropertyOptional({ description: 'Months ahead, the current month first', default: 12, minimum: 1, maximum: 60 })
  @Optional()
  @QueryIntIn(1, 60)
  months = 12;
}

export class LedgerBookQuery extends FormatQuery {
  @ApiProperty({ description: 'Household program (积分方案) of your county' })
  @QueryId()
  programId!: number;

  @ApiProperty({ description: 'The household' })
  @QueryId()
  holderId!: number;

  @ApiPropertyOptional({
    description: 'Year (YYYY) of the entries (by the day of the deed); default the current year in the program timezone',
    example: '2026',
  })
  @Optional()
  @IsString()
  @Matches(/^\d{4}$/, { message: 'year must look like 2026' })
  year?: string;
}
