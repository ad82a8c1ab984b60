import type { StaffRoute } from '../staff-routes';

/** The love supermarket's screens (爱心超市): store operators, and township and county offices for their stores. */
export const storeRoutes: StaffRoute[] = [];
