import type { StaffRoute } from '../staff-routes';

const MANAGERS: StaffRoute['meta']['roles'] = ['county_admin', 'township_officer'];

/**
 * The county and township office's organisation screens: the regions (区划) level by level with
 * townships, villages and grids added, and the staff users (人员) with their conflict-of-interest
 * declarations. Each is its own chunk, loaded when opened.
 */
export const organisationRoutes: StaffRoute[] = [
  {
    path: 'regions',
    name: 'organisation-regions',
    component: () => import('./RegionsView.vue'),
    meta: { menu: { zh: '区划', en: 'Regions' }, roles: MANAGERS, group: 'organisation' },
  },
  {
    path: 'users',
    name: 'organisation-users',
    component: () => import('./UsersView.vue'),
    meta: { menu: { zh: '人员', en: 'Staff' }, roles: MANAGERS, group: 'organisation' },
  },
];
