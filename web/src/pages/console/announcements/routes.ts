import type { StaffRoute } from '../staff-routes';

/** Who publishes and withdraws announcements: the village's staff, and township and county offices for every village below them. */
const PUBLISHERS: StaffRoute['meta']['roles'] = ['village_clerk', 'township_officer', 'county_admin'];

/** 公告 (村务公开): the list of the user's area, and the form that publishes one. Each is its own chunk. */
export const announcementRoutes: StaffRoute[] = [
  {
    path: 'announcements',
    name: 'announcements',
    component: () => import('./AnnouncementsView.vue'),
    meta: { menu: { zh: '公告', en: 'Announcements' }, roles: PUBLISHERS, group: 'village' },
  },
  {
    path: 'announcements/new',
    name: 'announcement-new',
    component: () => import('./AnnouncementPublish.vue'),
    meta: { menu: { zh: '发布公告', en: 'Publish an announcement' }, roles: PUBLISHERS, group: 'village', hidden: true },
  },
];
