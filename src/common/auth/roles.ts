/** Staff roles (DESIGN §4). Each route names who may call it with one of the groups below. */
export const ROLES = ['county_admin', 'township_officer', 'village_clerk', 'reviewer', 'store_operator', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Whoever runs the deployment: keeps the service and its queues running, above all counties, and
 * never acts in a county's business. Made by the command line only; it has no region.
 */
export const PLATFORM_OPERATOR = 'platform_operator';
export type AccountRole = Role | typeof PLATFORM_OPERATOR;
export const ACCOUNT_ROLES = [...ROLES, PLATFORM_OPERATOR] as const;

/** Every staff role: reading what lies in one's scope. */
export const READERS: Role[] = [...ROLES];

/**
 * Who may read what residents wrote or what is about them (claims, their photos, notices with their
 * objections, statements, household records with members): every staff role but the store
 * operator, who sees what the counter needs (a household by card, masked, and its balance) and
 * its store's own records.
 */
export const RESIDENT_DATA_READERS: Role[] = READERS.filter((r) => r !== 'store_operator');

/** Those who manage a county or township: programs, rules, users, rankings, settlements. */
export const MANAGERS = ['county_admin', 'township_officer'] as const;

/** Village work: households, regions below one's own, awards and deductions. */
export const VILLAGE_STAFF = ['county_admin', 'township_officer', 'village_clerk'] as const;

/** Love-supermarket work: stores, goods, stock, redemptions and refunds. */
export const STORE_STAFF = ['county_admin', 'township_officer', 'store_operator'] as const;

/** Who reviews claims and decides objections (a program may let village clerks review claims too). */
export const REVIEWERS = ['county_admin', 'township_officer', 'reviewer'] as const;

/** Who may enter or review points (awards, deductions, claim reviews, objection decisions): they declare their conflicts of interest first. */
export const POINTS_STAFF = ['county_admin', 'township_officer', 'village_clerk', 'reviewer'] as const;

/** Managers and auditors: staff lists, audit log, allocation plans. */
export const OVERSEERS = ['county_admin', 'township_officer', 'auditor'] as const;
