import { unwrap, type Api, type Schemas } from '@/api/client';
import type { StaffRole } from '../staff-routes';

export type LedgerCheck = Schemas['LedgerCheckResponse'];
export type Program = Schemas['ProgramView'];
export type Region = Schemas['RegionView'];
export type StaffUser = Schemas['UserView'];

/**
 * An entry of the audit log, with its staff actor's display name and role as they are now (the
 * service adds them to AuditEntryView; optional here until the committed OpenAPI types have them).
 */
export type AuditEntry = Schemas['AuditEntryView'] & {
  actorDisplayName?: string | null;
  actorRole?: StaffRole | 'platform_operator' | null;
};

export type Outcome = 'success' | 'failure';

/** What the audit log is narrowed by, as the service takes it (instants in ISO 8601). */
export interface AuditFilter {
  from?: string;
  to?: string;
  actorId?: number;
  action?: string;
  entity?: string;
  outcome?: Outcome;
  q?: string;
}

/** Entries shown a page at a time. */
export const AUDIT_PAGE = 30;

/** The auditor's calls, through the console's typed client (as the signed-in user). */
export function auditApi(api: Api) {
  return {
    programs: () => unwrap(api.GET('/api/v1/programs')),
    /** The ledger check of the caller's county: every program, or one. */
    ledgerCheck: (programId: number | null) =>
      unwrap(api.GET('/api/v1/ledger/check', { params: { query: programId ? { programId } : {} } })),
    /** One page of the trail, newest first, filtered on the server; one entry more is asked for, to know whether a next page exists. */
    entries: async (filter: AuditFilter, offset: number): Promise<AuditEntry[]> => {
      const query: AuditFilter & { limit: number; offset: number } = { ...filter, limit: AUDIT_PAGE + 1, offset };
      return (await unwrap(api.GET('/api/v1/audit-log', { params: { query } }))) as AuditEntry[];
    },
    /** Staff users matching a search (username or display name), for the actor filter. */
    users: async (q: string): Promise<StaffUser[]> => {
      const query: { q?: string; limit: number } = { ...(q.trim() ? { q: q.trim() } : {}), limit: 20 };
      return (await unwrap(api.GET('/api/v1/users', { params: { query } }))).items;
    },
    user: (id: number) => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } } })),
    region: (id: number) => unwrap(api.GET('/api/v1/regions/{id}', { params: { path: { id } } })),
  };
}

/** Mismatches a check found: every unbalanced transaction and mismatched account, and the global sum when it is not zero. */
export function mismatchCount(c: LedgerCheck): number {
  return c.imbalances.length + c.balanceMismatches.length + c.lotMismatches.length + (c.globalSum !== 0 ? 1 : 0);
}

/** The service lists at most 100 of each kind: the count is then a lower bound. */
export const mismatchesCapped = (c: LedgerCheck): boolean =>
  c.imbalances.length >= 100 || c.balanceMismatches.length >= 100 || c.lotMismatches.length >= 100;

/** A calendar day (YYYY-MM-DD) at midnight on this device's clock, as an instant: the start of a day the auditor picked. */
export function dayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toISOString();
}

/** The midnight after a day, as an instant: the exclusive end of a range whose last day is `day`. */
export function dayEnd(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + 1).toISOString();
}
