import { ApiError, unwrap, type Api, type Schemas } from '@/api/client';
import { paged } from '../shell/paged';

export type ApiClient = Schemas['ClientView'];
export type ClientSecret = Schemas['ClientSecretView'];
export type IssuedSecret = Schemas['IssuedSecretView'];
export type NewClient = Schemas['CreateClientDto'];
export type Mapping = Schemas['MappingView'];
export type MappingInput = Schemas['MappingDto'];
export type MappingPath = Mapping['path'];
export type IntegrationEvent = Schemas['EventView'];
export type EventStatus = IntegrationEvent['status'];

/** The event lists, in the order of their tabs: the dead-letter list first. */
export const EVENT_STATUSES: EventStatus[] = ['dead', 'accepted', 'dismissed'];
/** Events asked of the service at a time. */
export const EVENT_PAGE = 20;
/** The two ways an event can count, in the order the form offers them. */
export const MAPPING_PATHS: MappingPath[] = ['entry', 'claim'];

/** An event type as the service takes it: lower-case letters, digits, . _ -, starting with a letter, at most 64. */
export const EVENT_TYPE = /^[a-z][a-z0-9_.-]{0,63}$/;
/** Event types one client may send. */
export const MAX_EVENT_TYPES = 50;
/** Secrets a client may have at once (the service answers TOO_MANY_SECRETS beyond). */
export const MAX_ACTIVE_SECRETS = 2;
/** Where the service documents the signed request (its OpenAPI page, at the operation that takes events). */
export const SIGNING_DOCS = '/docs#/integration/IntegrationController_receive';

/** The household an event names, as the platform sent it (an ID number kept only masked). */
export interface SentHousehold {
  cardCode?: string;
  villageCode?: string;
  householdNo?: string;
  idNumberMasked?: string;
}

/** An event's body as kept: what the platform sent. */
export interface SentEvent {
  memo?: string;
  evidenceUrl?: string;
  household?: SentHousehold;
}
export const sentOf = (e: IntegrationEvent): SentEvent => e.event as SentEvent;

/**
 * What a replay made, as plain values: the service's answer types its references loosely (ids
 * arrive as strings, points as a number, any of them null or absent).
 */
export interface ReplayOutcome {
  eventId: string;
  status: Schemas['EventResultView']['status'];
  claimId: string | null;
  noticeId: string | null;
  transactionId: string | null;
  points: number | null;
  capped: boolean;
  code: string | null;
  message: string | null;
}

const idOrNull = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v as string | number));

export function outcomeOf(r: Schemas['EventResultView']): ReplayOutcome {
  const points = idOrNull(r.points);
  return {
    eventId: r.eventId,
    status: r.status,
    claimId: idOrNull(r.claimId),
    noticeId: idOrNull(r.noticeId),
    transactionId: idOrNull(r.transactionId),
    points: points === null ? null : Number(points),
    capped: r.capped === true,
    code: r.code ?? null,
    message: r.message ?? null,
  };
}

/** The secrets of a client that still sign. */
export const activeSecrets = (c: ApiClient): ClientSecret[] => c.secrets.filter((s) => s.revokedAt === null);

/** The calls of the integration screens: the county's API clients, its event mappings and the events received. */
export function integrationApi(api: Api) {
  return {
    clients: () => unwrap(api.GET('/api/v1/api-clients')),
    createClient: (body: NewClient) => unwrap(api.POST('/api/v1/api-clients', { body })),
    /** A second secret, for rotation (shown once). */
    addSecret: (id: number) => unwrap(api.POST('/api/v1/api-clients/{id}/secrets', { params: { path: { id } } })),
    revokeSecret: (id: number, secretId: number) =>
      unwrap(api.POST('/api/v1/api-clients/{id}/secrets/{secretId}/revoke', { params: { path: { id, secretId } } })),
    revokeClient: (id: number) => unwrap(api.POST('/api/v1/api-clients/{id}/revoke', { params: { path: { id } } })),

    mappings: () => unwrap(api.GET('/api/v1/event-mappings')),
    setMapping: (body: MappingInput) => unwrap(api.PUT('/api/v1/event-mappings', { body })),
    removeMapping: (id: number) => unwrap(api.DELETE('/api/v1/event-mappings/{id}', { params: { path: { id } } })),

    /** A page of the county's events in one state, newest first, with how many there are. */
    events: (query: { status: EventStatus; clientId?: number | null }, offset: number, limit = EVENT_PAGE) =>
      paged(
        api.GET('/api/v1/integration-events', {
          params: { query: { status: query.status, limit, offset, ...(query.clientId ? { clientId: query.clientId } : {}) } },
        }),
      ),
    replay: async (id: string): Promise<ReplayOutcome> =>
      outcomeOf(await unwrap(api.POST('/api/v1/integration-events/{id}/replay', { params: { path: { id } } }))),
    dismiss: (id: string, reason: string) =>
      unwrap(api.POST('/api/v1/integration-events/{id}/dismiss', { params: { path: { id } }, body: { reason } })),

    programs: () => unwrap(api.GET('/api/v1/programs')),
    rules: (programId: number) => unwrap(api.GET('/api/v1/programs/{id}/rules', { params: { path: { id: programId } } })),
    household: (id: number) => unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } } })),
    /** The household a card code names (staff get the detail view); null when no household has it. */
    householdByCard: async (cardCode: string): Promise<Schemas['HouseholdDetailView'] | null> => {
      try {
        const found = await unwrap(api.GET('/api/v1/households/by-card/{cardCode}', { params: { path: { cardCode } } }));
        return 'headName' in found ? found : null;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    user: (id: number) => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } } })),
  };
}

export type IntegrationApi = ReturnType<typeof integrationApi>;

/** An error of the service with the screen's own words for it (where the service's words name another thing). */
export function reworded(e: unknown, words: Partial<Record<string, string>>): unknown {
  if (!(e instanceof ApiError)) return e;
  const said = words[e.code];
  return said ? new ApiError(e.status, e.code, said, e.details) : e;
}
