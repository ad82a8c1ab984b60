import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/auth/actor.js';
import { ParticipationRepository, type ParticipationGridRow, type ParticipationRow } from './participation.repository.js';
import { cellPages, fileName, percent, type ReportTable } from './report-output.js';
import { ReportReader } from './report-reader.js';
import { ReportScope } from './report-scope.js';
import type { ParticipationReportQuery } from './reports.dto.js';
import type { ParticipationGridView, ParticipationReportView, ParticipationTotalView, ParticipationVillageView } from './report-views.js';

const SHARES = ['户数', '参与户数', '参与率（%）', '上期参与户数', '上期参与率（%）', '变化（百分点）'];
const HEADER = ['村编码', '村（社区）', '乡镇', ...SHARES];
const GRID_HEADER = ['村编码', '村（社区）', '网格编码', '网格', ...SHARES];

/** The name of the row of a village's households not placed in a grid. */
const NO_GRID = '（未划入网格）';

type Counts = { households: number; participating: number; previousParticipating: number };

function add(sum: Counts, r: Counts): void {
  sum.households += r.households;
  sum.participating += r.participating;
  sum.previousParticipating += r.previousParticipating;
}

/** Share of households taking part, per village or per grid (网格), with the previous period (report 2). */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly scope: ReportScope,
    private readonly reader: ReportReader,
    private readonly repo: ParticipationRepository,
  ) {}

  private async prepare(actor: UserActor, q: ParticipationReportQuery) {
    const region = await this.scope.region(actor, q.regionId);
    const program = await this.scope.householdProgram(actor, q.programId);
    const { period, previous } = this.scope.period(program, q.period);
    return {
      region,
      program,
      period,
      previous,
      statement: this.repo.villages(region.path, program.id, period.periods, previous.periods),
      grids: this.repo.grids(region.path, program.id, period.periods, previous.periods),
    };
  }

  async json(actor: UserActor, q: ParticipationReportQuery): Promise<ParticipationReportView> {
    const { region, program, period, previous, statement, grids } = await this.prepare(actor, q);
    const villages = (await this.reader.all(statement)).map(villageView);
    const sum = { households: 0, participating: 0, previousParticipating: 0 };
    for (const v of villages) add(sum, v);
    const byGrid = q.by === 'grid';
    return {
      programId: program.id,
      regionId: region.id,
      regionName: region.name,
      period: period.key,
      previousPeriod: previous.key,
      byGrid,
      villages,
      grids: byGrid ? (await this.reader.all(grids)).map(gridView) : null,
      total: shares(sum),
    };
  }

  async table(actor: UserActor, q: ParticipationReportQuery): Promise<ReportTable> {
    const { region, period, statement, grids } = await this.prepare(actor, q);
    const sum = { households: 0, participating: 0, previousParticipating: 0 };
    const figures = (v: ParticipationTotalView) => [
      v.households,
      v.participating,
      v.sharePercent,
      v.previousParticipating,
      v.previousSharePercent,
      v.changePercentPoints,
    ];
    const footer = () => [['合计', region.name, '', ...figures(shares(sum))]];
    const name = fileName('participation', region.id, period.key);
    if (q.by === 'grid') {
      const cells = (r: ParticipationGridRow) => {
        add(sum, r);
        const g = gridView(r);
        return [g.villageCode, g.villageName, g.gridCode ?? '', g.gridName ?? NO_GRID, ...figures(g)];
      };
      return {
        name,
        sheet: '参与率（网格）',
        header: GRID_HEADER,
        pages: cellPages(this.reader.pages(grids), cells, () => [['合计', region.name, '', '', ...figures(shares(sum))]]),
      };
    }
    const cells = (r: ParticipationRow) => {
      add(sum, r);
      const v = villageView(r);
      return [v.villageCode, v.villageName, v.townshipName, ...figures(v)];
    };
    return { name, sheet: '参与率', header: HEADER, pages: cellPages(this.reader.pages(statement), cells, footer) };
  }
}

function gridView(r: ParticipationGridRow): ParticipationGridView {
  return {
    villageId: r.villageId,
    villageCode: r.villageCode,
    villageName: r.villageName,
    gridId: r.gridId,
    gridCode: r.gridCode,
    gridName: r.gridName,
    ...shares(r),
  };
}

function villageView(r: ParticipationRow): ParticipationVillageView {
  return { villageId: r.villageId, villageCode: r.villageCode, villageName: r.villageName, townshipName: r.townshipName, ...shares(r) };
}

/** Shares of one village or the region; the change is computed from the exact fractions, then rounded. */
function shares(c: Counts): ParticipationTotalView {
  return {
    households: c.households,
    participating: c.participating,
    sharePercent: percent(c.participating, c.households),
    previousParticipating: c.previousParticipating,
    previousSharePercent: percent(c.previousParticipating, c.households),
    changePercentPoints: percent(c.participating - c.previousParticipating, c.households),
  };
}
