import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { UserActor } from '../../common/auth/actor.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { ApiErrors } from '../../common/http/api-errors.js';
import { XLSX_TYPE } from '../../common/http/media-types.js';
import { ExpiringService } from './expiring.service.js';
import { LiabilityService } from './liability.service.js';
import { ParticipationService } from './participation.service.js';
import { RedemptionsReportService } from './redemptions-report.service.js';
import { answer, REPORT_READERS, reportContent } from './report-http.js';
import {
  ExpiringReportQuery,
  ParticipationReportQuery,
  PeriodReportQuery,
  ProgramReportQuery,
  RedemptionsReportQuery,
} from './reports.dto.js';
import {
  ExpiringReportView,
  LiabilityReportView,
  ParticipationReportView,
  RedemptionsReportView,
  StaffActivityReportView,
} from './report-views.js';
import { StaffActivityService } from './staff-activity.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@Roles(...REPORT_READERS)
@ApiProduces('application/json', 'text/csv', XLSX_TYPE)
@ApiExtraModels(RedemptionsReportView, ParticipationReportView, LiabilityReportView, ExpiringReportView, StaffActivityReportView)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly redemptions: RedemptionsReportService,
    private readonly participation: ParticipationService,
    private readonly liability: LiabilityService,
    private readonly expiring: ExpiringService,
    private readonly staff: StaffActivityService,
  ) {}

  @Get('redemptions')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @ApiOperation({
    summary: 'Redemptions by store and month over your region: count, points, value in fen, refunds, net (JSON, CSV or xlsx)',
  })
  @ApiOkResponse({ description: 'The report', content: reportContent(RedemptionsReportView) })
  async redemptionsReport(@CurrentUser() actor: UserActor, @Query() q: RedemptionsReportQuery, @Res() res: Response): Promise<void> {
    await answer(
      res,
      q.format,
      () => this.redemptions.json(actor, q),
      () => this.redemptions.table(actor, q),
    );
  }

  @Get('participation')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND', 'NOT_A_HOUSEHOLD_PROGRAM')
  @ApiOperation({
    summary: 'Share of households with an entry in a period, per village or per grid (网格), against the period before (JSON, CSV or xlsx)',
  })
  @ApiOkResponse({ description: 'The report', content: reportContent(ParticipationReportView) })
  async participationReport(@CurrentUser() actor: UserActor, @Query() q: ParticipationReportQuery, @Res() res: Response): Promise<void> {
    await answer(
      res,
      q.format,
      () => this.participation.json(actor, q),
      () => this.participation.table(actor, q),
    );
  }

  @Get('liability')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND', 'NOT_A_HOUSEHOLD_PROGRAM')
  @ApiOperation({
    summary:
      'Outstanding redeemable points and their value per village, against goods in stock by funding source and settlements (JSON, CSV or xlsx)',
  })
  @ApiOkResponse({ description: 'The report', content: reportContent(LiabilityReportView) })
  async liabilityReport(@CurrentUser() actor: UserActor, @Query() q: ProgramReportQuery, @Res() res: Response): Promise<void> {
    await answer(
      res,
      q.format,
      () => this.liability.json(actor, q),
      () => this.liability.table(actor, q),
    );
  }

  @Get('expiring')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND', 'NOT_A_HOUSEHOLD_PROGRAM')
  @ApiOperation({ summary: 'Points expiring per village and month, for the months ahead (JSON, CSV or xlsx)' })
  @ApiOkResponse({ description: 'The report', content: reportContent(ExpiringReportView) })
  async expiringReport(@CurrentUser() actor: UserActor, @Query() q: ExpiringReportQuery, @Res() res: Response): Promise<void> {
    await answer(
      res,
      q.format,
      () => this.expiring.json(actor, q),
      () => this.expiring.table(actor, q),
    );
  }

  @Get('staff-activity')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND', 'NOT_A_HOUSEHOLD_PROGRAM')
  @ApiOperation({
    summary:
      'Awards and deductions per staff user and rule, their concentration and entries to their own household, outliers first (JSON, CSV or xlsx)',
  })
  @ApiOkResponse({ description: 'The report', content: reportContent(StaffActivityReportView) })
  async staffActivityReport(@CurrentUser() actor: UserActor, @Query() q: PeriodReportQuery, @Res() res: Response): Promise<void> {
    await answer(
      res,
      q.format,
      () => this.staff.json(actor, q),
      () => this.staff.table(actor, q),
    );
  }
}
