import type { StaffRoute } from '../staff-routes';

/** The county and township office's screens: programs and settings, the rule catalogue and its adoption, periods, ranking runs, allocation plans. */
export const countyRoutes: StaffRoute[] = [];
