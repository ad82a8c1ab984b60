import { unwrap, type Schemas } from '../../api/client';
import { pageClient } from '../../common/api';

/** The service's own shapes (client/schema.d.ts): a field renamed on the server fails this build. */
export type DeviceSession = Schemas['DeviceSessionView'];
export type ShelfItem = Schemas['ShelfItemView'];
export type HouseholdLookup = Schemas['KioskLookupView'];
export type Redemption = Schemas['RedemptionView'];
export type RedemptionLine = Schemas['RedemptionLineView'];
export type RefundOutcome = Schemas['RefundResult'];

export interface RedeemBody {
  cardCode: string;
  lines: { sku: string; quantity: number }[];
}

/** How long a request may take before the page treats its outcome as unknown. */
export const TIMEOUT_MS = 10_000;

/** A signal that aborts after `ms` (a fetch that never answers becomes an ApiError NETWORK). */
const timeout = (ms = TIMEOUT_MS): AbortSignal => AbortSignal.timeout(ms);

/** The calls the counter makes, as the device whose key is given. */
export function kioskApi(key: () => string) {
  const api = pageClient(() => ({ kind: 'api-key', key: key() }));
  return {
    me: (): Promise<DeviceSession> => unwrap(api.GET('/api/v1/devices/me', { signal: timeout() })),

    lookup: (storeId: number, cardCode: string): Promise<HouseholdLookup> =>
      unwrap(
        api.GET('/api/v1/stores/{id}/households/by-card/{cardCode}', { params: { path: { id: storeId, cardCode } }, signal: timeout() }),
      ),

    redeem: (storeId: number, idempotencyKey: string, body: RedeemBody): Promise<Redemption> =>
      unwrap(
        api.POST('/api/v1/stores/{id}/redemptions', {
          params: { path: { id: storeId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
          signal: timeout(),
        }),
      ),

    byReceipt: (storeId: number, receiptNo: string): Promise<Redemption[]> =>
      unwrap(api.GET('/api/v1/stores/{id}/redemptions', { params: { path: { id: storeId }, query: { receiptNo } }, signal: timeout() })),

    refund: (redemptionId: string, idempotencyKey: string, reason: string): Promise<RefundOutcome> =>
      unwrap(
        api.POST('/api/v1/redemptions/{id}/refund', {
          params: { path: { id: redemptionId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { reason },
          signal: timeout(),
        }),
      ),
  };
}

export type KioskApi = ReturnType<typeof kioskApi>;

/** A random v4 UUID; crypto.randomUUID exists only in secure contexts (https, localhost), so a plain-http LAN counter falls back to getRandomValues. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
