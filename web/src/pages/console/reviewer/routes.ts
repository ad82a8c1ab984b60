import type { RouteComponent } from 'vue-router';
import type { StaffRoute } from '../staff-routes';
import { reviewerScreens } from './menu';

type Screen = (typeof reviewerScreens)[keyof typeof reviewerScreens];

/** A screen of menu.ts as a child route of /console; detail screens take their `id` as a prop. */
function route(screen: Screen, component: () => Promise<RouteComponent>, props = false): StaffRoute {
  return { path: screen.path, name: screen.name, component, props, meta: { ...screen.meta, roles: [...screen.meta.roles] } };
}

/**
 * The reviewer's screens (审核): the claim queue, one claim, the notices held by objections and one
 * notice. Each is its own chunk, loaded when opened.
 */
export const reviewerRoutes: StaffRoute[] = [
  route(reviewerScreens.queue, () => import('./ReviewQueue.vue')),
  route(reviewerScreens.claim, () => import('./ClaimReview.vue'), true),
  route(reviewerScreens.objections, () => import('./ObjectionQueue.vue')),
  route(reviewerScreens.notice, () => import('./NoticeReview.vue'), true),
];
