import type { RouteRecordRaw } from 'vue-router';

/** The staff roles (as the server names them). */
export type StaffRole = 'county_admin' | 'township_officer' | 'village_clerk' | 'reviewer' | 'store_operator' | 'auditor';

/**
 * A screen of the staff console: a child route of /console with the menu entry that leads to it
 * and the roles that see it. The server stays the authority: a role outside `roles` typing the
 * URL gets the console's "not allowed" screen, and the API refuses whatever the screen would ask.
 */
export type StaffRoute = RouteRecordRaw & {
  path: string;
  meta: {
    /** The menu entry, in both languages. */
    menu: { zh: string; en: string };
    /** Who sees the entry and may open the screen. */
    roles: StaffRole[];
    /**
     * Menu group: 'village' (clerk's work, announcements), 'review', 'store', 'county' (programs, rules, rankings),
     * 'organisation' (regions, users), 'audit', 'messages' (messages to households and their channels), 'reports'.
     */
    group: 'village' | 'review' | 'store' | 'county' | 'organisation' | 'audit' | 'messages' | 'reports';
    /** Not in the menu (a detail screen reached from another). */
    hidden?: boolean;
  };
};
