import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/auth/actor.js';
import { dayIn } from '../../common/calendar/calendar.js';
import { cellPages, fileName, percent, type Cell, type ReportTable } from './report-output.js';
import { ReportReader } from './report-reader.js';
import { ReportScope } from './report-scope.js';
import type { PeriodReportQuery } from './reports.dto.js';
import type { StaffActivityReportView, StaffActivityUserView } from './report-views.js';
import { StaffActivityRepository, type StaffRuleRow } from './staff-activity.repository.js';

const ROLE_NAMES: Record<string, string> = {
  county_admin: '县级管理员',
  township_officer: '乡镇干部',
  village_clerk: '村干部',
  reviewer: '审核员',
  store_operator: '超市管理员',
  auditor: '监督员',
};

const HEADER = [
  '用户名',
  '姓名',
  '角色',
  '总条数',
  '加分条数',
  '扣分条数',
  '加分',
  '扣分',
  '涉及户数',
  '前三户积分占比（%）',
  '本户及亲属户条数',
  '本户及亲属户积分',
  '规则编码',
  '规则',
  '类别',
  '规则条数',
  '规则积分',
  '规则涉及户数',
  '申报本户',
  '申报亲属户',
  '申报日期',
];

/** Entries by staff users per user and rule, concentration, declarations and entries to declared households, outliers first (report 5). */
@Injectable()
export class StaffActivityService {
  constructor(
    private readonly scope: ReportScope,
    private readonly reader: ReportReader,
    private readonly repo: StaffActivityRepository,
  ) {}

  private async prepare(actor: UserActor, q: PeriodReportQuery) {
    const region = await this.scope.region(actor, q.regionId);
    const program = await this.scope.householdProgram(actor, q.programId);
    const { period } = this.scope.period(program, q.period);
    return { region, program, period, statement: this.repo.rules(region.path, program.id, period.periods) };
  }

  async json(actor: UserActor, q: PeriodReportQuery): Promise<StaffActivityReportView> {
    const { region, program, period, statement } = await this.prepare(actor, q);
    const users: StaffActivityUserView[] = [];
    for (const r of await this.reader.all(statement)) {
      let user = users.at(-1);
      if (user?.userId !== r.userId) {
        user = userView(r);
        users.push(user);
      }
      user.rules.push({
        ruleId: r.ruleId,
        ruleCode: r.ruleCode,
        ruleName: r.ruleName,
        category: r.category,
        entries: r.ruleEntries,
        points: r.rulePoints,
        households: r.ruleHouseholds,
      });
    }
    const alarms = await this.reader.all(this.repo.alarms(Number(region.path.split('/')[1])));
    return { programId: program.id, regionId: region.id, regionName: region.name, period: period.key, users, alarms };
  }

  async table(actor: UserActor, q: PeriodReportQuery): Promise<ReportTable> {
    const { region, program, period, statement } = await this.prepare(actor, q);
    const cells = (r: StaffRuleRow): Cell[] => {
      const u = userView(r);
      return [
        u.username,
        u.displayName,
        ROLE_NAMES[u.role] ?? u.role,
        u.entries,
        u.awards,
        u.deductions,
        u.awardPoints,
        u.deductionPoints,
        u.households,
        u.top3SharePercent,
        u.ownHouseholdEntries,
        u.ownHouseholdPoints,
        r.ruleCode,
        r.ruleName,
        r.category,
        r.ruleEntries,
        r.rulePoints,
        r.ruleHouseholds,
        u.ownHouseholdId,
        u.relatedHouseholdIds.join(' '),
        u.declaredAt === null ? null : dayIn(program.timezone, u.declaredAt),
      ];
    };
    return {
      name: fileName('staff-activity', region.id, period.key),
      sheet: '经办人员加扣分',
      header: HEADER,
      pages: cellPages(this.reader.pages(statement), cells),
    };
  }
}

function userView(r: StaffRuleRow): StaffActivityUserView {
  return {
    userId: r.userId,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    entries: r.entries,
    awards: r.awards,
    deductions: r.deductions,
    awardPoints: r.awardPoints,
    deductionPoints: r.deductionPoints,
    absolutePoints: r.absolutePoints,
    households: r.households,
    top3Points: r.top3Points,
    top3SharePercent: percent(r.top3Points, r.absolutePoints),
    ownHouseholdId: r.ownHouseholdId,
    relatedHouseholdIds: r.relatedHouseholdIds,
    declaredAt: r.declaredAt,
    ownHouseholdEntries: r.ownHouseholdEntries,
    ownHouseholdPoints: r.ownHouseholdPoints,
    rules: [],
  };
}
