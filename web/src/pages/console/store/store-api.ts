import { ApiError, unwrap, type Api, type Schemas } from '@/api/client';
import { acceptLanguage } from '@/common/api';
import { paged, type Page } from '../shell/paged';

export type { Page };

export type Store = Schemas['StoreView'];
export type Program = Schemas['ProgramView'];
export type Item = Schemas['ItemView'];
export type CreateItem = Schemas['CreateItemDto'];
export type UpdateItem = Schemas['UpdateItemDto'];
export type Movement = Schemas['StockMovementView'];
export type FundingSource = NonNullable<Movement['fundingSource']>;
export type Redemption = Schemas['RedemptionView'];

/** The receipt's household as the store may see it: its number and the head's masked name (the id before the service names it). */
export function householdOf(r: Redemption, t: (key: string, values: Record<string, unknown>) => string): string {
  return r.household
    ? t('store.receipts.householdLabel', { no: r.household.householdNo, name: r.household.headName })
    : t('store.receipts.householdId', { id: r.householdId });
}
export type RedemptionLine = Schemas['RedemptionLineView'];
export type Refund = Schemas['RefundView'];
export type RefundResult = Schemas['RefundResult'];
export type Settlement = Schemas['SettlementView'];
export type Device = Schemas['DeviceView'];
export type CreatedDevice = Schemas['CreatedDeviceView'];
export type DayReport = Schemas['DayReportView'];
export type LimitPer = 'month' | 'quarter' | 'year';

/** Totals of a store's month or of one of its days (GET stores/:id/reports/month). */
export interface MonthTotals {
  redemptions: number;
  redeemedPoints: number;
  refunds: number;
  refundedPoints: number;
  netPoints: number;
  valueFen: number;
}

/** A store's month, day by day (GET stores/:id/reports/month). */
export interface MonthReport {
  storeId: number;
  month: string;
  pointValueFen: number;
  days: (MonthTotals & { date: string })[];
  totals: MonthTotals;
  items: DayReport['items'];
}

/** Who paid for a restock, as the service names them (the liability report's order). */
export const FUNDING_SOURCES: FundingSource[] = ['donation', 'village_fund', 'township_fund', 'county_fund', 'enterprise', 'other'];

/** A page of a list: the server searches and pages (never the whole store). */
export const PAGE = 20;

/** The search and page of a list: an empty search is no search. */
function listQuery(q: string | undefined, offset: number, limit = PAGE): Record<string, string | number> {
  const word = q?.trim();
  return { limit, offset, ...(word ? { q: word } : {}) };
}

/**
 * The calls of the store's screens, through the console's typed client (as the signed-in user).
 * The paging and search parameters of the store's lists (`q`, `limit`, `offset`) and the month
 * report are newer than the committed OpenAPI types; they are passed as the service documents them.
 */
export function storeApi(api: Api, token: () => string | null) {
  /** A JSON answer of a path the committed types do not know yet. */
  async function getJson<T>(path: string, query: Record<string, string>): Promise<T> {
    const res = await send(path, query);
    return (await res.json()) as T;
  }

  async function send(path: string, query: Record<string, string>): Promise<Response> {
    const bearer = token();
    let res: Response;
    try {
      res = await fetch(`/api/v1${path}?${new URLSearchParams(query).toString()}`, {
        headers: { 'Accept-Language': acceptLanguage(), ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
      });
    } catch (e) {
      throw new ApiError(0, 'NETWORK', e instanceof Error ? e.message : String(e));
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; details?: object } } | null;
      throw new ApiError(
        res.status,
        (body?.error?.code ?? 'INTERNAL_ERROR') as ApiError['code'],
        body?.error?.message ?? res.statusText,
        (body?.error?.details ?? {}) as Record<string, unknown>,
      );
    }
    return res;
  }

  return {
    /** Stores in the user's reach, by name or code if searched. */
    stores: (q: string | undefined, limit = PAGE) =>
      unwrap(api.GET('/api/v1/stores', { params: { query: { limit, offset: 0, ...(q?.trim() ? { q: q.trim() } : {}) } as never } })),
    store: (id: number) => unwrap(api.GET('/api/v1/stores/{id}', { params: { path: { id } } })),
    program: (id: number) => unwrap(api.GET('/api/v1/programs/{id}', { params: { path: { id } } })),

    items: (storeId: number, q: string | undefined, offset: number, limit = PAGE): Promise<Page<Item>> =>
      paged(api.GET('/api/v1/stores/{id}/items', { params: { path: { id: storeId }, query: listQuery(q, offset, limit) as never } })),
    createItem: (storeId: number, body: CreateItem) =>
      unwrap(api.POST('/api/v1/stores/{id}/items', { params: { path: { id: storeId } }, body })),
    updateItem: (storeId: number, sku: string, body: UpdateItem) =>
      unwrap(api.PATCH('/api/v1/stores/{id}/items/{sku}', { params: { path: { id: storeId, sku } }, body })),
    /** A restock (positive, with who paid) or an adjustment down (negative, with why). */
    moveStock: (storeId: number, body: { sku: string; quantity: number; reason: string; fundingSource?: FundingSource }) =>
      unwrap(api.POST('/api/v1/stores/{id}/stock-movements', { params: { path: { id: storeId } }, body })),
    /** An item's movements, newest first (one more than a page is asked for, to know whether there are more). */
    movements: (storeId: number, sku: string, offset: number, limit: number) =>
      unwrap(
        api.GET('/api/v1/stores/{id}/items/{sku}/stock-movements', {
          params: { path: { id: storeId, sku }, query: { limit, offset } as never },
        }),
      ),

    /** The receipts of a time range (a day), searched by receipt number or goods. */
    redemptions: (storeId: number, range: { from: Date; to: Date }, q: string | undefined, offset: number): Promise<Page<Redemption>> =>
      paged(
        api.GET('/api/v1/stores/{id}/redemptions', {
          params: {
            path: { id: storeId },
            query: { from: range.from.toISOString(), to: range.to.toISOString(), ...listQuery(q, offset) } as never,
          },
        }),
      ),
    redemption: (id: string) => unwrap(api.GET('/api/v1/redemptions/{id}', { params: { path: { id } } })),
    refund: (id: string, body: { reason: string; lines?: { lineId: string; quantity: number }[] }, idempotencyKey: string) =>
      unwrap(
        api.POST('/api/v1/redemptions/{id}/refund', { params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } }, body }),
      ),

    dayReport: (storeId: number, date: string) =>
      unwrap(api.GET('/api/v1/stores/{id}/reports/day', { params: { path: { id: storeId }, query: { date } } })) as Promise<DayReport>,
    monthReport: (storeId: number, month: string) => getJson<MonthReport>(`/stores/${storeId}/reports/month`, { month }),

    settlements: (storeId: number, q: string | undefined, offset: number): Promise<Page<Settlement>> =>
      paged(api.GET('/api/v1/stores/{id}/settlements', { params: { path: { id: storeId }, query: listQuery(q, offset) as never } })),
    settle: (storeId: number, upTo: Date, idempotencyKey: string) =>
      unwrap(
        api.POST('/api/v1/stores/{id}/settlements', {
          params: { path: { id: storeId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { upTo: upTo.toISOString() },
        }),
      ),

    devices: (storeId: number, q: string | undefined, offset: number): Promise<Page<Device>> =>
      paged(api.GET('/api/v1/stores/{id}/devices', { params: { path: { id: storeId }, query: listQuery(q, offset) as never } })),
    createDevice: (storeId: number, name: string) =>
      unwrap(api.POST('/api/v1/stores/{id}/devices', { params: { path: { id: storeId } }, body: { name } })),
    revokeDevice: (storeId: number, deviceId: number) =>
      unwrap(api.POST('/api/v1/stores/{id}/devices/{deviceId}/revoke', { params: { path: { id: storeId, deviceId } } })),

    /** Downloads a file of the service (a report, the settlements) and saves it under the name the service gives; resolves with that name. */
    download: async (path: string, query: Record<string, string> = {}): Promise<string> => {
      const res = await send(path, query);
      const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? path.split('/').pop()!;
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = decodeURIComponent(name);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return a.download;
    },
  };
}

export type StoreApi = ReturnType<typeof storeApi>;

/** Fen as yuan with two decimals (integer arithmetic): 123456 → 1,234.56. */
export { formatYuan as yuan } from '@/common/format';

/** A whole number as the pages write it, a true minus sign when it is below zero (−25), no sign above. */
export function figure(n: number): string {
  return n < 0 ? `\u2212${Math.abs(n)}` : String(n);
}

/** The UTC offset of a timezone at an instant, in milliseconds (480 minutes for Asia/Shanghai). */
function offsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const seen = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return seen - (at - (at % 1000));
}

/** The instant a calendar day (YYYY-MM-DD) begins in a timezone: the store's day as its program counts it. */
export function startOfDay(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  let at = midnightUtc - offsetMs(midnightUtc, timeZone);
  at = midnightUtc - offsetMs(at, timeZone);
  return new Date(at);
}

/** A whole number typed into a field, or null: counts and prices are whole (no decimals near points). */
export function wholeNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}
