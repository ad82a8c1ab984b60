import type { StaffRoute } from '../staff-routes';

/** The county and township office's organisation screens: regions and staff users with their declarations. */
export const organisationRoutes: StaffRoute[] = [];
