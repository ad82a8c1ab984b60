import type { StaffRoute } from '../staff-routes';

/**
 * The auditor's screens (村务监督委员会, 纪检): the ledger check (auditors and county admins, as the
 * service allows it), the audit log (everyone who may read it: auditors, county admins, township
 * officers) and the staff-activity report, which is the reports screen opened on its 工作人员 tab.
 * Each is its own chunk, loaded when opened.
 */
export const auditRoutes: StaffRoute[] = [
  {
    path: 'ledger-check',
    name: 'audit-ledger-check',
    component: () => import('./LedgerCheckView.vue'),
    meta: { menu: { zh: '账务核对', en: 'Ledger check' }, roles: ['auditor', 'county_admin'], group: 'audit' },
  },
  {
    path: 'audit-log',
    name: 'audit-log',
    component: () => import('./AuditLogView.vue'),
    meta: { menu: { zh: '操作日志', en: 'Audit log' }, roles: ['auditor', 'county_admin', 'township_officer'], group: 'audit' },
  },
  {
    path: 'staff-activity',
    name: 'audit-staff-activity',
    component: () => import('../reports/ReportsView.vue'),
    // The reports screen, on its staff-activity tab (kept in the address as ?tab=staff).
    beforeEnter: (to) => (to.query.tab ? true : { path: to.path, query: { ...to.query, tab: 'staff' }, hash: to.hash, replace: true }),
    meta: { menu: { zh: '工作人员履职', en: 'Staff activity' }, roles: ['auditor', 'county_admin', 'township_officer'], group: 'audit' },
  },
];
