import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { STORE_STAFF } from '../../common/auth/roles.js';
import { Optional } from '../../common/http/fields.js';
import { CSV_CONTENT, XLSX_CONTENT, XLSX_TYPE } from '../../common/http/media-types.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { sendWholeTable } from '../../common/http/table-export.js';
import { ReportsService } from '../reports.service.js';
import { MonthReportView } from './redemptions.dto.js';
import { jsonOrCsv } from './redemptions.controller.js';

class MonthQuery {
  @ApiPropertyOptional({ description: 'Month (YYYY-MM) in the program timezone; default this month', example: '2026-11' })
  @Optional()
  @IsString()
  month?: string;

  @ApiPropertyOptional({ description: 'json (default), csv or xlsx (an Excel workbook)', enum: ['json', 'csv', 'xlsx'] })
  @Optional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

/** A store's month report and its settlements as files, for the store and the finance office. */
@ApiTags('redemptions')
@ApiBearerAuth()
@Controller('stores/:id')
export class StoreExportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports/month')
  @Roles(...STORE_STAFF, 'auditor')
  @ApiExtraModels(MonthReportView)
  @ApiOkResponse({ description: 'The month report (JSON), its CSV or its workbook', content: jsonOrCsv(MonthReportView, false, true) })
  @ApiOperation({
    summary: "A store's month, day by day: redemptions, refunds, points and value in fen, and the goods (JSON, CSV or xlsx)",
  })
  async month(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: MonthQuery,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.month(actor, id, q.month);
    if (q.format === 'csv' || q.format === 'xlsx') {
      await sendWholeTable(res, `store-${id}-${report.month}`, q.format, this.reports.monthTable(report));
      return;
    }
    res.json(report);
  }

  @Get('settlements/export.csv')
  @Roles(...STORE_STAFF, 'auditor')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: "A store's settlements as CSV, newest first" })
  @ApiOkResponse({ description: 'The settlements as CSV (UTF-8 with BOM), a header row first', content: CSV_CONTENT })
  async settlementsCsv(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number, @Res() res: Response): Promise<void> {
    await sendWholeTable(res, `store-${id}-settlements`, 'csv', await this.reports.settlementsTable(actor, id));
  }

  @Get('settlements/export.xlsx')
  @Roles(...STORE_STAFF, 'auditor')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: "A store's settlements as an Excel workbook, newest first" })
  @ApiOkResponse({ description: 'The settlements as an .xlsx workbook', content: XLSX_CONTENT })
  async settlementsXlsx(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number, @Res() res: Response): Promise<void> {
    await sendWholeTable(res, `store-${id}-settlements`, 'xlsx', await this.reports.settlementsTable(actor, id));
  }
}
