import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiSecurity,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import type { Response } from 'express';
import type { Actor, UserActor } from '../../common/auth/actor.js';
import { AllowDevice, CurrentActor, CurrentUser, Roles } from '../../common/auth/decorators.js';
import { MANAGERS, READERS, STORE_STAFF } from '../../common/auth/roles.js';
import { Optional } from '../../common/http/fields.js';
import { ParseBigIdPipe, ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { RequestProvenance, type Provenance } from '../../common/auth/provenance.js';
import { Idempotency } from '../../common/idempotency/idempotency.decorator.js';
import type { IdempotencyRequest, Outcome } from '../../common/idempotency/idempotency.service.js';
import { ReportsService } from '../reports.service.js';
import { RedeemPoints } from './redeem.use-case.js';
import {
  DayReportView,
  StockLineView,
  ListRedemptionsQuery,
  ListSettlementsQuery,
  RedeemDto,
  RedemptionView,
  RefundDto,
  RefundResult,
  SettleDto,
  SettlementView,
} from './redemptions.dto.js';
import { RedemptionsService } from './redemptions.service.js';
import { RefundRedemption } from './refund.use-case.js';
import { SettleStore } from './settle.use-case.js';
import { ApiErrors } from '../../common/http/api-errors.js';
import { XLSX_CONTENT } from '../../common/http/media-types.js';
import { sendWholeTable } from '../../common/http/table-export.js';
import { TOTAL_HEADER_DOC, withTotal } from '../../common/http/listing.js';

const KEY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Required for kiosk devices. A retry with the same key and body returns the first response (Idempotent-Replayed: true).',
};

class ReportQuery {
  @ApiPropertyOptional({ description: 'Day (YYYY-MM-DD) in the program timezone; default today' })
  @Optional()
  @IsString()
  date?: string;

  @ApiPropertyOptional({ description: 'json (default), csv or xlsx (an Excel workbook)', enum: ['json', 'csv', 'xlsx'] })
  @Optional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

/** A report route's 200: the JSON view, or CSV text when `format=csv` (or a workbook when `format=xlsx`, if `xlsx`). */
export function jsonOrCsv(view: new () => object, list = false, xlsx = false) {
  const ref = { $ref: getSchemaPath(view) };
  return {
    'application/json': { schema: list ? { type: 'array' as const, items: ref } : ref },
    'text/csv': { schema: { type: 'string' as const, description: 'CSV with a header line, UTF-8 with BOM' } },
    ...(xlsx ? XLSX_CONTENT : {}),
  };
}

class FormatQuery {
  @ApiPropertyOptional({ description: 'json (default) or csv', enum: ['json', 'csv'] })
  @Optional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

@ApiTags('redemptions')
@ApiBearerAuth()
@Controller()
export class RedemptionsController {
  constructor(
    private readonly redeem: RedeemPoints,
    private readonly refund: RefundRedemption,
    private readonly settle: SettleStore,
    private readonly reports: ReportsService,
    private readonly redemptions: RedemptionsService,
  ) {}

  @Post('stores/:id/redemptions')
  @ApiErrors(
    'IDEMPOTENCY_KEY_REQUIRED',
    'INSUFFICIENT_POINTS',
    'OUT_OF_STOCK',
    'ITEM_LIMIT_REACHED',
    'ITEM_INACTIVE',
    'NOT_ELIGIBLE',
    'STORE_HAS_NO_PROGRAM',
    'PROGRAM_NOT_REDEEMABLE',
    'REDEMPTION_SUSPENDED',
  )
  @Roles(...STORE_STAFF)
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiHeader(KEY_HEADER)
  @ApiCreatedResponse({ description: 'The redemption with its receipt number and the balance after', type: RedemptionView })
  @ApiOperation({ summary: 'Redeem points for goods: by household id or card code, several lines; all or nothing' })
  async create(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: RedeemDto,
    @Idempotency() idem: IdempotencyRequest | null,
    @RequestProvenance() by: Provenance,
  ): Promise<Outcome<RedemptionView>> {
    return this.redeem.execute(actor, id, dto, idem, by);
  }

  @Get('stores/:id/redemptions')
  @Roles(...READERS)
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiOkResponse({ description: 'Redemptions of the page, newest first', type: [RedemptionView], headers: TOTAL_HEADER_DOC })
  @ApiOperation({ summary: 'Redemptions of a store, newest first: in a time range, by receipt number or searched, a page at a time' })
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: ListRedemptionsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RedemptionView[]> {
    return withTotal(res, await this.redemptions.list(actor, id, q));
  }

  @Get('redemptions/:id')
  @Roles(...READERS)
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiOkResponse({ description: 'The redemption', type: RedemptionView })
  @ApiOperation({ summary: 'One redemption with its lines and refunds' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseBigIdPipe) id: string): Promise<RedemptionView> {
    return this.redemptions.get(actor, id);
  }

  @Post('redemptions/:id/refund')
  @ApiErrors('ALREADY_REFUNDED', 'REFUND_WINDOW_PASSED', 'REFUND_NOT_TODAY', 'IDEMPOTENCY_KEY_REQUIRED')
  @Roles(...STORE_STAFF)
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiHeader(KEY_HEADER)
  @ApiCreatedResponse({ description: 'The refund and the balance after', type: RefundResult })
  @ApiOperation({
    summary: "Refund a redemption, whole or by line, within the refund window; each unit once (a kiosk: today's receipts of its store)",
  })
  async refundOne(
    @CurrentActor() actor: Actor,
    @Param('id', ParseBigIdPipe) id: string,
    @Body() dto: RefundDto,
    @Idempotency() idem: IdempotencyRequest | null,
    @RequestProvenance() by: Provenance,
  ): Promise<Outcome<RefundResult>> {
    return this.refund.execute(actor, id, dto, idem, by);
  }

  @Post('stores/:id/settlements')
  @ApiErrors('STORE_HAS_NO_PROGRAM')
  @Roles(...MANAGERS)
  @ApiHeader(KEY_HEADER)
  @ApiCreatedResponse({ description: 'The settlement', type: SettlementView })
  @ApiOperation({ summary: 'Settle what the store redeemed and has not been settled: points and value in fen to reimburse' })
  async settleStore(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: SettleDto,
    @Idempotency() idem: IdempotencyRequest | null,
    @RequestProvenance() by: Provenance,
  ): Promise<Outcome<SettlementView>> {
    return this.settle.execute(actor, id, dto.upTo, idem, by);
  }

  @Get('stores/:id/settlements')
  @Roles(...STORE_STAFF, 'auditor')
  @ApiOkResponse({ description: 'Settlements of the page, newest first', type: [SettlementView], headers: TOTAL_HEADER_DOC })
  @ApiOperation({ summary: 'Settlement report of a store, newest first, a page at a time if asked' })
  async settlements(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: ListSettlementsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SettlementView[]> {
    return withTotal(res, await this.redemptions.settlements(actor, id, { q: q.q, limit: q.limit, offset: q.offset }));
  }

  @Get('stores/:id/reports/day')
  @Roles(...STORE_STAFF, 'auditor')
  @ApiExtraModels(DayReportView)
  @ApiOkResponse({ description: 'The day report (JSON), its CSV or its workbook', content: jsonOrCsv(DayReportView, false, true) })
  @ApiOperation({ summary: "A store's day: redemptions, refunds, points, value in fen and items (JSON, CSV or xlsx)" })
  async day(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: ReportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.day(actor, id, q.date);
    if (q.format === 'xlsx') {
      await sendWholeTable(res, `store-${id}-${report.date}`, 'xlsx', this.reports.dayTable(report));
      return;
    }
    if (q.format !== 'csv') {
      res.json(report);
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="store-${id}-${report.date}.csv"`);
    res.send(this.reports.dayCsv(report));
  }

  @Get('stores/:id/reports/stock')
  @Roles(...STORE_STAFF, 'auditor')
  @ApiExtraModels(StockLineView)
  @ApiOkResponse({ description: 'Stock lines (JSON) or their CSV', content: jsonOrCsv(StockLineView, true) })
  @ApiOperation({ summary: 'Stock levels of a store with low-stock flags (JSON or CSV)' })
  async stock(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: FormatQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StockLineView[] | string> {
    const lines = await this.reports.stock(actor, id);
    if (q.format !== 'csv') return lines;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="store-${id}-stock.csv"`);
    return this.reports.stockCsv(lines);
  }
}
