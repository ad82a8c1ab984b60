import { computed, onBeforeUnmount, ref } from 'vue';
import { ApiError } from '../../api/client';
import { newKey, type KioskApi, type Redemption, type RedeemBody } from './api';

const STORAGE = 'mb.kiosk.pendingSale';
/** Waits before the automatic re-checks of a sale whose outcome is unknown. */
const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000];

/** Who the receipt is for, as the counter showed them. */
export interface ReceiptHousehold {
  cardCode: string;
  householdNo: string;
  headNameMasked: string;
  basePoints: number;
}

/** A sale sent (or about to be) under its idempotency key: kept on the device until the service answers. */
export interface PendingSale {
  key: string;
  storeId: number;
  deviceId: number;
  body: RedeemBody;
  household: ReceiptHousehold;
  lines: { sku: string; name: string; quantity: number; unitPoints: number }[];
  total: number;
  startedAt: string;
}

export interface Receipt {
  redemption: Redemption;
  household: ReceiptHousehold;
}

/**
 * 'sending': first attempt in flight. 'checking': an attempt got no answer (network, timeout,
 * 5xx); the same key is sent again until the service answers, which replays the first outcome.
 */
export type SalePhase = 'idle' | 'sending' | 'checking' | 'done';

function load(): PendingSale | null {
  try {
    return JSON.parse(localStorage.getItem(STORAGE) ?? 'null') as PendingSale | null;
  } catch {
    return null;
  }
}

function save(p: PendingSale | null): void {
  if (p) localStorage.setItem(STORAGE, JSON.stringify(p));
  else localStorage.removeItem(STORAGE);
}

/** A sale on this device whose outcome is not known yet (unbinding would lose its check). */
export function hasPendingSale(): boolean {
  return load() !== null;
}

/** No answer that says what happened: the sale may or may not have gone through. */
function outcomeUnknown(e: unknown): boolean {
  return !(e instanceof ApiError) || e.code === 'NETWORK' || e.status >= 500 || e.status === 429 || e.status === 408;
}

/**
 * One sale per basket, exactly once: the idempotency key is made when the basket is first
 * confirmed, kept (in memory and in localStorage) while the outcome is unknown, and dropped when
 * the service answered or the basket changed.
 */
export function useSale(
  api: KioskApi,
  hooks: { isRevoked: (e: unknown) => boolean; onDone: (r: Receipt) => void; onRefused: (e: ApiError, p: PendingSale) => void },
) {
  const phase = ref<SalePhase>('idle');
  const pending = ref<PendingSale | null>(null);
  const receipt = ref<Receipt | null>(null);
  const attempts = ref(0);
  const stalled = ref(false);
  /** The key of the current basket, kept across refusals until the basket changes. */
  let basketKey: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;

  function settle(next: SalePhase): void {
    clearTimeout(timer);
    phase.value = next;
    stalled.value = false;
    attempts.value = 0;
  }

  async function attempt(): Promise<void> {
    const p = pending.value;
    if (!p || inFlight) return;
    inFlight = true;
    clearTimeout(timer);
    attempts.value++;
    try {
      const redemption = await api.redeem(p.storeId, p.key, p.body);
      receipt.value = { redemption, household: p.household };
      pending.value = null;
      basketKey = null;
      save(null);
      settle('done');
      hooks.onDone(receipt.value);
    } catch (e) {
      if (hooks.isRevoked(e)) return;
      if (outcomeUnknown(e)) {
        phase.value = 'checking';
        const wait = BACKOFF_MS[attempts.value - 1];
        stalled.value = wait === undefined;
        if (wait !== undefined) timer = setTimeout(() => void attempt(), wait);
        return;
      }
      // The service answered with a refusal: nothing was written (a refusal is never stored under the key).
      pending.value = null;
      save(null);
      settle('idle');
      hooks.onRefused(e as ApiError, p);
    } finally {
      inFlight = false;
    }
  }

  /** Confirms the basket: one key per basket, reused if the same basket is confirmed again. */
  function confirm(p: Omit<PendingSale, 'key' | 'startedAt'>): void {
    if (phase.value === 'sending' || phase.value === 'checking') return;
    basketKey ??= newKey();
    pending.value = { ...p, key: basketKey, startedAt: new Date().toISOString() };
    save(pending.value);
    receipt.value = null;
    settle('sending');
    void attempt();
  }

  /** The basket changed or was cleared: the next confirm is a new sale. */
  function basketChanged(): void {
    if (phase.value === 'idle') basketKey = null;
  }

  /** A sale left open before a reload: resumed if this device made it, else handed back (its key means nothing to another device). */
  function resume(deviceId: number): PendingSale | null {
    const p = load();
    if (!p) return null;
    if (p.deviceId !== deviceId) {
      save(null);
      return p;
    }
    pending.value = p;
    basketKey = p.key;
    phase.value = 'checking';
    void attempt();
    return null;
  }

  /** The operator gave up on an unknown outcome (the sale may have gone through). */
  function abandon(): void {
    pending.value = null;
    basketKey = null;
    save(null);
    settle('idle');
  }

  /** Next household: the receipt is put away. */
  function next(): void {
    if (phase.value === 'done') settle('idle');
    receipt.value = null;
    basketKey = null;
  }

  const onOnline = () => {
    if (phase.value === 'checking') void attempt();
  };
  window.addEventListener('online', onOnline);
  onBeforeUnmount(() => {
    clearTimeout(timer);
    window.removeEventListener('online', onOnline);
  });

  return {
    phase,
    pending,
    receipt,
    attempts,
    stalled,
    busy: computed(() => phase.value === 'sending' || phase.value === 'checking'),
    confirm,
    retry: () => void attempt(),
    basketChanged,
    resume,
    abandon,
    next,
  };
}

export type Sale = ReturnType<typeof useSale>;
