import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor, UserActor } from '../common/auth/actor.js';
import { CurrentActor, CurrentUser, Roles } from '../common/auth/decorators.js';
import { MANAGERS, OVERSEERS, READERS } from '../common/auth/roles.js';
import { ParseBigIdPipe } from '../common/http/parse-id.pipe.js';
import { AllocationService } from './allocation.service.js';
import { sendTable, sendWholeTable, type Cell, type ExportFormat, type Table } from '../common/http/table-export.js';
import type { AllocationPlan, RankingRun } from './ranking.entities.js';
import {
  CreatePlanDto,
  CreateRunDto,
  EntriesQuery,
  EntryView,
  ListPlansQuery,
  ListRunsQuery,
  PlanPreviewView,
  PlanView,
  RunView,
} from './rankings.dto.js';
import { RunsService } from './runs.service.js';
import { CSV_CONTENT, XLSX_CONTENT, XLSX_TYPE } from '../common/http/media-types.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { TOTAL_HEADER_DOC, withTotal } from '../common/http/listing.js';

function runView(run: RankingRun): RunView {
  const { createdBy: _c, publishedBy: _p, dispatch: _d, ...view } = run as RankingRun & { program?: unknown };
  delete (view as { program?: unknown }).program;
  return view;
}

const RUN_HEADER = ['名次', '序号', '代码', '名称', '得分', '积分', '加分', '扣分', '冲正', '参与户数', '获奖户数', '参与加分'];

function runRows(entries: EntryView[]): Cell[][] {
  return entries.map((e) => {
    const c = e.components;
    return [
      e.rank,
      e.position,
      e.holderCode,
      e.holderName,
      e.score,
      c.points,
      c.awards,
      c.deductions,
      c.reversals,
      c.participation?.households ?? null,
      c.participation?.awarded ?? null,
      c.participation?.points ?? null,
    ];
  });
}

async function* runPages(pages: AsyncIterable<EntryView[]>): AsyncGenerator<Cell[][]> {
  for await (const page of pages) yield runRows(page);
}

function planTable(plan: AllocationPlan): Table {
  const warned = new Set(plan.warnings.map((w) => w.holderId));
  const escalated = new Set(plan.escalations.map((w) => w.holderId));
  const flag = (holderId: number) => (escalated.has(holderId) ? '通报约谈' : warned.has(holderId) ? '预警' : '');
  // One row per village: a warned village that also gets money (tied at the cut-off) is flagged on its row, not listed again at 0.
  const allocated = new Set(plan.allocations.map((a) => a.holderId));
  const rows = plan.allocations.map((a) => [a.rank, a.holderCode, a.holderName, a.score, a.amountFen, a.amountFen / 100, flag(a.holderId)]);
  for (const w of plan.warnings)
    if (!allocated.has(w.holderId)) rows.push([w.rank, w.holderCode, w.holderName, w.score, 0, 0, flag(w.holderId)]);
  return { sheet: '积分换项目', header: ['名次', '村代码', '村名', '得分', '金额（分）', '金额（元）', '预警'], rows };
}

@ApiTags('rankings')
@ApiBearerAuth()
@Controller()
export class RankingsController {
  constructor(
    private readonly runs: RunsService,
    private readonly allocation: AllocationService,
  ) {}

  @Post('rankings/runs')
  @ApiErrors('REASON_REQUIRED', 'OUT_OF_SCOPE', 'NOT_FOUND')
  @HttpCode(202)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Queue a ranking run of a program over a region subtree for a period' })
  @ApiAcceptedResponse({ description: 'The run, queued', type: RunView })
  async create(@CurrentUser() actor: UserActor, @Body() dto: CreateRunDto): Promise<RunView> {
    return runView(await this.runs.create(actor, dto));
  }

  @Get('rankings/runs')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Ranking runs of your county, newest first' })
  @ApiOkResponse({ description: 'A page of the runs', type: [RunView], headers: TOTAL_HEADER_DOC })
  async list(@CurrentActor() actor: Actor, @Query() q: ListRunsQuery, @Res({ passthrough: true }) res: Response): Promise<RunView[]> {
    const { items, total } = await this.runs.list(actor, q);
    return withTotal(res, { items: items.map(runView), total });
  }

  @Get('rankings/runs/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A run with its status and progress' })
  @ApiOkResponse({ description: 'The run', type: RunView })
  async get(@CurrentActor() actor: Actor, @Param('id', ParseBigIdPipe) id: string): Promise<RunView> {
    return runView(await this.runs.get(actor, id));
  }

  @Get('rankings/runs/:id/entries')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Entries of a run with rank, score and its components' })
  @ApiOkResponse({ description: 'A page of entries, in list order', type: [EntryView] })
  entries(@CurrentActor() actor: Actor, @Param('id', ParseBigIdPipe) id: string, @Query() q: EntriesQuery): Promise<EntryView[]> {
    return this.runs.entries(actor, id, q);
  }

  @Post('rankings/runs/:id/publish')
  @ApiErrors('ALREADY_PUBLISHED', 'RUN_NOT_COMPLETED', 'PERIOD_NOT_CLOSED')
  @HttpCode(200)
  @Roles('county_admin')
  @ApiOperation({ summary: 'Publish a completed run of closed periods: it becomes immutable and shows on public boards' })
  @ApiOkResponse({ description: 'The run, published', type: RunView })
  async publish(@CurrentUser() actor: UserActor, @Param('id', ParseBigIdPipe) id: string): Promise<RunView> {
    return runView(await this.runs.publish(actor, id));
  }

  @Get('rankings/runs/:id/export.csv')
  @ApiErrors('RUN_NOT_COMPLETED')
  @Roles(...READERS)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'A run as CSV' })
  @ApiOkResponse({ description: 'The entries as CSV (UTF-8 with BOM), a header row first', content: CSV_CONTENT })
  async csv(@CurrentActor() actor: Actor, @Param('id', ParseBigIdPipe) id: string, @Res() res: Response): Promise<void> {
    await this.sendRun(res, await this.runs.withEntryPages(actor, id), 'csv');
  }

  @Get('rankings/runs/:id/export.xlsx')
  @ApiErrors('RUN_NOT_COMPLETED')
  @Roles(...READERS)
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: 'A run as an Excel workbook' })
  @ApiOkResponse({ description: 'The entries as an .xlsx workbook', content: XLSX_CONTENT })
  async xlsx(@CurrentActor() actor: Actor, @Param('id', ParseBigIdPipe) id: string, @Res() res: Response): Promise<void> {
    await this.sendRun(res, await this.runs.withEntryPages(actor, id), 'xlsx');
  }

  @Post('allocation-plans')
  @ApiErrors('RUN_NOT_PUBLISHED', 'NOT_A_VILLAGE_RANKING', 'ALLOCATION_INFEASIBLE', 'OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles('county_admin')
  @ApiOperation({ summary: 'Split a budget over a published village ranking (积分换项目)' })
  @ApiCreatedResponse({ description: 'The plan, stored', type: PlanView })
  createPlan(@CurrentUser() actor: UserActor, @Body() dto: CreatePlanDto): Promise<PlanView> {
    return this.allocation.create(actor, dto);
  }

  @Post('allocation-plans/preview')
  @HttpCode(200)
  @ApiErrors('RUN_NOT_PUBLISHED', 'NOT_A_VILLAGE_RANKING', 'ALLOCATION_INFEASIBLE', 'OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles('county_admin')
  @ApiOperation({ summary: 'The plan a budget split would make, stored nowhere: what the county looks at before it decides' })
  @ApiOkResponse({ description: 'The plan as it would be stored', type: PlanPreviewView })
  previewPlan(@CurrentUser() actor: UserActor, @Body() dto: CreatePlanDto): Promise<PlanPreviewView> {
    return this.allocation.preview(actor, dto);
  }

  @Get('allocation-plans')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...OVERSEERS)
  @ApiOperation({ summary: "A run's allocation plans, newest first" })
  @ApiOkResponse({ description: 'The plans', type: [PlanView] })
  listPlans(@CurrentUser() actor: UserActor, @Query() q: ListPlansQuery): Promise<PlanView[]> {
    return this.allocation.forRun(actor, q.runId);
  }

  @Get('allocation-plans/:id')
  @Roles(...OVERSEERS)
  @ApiOperation({ summary: 'A stored allocation plan' })
  @ApiOkResponse({ description: 'The plan', type: PlanView })
  getPlan(@CurrentUser() actor: UserActor, @Param('id', ParseBigIdPipe) id: string): Promise<PlanView> {
    return this.allocation.get(actor, id);
  }

  @Get('allocation-plans/:id/export.csv')
  @Roles(...OVERSEERS)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'An allocation plan as CSV' })
  @ApiOkResponse({ description: 'The plan as CSV (UTF-8 with BOM), a header row first', content: CSV_CONTENT })
  async planCsv(@CurrentUser() actor: UserActor, @Param('id', ParseBigIdPipe) id: string, @Res() res: Response): Promise<void> {
    await sendWholeTable(res, `allocation-${id}`, 'csv', planTable(await this.allocation.get(actor, id)));
  }

  @Get('allocation-plans/:id/export.xlsx')
  @Roles(...OVERSEERS)
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: 'An allocation plan as an Excel workbook' })
  @ApiOkResponse({ description: 'The plan as an .xlsx workbook', content: XLSX_CONTENT })
  async planXlsx(@CurrentUser() actor: UserActor, @Param('id', ParseBigIdPipe) id: string, @Res() res: Response): Promise<void> {
    await sendWholeTable(res, `allocation-${id}`, 'xlsx', planTable(await this.allocation.get(actor, id)));
  }

  /** Streams a run page by page: a county's household ranking can hold a million entries. */
  private sendRun(
    res: Response,
    { run, pages }: { run: RankingRun; pages: AsyncIterable<EntryView[]> },
    format: ExportFormat,
  ): Promise<void> {
    return sendTable(res, `ranking-${run.period}-${run.id}`, format, '排名', RUN_HEADER, runPages(pages));
  }
}
