import { announcementRoutes } from './announcements/routes';
import { auditRoutes } from './audit/routes';
import { clerkRoutes } from './clerk/routes';
import { countyRoutes } from './county/routes';
import { integrationRoutes } from './integration/routes';
import { notificationRoutes } from './notifications/routes';
import { organisationRoutes } from './organisation/routes';
import { reviewerRoutes } from './reviewer/routes';
import { storeRoutes } from './store/routes';
import type { StaffRoute } from './staff-routes';

/** The reports (报表) of the caller's area: county and township offices, village clerks, the village supervisors. */
const reportsRoute: StaffRoute = {
  path: 'reports',
  name: 'reports',
  component: () => import('./reports/ReportsView.vue'),
  meta: {
    menu: { zh: '统计报表', en: 'Reports' },
    roles: ['county_admin', 'township_officer', 'village_clerk', 'auditor'],
    group: 'reports',
  },
};

/**
 * Every screen of the staff console, as child routes of /console, in menu order: the village's
 * daily work and its announcements, review, the store, the county office and its organisation, the
 * audit, messages to households, then the reports. Each screen is its own chunk (ECharts comes with
 * the reports only); the shell builds each role's menu from `meta` and opens the first entry.
 */
export const consoleRoutes: StaffRoute[] = [
  ...clerkRoutes,
  ...announcementRoutes,
  ...reviewerRoutes,
  ...storeRoutes,
  ...countyRoutes,
  ...organisationRoutes,
  ...auditRoutes,
  ...notificationRoutes,
  ...integrationRoutes,
  reportsRoute,
];
