import type { StaffRoute } from '../staff-routes';

const VILLAGE_STAFF: StaffRoute['meta']['roles'] = ['village_clerk', 'township_officer', 'county_admin'];

/**
 * The village clerk's screens (村务): households, their import, awards and deductions (记分), and
 * the village's notices and claims. Township officers and county admins use them too, choosing a
 * village first. Each is its own chunk, loaded when opened.
 */
export const clerkRoutes: StaffRoute[] = [
  {
    path: 'households',
    name: 'clerk-households',
    component: () => import('./HouseholdsView.vue'),
    meta: { menu: { zh: '农户', en: 'Households' }, roles: VILLAGE_STAFF, group: 'village' },
  },
  {
    path: 'award',
    name: 'clerk-award',
    component: () => import('./AwardView.vue'),
    meta: { menu: { zh: '记分（加分 / 扣分）', en: 'Award / deduct' }, roles: VILLAGE_STAFF, group: 'village' },
  },
  {
    path: 'village',
    name: 'clerk-village',
    component: () => import('./VillageView.vue'),
    meta: { menu: { zh: '公示与申报', en: 'Notices and claims' }, roles: VILLAGE_STAFF, group: 'village' },
  },
  {
    path: 'households/import',
    name: 'clerk-import',
    component: () => import('./ImportView.vue'),
    meta: { menu: { zh: '导入农户', en: 'Import households' }, roles: VILLAGE_STAFF, group: 'village' },
  },
  {
    path: 'households/:id(\\d+)',
    name: 'clerk-household',
    component: () => import('./HouseholdDetailView.vue'),
    props: true,
    meta: { menu: { zh: '农户详情', en: 'Household' }, roles: VILLAGE_STAFF, group: 'village', hidden: true },
  },
];
