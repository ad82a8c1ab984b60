import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor.js';
import { invalidField } from '../common/errors/domain-error.js';
import { toCsv } from '../common/http/csv.js';
import { dayIn, isIsoDate } from '../common/calendar/calendar.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { ItemsRepository } from './items.repository.js';
import { ReportsRepository, type DayReport } from './reports.repository.js';
import { StoresService } from './stores.service.js';

export interface StockLine {
  sku: string;
  name: string;
  pointsPrice: number;
  stock: number | null;
  lowStockAt: number;
  low: boolean;
  active: boolean;
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly stores: StoresService,
    private readonly programs: ProgramsRepository,
    private readonly items: ItemsRepository,
    private readonly reports: ReportsRepository,
  ) {}

  async day(actor: Actor, storeId: number, date: string | undefined): Promise<DayReport> {
    const store = await this.stores.get(actor, storeId);
    const program = store.programId !== null ? await this.programs.findProgram(store.programId) : null;
    const timezone = program?.timezone ?? 'Asia/Shanghai';
    const day = date ?? dayIn(timezone);
    if (!isIsoDate(day)) throw invalidField('date', 'date must look like 2026-11-22', 'isIsoDate');
    return this.reports.day(storeId, day, timezone, program?.pointValueFen ?? 0);
  }

  dayCsv(r: DayReport): string {
    const fen = (points: number) => points * r.pointValueFen;
    return toCsv(
      ['日期', '商品编码', '商品', '兑换数量', '退回数量', '积分', '金额（分）'],
      [
        ...r.items.map((i) => [r.date, i.sku, i.name, i.quantity, i.refundedQuantity, i.points, fen(i.points)]),
        [r.date, '合计', `兑换${r.redemptions}笔`, '', '', r.redeemedPoints, fen(r.redeemedPoints)],
        [r.date, '退货', `退货${r.refunds}笔`, '', '', -r.refundedPoints, -fen(r.refundedPoints)],
        [r.date, '净额', '', '', '', r.netPoints, r.valueFen],
      ],
    );
  }

  async stock(actor: Actor, storeId: number): Promise<StockLine[]> {
    await this.stores.get(actor, storeId);
    return (await this.items.list(storeId)).map((i) => ({
      sku: i.sku,
      name: i.name,
      pointsPrice: i.pointsPrice,
      stock: i.tracksStock ? i.stock : null,
      lowStockAt: i.lowStockAt,
      low: i.tracksStock && i.stock <= i.lowStockAt,
      active: i.active,
    }));
  }

  stockCsv(lines: StockLine[]): string {
    return toCsv(
      ['商品编码', '商品', '积分价', '库存', '预警线', '库存不足', '在售'],
      lines.map((l) => [l.sku, l.name, l.pointsPrice, l.stock ?? '', l.lowStockAt, l.low ? '是' : '否', l.active ? '是' : '否']),
    );
  }
}
