import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/auth/actor.js';
import { LiabilityRepository, type LiabilityVillageRow, type SettlementTotals, type StockSourceRow } from './liability.repository.js';
import { addInto, cellPages, fen, fileName, type Cell, type ReportTable } from './report-output.js';
import { ReportReader } from './report-reader.js';
import { ReportScope } from './report-scope.js';
import type { ProgramReportQuery } from './reports.dto.js';
import type { LiabilityAmountView, LiabilityReportView, SettledView, StockSourceView, StockTotalView } from './report-views.js';
import type { ReportProgram } from './scope.repository.js';

export const FUNDING_SOURCE_NAMES: Record<string, string> = {
  donation: '社会捐赠',
  village_fund: '村集体资金',
  township_fund: '乡镇资金',
  county_fund: '县级资金',
  enterprise: '企业赞助',
  other: '其他',
  unspecified: '未注明',
};

const AMOUNT_KEYS = ['households', 'outstandingPoints', 'outstandingValueFen'] as const;
const HEADER = ['类别', '编码', '名称', '户数/件数', '积分', '金额（分）'];

/** Outstanding redeemable points against goods in stock and settlements (report 3). */
@Injectable()
export class LiabilityService {
  constructor(
    private readonly scope: ReportScope,
    private readonly reader: ReportReader,
    private readonly repo: LiabilityRepository,
  ) {}

  private async prepare(actor: UserActor, q: ProgramReportQuery) {
    const region = await this.scope.region(actor, q.regionId);
    const program = await this.scope.householdProgram(actor, q.programId);
    return { region, program, statement: this.repo.villages(region.path, program) };
  }

  /** Stock and settlements of the region: a few rows, read before the villages stream. */
  private async goods(regionPath: string, program: ReportProgram) {
    const stock = (await this.repo.stockBySource(regionPath, program.id)).map((s) => stockView(s, program.pointValueFen));
    const stockTotal: StockTotalView = { quantity: 0, points: 0, valueFen: 0 };
    for (const s of stock) addInto(stockTotal, s, ['quantity', 'points', 'valueFen']);
    return { stock, stockTotal, settled: settledView(await this.repo.settlements(regionPath, program.id), program.pointValueFen) };
  }

  async json(actor: UserActor, q: ProgramReportQuery): Promise<LiabilityReportView> {
    const { region, program, statement } = await this.prepare(actor, q);
    const villages = await this.reader.all(statement);
    const total: LiabilityAmountView = { households: 0, outstandingPoints: 0, outstandingValueFen: 0 };
    for (const v of villages) addInto(total, v, AMOUNT_KEYS);
    const goods = await this.goods(region.path, program);
    return {
      programId: program.id,
      regionId: region.id,
      regionName: region.name,
      basePoints: program.basePoints,
      pointValueFen: program.pointValueFen,
      villages,
      total,
      ...goods,
      coverageFen: goods.stockTotal.valueFen - total.outstandingValueFen,
    };
  }

  async table(actor: UserActor, q: ProgramReportQuery): Promise<ReportTable> {
    const { region, program, statement } = await this.prepare(actor, q);
    const goods = await this.goods(region.path, program);
    const total: LiabilityAmountView = { households: 0, outstandingPoints: 0, outstandingValueFen: 0 };
    const cells = (v: LiabilityVillageRow): Cell[] => {
      addInto(total, v, AMOUNT_KEYS);
      return ['待兑付积分', v.villageCode, v.villageName, v.households, v.outstandingPoints, v.outstandingValueFen];
    };
    const footer = (): Cell[][] => [
      ['待兑付积分合计', '', region.name, total.households, total.outstandingPoints, total.outstandingValueFen],
      ...goods.stock.map((s) => ['库存商品', s.fundingSource, s.fundingSourceName, s.quantity, s.points, s.valueFen]),
      ['库存商品合计', '', '', goods.stockTotal.quantity, goods.stockTotal.points, goods.stockTotal.valueFen],
      [
        '库存减待兑付',
        '',
        '',
        '',
        goods.stockTotal.points - total.outstandingPoints,
        goods.stockTotal.valueFen - total.outstandingValueFen,
      ],
      ['已结算', '', `${goods.settled.settlements}次`, '', goods.settled.points, goods.settled.valueFen],
      ['待结算', '', '', '', goods.settled.unsettledPoints, goods.settled.unsettledValueFen],
    ];
    return {
      name: fileName('liability', region.id, `program${program.id}`),
      sheet: '积分负债',
      header: HEADER,
      pages: cellPages(this.reader.pages(statement), cells, footer),
    };
  }
}

function stockView(s: StockSourceRow, pointValueFen: number): StockSourceView {
  return {
    fundingSource: s.fundingSource,
    fundingSourceName: FUNDING_SOURCE_NAMES[s.fundingSource] ?? s.fundingSource,
    quantity: s.quantity,
    points: s.points,
    valueFen: fen(s.points, pointValueFen),
  };
}

function settledView(s: SettlementTotals, pointValueFen: number): SettledView {
  return {
    settlements: s.settlements,
    points: s.settledPoints,
    valueFen: s.settledValueFen,
    unsettledPoints: s.unsettledPoints,
    unsettledValueFen: fen(s.unsettledPoints, pointValueFen),
  };
}
