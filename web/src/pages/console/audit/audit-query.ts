import type { LocationQuery } from 'vue-router';
import { dayEnd, dayStart, type AuditFilter, type Outcome } from './audit-api';

/**
 * The audit log's filters as they live in the address (so a filtered page can be sent to someone
 * or come back to): days `from`/`to` (YYYY-MM-DD, both included), `actor` (a staff user's id),
 * `action`, `entity`, `outcome`, `q` and `page`.
 */
export interface AuditQuery {
  from: string | null;
  to: string | null;
  actor: number | null;
  action: string | null;
  entity: string | null;
  outcome: Outcome | null;
  q: string;
  page: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const day = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

export function readQuery(q: LocationQuery): AuditQuery {
  const actor = text(q.actor);
  return {
    from: day(q.from),
    to: day(q.to),
    actor: actor && /^\d{1,9}$/.test(actor) ? Number(actor) : null,
    action: text(q.action),
    entity: text(q.entity),
    outcome: q.outcome === 'success' || q.outcome === 'failure' ? q.outcome : null,
    q: text(q.q) ?? '',
    page: Math.max(1, Number(q.page) || 1),
  };
}

/** The address's query for the filters (empty ones left out; the first page is no page). */
export function writeQuery(f: AuditQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.actor) out.actor = String(f.actor);
  if (f.action) out.action = f.action;
  if (f.entity) out.entity = f.entity;
  if (f.outcome) out.outcome = f.outcome;
  if (f.q.trim()) out.q = f.q.trim();
  if (f.page > 1) out.page = String(f.page);
  return out;
}

/** What the service is asked for: the days as instants on this device's clock (the last day included). */
export function serviceFilter(f: AuditQuery): AuditFilter {
  return {
    ...(f.from ? { from: dayStart(f.from) } : {}),
    ...(f.to ? { to: dayEnd(f.to) } : {}),
    ...(f.actor ? { actorId: f.actor } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.outcome ? { outcome: f.outcome } : {}),
    ...(f.q.trim() ? { q: f.q.trim().slice(0, 100) } : {}),
  };
}
