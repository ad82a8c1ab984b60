import type { StaffRoute } from '../staff-routes';

/**
 * Who sees the county office's screens: the county admin, and township officers (who read the
 * programs, add their region's rules and start their region's rankings). The server stays the
 * authority: settings, closing periods, publishing and allocation plans are the county admin's,
 * and the screens say so to a township officer instead of offering them.
 */
const OFFICES: StaffRoute['meta']['roles'] = ['county_admin', 'township_officer'];
const group = 'county' as const;

/** The county and township office's screens: programs and settings, the rule catalogue and its adoption, periods, ranking runs, allocation plans. */
export const countyRoutes: StaffRoute[] = [
  {
    path: 'programs',
    name: 'county-programs',
    component: () => import('./ProgramsView.vue'),
    meta: { menu: { zh: '积分方案', en: 'Programs' }, roles: OFFICES, group },
  },
  {
    path: 'rules',
    name: 'county-rules',
    component: () => import('./RulesView.vue'),
    meta: { menu: { zh: '积分标准', en: 'Rule catalogue' }, roles: OFFICES, group },
  },
  {
    path: 'periods',
    name: 'county-periods',
    component: () => import('./PeriodsView.vue'),
    meta: { menu: { zh: '考核周期', en: 'Periods' }, roles: OFFICES, group },
  },
  {
    path: 'rankings',
    name: 'county-rankings',
    component: () => import('./RunsView.vue'),
    meta: { menu: { zh: '排名', en: 'Rankings' }, roles: OFFICES, group },
  },
  {
    path: 'allocation',
    name: 'county-allocation',
    component: () => import('./AllocationView.vue'),
    meta: { menu: { zh: '积分换项目', en: 'Points for projects' }, roles: OFFICES, group },
  },
  {
    path: 'programs/:id(\\d+)',
    name: 'county-program',
    component: () => import('./ProgramSettings.vue'),
    props: true,
    meta: { menu: { zh: '方案设置', en: 'Program settings' }, roles: OFFICES, group, hidden: true },
  },
  {
    path: 'rules/:programId(\\d+)/:ruleId(\\d+)',
    name: 'county-rule',
    component: () => import('./RuleDetail.vue'),
    props: true,
    meta: { menu: { zh: '积分标准详情', en: 'Rule' }, roles: OFFICES, group, hidden: true },
  },
  {
    path: 'rankings/:id(\\d+)',
    name: 'county-run',
    component: () => import('./RunDetail.vue'),
    props: true,
    meta: { menu: { zh: '排名结果', en: 'Ranking run' }, roles: OFFICES, group, hidden: true },
  },
  {
    path: 'allocation/plans/:id(\\d+)',
    name: 'county-plan',
    component: () => import('./PlanDetail.vue'),
    props: true,
    meta: { menu: { zh: '资金分配方案', en: 'Allocation plan' }, roles: OFFICES, group, hidden: true },
  },
];
