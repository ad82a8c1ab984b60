import type { StaffRoute } from '../staff-routes';

/** The auditor's screens (村务监督委员会, 纪检): the ledger check and the audit log. */
export const auditRoutes: StaffRoute[] = [];
