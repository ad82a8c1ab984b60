import { Injectable } from '@nestjs/common';
import type { UserActor } from '../common/auth/actor.js';
import { ParticipationRepository, type ParticipationRow } from './participation.repository.js';
import { cellPages, fileName, percent, type ReportTable } from './report-output.js';
import { ReportReader } from './report-reader.js';
import { ReportScope } from './report-scope.js';
import type { PeriodReportQuery } from './reports.dto.js';
import type { ParticipationReportView, ParticipationTotalView, ParticipationVillageView } from './report-views.js';

const HEADER = ['村编码', '村（社区）', '乡镇', '户数', '参与户数', '参与率（%）', '上期参与户数', '上期参与率（%）', '变化（百分点）'];

/** Share of households taking part, per village, with the previous period (report 2). */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly scope: ReportScope,
    private readonly reader: ReportReader,
    private readonly repo: ParticipationRepository,
  ) {}

  private async prepare(actor: UserActor, q: PeriodReportQuery) {
    const region = await this.scope.region(actor, q.regionId);
    const program = await this.scope.householdProgram(actor, q.programId);
    const { period, previous } = this.scope.period(program, q.period);
    return { region, program, period, previous, statement: this.repo.villages(region.path, program.id, period.periods, previous.periods) };
  }

  async json(actor: UserActor, q: PeriodReportQuery): Promise<ParticipationReportView> {
    const { region, program, period, previous, statement } = await this.prepare(actor, q);
    const villages = (await this.reader.all(statement)).map(villageView);
    const sum = { households: 0, participating: 0, previousParticipating: 0 };
    for (const v of villages) {
      sum.households += v.households;
      sum.participating += v.participating;
      sum.previousParticipating += v.previousParticipating;
    }
    return { programId: program.id, regionId: region.id, regionName: region.name, period: period.key, previousPeriod: previous.key, byGrid: false, villages, total: shares(sum) };
  }

  async table(actor: UserActor, q: PeriodReportQuery): Promise<ReportTable> {
    const { region, period, statement } = await this.prepare(actor, q);
    const sum = { households: 0, participating: 0, previousParticipating: 0 };
    const cells = (r: ParticipationRow) => {
      sum.households += r.households;
      sum.participating += r.participating;
      sum.previousParticipating += r.previousParticipating;
      const v = villageView(r);
      return [v.villageCode, v.villageName, v.townshipName, v.households, v.participating, v.sharePercent, v.previousParticipating, v.previousSharePercent, v.changePercentPoints];
    };
    const footer = () => {
      const t = shares(sum);
      return [['合计', region.name, '', t.households, t.participating, t.sharePercent, t.previousParticipating, t.previousSharePercent, t.changePercentPoints]];
    };
    return { name: fileName('participation', region.id, period.key), sheet: '参与率', header: HEADER, pages: cellPages(this.reader.pages(statement), cells, footer) };
  }
}

function villageView(r: ParticipationRow): ParticipationVillageView {
  return { villageId: r.villageId, villageCode: r.villageCode, villageName: r.villageName, townshipName: r.townshipName, ...shares(r) };
}

/** Shares of one village or the region; the change is computed from the exact fractions, then rounded. */
function shares(c: { households: number; participating: number; previousParticipating: number }): ParticipationTotalView {
  return {
    households: c.households,
    participating: c.participating,
    sharePercent: percent(c.participating, c.households),
    previousParticipating: c.previousParticipating,
    previousSharePercent: percent(c.previousParticipating, c.households),
    changePercentPoints: percent(c.participating - c.previousParticipating, c.households),
  };
}
