import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { UserActor } from '../../common/auth/actor.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { ApiErrors } from '../../common/http/api-errors.js';
import { XLSX_TYPE } from '../../common/http/media-types.js';
import { sendLedgerBookCsv, sendLedgerBookXlsx } from './ledger-book.output.js';
import { LedgerBookService } from './ledger-book.service.js';
import { REPORT_READERS, reportContent } from '../reports/report-http.js';
import { LedgerBookQuery } from '../reports/reports.dto.js';
import { LedgerBookView } from '../reports/report-views.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class LedgerBookController {
  constructor(private readonly book: LedgerBookService) {}

  @Get('ledger-book')
  @Roles(...REPORT_READERS)
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND', 'NOT_A_HOUSEHOLD_PROGRAM')
  @ApiProduces('application/json', 'text/csv', XLSX_TYPE)
  @ApiExtraModels(LedgerBookView)
  @ApiOperation({
    summary:
      "台账: one household's year with rule categories, members, running balance and totals per category (JSON, CSV, or xlsx laid out for one A4 page)",
  })
  @ApiOkResponse({ description: 'The ledger book', content: reportContent(LedgerBookView) })
  async ledgerBook(@CurrentUser() actor: UserActor, @Query() q: LedgerBookQuery, @Res() res: Response): Promise<void> {
    if (q.format === 'json') {
      res.json(await this.book.json(actor, q));
      return;
    }
    const source = await this.book.source(actor, q);
    const pages = this.book.pages(source);
    await (q.format === 'csv' ? sendLedgerBookCsv(res, source, pages) : sendLedgerBookXlsx(res, source, pages));
  }
}
