/**
 * The changes the audit log records, as an auditor reads them: each action the service names
 * (method and route, e.g. `POST /api/v1/programs/:id/awards`) with the key of its words in
 * messages.ts (audit.actions.*), grouped by the kind of thing it changes (audit.entities.*: the first
 * part of the route after /api/v1/, which the service filters by as `entity`).
 */
export interface ActionKind {
  /** As the service writes it in the entry and takes it in the `action` filter. */
  action: string;
  /** Words: audit.actions.<key>. */
  key: string;
  /** What it acts on (words: audit.targets.<noun>); null: nothing (a log-in). */
  noun: string | null;
  /** The route's parameter naming it (`:ruleId`); without one, what the request created (the entry's resourceId); '-': no id. */
  param?: string;
}

/** The kinds of things changed, in the order the filter lists them; each with its actions. */
export const ENTITIES: { entity: string; actions: ActionKind[] }[] = [
  {
    entity: 'programs',
    actions: [
      { action: 'POST /api/v1/programs/:id/awards', key: 'award', noun: 'program', param: 'id' },
      { action: 'POST /api/v1/programs/:id/deductions', key: 'deduction', noun: 'program', param: 'id' },
      { action: 'POST /api/v1/programs', key: 'programCreate', noun: 'program' },
      { action: 'PATCH /api/v1/programs/:id', key: 'programUpdate', noun: 'program', param: 'id' },
      { action: 'POST /api/v1/programs/:id/rules', key: 'ruleCreate', noun: 'rule' },
      { action: 'PUT /api/v1/programs/:id/rules/:ruleId', key: 'ruleUpdate', noun: 'rule', param: 'ruleId' },
      { action: 'POST /api/v1/programs/:id/rules/:ruleId/exclusions', key: 'ruleExclude', noun: 'rule', param: 'ruleId' },
      { action: 'DELETE /api/v1/programs/:id/rules/:ruleId/exclusions/:regionId', key: 'ruleInclude', noun: 'rule', param: 'ruleId' },
      { action: 'PUT /api/v1/programs/:id/expiry', key: 'expiry', noun: 'program', param: 'id' },
      { action: 'POST /api/v1/programs/:id/periods/:period/close', key: 'periodClose', noun: 'program', param: 'id' },
    ],
  },
  {
    entity: 'transactions',
    actions: [{ action: 'POST /api/v1/transactions/:id/reversal', key: 'reversal', noun: 'transaction', param: 'id' }],
  },
  {
    entity: 'claims',
    actions: [
      { action: 'POST /api/v1/claims', key: 'claimFile', noun: 'claim' },
      { action: 'POST /api/v1/claims/:id/approve', key: 'claimApprove', noun: 'claim', param: 'id' },
      { action: 'POST /api/v1/claims/:id/reject', key: 'claimReject', noun: 'claim', param: 'id' },
    ],
  },
  { entity: 'notices', actions: [{ action: 'POST /api/v1/notices/:id/objections', key: 'objectionFile', noun: 'notice', param: 'id' }] },
  {
    entity: 'objections',
    actions: [{ action: 'POST /api/v1/objections/:id/decision', key: 'objectionDecide', noun: 'objection', param: 'id' }],
  },
  {
    entity: 'households',
    actions: [
      { action: 'POST /api/v1/households', key: 'householdCreate', noun: 'household' },
      { action: 'PATCH /api/v1/households/:id', key: 'householdUpdate', noun: 'household', param: 'id' },
      { action: 'POST /api/v1/households/import', key: 'householdImport', noun: 'import' },
    ],
  },
  { entity: 'resident-pins', actions: [{ action: 'POST /api/v1/resident-pins', key: 'pinIssue', noun: 'household', param: '-' }] },
  { entity: 'evidence', actions: [{ action: 'POST /api/v1/evidence', key: 'evidenceUpload', noun: 'photo' }] },
  {
    entity: 'stores',
    actions: [
      { action: 'POST /api/v1/stores/:id/redemptions', key: 'redemption', noun: 'redemption' },
      { action: 'POST /api/v1/stores/:id/settlements', key: 'settlement', noun: 'store', param: 'id' },
      { action: 'POST /api/v1/stores', key: 'storeCreate', noun: 'store' },
      { action: 'PATCH /api/v1/stores/:id', key: 'storeUpdate', noun: 'store', param: 'id' },
      { action: 'POST /api/v1/stores/:id/items', key: 'itemCreate', noun: 'item' },
      { action: 'PATCH /api/v1/stores/:id/items/:sku', key: 'itemUpdate', noun: 'item', param: 'sku' },
      { action: 'POST /api/v1/stores/:id/stock-movements', key: 'stock', noun: 'store', param: 'id' },
      { action: 'POST /api/v1/stores/:id/devices', key: 'deviceCreate', noun: 'device' },
      { action: 'POST /api/v1/stores/:id/devices/:deviceId/revoke', key: 'deviceRevoke', noun: 'device', param: 'deviceId' },
    ],
  },
  { entity: 'redemptions', actions: [{ action: 'POST /api/v1/redemptions/:id/refund', key: 'refund', noun: 'redemption', param: 'id' }] },
  {
    entity: 'rankings',
    actions: [
      { action: 'POST /api/v1/rankings/runs', key: 'rankingRun', noun: 'ranking' },
      { action: 'POST /api/v1/rankings/runs/:id/publish', key: 'rankingPublish', noun: 'ranking', param: 'id' },
    ],
  },
  { entity: 'allocation-plans', actions: [{ action: 'POST /api/v1/allocation-plans', key: 'allocation', noun: 'plan' }] },
  { entity: 'regions', actions: [{ action: 'POST /api/v1/regions', key: 'regionCreate', noun: 'region' }] },
  {
    entity: 'users',
    actions: [
      { action: 'POST /api/v1/users', key: 'userCreate', noun: 'user' },
      { action: 'PATCH /api/v1/users/:id', key: 'userUpdate', noun: 'user', param: 'id' },
      { action: 'PUT /api/v1/users/me/declaration', key: 'declare', noun: 'declaration' },
      { action: 'PUT /api/v1/users/:id/household', key: 'userHousehold', noun: 'user', param: 'id' },
    ],
  },
  {
    entity: 'auth',
    actions: [
      { action: 'POST /api/v1/auth/login', key: 'login', noun: null },
      { action: 'POST /api/v1/auth/resident-login', key: 'residentLogin', noun: null },
    ],
  },
];

const BY_ACTION = new Map<string, ActionKind>(ENTITIES.flatMap((e) => e.actions.map((a) => [a.action, a] as const)));
BY_ACTION.set('ALARM pin_guessing', { action: 'ALARM pin_guessing', key: 'pinAlarm', noun: null });

/** An action as the catalogue knows it, or null for one it does not. */
export const actionKind = (action: string): ActionKind | null => BY_ACTION.get(action) ?? null;

/** The words key of an action (audit.actions.<key>), or null for one the catalogue does not know. */
export const actionKey = (action: string): string | null => BY_ACTION.get(action)?.key ?? null;

/** The kind of thing an action changes: `POST /api/v1/households/import` → households; null for an alarm or another path. */
export function entityOf(action: string): string | null {
  const m = /^[A-Z]+ \/api\/v1\/([a-z][a-z-]*)/.exec(action);
  return m ? m[1] : null;
}

/** The value of a route parameter in an entry's URL, read against its route (`:id` of /api/v1/users/:id at /api/v1/users/12 → 12). */
export function pathParam(entry: { action: string; path: string }, name?: string): string | null {
  const route = entry.action.split(' ')[1]?.split('/') ?? [];
  const url = entry.path.split('?')[0].split('/');
  for (let i = 0; i < route.length && i < url.length; i++)
    if (route[i].startsWith(':') && (name === undefined || route[i] === `:${name}`)) return decoded(url[i]);
  return null;
}

/**
 * The id an entry is about: for a known action, the route parameter that names its thing or what
 * it created; for another, what it created, else the first id in its URL.
 */
export function targetId(entry: { action: string; path: string; resourceId: string | null }): string | null {
  const kind = actionKind(entry.action);
  if (kind?.param === '-') return null;
  if (kind?.param) return pathParam(entry, kind.param);
  if (kind) return entry.resourceId;
  return entry.resourceId ?? pathParam(entry);
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
